"""vitrine doctor"""

from __future__ import annotations

from app.cli.main import json_flag
from app.cli.output import emit
from app.core.i18n import tr


def register(commands) -> None:
    p = json_flag(commands.add_parser(
        "doctor", help=tr("devices, memory, models found, providers reachable, keyring")))
    p.set_defaults(func=cmd_doctor, needs_app=False)


def cmd_doctor(app, args) -> int:
    from app.core.errors import VitrineError
    from app.services import doctor
    from app.services.context import AppContext

    try:
        app = AppContext.open(args.workspace, offline=args.offline)
    except VitrineError as exc:  # a broken workspace is a finding, not a crash
        report = {"workspace": {"ok": False, "error": str(exc)}}
        emit(args, report, _human)
        return 1
    try:
        report = doctor.run(app)
    finally:
        app.close()
    emit(args, report, _human)
    return 0


def _human(report: dict) -> None:
    for name, data in report.items():
        ok = data.get("ok", True) if isinstance(data, dict) else True
        print(f"[{'ok' if ok else '!!'}] {name}")
        if not isinstance(data, dict):
            print(f"    {data}")
            continue
        for key, value in data.items():
            if key == "ok":
                continue
            if isinstance(value, list):
                print(f"    {key}:")
                for item in value:
                    print(f"      - {item}")
            else:
                print(f"    {key}: {value}")
