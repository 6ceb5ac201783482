"""Real-time factor of each local audio engine on this machine, side by side in one run.

    .venv/bin/python scripts/bench_audio.py [--runs N] [--device auto|cpu|cuda] [--json]
        [--tts-model PATH_OR_ID ...] [--music-model PATH_OR_ID ...] [--music-seconds S]

RTF = wall-clock seconds to make the audio / seconds of audio (below 1: faster than real time).
Engines: espeak-ng (French and English), the tiny random-weight VITS, MusicGen and Stable Audio
models (their speed says what the pipelines cost around a model, not what a real model costs),
any real model folder given with --tts-model / --music-model, and the mastering step (loudness
to -16 LUFS under -1 dBTP, then WAV or MP3) on a minute of audio. Each engine runs once to warm
up (imports, model load), then `--runs` times; the median is reported."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.requests import AudioRequest
from app.providers.base import JobContext

SCRIPT_FR = ("Cet été, protégez toute la famille avec notre crème solaire minérale. Indice "
             "cinquante, testée selon la norme ISO. Disponible dès maintenant en pharmacie.")
SCRIPT_EN = ("This summer, protect the whole family with our mineral sunscreen. Factor fifty, "
             "tested to the ISO standard. Available now in pharmacies.")


def context(device: str) -> JobContext:
    return JobContext(job_id="bench", cancel=threading.Event(), report=lambda p: None,
                      scratch=Path(tempfile.mkdtemp(prefix="vitrine-bench-")),
                      settings={"device": device})


def measure(provider, request, device: str, runs: int) -> dict:
    provider.generate(request, context(device))  # warm-up: imports, model load, first call
    times, seconds = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        out = provider.generate(request, context(device))[0]
        times.append(time.perf_counter() - start)
        seconds = out.duration_s
    wall = statistics.median(times)
    return {"audio_s": round(seconds, 2), "wall_s": round(wall, 3),
            "rtf": round(wall / seconds, 4) if seconds else None}


def engines(args) -> list[tuple[str, object, AudioRequest]]:
    from app.providers.audio.espeak import EspeakProvider
    from app.providers.audio.music import LocalMusicProvider
    from app.providers.audio.neural_tts import LocalTtsProvider
    from scripts.tiny_models import ensure

    raw = {"loudness": "none", "steps": args.steps}  # the engine alone; mastering is its own row
    rows = []
    for voice, script in (("espeak:fr", SCRIPT_FR), ("espeak:en", SCRIPT_EN)):
        rows.append((f"espeak-ng {voice}", EspeakProvider(),
                     AudioRequest(campaign_id="b", speech=script, voice=voice, options=raw)))
    tts = [("tiny VITS", str(ensure("tts-vits")))] + [(m, m) for m in args.tts_model]
    for label, model in tts:
        rows.append((label, LocalTtsProvider(), AudioRequest(
            campaign_id="b", speech=SCRIPT_FR, voice=f"tts:{model}", seed=1, options=raw)))
    music = [("tiny MusicGen", str(ensure("music-musicgen"))),
             ("tiny Stable Audio", str(ensure("music-stable-audio")))] + \
        [(m, m) for m in args.music_model]
    for label, model in music:
        seconds = args.music_seconds if not label.startswith("tiny Stable") else \
            min(args.music_seconds, 8.0)
        rows.append((label, LocalMusicProvider(), AudioRequest(
            campaign_id="b", music="upbeat summer jingle, acoustic guitar", model=model,
            duration=seconds, seed=1, options=raw)))
    return rows


def mastering_rows(runs: int) -> list[dict]:
    import numpy as np

    from app.providers.audio import dsp
    from app.providers.audio.audiofile import encode_under_ceiling

    rate = 44100
    t = np.arange(60 * rate) / rate
    audio = (0.3 * np.sin(2 * np.pi * 220 * t) * np.clip(np.sin(2 * np.pi * 3 * t), 0, None)
             ).astype(np.float32)
    audio = np.stack([audio, np.roll(audio, 100)], axis=1)
    rows = []
    for fmt in ("wav", "mp3"):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            levelled, _ = dsp.normalize(audio, rate, -16.0, -1.0)
            encode_under_ceiling(levelled, rate, fmt, -1.0)
            times.append(time.perf_counter() - start)
        wall = statistics.median(times)
        rows.append({"engine": f"mastering -16 LUFS, {fmt}", "audio_s": 60.0,
                     "wall_s": round(wall, 3), "rtf": round(wall / 60.0, 4)})
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda", "mps"])
    parser.add_argument("--tts-model", action="append", default=[])
    parser.add_argument("--music-model", action="append", default=[])
    parser.add_argument("--music-seconds", type=float, default=5.0)
    parser.add_argument("--steps", type=int, default=8, help="diffusion steps (Stable Audio)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for label, provider, request in engines(args):
        try:
            row = {"engine": label, **measure(provider, request, args.device, args.runs)}
        except Exception as exc:  # one engine missing (no espeak-ng, no model) is not fatal
            row = {"engine": label, "error": str(exc)[:200]}
        results.append(row)
        if not args.json:
            print(_line(row), flush=True)
    for row in mastering_rows(args.runs):
        results.append(row)
        if not args.json:
            print(_line(row), flush=True)
    if args.json:
        print(json.dumps({"device": args.device, "runs": args.runs, "results": results},
                         indent=2))
    return 0


def _line(row: dict) -> str:
    if "error" in row:
        return f"{row['engine']:34s}  error: {row['error']}"
    return (f"{row['engine']:34s}  audio {row['audio_s']:7.2f} s  wall {row['wall_s']:7.3f} s"
            f"  RTF {row['rtf']:.4f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
