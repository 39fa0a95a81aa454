"""The command line over the seeds: the analyze contract, errors, translation, screenshots."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import run
from desktop.core.translate.pack_file import install_pack_file
from tests.conftest import REPO, SEEDS
from tests.support.argos_pack import build_pack

EXPECTED_LANGUAGES = ["ms", "vi", "vi", "cs", "sq"]


def analyze(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert run(["analyze", *args, "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_analyze_every_seed_keeps_the_contract(capsys):
    results = analyze(capsys, *map(str, SEEDS))
    assert [r["language"]["code"] for r in results] == EXPECTED_LANGUAGES
    for path, result in zip(SEEDS, results, strict=True):
        text = result["text"]
        assert text == path.read_text(encoding="utf-8")
        assert result["format"] == "text"
        assert result["language"]["source"] == "detected"
        for sentence in result["sentences"]:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
            assert set(sentence["categories"]) <= set(sentence["scores"])
            for evidence in sentence["evidence"]:
                assert text[evidence["start"] : evidence["end"]] == evidence["text"]
                assert evidence["why"]
        for paragraph in result["paragraphs"]:
            assert paragraph["kind"] in {"heading", "paragraph", "list_item", "table_row", "boilerplate"}
        for section in result["sections"]:
            assert text[section["start"] : section["end"]].startswith(section["title"][:10])
        assert set(result["summary"]) >= {"collection", "sharing", "retention", "rights"}
        assert "translation" not in result
    malay = results[0]
    assert any(f["days"] == 7 * 365 for f in malay["facts"]["retention"])


def test_language_override(capsys):
    [result] = analyze(capsys, str(SEEDS[0]), "--language", "id")
    assert result["language"] == {"code": "id", "name": "Indonesian", "confidence": 1.0, "source": "user"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "not found"), (b"", "empty"), (b"   \n\t  \n", "blank"), (b"\x89PNG\r\n\x1a\n" + bytes(64), "image")],
)
def test_bad_input_exits_non_zero_with_one_line(tmp_path: Path, content: bytes | None, reason: str):
    path = tmp_path / "policy.txt"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "analyze", str(path), "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("policylens: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_translate_without_a_pack_is_unavailable(capsys):
    [result] = analyze(capsys, str(SEEDS[1]), "--translate")
    assert result["translation"]["status"] == "unavailable"
    assert result["translation"]["pack"] is None
    assert "translate-vi_en" in result["translation"]["reason"]
    assert all(s["translation"] is None for s in result["sentences"])


def test_translate_with_a_pack_aligns_every_sentence(capsys, tmp_path, monkeypatch):
    packs = tmp_path / "packs"
    packs.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packs))
    install_pack_file(build_pack(tmp_path / "build", "cs", "en", "1.9"), packs)
    [result] = analyze(capsys, str(SEEDS[3]), "--translate")
    assert result["translation"] == {"status": "done", "pack": "translate-cs_en-1_9", "reason": None}
    translations = [s["translation"] for s in result["sentences"]]
    assert len(translations) == len(result["sentences"])
    assert all(isinstance(t, str) and t for t in translations)
    with_url = next(s for s in result["sentences"] if "www." in s["text"])
    assert "www.clsmart.com" in with_url["translation"]  # URLs survive translation unchanged


def test_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    assert run(["screenshot", str(SEEDS[3]), "--out", str(out), "--size", "900x600"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_closed_pipe_ends_quietly():
    """``policylens analyze … | head -c 100``: no traceback when the reader stops reading."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "analyze", *map(str, SEEDS), "--json"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.read(100).startswith(b"{")
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert "Traceback" not in stderr
    assert "BrokenPipe" not in stderr


def test_screenshot_of_several_files_shows_their_comparison(tmp_path):
    from PySide6.QtGui import QImage

    single, compared = tmp_path / "single.png", tmp_path / "compare.png"
    assert run(["screenshot", str(SEEDS[0]), "--out", str(single), "--size", "900x600"]) == 0
    args = ["screenshot", str(SEEDS[0]), str(SEEDS[3]), "--out", str(compared), "--size", "900x600"]
    assert run(args) == 0
    one, both = QImage(str(single)), QImage(str(compared))
    assert (both.width(), both.height()) == (900, 600)
    assert both != one  # the comparison window, not the reader
