"""The command line: every capability of the core, scriptable without a screen.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``handler``; a handler returns the process exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

SUBCOMMAND_MODULES = (
    "analyze",
    "packs",
    "evaluate",
    "facts",
    "compare",
    "report",
    "screenshot",
)


class CliError(Exception):
    """A failure to report as one line on stderr with a non-zero exit."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policylens",
        description="Read privacy policies in any language, offline.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(subparsers)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one subcommand; errors become one line on stderr and exit code 1 (2 for usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args))
    except CliError as error:
        print(f"policylens: {error}", file=sys.stderr)
        return 1
