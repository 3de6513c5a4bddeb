"""Entry point: parse arguments, then run a command or start the GUI."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # The journal's table classes (SQLModel, on pydantic) use no pydantic plugin; looking for
    # plugins reads the metadata of every installed package when the first class is made.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
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
