"""The `vitrine` entry point: no arguments opens the studio; subcommands run headless."""

from __future__ import annotations

import sys

_GLOBAL_WITH_VALUE = {"--workspace"}


def has_command(argv: list[str]) -> bool:
    """True when the arguments ask for a headless command (or help/version). Kept here, free of
    imports, so that opening the studio does not load the command line."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if has_command(argv):
        from app.cli.main import run_cli

        return run_cli(argv)
    from app.ui.studio import run_studio

    return run_studio(argv)


if __name__ == "__main__":
    sys.exit(main())
