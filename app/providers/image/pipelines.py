"""Loading diffusers pipelines and keeping them: a cache bounded by memory (least recently used
out first), one loaded model serving text-to-image, image-to-image and inpainting through
`from_pipe` (shared weights), LoRAs applied with their weights. Worker process only."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import ModelFormatError, UnsafeCheckpointError
from app.providers.image import devices
from app.providers.image import previews as _previews
from app.providers.models import checkpoints, configs
from app.providers.models.discovery import ModelEntry

log = logging.getLogger(__name__)
TASKS = ("txt2img", "img2img", "inpaint")
MAX_ENTRIES = 3
SINGLE_FILE_CONFIGS = {"sd15": "sd15", "sdxl": "sdxl"}


@dataclass
class LoadedModel:
    entry: ModelEntry
    plan: devices.DevicePlan
    bytes: int
    pipes: dict = field(default_factory=dict)
    default_scheduler: object = None
    loras: tuple = ()
    offload_owner: str = "txt2img"
    tiny_decoder: object = False  # False: not looked for yet; None: none installed
    schedulers: dict = field(default_factory=dict)  # name -> scheduler built from the default
    last_used: float = field(default_factory=time.monotonic)

    @property
    def base(self):
        return self.pipes["txt2img"]

    def preview_decoder(self):
        """TAESD for previews when one is installed (looked for once per loaded model)."""
        if self.tiny_decoder is False:
            device = "cpu" if self.plan.memory_mode in ("cpu-offload", "sequential-offload") \
                else self.plan.device
            self.tiny_decoder = _previews.load_tiny_decoder(self.entry.family, device,
                                                            self.plan.torch_dtype())
        return self.tiny_decoder

    @property
    def key(self) -> tuple:
        return (self.entry.path, self.plan.device, self.plan.dtype, self.plan.memory_mode)


def weight_files(entry: ModelEntry) -> list[Path]:
    path = Path(entry.path)
    if entry.format == "single-file":
        return [path]
    return [f for files in checkpoints.check_folder(path).values() for f in files]


def fp32_bytes(entry: ModelEntry) -> int:
    return checkpoints.weights_bytes(weight_files(entry), dtype_bytes=4)


def quiet_libraries() -> None:
    """No progress bars or import chatter from diffusers/transformers on the worker's stderr
    (which is the terminal of `vitrine generate`): the job's own progress says it all."""
    import logging as std_logging

    from diffusers.utils import logging as diffusers_logging
    from transformers.utils import logging as transformers_logging

    diffusers_logging.disable_progress_bar()
    diffusers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    std_logging.getLogger("transformers").setLevel(std_logging.ERROR)


def load(entry: ModelEntry, plan: devices.DevicePlan):
    """The text-to-image pipeline of `entry`, on its device, offline."""
    quiet_libraries()
    dtype = plan.torch_dtype()
    if entry.format == "diffusers":
        pipe = _load_folder(Path(entry.path), dtype)
    elif entry.format == "single-file":
        pipe = _load_single_file(Path(entry.path), entry.family, dtype)
    elif entry.format == "pickle":
        raise UnsafeCheckpointError(model=entry.name)
    else:
        raise ModelFormatError(model=entry.name, reason=f"a {entry.format} is not a checkpoint")
    pipe.set_progress_bar_config(disable=True)
    devices.apply_memory_mode(pipe, plan.memory_mode, plan.device)
    return pipe


def _load_folder(folder: Path, dtype):
    from diffusers import AutoPipelineForText2Image

    checkpoints.check_folder(folder)
    kwargs = {"dtype": dtype, "local_files_only": True, "use_safetensors": True}
    if _only_fp16_variant(folder):
        kwargs["variant"] = "fp16"
    return AutoPipelineForText2Image.from_pretrained(str(folder), **kwargs)


def _only_fp16_variant(folder: Path) -> bool:
    files = list(folder.glob("*/*.safetensors"))
    return bool(files) and all(f.name.endswith(".fp16.safetensors") for f in files)


