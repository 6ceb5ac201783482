"""Exporting synthetic 512-px PNG assets with C2PA, XMP and the watermark: images per second and
peak memory for 50, 100 and 200 images, each count in a fresh process, so that the figures show
whether memory stays flat as the count grows. The checklist gate (NudeNet on every image) is timed
apart from writing the bundle.

    .venv/bin/python scripts/bench_export.py [--counts 50,100,200] [--size 512] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_png(size: int, seed: int) -> bytes:
    """A smooth picture with grain (a photograph's statistics, not pure noise)."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    small = Image.fromarray(rng.integers(30, 225, (12, 12, 3), dtype=np.uint8))
    big = np.asarray(small.resize((size, size), Image.BICUBIC), dtype=np.int16)
    pixels = np.clip(big + rng.integers(-6, 7, big.shape, dtype=np.int16), 0, 255)
    buf = io.BytesIO()
    Image.fromarray(pixels.astype(np.uint8)).save(buf, "PNG")
    return buf.getvalue()


def build(folder: Path, counts: list[int], size: int) -> dict[int, str]:
    """One campaign per count, its images approved and its review signed off."""
    from app.core.assets import (
        AssetKind,
        AssetStatus,
        Energy,
        EnergyMethod,
        GeneratedOutput,
        GenerationRecord,
    )
    from app.services.context import AppContext
    from app.services.review import review, sign
    from app.workspace import Workspace

    app = AppContext(workspace=Workspace(folder))
    campaigns = {}
    for count in counts:
        campaign = app.workspace.create_campaign(f"Bench {count}")
        for i in range(count):
            record = GenerationRecord(
                provider="diffusers", model="stabilityai/sdxl-base-1.0", licence="openrail++",
                commercial_use="yes", prompt=f"a sunscreen bottle on a beach, variant {i}",
                seed=i, parameters={"steps": 30, "guidance": 7.0},
                energy=Energy(1.5, EnergyMethod.MEASURED_NVML, "cuda:0"))
            app.workspace.add_asset(campaign.id, GeneratedOutput(
                kind=AssetKind.IMAGE, data=synthetic_png(size, i), ext="png", width=size,
                height=size, record=record, alt_text=f"Sunscreen bottle on a beach, view {i}",
                channel="instagram-square"), status=AssetStatus.APPROVED)
        for item in review(app, campaign.id).items:
            if item.open:
                sign(app, campaign.id, item.id, "Bench", "benchmark")
        campaigns[count] = campaign.id
    app.close()
    return campaigns


CHILD = """
import json, os, sys, threading, time
import psutil
sys.path.insert(0, sys.argv[4])
from app.export.bundle import ExportOptions, write_bundle
from app.services.context import AppContext
from app.services.review import review, review_assets
from app.workspace import Workspace

proc = psutil.Process()
app = AppContext(workspace=Workspace(sys.argv[1]))
campaign = app.workspace.get_campaign(sys.argv[2])
t0 = time.perf_counter()
assets = review_assets(app, campaign.id, approved_only=True)
checklist = review(app, campaign.id, approved_only=True)
t1 = time.perf_counter()
assert not checklist.blocking, checklist.open_reasons()
base = proc.memory_info().rss
peak = [base]
stop = threading.Event()
def sample():
    while not stop.is_set():
        peak[0] = max(peak[0], proc.memory_info().rss)
        time.sleep(0.02)
watcher = threading.Thread(target=sample, daemon=True)
watcher.start()
after = {}
def progress(done, total, name):
    if done in (total // 4, total // 2, total):
        after[done] = proc.memory_info().rss
t2 = time.perf_counter()
result = write_bundle(campaign, assets, checklist, sys.argv[3], ExportOptions(),
                      progress=progress)
t3 = time.perf_counter()
stop.set(); watcher.join()
marks = [f["provenance"].get("watermark") for f in result.files if f["kind"] == "image"]
print(json.dumps({"images": len(assets), "review_s": t1 - t0, "export_s": t3 - t2,
                  "rss_before_mb": base / 2**20, "rss_peak_mb": peak[0] / 2**20,
                  "rss_at_quarters_mb": {k: v / 2**20 for k, v in sorted(after.items())},
                  "watermarks_verified": marks.count("verified")}))
"""


def run_child(folder: Path, campaign_id: str, dest: Path) -> dict:
    env = {**os.environ, "VITRINE_DATA_DIR": str(folder.parent / "data"),
           "VITRINE_CONFIG_DIR": str(folder.parent / "config")}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder), campaign_id, str(dest),
                           str(ROOT)], capture_output=True, text=True, env=env, timeout=1800)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="50,100,200")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    counts = [int(c) for c in args.counts.split(",")]
    with tempfile.TemporaryDirectory(prefix="vitrine-bench-export-") as tmp:
        root = Path(tmp)
        os.environ["VITRINE_DATA_DIR"] = str(root / "data")
        os.environ["VITRINE_CONFIG_DIR"] = str(root / "config")
        start = time.perf_counter()
        campaigns = build(root / "ws", counts, args.size)
        build_s = time.perf_counter() - start
        rows = []
        for count in counts:
            row = run_child(root / "ws", campaigns[count], root / f"bundle-{count}")
            row["images_per_s"] = row["images"] / row["export_s"]
            row["peak_over_start_mb"] = row["rss_peak_mb"] - row["rss_before_mb"]
            rows.append(row)
    if args.json:
        print(json.dumps({"size": args.size, "build_s": build_s, "runs": rows}, indent=2))
        return 0
    print(f"{args.size}-px PNG assets, C2PA + XMP + watermark (built in {build_s:.0f} s)")
    print(f"{'images':>6} {'review s':>9} {'export s':>9} {'img/s':>6} {'RSS start MB':>13} "
          f"{'RSS peak MB':>12} {'peak-start':>11} {'wm ok':>6}")
    for r in rows:
        print(f"{r['images']:>6} {r['review_s']:>9.1f} {r['export_s']:>9.1f} "
              f"{r['images_per_s']:>6.2f} {r['rss_before_mb']:>13.0f} {r['rss_peak_mb']:>12.0f} "
              f"{r['peak_over_start_mb']:>11.0f} {r['watermarks_verified']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
