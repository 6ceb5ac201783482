#!/usr/bin/env bash
# The GPU checks, as run on a lent CUDA machine (its own python3 with torch; no network):
# the image benchmark (SD 1.5 and SDXL sizes, random weights, fp16) and the `gpu` tests.
#   scripts/gpu_checks.sh OUT_DIR
# Wheels for packages that machine lacks (diffusers...) may sit in .whl/ beside this repo.
set -uo pipefail
OUT="${1:-bench-out}"
mkdir -p "$OUT"
if compgen -G ".whl/*.whl" >/dev/null; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site .whl/*.whl && export PYTHONPATH="/tmp/site:$PWD"
else
    export PYTHONPATH="$PWD"
fi
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 QT_QPA_PLATFORM=offscreen
{
    nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
    python3 -c "import torch, diffusers, transformers; print('torch', torch.__version__, \
'diffusers', diffusers.__version__, 'transformers', transformers.__version__)"
} 2>&1 | tee "$OUT/env.txt"
timeout 330 python3 scripts/bench_gpu_image.py 2>&1 | tee "$OUT/bench.txt"
timeout 150 python3 -m pytest -m gpu tests/image/test_gpu.py -q -p no:cacheprovider \
    -o addopts="" 2>&1 | tail -40 | tee "$OUT/gpu-tests.txt"
