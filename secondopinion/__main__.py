"""Entry point: parse arguments, then run a command or start the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from secondopinion import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.parse_args(argv)
    if args.command:
        return cli.run_command(args)
    from secondopinion.ui.app import run_gui

    return run_gui(journal=args.journal, demo=args.demo, lang=args.lang)


def gui_main() -> int:
    return main()


if __name__ == "__main__":
    sys.exit(main())