def _load_single_file(path: Path, family: str, dtype):
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline

    header = checkpoints.read_header(path)
    family = family if family not in ("", "unknown") else checkpoints.family_of(header)
    config = checkpoints.sidecar_config(path)
    if config is None:
        if family not in SINGLE_FILE_CONFIGS:
            raise checkpoints.UnsupportedCheckpointError(model=path.name, family=family)
        config = configs.config_folder(SINGLE_FILE_CONFIGS[family])
    index = checkpoints.read_model_index(config)
    cls = StableDiffusionXLPipeline if "XL" in str(index.get("_class_name", "")) \
        else StableDiffusionPipeline
    return cls.from_single_file(str(path), config=str(config), dtype=dtype,
                                local_files_only=True)


class PipelineCache:
    """Loaded models, bounded by memory; evicts the least recently used first."""

    def __init__(self, max_entries: int = MAX_ENTRIES):
        self.max_entries = max_entries
        self.models: dict[tuple, LoadedModel] = {}

    def get(self, entry: ModelEntry, plan: devices.DevicePlan, weights: int,
            on_load=None) -> LoadedModel:
        key = (entry.path, plan.device, plan.dtype, plan.memory_mode)
        loaded = self.models.get(key)
        if loaded is not None:
            loaded.last_used = time.monotonic()
            return loaded
        # the same model with other settings: drop it rather than keep two copies
        for other in [k for k in self.models if k[0] == entry.path]:
            self.evict(other)
        self.make_room(weights, plan.device)
        if on_load is not None:
            on_load()
        pipe = load(entry, plan)
        loaded = LoadedModel(entry=entry, plan=plan, bytes=weights, pipes={"txt2img": pipe},
                             default_scheduler=pipe.scheduler)
        self.models[key] = loaded
        return loaded

    def budget(self, device: str) -> int:
        _free, total = devices.free_memory(device)
        return int(total * (0.85 if device == "cuda" else 0.5))

    def make_room(self, need: int, device: str) -> None:
        budget = self.budget(device)
        while self.models and (len(self.models) >= self.max_entries or
                               sum(m.bytes for m in self.models.values()) + need > budget):
            oldest = min(self.models.values(), key=lambda m: m.last_used)
            self.evict(oldest.key)

    def evict(self, key) -> None:
        loaded = self.models.pop(key, None)
        if loaded is None:
            return
        log.info("unloading %s", loaded.entry.name)
        device = loaded.plan.device
        loaded.pipes.clear()
        devices.empty_cache(device)

    def clear(self) -> None:
        for key in list(self.models):
            self.evict(key)

    @staticmethod
    def task_pipe(loaded: LoadedModel, task: str):
        """The pipeline for `task`, sharing the loaded weights (`from_pipe`)."""
        pipe = loaded.pipes.get(task)
        if pipe is None:
            from diffusers import AutoPipelineForImage2Image, AutoPipelineForInpainting

            cls = {"img2img": AutoPipelineForImage2Image,
                   "inpaint": AutoPipelineForInpainting}[task]
            pipe = cls.from_pipe(loaded.base)
            pipe.set_progress_bar_config(disable=True)
            loaded.pipes[task] = pipe
        offload = loaded.plan.memory_mode in ("cpu-offload", "sequential-offload")
        if offload and loaded.plan.device == "cuda" and loaded.offload_owner != task:
            # offload hooks live on the shared modules: re-install them for this pipeline
            devices.apply_memory_mode(pipe, loaded.plan.memory_mode, loaded.plan.device)
            loaded.offload_owner = task
        return pipe


def apply_loras(loaded: LoadedModel, loras: list[tuple[Path, float]]) -> None:
    """Make exactly these LoRAs active, with these weights (unloading others)."""
    wanted = tuple((str(p), float(w)) for p, w in loras)
    base = loaded.base
    if tuple(p for p, _ in wanted) != tuple(p for p, _ in loaded.loras):
        if loaded.loras:
            base.unload_lora_weights()
            loaded.loras = ()
        for i, (path, _weight) in enumerate(wanted):
            file = Path(path)
            checkpoints.read_header(file)
            base.load_lora_weights(str(file.parent), weight_name=file.name,
                                   adapter_name=f"lora{i}")
    if wanted:
        base.set_adapters([f"lora{i}" for i in range(len(wanted))],
                          adapter_weights=[w for _, w in wanted])
    loaded.loras = wanted
