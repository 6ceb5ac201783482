"""Fill French translations into the catalogs from a JSON file {"English source": "français"}.

    .venv/bin/python scripts/i18n_fill.py translations.json

Only messages whose source matches are touched; they are marked finished."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def fill(table: dict[str, str]) -> int:
    done = 0
    for path in sorted(I18N.glob("*_fr.ts")):
        tree = ET.parse(path)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source")
            if source in table:
                node = message.find("translation")
                if node is None:
                    node = ET.SubElement(message, "translation")
                node.text = table[source]
                node.attrib.pop("type", None)
                changed = True
                done += 1
        if changed:
            ET.indent(tree, space="    ")
            tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(f"filled {fill(json.load(fh))} translation(s)")
