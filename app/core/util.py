"""Small helpers shared by every layer."""

from __future__ import annotations

import datetime as _dt
import os


def now_iso() -> str:
    """UTC time, ISO 8601 with milliseconds: sortable as text."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    """Short, unique, time-ordered ids: `prefix_` + 8 hex of time + 8 random hex."""
    stamp = int(_dt.datetime.now(_dt.UTC).timestamp() * 1000) & 0xFFFFFFFFFF
    return f"{prefix}_{stamp:010x}{os.urandom(4).hex()}"
