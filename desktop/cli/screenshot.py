"""``policylens screenshot FILE… --out PNG``: render the app offscreen, for docs and checks.

One file: the main window with it open. Several: the comparison window over them.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from desktop.cli import CliError
from desktop.core.document import DocumentError

DEFAULT_SIZE = (1400, 860)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screenshot", help="save a PNG of the window with FILE open (several: their comparison)"
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--out", required=True, metavar="PNG")
    parser.add_argument("--size", default="{}x{}".format(*DEFAULT_SIZE), help="window size, WxH")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop.core.analysis import open_document
    from desktop.core.policy import analyze_policy
    from desktop.ui.app import create_application, create_window
    from desktop.ui.compare.window import ComparisonWindow
    from desktop.ui.settings import Settings

    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError as error:
        raise CliError(f"--size must look like 1400x860, not {args.size!r}") from error
    documents = []
    for path in args.files:
        try:
            documents.append(open_document(path))
        except DocumentError as error:
            raise CliError(f"{path}: {error.message}") from error
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        # A screenshot shows the default layout, not whatever this user last arranged.
        settings = Settings(QSettings(os.path.join(scratch, "s.ini"), QSettings.Format.IniFormat))
        window = create_window(settings)
        shown = window
        if len(documents) > 1:
            shown = ComparisonWindow([analyze_policy(d) for d in documents], window)
        else:
            window.show()
            window.show_analysis(analyze_policy(documents[0]))
        shown.resize(width, height)
        shown.show()
        _settle(app, window)
        if not shown.grab().save(args.out):
            raise CliError(f"could not write {args.out}")
        shown.close()
        window.close()
    print(args.out)
    return 0



def _settle(app: object, window: object, timeout: float = 180.0) -> None:
    """Let translation and re-scoring finish, so the picture shows what a reader would see."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        busy = window.translation.controller.running or window.reanalysing  # type: ignore[attr-defined]
        if not busy:
            break
        time.sleep(0.02)
    app.processEvents()  # type: ignore[attr-defined]
