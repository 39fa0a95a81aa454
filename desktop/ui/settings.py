"""Every persisted UI preference, in one typed registry with a default for each key.

Reads go through ``Settings.get``, which refuses unknown keys, so a typo cannot silently
create a new setting. Tests point QSettings at a temporary folder (see tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class _Key:
    name: str
    default: Any
    kind: type


KEYS: dict[str, _Key] = {
    key.name: key
    for key in (
        _Key("window/geometry", QByteArray(), QByteArray),
        _Key("window/state", QByteArray(), QByteArray),
        _Key("reader/splitter", QByteArray(), QByteArray),
        _Key("reader/zoom", 0, int),
        _Key("reader/sync_scroll", True, bool),
        _Key("reader/swapped", False, bool),
        _Key("reader/show_original", True, bool),
        _Key("reader/show_translation", True, bool),
        _Key("files/recent", [], list),
        _Key("files/last_dir", "", str),
    )
}
MAX_RECENT = 10


class Settings:
    """Typed access to the application's QSettings."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._backend = backend or QSettings()

    def get(self, name: str) -> Any:
        key = KEYS[name]
        value = self._backend.value(name, key.default)
        if key.kind is bool:
            return value in (True, "true", "1", 1)
        if key.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return key.default
        if key.kind is list:
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        return value if isinstance(value, key.kind) else key.default

    def set(self, name: str, value: Any) -> None:
        if name not in KEYS:
            raise KeyError(name)
        self._backend.setValue(name, value)

    def recent_files(self) -> list[str]:
        return [str(path) for path in self.get("files/recent")]

    def add_recent(self, path: str) -> None:
        recent = [path, *(p for p in self.recent_files() if p != path)]
        self.set("files/recent", recent[:MAX_RECENT])

    def sync(self) -> None:
        self._backend.sync()
