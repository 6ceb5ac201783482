"""Cold start of `vitrine` to its first painted window, divided by the same for a bare PySide6
window, alternated in one run (target: <= 1.5).

    .venv/bin/python scripts/bench_startup.py [--runs 15] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1280, 800)
probe = Probe()
w.installEventFilter(probe)
w.show()
app.exec()
"""


def first_paint(cmd: list[str], env: dict, until: str = "painted") -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env)
    for line in proc.stdout:
        if line.strip() == until:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd[0]} never printed {until} (exit {proc.wait()})")
    proc.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    home = Path(tempfile.mkdtemp(prefix="vitrine-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "VITRINE_STARTUP_PROBE": "paint",
           "VITRINE_CONFIG_DIR": str(home / "config"), "VITRINE_DATA_DIR": str(home / "data"),
           "VITRINE_WORKSPACE": str(home / "ws")}
    vitrine = [str(Path(sys.executable).with_name("vitrine"))]
    bare = [sys.executable, "-c", BARE]
    subprocess.run([*vitrine, "campaign", "new", "Bench"], env=env, check=True,
                   capture_output=True)
    first_paint(vitrine, env)  # warm the OS file cache for both, as a user's second launch
    first_paint(bare, env)
    ready_env = {**env, "VITRINE_STARTUP_PROBE": "ready"}
    times = {"vitrine": [], "bare": [], "ready": []}
    for _ in range(args.runs):
        times["vitrine"].append(first_paint(vitrine, env))
        times["bare"].append(first_paint(bare, env))
        times["ready"].append(first_paint(vitrine, ready_env, "ready"))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"platform {args.platform}, {args.runs} runs each, alternated (cwd {root.name})")
    labels = {"vitrine": "vitrine (first paint)", "bare": "bare PySide6 window",
              "ready": "vitrine (content ready)"}
    for key, values in times.items():
        print(f"  {labels[key]:26s} median {med[key] * 1000:7.1f} ms   "
              f"min {min(values) * 1000:7.1f}   max {max(values) * 1000:7.1f}")
    print(f"  ratio vitrine / bare PySide6 window: {med['vitrine'] / med['bare']:.2f} "
          "(target <= 1.5)")
    print(f"  ratio vitrine with its workspace loaded ('ready': campaign list and brief painted)"
          f" / bare: {med['ready'] / med['bare']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
