"""The catalogue and downloads, against a package index served on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.translate import locations
from desktop.core.translate.catalogue import (
    cached_catalogue,
    fetch_catalogue,
    find_entry,
    supplementary_entries,
)
from desktop.core.translate.download import DownloadProgress, download_pack
from desktop.core.translate.errors import PackError
from desktop.core.translate.packs import list_installed
from tests.support.catalogue_server import CatalogueServer, serve_catalogue


def index_entry(server: CatalogueServer, pack: Path, code: str, version: str) -> dict[str, object]:
    url = server.add_pack(pack)
    return {
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": code,
        "from_name": "Malay",
        "to_code": "en",
        "to_name": "English",
        "links": [url, "ipfs://QmNotFetched"],
        "code": f"translate-{code}_en",
    }


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CatalogueServer]:
    with serve_catalogue() as running:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", running.url)
        yield running


def test_index_url_comes_from_argos_settings_at_call_time(server: CatalogueServer) -> None:
    assert locations.package_index_url() == f"{server.url}index.json"


def test_supplementary_catalogue_offers_vietnamese() -> None:
    (entry,) = [e for e in supplementary_entries() if e.from_code == "vi"]
    assert entry.supplementary
    assert entry.name == "translate-vi_en-1_9"
    assert entry.links == ("https://argos-net.com/v1/translate-vi_en-1_9.argosmodel",)


def test_fetch_merges_supplementary_and_marks_it(
    server: CatalogueServer, pack_files: dict[str, Path]
) -> None:
    server.set_index(
        [
            index_entry(server, pack_files["ms-1.9"], "ms", "1.9"),
            {"type": "sbd", "from_code": "xx", "package_version": "1.0"},
        ]
    )
    entries = fetch_catalogue()
    assert server.requests == ["/index.json"]
    ms = find_entry(entries, "ms")
    vi = find_entry(entries, "vi")
    assert ms is not None
    assert not ms.supplementary
    assert ms.links == (f"{server.url}translate-ms_en-1_9.argosmodel",)
    assert vi is not None
    assert vi.supplementary
    assert find_entry(entries, "xx") is None
    # The copy kept for offline use answers without the server.
    server.fail = True
    assert find_entry(cached_catalogue(), "ms") == ms


def test_official_entry_wins_over_supplementary(
    server: CatalogueServer, pack_files: dict[str, Path]
) -> None:
    server.set_index([index_entry(server, pack_files["vi-1.9"], "vi", "1.9")])
    vi = find_entry(fetch_catalogue(), "vi")
    assert vi is not None
    assert not vi.supplementary


def test_catalogue_errors_are_clear(server: CatalogueServer) -> None:
    server.fail = True
    with pytest.raises(PackError) as error:
        fetch_catalogue()
    assert error.value.code == "http_error"
    assert "500" in error.value.message
    server.fail = False
    server.files["/index.json"] = b"<html>not json"
    with pytest.raises(PackError) as error:
        fetch_catalogue()
    assert error.value.code == "bad_index"


def test_unreachable_index_is_a_network_error() -> None:
    with pytest.raises(PackError) as error:
        fetch_catalogue(timeout=2)
    assert error.value.code == "network"


def test_download_installs_with_progress(
    server: CatalogueServer, pack_files: dict[str, Path], packs_dir: Path
) -> None:
    server.set_index([index_entry(server, pack_files["ms-1.9"], "ms", "1.9")])
    entry = find_entry(fetch_catalogue(), "ms")
    assert entry is not None
    progress: list[DownloadProgress] = []
    pack = download_pack(entry, on_progress=progress.append)
    assert pack.name == "translate-ms_en-1_9"
    assert [p.name for p in list_installed(packs_dir)] == ["translate-ms_en-1_9"]
    size = pack_files["ms-1.9"].stat().st_size
    assert progress[-1].done == progress[-1].total == size
    assert all(p.speed > 0 for p in progress)
    assert progress[-1].eta == 0
    assert list(locations.downloads_dir().iterdir()) == []


def test_truncated_download_leaves_nothing_and_retry_works(
    server: CatalogueServer, pack_files: dict[str, Path], packs_dir: Path
) -> None:
    server.set_index([index_entry(server, pack_files["ms-1.9"], "ms", "1.9")])
    entry = find_entry(fetch_catalogue(), "ms")
    assert entry is not None
    server.truncate = True
    with pytest.raises(PackError) as error:
        download_pack(entry)
    assert error.value.code == "truncated"
    assert list_installed(packs_dir) == []
    assert list(locations.downloads_dir().iterdir()) == []
    assert [p for p in packs_dir.iterdir() if not p.name.startswith(".trash")] == []

    server.truncate = False
    assert download_pack(entry).name == "translate-ms_en-1_9"


def test_server_error_download(
    server: CatalogueServer, pack_files: dict[str, Path], packs_dir: Path
) -> None:
    server.set_index([index_entry(server, pack_files["ms-1.9"], "ms", "1.9")])
    entry = find_entry(fetch_catalogue(), "ms")
    assert entry is not None
    server.fail = True
    with pytest.raises(PackError) as error:
        download_pack(entry)
    assert error.value.code == "http_error"
    assert "500" in error.value.message
    assert list_installed(packs_dir) == []
    assert list(locations.downloads_dir().iterdir()) == []


def test_corrupt_download_is_not_installed(
    server: CatalogueServer, pack_files: dict[str, Path], packs_dir: Path
) -> None:
    server.set_index([index_entry(server, pack_files["ms-1.9"], "ms", "1.9")])
    entry = find_entry(fetch_catalogue(), "ms")
    assert entry is not None
    server.files["/translate-ms_en-1_9.argosmodel"] = b"PK\x03\x04 garbage" * 100
    with pytest.raises(PackError) as error:
        download_pack(entry)
    assert error.value.code in {"not_a_pack", "corrupt"}
    assert list_installed(packs_dir) == []
    assert list(locations.downloads_dir().iterdir()) == []


def test_cancelled_download(
    server: CatalogueServer, pack_files: dict[str, Path], packs_dir: Path
) -> None:
    server.set_index([index_entry(server, pack_files["ms-1.9"], "ms", "1.9")])
    entry = find_entry(fetch_catalogue(), "ms")
    assert entry is not None
    cancel = threading.Event()
    with pytest.raises(PackError) as error:
        download_pack(entry, cancel=cancel, on_progress=lambda _: cancel.set())
    assert error.value.code == "cancelled"
    assert list_installed(packs_dir) == []
    assert list(locations.downloads_dir().iterdir()) == []
