"""Where Vitrine keeps things. Each folder has an environment override so that tests (and
portable installs) never touch the user's real folders."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def _dirs():
    from platformdirs import PlatformDirs  # imported when first needed: start-up time

    return PlatformDirs(appname="Vitrine", appauthor=False)


def _env_path(var: str, default) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser() if value else Path(default())


def config_dir() -> Path:
    """Settings (settings.json)."""
    return _env_path("VITRINE_CONFIG_DIR", lambda: _dirs().user_config_dir)


def data_dir() -> Path:
    """Signing certificates, logs, downloaded models."""
    return _env_path("VITRINE_DATA_DIR", lambda: _dirs().user_data_dir)


def default_workspace() -> Path:
    return _env_path("VITRINE_WORKSPACE", lambda: data_dir() / "workspace")


def models_dir() -> Path:
    return _env_path("VITRINE_MODELS_DIR", lambda: data_dir() / "models")


def logs_dir() -> Path:
    return data_dir() / "logs"
