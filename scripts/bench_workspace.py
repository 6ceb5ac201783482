"""A workspace with 10,000 assets: open, first page of 200 assets, a full-text search.
Median times over repeated runs, measured in one process.

    .venv/bin/python scripts/bench_workspace.py [--assets 10000] [--runs 20] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord, Where
from app.workspace import Workspace

WORDS = (
    "été", "plage", "soleil", "crème", "solaire", "famille", "enfants", "protection", "minérale",
    "sable", "vagues", "summer", "beach", "sunscreen", "family", "kids", "mineral", "protection",
    "waves", "coast", "holiday", "bleu", "turquoise", "lumière", "douce", "matin", "campagne",
    "lancement", "offre", "printemps", "automne",
)


def build(folder: Path, count: int, campaigns: int = 10) -> float:
    rng = random.Random(7)
    start = time.perf_counter()
    ws = Workspace(folder)
    made = [ws.create_campaign(f"Campagne {i}") for i in range(campaigns)]
    kinds = (AssetKind.IMAGE, AssetKind.TEXT, AssetKind.AUDIO)
    for i in range(count):
        kind = kinds[i % 3]
        prompt = " ".join(rng.choices(WORDS, k=12))
        text = " ".join(rng.choices(WORDS, k=40)) if kind == AssetKind.TEXT else ""
        data = (prompt + text + str(i)).encode() + rng.randbytes(256)
        output = GeneratedOutput(
            kind=kind, data=data, ext={"image": "png", "text": "md", "audio": "wav"}[kind],
            title=" ".join(rng.choices(WORDS, k=4)), text=text, channel="instagram",
            record=GenerationRecord(provider="diffusers", model="sd15", prompt=prompt,
                                    where=Where.LOCAL, seed=i, parameters={"steps": 20}))
        ws.add_asset(made[i % len(made)].id, output)
    ws.close()
    return time.perf_counter() - start


def median_ms(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep", help="reuse/keep the workspace in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "ws"
    if not (folder / "vitrine.sqlite3").exists():
        took = build(folder, args.assets)
        print(f"built {args.assets} assets in {took:.1f} s ({args.assets / took:.0f} assets/s, "
              "each file fsynced and renamed, each row in its own transaction)")
    ws = Workspace(folder)
    campaign = ws.list_campaigns()[0]
    total = ws.count_assets()
    ws.close()

    def open_close():
        Workspace(folder).close()

    ws = Workspace(folder)
    results = {
        "open (incl. quick_check)": median_ms(open_close, args.runs),
        "first page, 200 newest assets of all": median_ms(lambda: ws.list_assets(limit=200),
                                                          args.runs),
        "first page, 200 of one campaign": median_ms(
            lambda: ws.list_assets(campaign.id, limit=200), args.runs),
        "full-text search 'creme sol' (200 max)": median_ms(lambda: ws.search("creme sol"),
                                                             args.runs),
        "full-text search 'turquoise matin'": median_ms(lambda: ws.search("turquoise matin"),
                                                        args.runs),
        "count by kind": median_ms(lambda: ws.count_assets(kind="image"), args.runs),
    }
    ws.close()
    print(f"workspace: {total} assets, {args.runs} runs each (median)")
    for name, value in results.items():
        print(f"  {name:42s} {value:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
