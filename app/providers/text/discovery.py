"""Finding OpenAI-compatible text servers running on this machine (Ollama, LM Studio, llama.cpp
server, vLLM) on their usual ports, with the models each one lists.

Loopback only, every probe in parallel with a short timeout: `doctor` and the settings page call
this and must never hang. Nothing here imports the openai package."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

from app.core.net import is_loopback_host


@dataclass(frozen=True)
class KnownServer:
    id: str
    label: str
    port: int


KNOWN_SERVERS = (
    KnownServer("ollama", "Ollama", 11434),
    KnownServer("lmstudio", "LM Studio", 1234),
    KnownServer("llamacpp", "llama.cpp server", 8080),
    KnownServer("vllm", "vLLM", 8000),
)


@dataclass
class FoundServer:
    id: str
    label: str
    base_url: str  # what the openai client takes: http://127.0.0.1:PORT/v1
    models: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def discover_local_servers(candidates=KNOWN_SERVERS, *, host: str = "127.0.0.1",
                           timeout: float = 0.4) -> list[FoundServer]:
    """The servers that answer, in the order of `candidates`. Only loopback hosts are probed."""
    if not is_loopback_host(host) or not candidates:
        return []
    with ThreadPoolExecutor(max_workers=len(candidates), thread_name_prefix="discover") as pool:
        found = list(pool.map(lambda c: _probe(c, host, timeout), candidates))
    return [f for f in found if f is not None]


def list_models(host: str, port: int, *, timeout: float = 0.4) -> list[str] | None:
    """The model ids a server lists at /v1/models (Ollama: /api/tags too); None: no answer."""
    data = _get_json(host, port, "/v1/models", timeout)
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        return [str(m.get("id")) for m in data["data"] if isinstance(m, dict) and m.get("id")]
    data = _get_json(host, port, "/api/tags", timeout)
    if isinstance(data, dict) and isinstance(data.get("models"), list):
        return [str(m.get("name")) for m in data["models"] if isinstance(m, dict) and m.get("name")]
    return None


def _probe(candidate: KnownServer, host: str, timeout: float) -> FoundServer | None:
    models = list_models(host, candidate.port, timeout=timeout)
    if models is None:
        return None
    return FoundServer(candidate.id, candidate.label, f"http://{host}:{candidate.port}/v1", models)


def _get_json(host: str, port: int, path: str, timeout: float):
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        if response.status != 200:
            return None
        return json.loads(response.read(1_000_000) or b"null")
    except (OSError, ValueError, http.client.HTTPException):
        return None
    finally:
        conn.close()
