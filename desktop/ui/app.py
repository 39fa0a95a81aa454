"""Start the application: QApplication, settings, data folders, fonts, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.core.library import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

ORGANISATION = "PolicyLens"
APPLICATION = "PolicyLens"
# Fonts with complete Vietnamese and Albanian (Latin Extended, combining marks) coverage,
# best first; the platform's default is the last resort.
READING_FONTS = ("Noto Serif", "Source Serif 4", "DejaVu Serif", "Liberation Serif", "Georgia")
READING_POINT_SIZE = 12


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def reading_font() -> QFont:
    """A serif face that covers Vietnamese, else the system default at a reading size."""
    vietnamese = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    family = next((name for name in READING_FONTS if name in vietnamese), None)
    font = QFont(family) if family else QFont()
    font.setPointSize(READING_POINT_SIZE)
    return font


def create_window(settings: Settings | None = None, library: Library | None = None) -> MainWindow:
    pool = QThreadPool.globalInstance()
    window = MainWindow(settings or Settings(), library or Library(), pool)
    font = reading_font()
    window.reader.original.setFont(font)
    window.reader.translation.setFont(font)
    return window


def run_app(args: Sequence[str]) -> int:
    """Open the window, with the files named on the command line."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_application(args)
    window = create_window()
    window.show()
    for path in args:
        if not path.startswith("-"):
            window.open_path(path)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    return code
