"""Which device runs a local audio model (torch is imported here, in the worker, when a job
asks)."""

from __future__ import annotations


def pick_device(settings: dict) -> str:
    import torch

    wanted = (settings or {}).get("device", "auto")
    if wanted in ("auto", "cuda") and torch.cuda.is_available():
        return "cuda"
    if wanted in ("auto", "mps") and getattr(torch.backends, "mps", None) and \
            torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def device_label(device: str) -> str:
    if device == "cuda":
        import torch

        return f"cuda:0 {torch.cuda.get_device_name(0)}"
    return device
