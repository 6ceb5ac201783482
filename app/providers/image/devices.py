"""Device, precision and memory mode for local pipelines (imported in the worker only: torch).

Memory modes, from fastest to leanest: none, attention-slicing, vae-tiling, cpu-offload (whole
components move to the GPU when used), sequential-offload (layer by layer: slowest, smallest).
"auto" picks the fastest one whose estimate fits the free memory; the settings can force one."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache

log = logging.getLogger(__name__)
MODES = ("none", "attention-slicing", "vae-tiling", "cpu-offload", "sequential-offload")
GIB = 1024 ** 3


@dataclass(frozen=True)
class DevicePlan:
    device: str  # cuda | mps | cpu
    dtype: str  # float16 | bfloat16 | float32
    memory_mode: str
    label: str = ""  # "cuda:0 NVIDIA H200", "cpu (8 threads)"

    def torch_dtype(self):
        import torch

        return getattr(torch, self.dtype)


@cache
def pick_device(preference: str = "auto") -> str:
    """Asked once per process: the answer does not change while the worker lives."""
    import torch

    if preference in ("cuda", "auto") and torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if preference in ("mps", "auto") and mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def pick_dtype(device: str, preference: str = "auto") -> str:
    """fp16 on CUDA (bf16 when asked and supported) and MPS; fp32 on CPU, where bf16 is ~30x
    slower than fp32 (FACTS.md)."""
    import torch

    if preference in ("float16", "bfloat16", "float32"):
        if preference == "bfloat16" and device == "cuda" and not torch.cuda.is_bf16_supported():
            return "float16"
        return preference if device != "cpu" else "float32"
    if device in ("cuda", "mps"):
        return "float16"
    return "float32"


def free_memory(device: str) -> tuple[int, int]:
    """(free, total) bytes of the memory the device computes in."""
    if device == "cuda":
        import torch

        free, total = torch.cuda.mem_get_info()
        return int(free), int(total)
    import psutil

    vm = psutil.virtual_memory()
    return int(vm.available), int(vm.total)


def pick_memory_mode(device: str, weights_bytes: int, pixels: int, *, requested: str = "auto",
                     free: int | None = None) -> str:
    """The fastest mode that fits: weights plus an activation allowance that grows with the
    image size (SDXL at 1024² needs ~3 GiB on top of its weights in fp16)."""
    if requested in MODES:
        return requested
    if device == "cpu":
        return "none"
    if free is None:
        free, _ = free_memory(device)
    activations = int(1.5 * GIB * max(1.0, pixels / (1024 * 1024)))
    if device == "mps":
        # Apple's unified memory: slicing keeps peaks down without leaving the GPU
        return "none" if free > weights_bytes + 2 * activations else "attention-slicing"
    if free > weights_bytes + activations * 1.3:
        return "none"
    if free > weights_bytes + activations * 0.6:
        return "vae-tiling"
    if free > weights_bytes * 0.55 + activations * 0.6:
        return "cpu-offload"
    return "sequential-offload"


def plan(settings: dict, weights_fp32_bytes: int, pixels: int) -> DevicePlan:
    import torch

    device = pick_device(settings.get("device") or "auto")
    dtype = pick_dtype(device, settings.get("image_dtype") or "auto")
    per_param = 2 if dtype in ("float16", "bfloat16") else 4
    weights = weights_fp32_bytes * per_param // 4
    mode = pick_memory_mode(device, weights, pixels,
                            requested=settings.get("memory_mode") or "auto")
    if device == "cuda":
        label = f"cuda:{torch.cuda.current_device()} {torch.cuda.get_device_name()}"
    elif device == "cpu":
        label = f"cpu ({set_cpu_threads()} threads)"
    else:
        label = device
    return DevicePlan(device=device, dtype=dtype, memory_mode=mode, label=label)


def set_cpu_threads() -> int:
    """One thread per physical core, less one on small machines (four cores or fewer): the GUI
    process needs its core, and OpenMP threads that share a core with other busy processes spin
    and wait (measured on 2 cores: 0.5 s with one thread, 5-18 s with two). VITRINE_THREADS
    overrides."""
    import psutil
    import torch

    wanted = os.environ.get("VITRINE_THREADS")
    if wanted and wanted.isdigit():
        n = int(wanted)
    else:
        n = psutil.cpu_count(logical=False) or os.cpu_count() or 1
        n = n - 1 if n <= 4 else n
    n = max(1, n)
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


def apply_memory_mode(pipe, mode: str, device: str) -> None:
    """Move the pipeline to its device with the chosen memory savers."""
    if mode == "cpu-offload" and device == "cuda":
        pipe.enable_model_cpu_offload(device=device)
    elif mode == "sequential-offload" and device == "cuda":
        pipe.enable_sequential_cpu_offload(device=device)
    else:
        pipe.to(device)
    slicing = mode in ("attention-slicing", "vae-tiling", "cpu-offload", "sequential-offload")
    if slicing and hasattr(pipe, "enable_attention_slicing"):
        pipe.enable_attention_slicing()
    if mode in ("vae-tiling", "cpu-offload", "sequential-offload"):
        vae = getattr(pipe, "vae", None)
        if vae is not None and hasattr(vae, "enable_tiling"):
            vae.enable_tiling()


def is_out_of_memory(exc: BaseException) -> bool:
    name = type(exc).__name__
    return "OutOfMemory" in name or "out of memory" in str(exc).lower()


def empty_cache(device: str) -> None:
    import gc

    gc.collect()
    if device == "cuda":
        import torch

        torch.cuda.empty_cache()
    elif device == "mps":
        import torch

        torch.mps.empty_cache()
