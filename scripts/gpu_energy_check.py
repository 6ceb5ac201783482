"""On a CUDA machine: one image job through the real job engine and worker process, to see the
energy the job records (measured through NVML there) and the device it ran on.

    python3 scripts/gpu_energy_check.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from app.core.requests import ImageRequest
    from app.services.context import AppContext
    from app.services.generate import generate
    from scripts.tiny_models import ensure

    model = ensure("sd-tiny")
    app = AppContext.open(Path(tempfile.mkdtemp()) / "ws")
    try:
        campaign = app.workspace.create_campaign("GPU")
        request = ImageRequest(campaign_id=campaign.id, model=str(model), prompt="a cat", seed=1,
                               steps=30, width=256, height=256, count=4)
        result = generate(app, request).wait(600)
        asset = result.assets[0]
        record = asset.generation
        job = app.workspace.get_job(result.job_id)
        print(json.dumps({"state": result.state.value, "assets": len(result.assets),
                          "device": record.parameters.get("device"),
                          "dtype": record.parameters.get("dtype"),
                          "energy_per_asset": record.energy.to_dict(),
                          "job_energy": job["energy"], "job_seconds": job["duration_s"]},
                         indent=1))
    finally:
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
