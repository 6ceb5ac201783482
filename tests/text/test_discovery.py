"""Finding local OpenAI-compatible servers on their usual ports, with their models."""

from __future__ import annotations

import socket
import time

from app.providers.text.discovery import KNOWN_SERVERS, KnownServer, discover_local_servers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_known_ports():
    assert {(s.id, s.port) for s in KNOWN_SERVERS} == {
        ("ollama", 11434), ("lmstudio", 1234), ("llamacpp", 8080), ("vllm", 8000)}


def test_finds_running_servers_and_lists_their_models(chat_server, local_server):
    candidates = (KnownServer("closed", "Nobody", free_port()),
                  KnownServer("llamacpp", "llama.cpp server", local_server.port))
    found = discover_local_servers(candidates)
    assert [(f.id, f.base_url, f.models) for f in found] == [
        ("llamacpp", f"http://127.0.0.1:{local_server.port}/v1", ["tiny-chat", "other-model"])]


def test_ollama_tags_when_there_is_no_models_route(local_server):
    local_server.route("GET", "/api/tags", lambda req, res: res.send(
        200, {"models": [{"name": "llama3.2:3b"}, {"name": "mistral:7b"}]}))
    found = discover_local_servers((KnownServer("ollama", "Ollama", local_server.port),))
    assert found[0].models == ["llama3.2:3b", "mistral:7b"]


def test_never_hangs_on_a_silent_server(local_server):
    local_server.route("GET", "/v1/models", lambda req, res: time.sleep(3))
    start = time.perf_counter()
    found = discover_local_servers((KnownServer("slow", "Slow", local_server.port),),
                                   timeout=0.3)
    assert found == [] and time.perf_counter() - start < 1.5


def test_default_probe_is_quick():
    start = time.perf_counter()
    discover_local_servers()
    assert time.perf_counter() - start < 2
