"""Build (or find in the cache) every tiny random-weight model the tests use. Offline.

    .venv/bin/python scripts/build_tiny_models.py [NAME ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import tiny_models


def main(names: list[str]) -> int:
    tiny_models._load_all()
    for name in names or sorted(tiny_models.BUILDERS):
        start = time.perf_counter()
        path = tiny_models.ensure(name)
        print(f"{name:28s} {path}  ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
