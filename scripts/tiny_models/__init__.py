"""Tiny random-weight models built offline (never downloaded), cached between runs.

Each submodule registers builders with `@builder(name, version)`; `ensure(name)` returns the folder,
building it once (atomically, safe with parallel test workers). The cache lives in
`.cache/tiny-models/` at the repository root (override: VITRINE_TINY_MODELS)."""

from __future__ import annotations

import fcntl
import importlib
import os
import pkgutil
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BUILDERS: dict[str, tuple[str, callable]] = {}


def cache_dir() -> Path:
    return Path(os.environ.get("VITRINE_TINY_MODELS", ROOT / ".cache" / "tiny-models"))


def builder(name: str, version: str = "1"):
    """Register `func(folder: Path) -> None`, which writes the model into `folder`."""

    def wrap(func):
        BUILDERS[name] = (version, func)
        return func

    return wrap


def _load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


def ensure(name: str) -> Path:
    """The folder of tiny model `name`, built now if it is not cached yet."""
    if name not in BUILDERS:
        _load_all()
    if name not in BUILDERS:
        raise KeyError(f"no tiny model builder named {name!r}; known: {sorted(BUILDERS)}")
    version, func = BUILDERS[name]
    root = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"{name}-v{version}"
    if (target / ".complete").exists():
        return target
    with open(root / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / ".complete").exists():
            return target
        work = Path(tempfile.mkdtemp(dir=root, prefix=f".{name}-"))
        try:
            func(work)
            (work / ".complete").write_text(version)
            if target.exists():
                shutil.rmtree(target)
            os.replace(work, target)
        finally:
            if work.exists():
                shutil.rmtree(work, ignore_errors=True)
    return target


def build_all() -> dict[str, Path]:
    _load_all()
    return {name: ensure(name) for name in sorted(BUILDERS)}
