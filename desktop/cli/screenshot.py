"""``policylens screenshot FILE --out PNG``: render the main window with FILE open, offscreen."""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from desktop.cli import CliError
from desktop.core.document import DocumentError

DEFAULT_SIZE = (1400, 860)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("screenshot", help="save a PNG of the window with FILE open")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--out", required=True, metavar="PNG")
    parser.add_argument("--size", default="{}x{}".format(*DEFAULT_SIZE), help="window size, WxH")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop.core.analysis import open_document
    from desktop.core.policy import analyze_policy
    from desktop.ui.app import create_application, create_window
    from desktop.ui.settings import Settings

    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError as error:
        raise CliError(f"--size must look like 1400x860, not {args.size!r}") from error
    try:
        document = open_document(args.file)
    except DocumentError as error:
        raise CliError(f"{args.file}: {error.message}") from error
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        # A screenshot shows the default layout, not whatever this user last arranged.
        settings = Settings(QSettings(os.path.join(scratch, "s.ini"), QSettings.Format.IniFormat))
        window = create_window(settings)
        window.resize(width, height)
        window.show()
        window.show_analysis(analyze_policy(document))
        _settle(app, window)
        if not window.grab().save(args.out):
            raise CliError(f"could not write {args.out}")
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
