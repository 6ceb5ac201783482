"""Find every user-visible English string in app/ and add the missing ones to the French
catalogs (`resources/i18n/<area>_fr.ts`, marked unfinished), like Qt's lupdate does for C++.

    .venv/bin/python scripts/i18n_extract.py          # update the catalogs
    .venv/bin/python scripts/i18n_extract.py --check  # list untranslated strings, exit 1 if any

Strings are: the first argument of tr(...) / tr_noop(...) calls, the `message` and `hint`
attributes of error classes, and literal messages passed to error constructors."""

from __future__ import annotations

import ast
import builtins
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def area_of(path: Path) -> str:
    parts = path.relative_to(ROOT / "app").parts
    if len(parts) >= 3 and parts[0] == "providers":
        return parts[1]
    return parts[0].removesuffix(".py") if len(parts) > 1 else "core"


def strings_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            first = node.args[0] if node.args else None
            is_app_error = name.endswith("Error") and not hasattr(builtins, name)
            if name in ("tr", "tr_noop") or is_app_error:
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(first.value)
                for kw in node.keywords:
                    if kw.arg == "hint" and isinstance(kw.value, ast.Constant) and \
                            isinstance(kw.value.value, str):
                        found.append(kw.value.value)
        elif isinstance(node, ast.ClassDef) and any(
                (isinstance(b, ast.Name) and b.id.endswith(("Error", "Exception"))) or
                (isinstance(b, ast.Attribute) and b.attr.endswith("Error")) for b in node.bases):
            for stmt in node.body:
                if isinstance(stmt, ast.Assign | ast.AnnAssign):
                    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                    names = [t.id for t in targets if isinstance(t, ast.Name)]
                    value = stmt.value
                    if set(names) & {"message", "hint"} and isinstance(value, ast.Constant) \
                            and isinstance(value.value, str) and value.value:
                        found.append(value.value)
    return [s for s in found if s.strip()]


def collect() -> dict[str, list[str]]:
    """area -> strings, in order of appearance, without duplicates."""
    areas: dict[str, list[str]] = {}
    seen: set[str] = set()
    for path in sorted((ROOT / "app").rglob("*.py")):
        for text in strings_in(path):
            if text not in seen:
                seen.add(text)
                areas.setdefault(area_of(path), []).append(text)
    return areas


def load_ts(path: Path) -> ET.ElementTree:
    if path.exists():
        return ET.parse(path)
    root = ET.Element("TS", version="2.1", language="fr_FR")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = path.stem.removesuffix("_fr")
    return ET.ElementTree(root)


def translated_sources() -> dict[str, str]:
    table = {}
    for ts in I18N.glob("*_fr.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") not in ("unfinished",
                                                                           "obsolete"):
                table[message.findtext("source")] = node.text
    return table


def all_sources() -> set[str]:
    return {m.findtext("source") for ts in I18N.glob("*_fr.ts")
            for m in ET.parse(ts).getroot().iter("message")}


def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    known = all_sources()
    added = 0
    for area, texts in collect().items():
        missing = [t for t in texts if t not in known]
        if not missing:
            continue
        path = I18N / f"{area}_fr.ts"
        tree = load_ts(path)
        context = tree.getroot().find("context")
        for text in missing:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            added += 1
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return added


def untranslated() -> list[str]:
    table = translated_sources()
    return [t for texts in collect().values() for t in texts if t not in table]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        missing = untranslated()
        for text in missing:
            print(text)
        return 1 if missing else 0
    print(f"added {update()} string(s) to resources/i18n/*_fr.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
