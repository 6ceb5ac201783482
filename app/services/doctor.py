"""`vitrine doctor`: what this machine has and what Vitrine can reach. Never hangs: every probe
runs in its own thread with a timeout of one second at most, and none imports torch (a cold
`import torch` alone can take seconds): devices are read through NVML and the platform."""

from __future__ import annotations

import concurrent.futures as cf
import importlib.metadata as md
import json
import os
import platform
import shutil
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable

from app import __version__
from app.core.net import classify_url, host_of, is_loopback_host

PROBE_TIMEOUT_S = 1.0
_PROBES: dict[str, Callable] = {}


def register_probe(name: str, fn: Callable) -> None:
    """fn(app) -> dict (JSON-able). Capabilities add theirs (models found, engines...)."""
    _PROBES[name] = fn


def run(app) -> dict:
    from app.services import hooks

    hooks.load_all()
    report: dict = {}
    pool = cf.ThreadPoolExecutor(max_workers=max(4, len(_PROBES)), thread_name_prefix="doctor")
    started = {name: pool.submit(_timed, fn, app) for name, fn in _PROBES.items()}
    deadline = time.monotonic() + PROBE_TIMEOUT_S
    for name, future in started.items():
        try:
            report[name] = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except cf.TimeoutError:
            report[name] = {"ok": False, "error": f"no answer within {PROBE_TIMEOUT_S:g} s"}
        except Exception as exc:
            report[name] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    pool.shutdown(wait=False, cancel_futures=True)
    return report


def _timed(fn, app):
    return fn(app)


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def probe_python(app) -> dict:
    return {"ok": True, "version": platform.python_version(), "executable": sys.executable,
            "vitrine": __version__, "platform": platform.platform()}


def probe_devices(app) -> dict:
    """CUDA through NVML, Apple MPS from the platform, the CPU and memory through psutil."""
    import psutil

    vm = psutil.virtual_memory()
    devices = [{"type": "cpu", "name": platform.processor() or platform.machine(),
                "cores": os.cpu_count(), "memory_total_gb": round(vm.total / 2**30, 1),
                "memory_available_gb": round(vm.available / 2**30, 1)}]
    try:
        import pynvml

        pynvml.nvmlInit()
        for i in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(i)
            mem = pynvml.nvmlDeviceGetMemoryInfo(handle)
            devices.append({"type": "cuda", "index": i, "name": pynvml.nvmlDeviceGetName(handle),
                            "memory_total_gb": round(mem.total / 2**30, 1),
                            "memory_free_gb": round(mem.free / 2**30, 1)})
        driver = pynvml.nvmlSystemGetDriverVersion()
    except Exception:
        driver = None
    if sys.platform == "darwin" and platform.machine() == "arm64":
        devices.append({"type": "mps", "name": "Apple GPU (Metal)",
                        "memory_total_gb": round(vm.total / 2**30, 1), "shared_memory": True})
    best = next((d["type"] for d in devices if d["type"] in ("cuda", "mps")), "cpu")
    return {"ok": True, "torch": _version("torch"), "diffusers": _version("diffusers"),
            "transformers": _version("transformers"), "nvidia_driver": driver,
            "best": best, "devices": devices}


def probe_workspace(app) -> dict:
    ws = app.workspace
    from app.workspace.db import backups
    from app.workspace.schema import SCHEMA_VERSION

    return {"ok": True, "path": str(ws.folder), "database": str(ws.db_path),
            "size_bytes": ws.size_bytes(), "schema": SCHEMA_VERSION,
            "campaigns": len(ws.list_campaigns()), "assets": ws.count_assets(),
            "backups": len(backups(ws.folder))}


def probe_providers(app) -> dict:
    """Each configured network provider: reachable or not (GET /models, one second at most)."""
    out = []
    for config in app.settings.providers:
        entry = {"id": config.id, "type": config.type, "base_url": config.base_url,
                 "where": config.where if config.where != "auto" else
                 classify_url(config.base_url).value}
        if not config.base_url:
            entry["reachable"] = None
        elif app.offline and not is_loopback_host(host_of(config.base_url)):
            entry["reachable"] = None
            entry["note"] = "offline mode: not contacted"
        else:
            entry.update(http_probe(config.base_url.rstrip("/") + "/models"))
        out.append(entry)
    return {"ok": True, "offline": app.offline, "configured": out}


def http_probe(url: str, timeout: float = 0.8) -> dict:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status = response.status
            body = response.read(65536)
    except urllib.error.HTTPError as exc:
        return {"reachable": True, "status": exc.code,
                "ms": round((time.perf_counter() - start) * 1000)}
    except (OSError, ValueError) as exc:
        return {"reachable": False, "error": str(getattr(exc, "reason", exc))[:200]}
    result = {"reachable": True, "status": status,
              "ms": round((time.perf_counter() - start) * 1000)}
    try:
        models = [m.get("id") for m in json.loads(body).get("data", []) if isinstance(m, dict)]
        result["models"] = models[:50]
    except (ValueError, AttributeError):
        pass
    return result


def probe_keyring(app) -> dict:
    from app.providers.secrets import keyring_backend

    name, usable = keyring_backend()
    note = "" if usable else ("no usable keyring: API keys come from VITRINE_<ID>_API_KEY "
                              "environment variables or are kept for the session only")
    return {"ok": usable, "backend": name, "usable": usable, "note": note}


def probe_tools(app) -> dict:
    tools = {name: shutil.which(name) for name in ("espeak-ng", "exiftool")}
    return {"ok": True, **tools}


for _name, _fn in (("python", probe_python), ("devices", probe_devices),
                   ("workspace", probe_workspace), ("providers", probe_providers),
                   ("keyring", probe_keyring), ("tools", probe_tools)):
    register_probe(_name, _fn)
