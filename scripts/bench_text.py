"""Streaming overhead of Vitrine's chat provider against the plain `openai` client.

One OpenAI-compatible server on 127.0.0.1 (in its own process) answers every request with the
first token after 50 ms, then one token every 5 ms. Runs alternate between the plain client and
Vitrine's provider (the code a text job runs, progress reports included); after warm-up runs,
the median time to first token and tokens/s of each are printed with their ratio (target: 1.05
or better). Not a test.

    .venv/bin/python scripts/bench_text.py [--runs 40] [--tokens 100] [--json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_TOKEN_S = 0.050
TOKEN_INTERVAL_S = 0.005


def serve(port_queue, tokens: int) -> None:
    """The server process: a real HTTP server speaking chat completions (SSE, chunked)."""
    from tests.fixtures.chat_server import ChatServer
    from tests.fixtures.http_server import LocalServer

    server = LocalServer()
    server.httpd.handle_error = lambda *args: None  # clients leaving at the end are no news
    server.start()
    chat = ChatServer(server)
    chat.reply(" ".join(f"tok{i}" for i in range(tokens)))
    chat.first_token_delay = FIRST_TOKEN_S
    chat.token_interval = TOKEN_INTERVAL_S
    port_queue.put(server.port)
    threading.Event().wait()


def run_plain(client, model: str) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    first = None
    count = 0
    stream = client.chat.completions.create(
        model=model, stream=True, messages=[{"role": "user", "content": "bench"}])
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            count += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    return first - t0, (count - 1) / (end - first), count


def run_vitrine(provider, request, scratch: Path) -> tuple[float, float, int]:
    from app.providers.base import JobContext

    seen = {}

    def report(progress):
        if progress.text and "first" not in seen:
            seen["first"] = time.perf_counter()

    ctx = JobContext(job_id="bench", cancel=threading.Event(), report=report, scratch=scratch)
    t0 = time.perf_counter()
    output = provider.generate(request, ctx)[0]
    end = time.perf_counter()
    count = output.record.tokens["completion"]
    return seen["first"] - t0, (count - 1) / (end - seen["first"]), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    ports = mp.Queue()
    server = mp.Process(target=serve, args=(ports, args.tokens), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{ports.get(timeout=30)}/v1"

    import openai

    from app.core.requests import TextRequest
    from app.providers.text.openai_chat import OpenAIChatProvider

    model = "tiny-chat"
    client = openai.OpenAI(base_url=base_url, api_key="no-key", max_retries=0)
    provider = OpenAIChatProvider()
    request = TextRequest(campaign_id="bench", provider="openai-compatible", base_url=base_url,
                          model=model, prompt="bench")
    scratch = Path(tempfile.mkdtemp(prefix="bench-text-"))
    sides = {"plain": lambda: run_plain(client, model),
             "vitrine": lambda: run_vitrine(provider, request, scratch)}
    for _ in range(args.warmup):
        for run in sides.values():
            run()
    results = {name: [] for name in sides}
    for i in range(args.runs):
        order = ("plain", "vitrine") if i % 2 == 0 else ("vitrine", "plain")
        for name in order:
            results[name].append(sides[name]())
    server.terminate()

    summary = {}
    for name, rows in results.items():
        counts = {r[2] for r in rows}
        assert counts == {args.tokens}, f"{name} received {counts} tokens, not {args.tokens}"
        summary[name] = {"ttft_ms": round(statistics.median(r[0] for r in rows) * 1000, 2),
                         "tokens_per_s": round(statistics.median(r[1] for r in rows), 1)}
    figures = {
        "runs": args.runs, "tokens": args.tokens, "server": {
            "first_token_ms": FIRST_TOKEN_S * 1000, "token_interval_ms": TOKEN_INTERVAL_S * 1000},
        **summary,
        "ttft_ratio": round(summary["vitrine"]["ttft_ms"] / summary["plain"]["ttft_ms"], 3),
        "throughput_ratio": round(summary["plain"]["tokens_per_s"]
                                  / summary["vitrine"]["tokens_per_s"], 3),
        "target": 1.05,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{args.runs} runs each, alternated; {args.tokens} tokens; first token after "
              f"{FIRST_TOKEN_S * 1000:g} ms, then one every {TOKEN_INTERVAL_S * 1000:g} ms")
        print(f"{'':10s} {'TTFT (ms)':>10s} {'tokens/s':>10s}")
        for name in ("plain", "vitrine"):
            print(f"{name:10s} {summary[name]['ttft_ms']:10.2f} "
                  f"{summary[name]['tokens_per_s']:10.1f}")
        print(f"ratio vitrine/plain: TTFT {figures['ttft_ratio']:.3f}, "
              f"time per token {figures['throughput_ratio']:.3f} (target <= 1.05)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
