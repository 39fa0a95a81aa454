"""The on-disk translation cache: reopening a translated policy is instant.

Keyed by pack (``translate-ms_en``), pack version and a SHA-256 of the source sentence, so a
pack update invalidates only that pack's entries: :meth:`TranslationCache.purge_other_versions`
drops them as soon as the new version is used. SQLite in WAL mode, one connection per thread.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    pack TEXT NOT NULL,
    version TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    translation TEXT NOT NULL,
    PRIMARY KEY (pack, version, source_hash)
) WITHOUT ROWID
"""
_QUERY_CHUNK = 500  # stay well below SQLite's bound-parameter limit


def default_data_dir() -> Path:
    """PolicyLens's data folder: ``POLICYLENS_DATA_DIR``, else the platform's usual place."""
    override = os.environ.get("POLICYLENS_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "PolicyLens"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "PolicyLens"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "policylens"


def default_cache_path() -> Path:
    return default_data_dir() / "translations.sqlite3"


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TranslationCache:
    """Sentence translations per (pack, version, source text)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._connection().execute(_SCHEMA)

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=10.0, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def get_many(self, pack: str, version: str, texts: Sequence[str]) -> dict[str, str]:
        """Cached translations of those ``texts`` that have one, by source text."""
        by_hash = {source_hash(t): t for t in texts}
        hashes = list(by_hash)
        found: dict[str, str] = {}
        connection = self._connection()
        for start in range(0, len(hashes), _QUERY_CHUNK):
            chunk = hashes[start : start + _QUERY_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = connection.execute(
                "SELECT source_hash, translation FROM translations "
                f"WHERE pack = ? AND version = ? AND source_hash IN ({marks})",
                (pack, version, *chunk),
            )
            for digest, translation in rows:
                found[by_hash[digest]] = translation
        return found

    def put_many(self, pack: str, version: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Store (source, translation) pairs in one transaction."""
        rows = [(pack, version, source_hash(s), t) for s, t in pairs]
        with self._connection() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?)", rows
            )

    def purge_other_versions(self, pack: str, version: str) -> int:
        """Drop a pack's entries from any other version; returns how many went."""
        with self._connection() as connection:
            cursor = connection.execute(
                "DELETE FROM translations WHERE pack = ? AND version != ?", (pack, version)
            )
            return cursor.rowcount

    def count(self, pack: str | None = None, version: str | None = None) -> int:
        query, params = "SELECT COUNT(*) FROM translations WHERE 1=1", []
        if pack is not None:
            query, params = query + " AND pack = ?", [*params, pack]
        if version is not None:
            query, params = query + " AND version = ?", [*params, version]
        return int(self._connection().execute(query, params).fetchone()[0])

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()
