"""Argument parsing and dispatch. Each command group lives in its own module of this package
with `register(subparsers)` (or `register_generate(subparsers)` for `vitrine generate KIND`)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys

from app import __version__
from app.cli.output import err
from app.core.errors import ExportBlockedError, VitrineError
from app.core.i18n import tr

log = logging.getLogger("vitrine")
_NOT_COMMANDS = {"main", "output", "runner", "__init__"}


def _modules():
    import app.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name not in _NOT_COMMANDS:
            yield importlib.import_module(f"app.cli.{info.name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vitrine", description=tr("Vitrine: a studio for marketing campaigns. "
                                       "Without a command, opens the studio."))
    parser.add_argument("--version", action="version", version=f"vitrine {__version__}")
    parser.add_argument("--workspace", metavar="DIR",
                        help=tr("workspace folder (default: VITRINE_WORKSPACE or the user data "
                                "folder)"))
    parser.add_argument("--offline", action="store_true",
                        help=tr("no network beyond this machine (loopback)"))
    parser.add_argument("--json", action="store_true", dest="json_global",
                        help=tr("print one JSON document on stdout"))
    parser.add_argument("-v", "--verbose", action="count", default=0)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    generate = commands.add_parser("generate", help=tr("generate images, text or audio"))
    generate_kinds = generate.add_subparsers(dest="kind", metavar="KIND", required=True)
    for module in _modules():
        if hasattr(module, "register"):
            module.register(commands)
        if hasattr(module, "register_generate"):
            module.register_generate(generate_kinds)
    return parser


def json_flag(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Every command also takes --json after its name."""
    parser.add_argument("--json", action="store_true", help=tr("print one JSON document"))
    return parser


def run_cli(argv: list[str]) -> int:
    from app.core import i18n

    i18n.current_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = bool(getattr(args, "json", False) or args.json_global)
    _setup_logging(args.verbose)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    app = None
    try:
        if getattr(args, "needs_app", True):
            from app.services.context import AppContext

            app = AppContext.open(args.workspace, offline=args.offline)
        return int(args.func(app, args) or 0)
    except ExportBlockedError as exc:
        err(tr("vitrine: {message}", message=str(exc)))
        for reason in exc.reasons:
            err(f"  - {reason}")
        return exc.exit_code
    except VitrineError as exc:
        log.debug("details: %s", exc.details)
        err(tr("vitrine: error: {message}", message=str(exc)))
        return exc.exit_code
    except KeyboardInterrupt:
        err(tr("vitrine: interrupted"))
        return 130
    finally:
        if app is not None:
            app.close()


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    if os.environ.get("VITRINE_LOG_FILE"):
        handler = logging.FileHandler(os.environ["VITRINE_LOG_FILE"], encoding="utf-8")
        logging.getLogger().addHandler(handler)
