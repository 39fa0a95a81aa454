"""``python -m desktop.bench``: every speed and memory figure PolicyLens tracks, printed.

Figures, not assertions: these machines are shared and noisy, so targets are read here by
people, never enforced in timed tests.
"""

from __future__ import annotations

import importlib
import sys

SECTIONS = ("reading", "classify", "facts", "translation")


def main() -> int:
    only = set(sys.argv[1:])
    for name in SECTIONS:
        if only and name not in only:
            continue
        print(f"== {name}")
        importlib.import_module(f"desktop.benchmarks.{name}").run(print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
