"""GUI fixtures: a main window over temporary settings and data, drained at teardown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from desktop.core.library import Library
from desktop.ui.app import create_window
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "library.sqlite3")
    yield library
    library.close()


@pytest.fixture
def window(qtbot, settings: Settings, library: Library) -> Iterator[MainWindow]:
    window = create_window(settings, library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()  # saves layout and shuts translation down, as a user's close does
    QThreadPool.globalInstance().waitForDone(10_000)


def open_and_wait(qtbot, window: MainWindow, path: Path | str) -> None:
    """Open a file like a user would and wait until it is shown."""
    with qtbot.waitSignal(window.opener.opened, timeout=10_000):
        window.open_path(str(path))
