"""Child process of the start-up benchmark: start the app, open a file, exit on first paint
of the document."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop.ui.app import create_application, create_window


class _FirstPaint(QObject):
    def __init__(self, app: object) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.app.quit)  # type: ignore[attr-defined]
        return False


def main(path: str) -> int:
    app = create_application()
    window = create_window()
    watcher = _FirstPaint(app)
    window.opener.opened.connect(
        lambda _doc: window.reader.original.viewport().installEventFilter(watcher)
    )
    window.show()
    window.open_path(path)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
