"""What a model file or folder is, read from its headers only (no torch): safetensors headers,
the family of an original-layout checkpoint, a diffusers folder's components. Pickled checkpoints
are refused here, before anything could unpickle them."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import ModelFormatError, UnsafeCheckpointError

PICKLE_SUFFIXES = {".ckpt", ".bin", ".pt", ".pth", ".pkl", ".pickle"}
MAX_HEADER = 100 * 1024 * 1024
_DTYPE_BYTES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1,
                "U8": 1, "BOOL": 1, "F8_E4M3": 1, "F8_E5M2": 1}


class TruncatedModelError(ModelFormatError):
    message = ("The model file {model} is incomplete ({have} of {need} bytes): the download or "
               "copy was cut short.")
    hint = "Copy or download it again."


class NotSafetensorsError(ModelFormatError):
    message = "{model} is not a valid .safetensors file ({reason})."
    hint = "Check that the file is a model and that it was copied whole."


class MissingComponentError(ModelFormatError):
    message = "The model folder {model} is missing its {component} (expected in {path})."
    hint = "Copy the whole folder again, or download the model again."


class UnsupportedCheckpointError(ModelFormatError):
    message = "{model} is a {family} checkpoint, which Vitrine cannot load from a single file."
    hint = "Use the diffusers folder of this model (download it from the model library)."


@dataclass
class Header:
    """The header of a .safetensors file: tensor names, dtypes and shapes."""

    path: Path
    tensors: dict[str, dict] = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)

    def shape(self, key: str) -> list[int] | None:
        info = self.tensors.get(key)
        return info["shape"] if info else None

    @property
    def parameters(self) -> int:
        total = 0
        for info in self.tensors.values():
            n = 1
            for d in info["shape"]:
                n *= d
            total += n
        return total

    @property
    def dtype(self) -> str:
        counts: dict[str, int] = {}
        for info in self.tensors.values():
            counts[info["dtype"]] = counts.get(info["dtype"], 0) + 1
        return max(counts, key=counts.get) if counts else ""


def refuse_pickle(path: Path) -> None:
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise UnsafeCheckpointError(model=path.name)


_HEADERS: dict[tuple, Header] = {}


def read_header(path: Path) -> Header:
    """Parse and check a .safetensors header: a clear error for a truncated or foreign file.
    Remembered per (path, size, modification time): a changed file is read again."""
    path = Path(path)
    refuse_pickle(path)
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key in _HEADERS:
        return _HEADERS[key]
    header = _read_header(path, stat.st_size)
    if len(_HEADERS) > 512:
        _HEADERS.clear()
    _HEADERS[key] = header
    return header


def _read_header(path: Path, size: int) -> Header:
    with open(path, "rb") as fh:
        head = fh.read(8)
        if len(head) < 8:
            raise TruncatedModelError(model=path.name, have=size, need=">8")
        (length,) = struct.unpack("<Q", head)
        if length > MAX_HEADER:
            raise NotSafetensorsError(model=path.name, reason="no safetensors header")
        if 8 + length > size:
            raise TruncatedModelError(model=path.name, have=size, need=8 + length)
        raw = fh.read(length)
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotSafetensorsError(model=path.name, reason="unreadable header",
                                  details=repr(exc)) from exc
    if not isinstance(data, dict):
        raise NotSafetensorsError(model=path.name, reason="unreadable header")
    metadata = data.pop("__metadata__", {}) or {}
    end = max((int(v["data_offsets"][1]) for v in data.values()), default=0)
    if 8 + length + end > size:
        raise TruncatedModelError(model=path.name, have=size, need=8 + length + end)
    return Header(path=path, tensors=data, metadata=metadata)


def family_of(header: Header) -> str:
    """sd15 | sd2 | sdxl | sdxl-refiner | sd15-inpaint | sdxl-inpaint | sd3 | flux | lora |
    component | sd-unknown | unknown."""
    keys = header.tensors
    if any("lora_" in k or ".lora." in k or "lora_A" in k for k in keys):
        return "lora"
    unet_in = header.shape("model.diffusion_model.input_blocks.0.0.weight")
    if unet_in is not None:
        xl = "conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_proj.bias" in keys
        if unet_in[1] == 9:
            return "sdxl-inpaint" if xl else "sd15-inpaint"
        if xl:
            return "sdxl"
        if "conditioner.embedders.0.model.text_projection" in keys:
            return "sdxl-refiner"
        attn2 = header.shape(
            "model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_k.weight")
        if attn2 is not None and attn2[-1] == 1024:
            return "sd2"
        if attn2 is not None and attn2[-1] == 768 and \
                "model.diffusion_model.output_blocks.11.0.skip_connection.weight" in keys:
            return "sd15"
        return "sd-unknown"
    if any(k.endswith("joint_blocks.0.context_block.adaLN_modulation.1.bias") for k in keys):
        return "sd3"
    if any(k.endswith("double_blocks.0.img_attn.norm.key_norm.scale") for k in keys):
        return "flux"
    if "conv_in.weight" in keys or "text_model.embeddings.position_embedding.weight" in keys:
        return "component"
    return "unknown"


def sidecar_config(path: Path) -> Path | None:
    """A diffusers config folder shipped next to a single file: `<stem>.config/`."""
    folder = path.with_name(path.stem + ".config")
    return folder if (folder / "model_index.json").is_file() else None


# --- diffusers folders --------------------------------------------------------------------------
_WEIGHT_COMPONENTS = {"unet", "vae", "text_encoder", "text_encoder_2", "text_encoder_3",
                      "transformer", "prior", "decoder", "image_encoder"}


def read_model_index(folder: Path) -> dict:
    try:
        with open(folder / "model_index.json", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModelFormatError(model=folder.name, reason="model_index.json cannot be read",
                               details=repr(exc)) from exc
    return data if isinstance(data, dict) else {}


def components(folder: Path) -> dict[str, tuple[str, str]]:
    """name -> (library, class) of the components a diffusers folder declares (nulls left out)."""
    out = {}
    for name, value in read_model_index(folder).items():
        if name.startswith("_") or not isinstance(value, list) or len(value) != 2:
            continue
        if value[0] is None or value[1] is None:
            continue
        out[name] = (value[0], value[1])
    return out


def check_folder(folder: Path) -> dict[str, list[Path]]:
    """Check that every declared component is there, with safetensors weights that are whole.
    Returns component -> its weight files. Raises MissingComponentError / UnsafeCheckpointError /
    TruncatedModelError."""
    weights: dict[str, list[Path]] = {}
    for name, (_library, _cls) in components(folder).items():
        sub = folder / name
        if not sub.is_dir() or not any(sub.iterdir()):
            raise MissingComponentError(model=folder.name, component=name, path=str(sub))
        if name not in _WEIGHT_COMPONENTS:
            continue
        files = sorted(sub.glob("*.safetensors"))
        if not files:
            pickles = [p for p in sub.iterdir() if p.suffix.lower() in PICKLE_SUFFIXES]
            if pickles:
                raise UnsafeCheckpointError(model=f"{folder.name}/{name}/{pickles[0].name}")
            raise MissingComponentError(model=folder.name, component=name,
                                        path=str(sub / "*.safetensors"))
        for file in files:
            read_header(file)
        weights[name] = files
    return weights


def folder_family(folder: Path) -> str:
    cls = str(read_model_index(folder).get("_class_name", ""))
    table = [("StableDiffusion3", "sd3"), ("Flux", "flux"), ("StableDiffusionXL", "sdxl"),
             ("StableDiffusion", "sd"), ("LatentConsistency", "sd"), ("PixArt", "pixart"),
             ("Sana", "sana"), ("AuraFlow", "auraflow"), ("Kandinsky", "kandinsky")]
    for prefix, family in table:
        if cls.startswith(prefix):
            if family == "sd":
                return _sd_folder_family(folder)
            return family
    return cls or "unknown"


def _sd_folder_family(folder: Path) -> str:
    try:
        with open(folder / "unet" / "config.json", encoding="utf-8") as fh:
            cross = json.load(fh).get("cross_attention_dim")
    except (OSError, ValueError):
        return "sd"
    return {768: "sd15", 1024: "sd2"}.get(cross, "sd")


def weights_bytes(files, dtype_bytes: int | None = None) -> int:
    """Bytes the weights take in memory (at `dtype_bytes` per parameter when given)."""
    total = 0
    for file in files:
        header = read_header(file)
        if dtype_bytes is None:
            total += sum(_tensor_bytes(info) for info in header.tensors.values())
        else:
            total += header.parameters * dtype_bytes
    return total


def _tensor_bytes(info: dict) -> int:
    start, end = info["data_offsets"]
    return int(end) - int(start)
