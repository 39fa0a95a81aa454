"""The translation cache: location, keys, version purge and use from several threads."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.core.translate.cache import TranslationCache, default_data_dir


def test_data_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_data_dir() == Path(str(tmp_path / "home" / "policylens"))
    monkeypatch.delenv("POLICYLENS_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "policylens"


def test_keys_versions_and_wal(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    cache.put_many("translate-ms_en", "1.9", [("Kami", "We"), ("Anda", "You")])
    cache.put_many("translate-ms_en", "2.0", [("Kami", "We2")])
    cache.put_many("translate-vi_en", "1.9", [("Kami", "Vi")])
    assert cache.get_many("translate-ms_en", "1.9", ["Kami", "Tiada"]) == {"Kami": "We"}
    assert cache.purge_other_versions("translate-ms_en", "2.0") == 2
    assert cache.get_many("translate-ms_en", "1.9", ["Kami"]) == {}
    assert cache.get_many("translate-ms_en", "2.0", ["Kami"]) == {"Kami": "We2"}
    assert cache.get_many("translate-vi_en", "1.9", ["Kami"]) == {"Kami": "Vi"}
    cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite3") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_many_threads_share_one_cache(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(50):
                cache.put_many("p", "1", [(f"{n}-{i}", f"t{n}-{i}")])
                assert cache.get_many("p", "1", [f"{n}-{i}"]) == {f"{n}-{i}": f"t{n}-{i}"}
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert cache.count("p") == 200
    cache.close()
