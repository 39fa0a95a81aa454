"""``policylens facts``: text and JSON output, evaluation, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import run

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "003_2c31ca6f0ba12496.txt"


def test_facts_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["facts", str(SEED), "--json", "--language", "cs"]) == 0
    data = json.loads(capsys.readouterr().out)
    periods = [r for r in data["retention"] if r["kind"] == "period"]
    assert [(r["value"], r["unit"], r["days"]) for r in periods] == [(2, "years", 730)]
    assert {c["code"] for c in data["countries"]} == {"CN", "SG"}


def test_facts_text_says_not_stated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_text("We collect your e-mail address to answer your questions.", encoding="utf-8")
    assert run(["facts", str(policy), "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "retention: not stated" in out
    assert "data types:" in out


def test_evaluate_prints_recall_and_precision(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(["facts", "--evaluate", str(REPO / "tests" / "data" / "seed_facts.json"), "--json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert len(report["seeds"]) == 5
    assert 0 < report["total"]["recall"] <= 1
    assert 0 < report["total"]["precision"] <= 1


def test_missing_file_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["facts", "/nonexistent/policy.txt"]) == 1
    assert capsys.readouterr().err.startswith("policylens: ")
