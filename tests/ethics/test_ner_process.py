"""The name detector loads spaCy's French model without torch: the studio reviews in its GUI
process, which never imports torch (thinc would import it, holding the GIL for seconds)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_names_are_found_without_loading_torch():
    code = textwrap.dedent("""
        import sys
        from app.ethics import ner
        found = ner.entities("Appelez notre conseillère Marie Dupont à Marseille.", "fr")
        print(sorted(kind for kind, *_ in found), "torch" in sys.modules)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['person', 'place'] False"
