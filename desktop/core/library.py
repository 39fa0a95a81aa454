"""What PolicyLens remembers about documents between sessions (SQLite, cannot be half-written).

Per-document choices, such as the language the user picked, are keyed by a hash of the
document text, so they follow the policy when the file is moved or renamed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS document_state (
    text_sha256 TEXT PRIMARY KEY,
    language TEXT,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""


def default_data_dir() -> Path:
    """The user's data folder for PolicyLens (``POLICYLENS_DATA_DIR`` overrides it)."""
    override = os.environ.get("POLICYLENS_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "PolicyLens"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "PolicyLens"
    xdg = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(xdg) / "policylens"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Library:
    """Per-document state in ``library.sqlite3`` under the data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / "library.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False)
        with self._connection:
            self._connection.executescript(_SCHEMA)

    def language_for(self, text: str) -> str | None:
        with self._lock:
            row = self._connection.execute(
                "SELECT language FROM document_state WHERE text_sha256 = ?", (text_key(text),)
            ).fetchone()
        return row[0] if row else None

    def remember_language(self, text: str, code: str | None) -> None:
        """Store the user's language for this document; ``None`` returns to detection."""
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT INTO document_state (text_sha256, language) VALUES (?, ?) "
                "ON CONFLICT(text_sha256) DO UPDATE SET language = excluded.language, "
                "updated_at = datetime('now')",
                (text_key(text), code),
            )

    def close(self) -> None:
        self._connection.close()
