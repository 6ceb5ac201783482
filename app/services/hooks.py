"""Per-kind steps around a job: a preparer (before submission: e.g. compose the system prompt from
the brief) and a finisher (after success, in the app process: e.g. split text variants, fit
images to a format) that can reshape the outputs before they are stored."""

from __future__ import annotations

from collections.abc import Callable

Preparer = Callable  # (app, request, campaign) -> request
Finisher = Callable  # (app, request, campaign, outputs) -> outputs

_preparers: dict[str, list[Preparer]] = {}
_finishers: dict[str, list[Finisher]] = {}


def register_preparer(kind: str, fn: Preparer) -> None:
    if fn not in _preparers.setdefault(kind, []):
        _preparers[kind].append(fn)


def register_finisher(kind: str, fn: Finisher) -> None:
    if fn not in _finishers.setdefault(kind, []):
        _finishers[kind].append(fn)


def prepare(kind: str, app, request, campaign):
    for fn in _preparers.get(kind, []):
        request = fn(app, request, campaign)
    return request


def finish(kind: str, app, request, campaign, outputs):
    for fn in _finishers.get(kind, []):
        outputs = fn(app, request, campaign, outputs)
    return outputs


def load_for(kind: str) -> None:
    """Import the service module of one kind (app.services.<kind>), which registers its hooks."""
    import importlib

    try:
        importlib.import_module(f"app.services.{kind}")
    except ModuleNotFoundError as exc:
        if exc.name != f"app.services.{kind}":
            raise


def load_all() -> None:
    """Import the modules that register hooks (each capability's service module)."""
    import importlib
    import pkgutil

    import app.services as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name not in ("hooks", "context", "generate", "policy", "__init__"):
            importlib.import_module(f"app.services.{info.name}")
