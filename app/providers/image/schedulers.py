"""Scheduler choice by name, and the sampler names A1111-style gallery tools expect. No diffusers
import here (the services check names before a job is queued); building one is in generation."""

from __future__ import annotations

from app.core.errors import UsageError

# id -> (diffusers class, extra config)
SCHEDULERS: dict[str, tuple[str, dict]] = {
    "euler": ("EulerDiscreteScheduler", {}),
    "euler-a": ("EulerAncestralDiscreteScheduler", {}),
    "dpm++2m": ("DPMSolverMultistepScheduler", {"use_karras_sigmas": False}),
    "dpm++2m-karras": ("DPMSolverMultistepScheduler", {"use_karras_sigmas": True}),
    "dpm++sde": ("DPMSolverSDEScheduler", {}),
    "dpm++2m-sde": ("DPMSolverMultistepScheduler", {"algorithm_type": "sde-dpmsolver++"}),
    "ddim": ("DDIMScheduler", {}),
    "pndm": ("PNDMScheduler", {}),
    "lms": ("LMSDiscreteScheduler", {}),
    "heun": ("HeunDiscreteScheduler", {}),
    "dpm2": ("KDPM2DiscreteScheduler", {}),
    "dpm2-a": ("KDPM2AncestralDiscreteScheduler", {}),
    "unipc": ("UniPCMultistepScheduler", {}),
    "deis": ("DEISMultistepScheduler", {}),
    "lcm": ("LCMScheduler", {}),
    "tcd": ("TCDScheduler", {}),
}
# A1111 sampler names (what the `parameters` chunk says), accepted as ids too
A1111_NAMES = {
    "euler": "Euler", "euler-a": "Euler a", "dpm++2m": "DPM++ 2M",
    "dpm++2m-karras": "DPM++ 2M Karras", "dpm++sde": "DPM++ SDE", "dpm++2m-sde": "DPM++ 2M SDE",
    "ddim": "DDIM", "pndm": "PLMS", "lms": "LMS", "heun": "Heun", "dpm2": "DPM2",
    "dpm2-a": "DPM2 a", "unipc": "UniPC", "deis": "DEIS", "lcm": "LCM", "tcd": "TCD",
}
_CLASS_TO_ID = {"EulerDiscreteScheduler": "euler", "EulerAncestralDiscreteScheduler": "euler-a",
                "DPMSolverSDEScheduler": "dpm++sde", "DDIMScheduler": "ddim",
                "PNDMScheduler": "pndm", "LMSDiscreteScheduler": "lms",
                "HeunDiscreteScheduler": "heun", "KDPM2DiscreteScheduler": "dpm2",
                "KDPM2AncestralDiscreteScheduler": "dpm2-a", "UniPCMultistepScheduler": "unipc",
                "DEISMultistepScheduler": "deis", "LCMScheduler": "lcm", "TCDScheduler": "tcd",
                "FlowMatchEulerDiscreteScheduler": "euler"}


def normalize(name: str) -> str:
    """The scheduler id for an id or an A1111 name ("DPM++ 2M Karras"); "" for the model's own."""
    if not name:
        return ""
    key = name.strip().lower()
    if key in SCHEDULERS:
        return key
    for ident, label in A1111_NAMES.items():
        if label.lower() == key:
            return ident
    raise UsageError(what=f"unknown scheduler \u201c{name}\u201d (known: {', '.join(SCHEDULERS)})")


def sampler_name(scheduler) -> str:
    """The A1111 name of a scheduler instance (its class name when A1111 has none)."""
    cls_name = type(scheduler).__name__
    ident = _CLASS_TO_ID.get(cls_name)
    if cls_name == "DPMSolverMultistepScheduler":
        config = scheduler.config
        sde = "sde" in str(config.get("algorithm_type", ""))
        ident = "dpm++2m-sde" if sde else (
            "dpm++2m-karras" if config.get("use_karras_sigmas") else "dpm++2m")
    if ident is None:
        return cls_name.removesuffix("Scheduler")
    label = A1111_NAMES[ident]
    if ident != "dpm++2m-karras" and scheduler.config.get("use_karras_sigmas"):
        label += " Karras"
    return label
