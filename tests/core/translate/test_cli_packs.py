"""``policylens packs`` end to end, through the CLI dispatcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import desktop.cli
from desktop.cli import run
from tests.support.catalogue_server import malay_entry, serve_catalogue


@pytest.fixture(autouse=True)
def only_packs_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real dispatcher, without loading sibling commands (their tests cover them)."""
    monkeypatch.setattr(desktop.cli, "SUBCOMMAND_MODULES", ("packs",))


def test_install_list_remove(
    pack_files: dict[str, Path], packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["packs", "list"]) == 0
    assert "No packs installed." in capsys.readouterr().out

    assert run(["packs", "install", str(pack_files["ms-1.9"])]) == 0
    assert "translate-ms_en-1_9" in capsys.readouterr().out

    assert run(["packs", "list", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["from_code"], listed["version"]) == (
        "translate-ms_en-1_9", "ms", "1.9",
    )
    assert run(["packs", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["PACK", "LANGUAGES", "VERSION", "PATH"]
    assert table[1].startswith("translate-ms_en-1_9")

    assert run(["packs", "remove", "ms", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"removed": ["translate-ms_en-1_9"]}
    assert run(["packs", "remove", "ms"]) == 1
    assert "no translate-ms_en pack is installed" in capsys.readouterr().err


def test_bad_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "x.argosmodel"
    bogus.write_text("nope")
    assert run(["packs", "install", str(bogus)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("policylens: ")
    assert err.count("\n") == 1


def test_available_and_download(
    pack_files: dict[str, Path],
    packs_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with serve_catalogue() as server:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        url = server.add_pack(pack_files["ms-1.9"])
        server.set_index([malay_entry(url)])
        assert run(["packs", "available", "--json"]) == 0
        entries = {e["code"]: e for e in json.loads(capsys.readouterr().out)}
        assert entries["translate-ms_en"]["supplementary"] is False
        assert entries["translate-vi_en"]["supplementary"] is True
        assert entries["translate-ms_en"]["installed"] is None

        assert run(["packs", "download", "ms_en"]) == 0
        captured = capsys.readouterr()
        assert "Installed translate-ms_en-1_9" in captured.out
        assert "MB/s" in captured.err

        assert run(["packs", "available"]) == 0
        table = capsys.readouterr().out
        assert "supplementary" in table
        assert "argos" in table

        assert run(["packs", "download", "sq"]) == 1
        assert "no pack for sq → en" in capsys.readouterr().err
        server.fail = True
        assert run(["packs", "available"]) == 1
        assert "500" in capsys.readouterr().err


def test_download_falls_back_to_the_known_catalogue_when_the_index_is_down(
    pack_files: dict[str, Path],
    packs_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The index answers 500, but the pack server works: the last fetched copy still leads
    to the pack; a pair no known catalogue has still fails with the index's error."""
    with serve_catalogue() as index, serve_catalogue() as mirror:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.url)
        url = mirror.add_pack(pack_files["ms-1.9"])
        index.set_index([malay_entry(url)])
        assert run(["packs", "available"]) == 0  # keeps a copy of the index
        capsys.readouterr()
        index.fail = True
        assert run(["packs", "download", "ms"]) == 0
        captured = capsys.readouterr()
        assert "Installed translate-ms_en-1_9" in captured.out
        assert "500" in captured.err
        assert "using the last known catalogue" in captured.err
        assert run(["packs", "download", "sq"]) == 1
        err = capsys.readouterr().err
        assert "500" in err
        assert err.count("\n") == 1
