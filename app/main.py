"""The `vitrine` entry point: no arguments opens the studio; subcommands run headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from app.cli.main import has_command, run_cli

    if has_command(argv):
        return run_cli(argv)
    from app.ui.studio import run_studio

    return run_studio(argv)


if __name__ == "__main__":
    sys.exit(main())
