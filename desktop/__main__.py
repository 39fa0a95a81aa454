"""``python -m desktop`` / ``policylens``: the app, or a subcommand when one is named."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from desktop.cli import SUBCOMMAND_MODULES


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in SUBCOMMAND_MODULES or args[0] in ("-h", "--help")):
        from desktop.cli import run

        try:
            return run(args)
        except BrokenPipeError:
            # The reader closed the pipe (``… | head``): stop quietly, as Unix tools do. Python
            # would otherwise report the error again when it flushes stdout at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    from desktop.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
