"""Printing results: one JSON document on stdout with --json (UTF-8, characters as they are),
plain words otherwise; errors on stderr."""

from __future__ import annotations

import json
import sys


def emit_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def emit(args, data, human=None) -> None:
    """`data` as JSON with --json; else `human(data)` (or a readable dump)."""
    if getattr(args, "json", False):
        emit_json(data)
    elif human is not None:
        human(data)
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def emit_assets(args, assets, human=None) -> None:
    """One asset: the object itself; several: {"assets": [...]} (DESIGN.md's contract)."""
    data = [a.to_dict() for a in assets]
    payload = data[0] if len(data) == 1 else {"assets": data}
    emit(args, payload, human or (lambda _: print_assets(assets)))


def print_assets(assets) -> None:
    for a in assets:
        model = a.generation.model if a.generation else ""
        label = a.title or (a.text[:60].replace("\n", " ") if a.text else "")
        print(f"{a.id}  {a.kind.value:5s}  {a.status.value:8s}  {a.channel or '-':18s}  "
              f"{model or '-':24s}  {label}")
        print(f"    {a.path}")


def err(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.stderr.flush()
