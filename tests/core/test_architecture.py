"""Heavy libraries load only when a job needs them: importing every module of the app (the
window included) loads none of torch, diffusers, transformers or openai."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_importing_the_whole_app_loads_no_model_library():
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import app
        failed = []
        for info in pkgutil.walk_packages(app.__path__, "app."):
            if info.name.endswith("__main__"):
                continue
            importlib.import_module(info.name)
        heavy = sorted(m for m in ("torch", "diffusers", "transformers", "openai")
                       if m in sys.modules)
        print(",".join(heavy))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
