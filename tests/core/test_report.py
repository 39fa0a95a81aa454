"""The HTML report: self-contained, escaped, honest about what is automatic and not stated."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli import run as cli_run
from desktop.core.analysis import document_from_text, open_document
from desktop.core.compare import compare
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.core.report import OKABE_ITO, render_html, tint
from desktop.core.translate.service import TranslationResult

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
HOSTILE = """Privacy <policy> & "terms"

We keep your data for 2 years. <script>alert("x")</script> <img src="https://evil.example/x.png">

You have the right to access your data.
"""
# Anything that would make a browser load or run something.
LOADS = re.compile(
    r"<script|<img|<iframe|<link|<object|<embed|@import|url\(|(src|href)\s*=\s*[\"']?https?:",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def malay() -> PolicyAnalysis:
    return analyze_policy(open_document(SEEDS[0]))


def test_single_policy_report_has_everything_a_reader_keeps(malay):
    html = render_html([malay], generated=datetime(2024, 5, 6, 7, 8))
    assert html.startswith("<!DOCTYPE html>")
    assert "Generated 2024-05-06 07:08" in html
    assert "analysis is automatic" in html
    assert str(SEEDS[0]) in html
    assert "Malay (ms)" in html
    assert "none (not translated)" in html  # the language pack used
    assert "Not stated" in html  # children: the Malay policy does not say
    assert "Kept 7 years (2,555 days)" in html  # a fact
    assert "7 tahun" in html  # its passage, highlighted
    assert 'class="c-retention"' in html
    assert "[Retention]" in html  # a label, not colour alone
    assert "Side by side" not in html


def test_report_is_self_contained_and_escaped():
    analysis = analyze_policy(document_from_text(HOSTILE, path="hostile.txt"))
    html = render_html([analysis])
    assert not LOADS.search(html)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "Privacy &lt;policy&gt; &amp; &quot;terms&quot;" in html


def test_translations_sit_under_their_passages(malay):
    english = [None] * len(malay.document.sentences)
    retention = next(i for i, s in enumerate(malay.document.sentences) if "7 tahun" in s.text)
    english[retention] = "We keep your Data for 7 years at most."
    translated = PolicyAnalysis(
        malay.document, malay.labels, malay.summary, malay.facts,
        TranslationResult("done", "translate-ms_en", None, english),
    )  # fmt: skip
    html = render_html([translated])
    original = html.index("7 tahun")
    under = html.index("English: We keep your Data for 7 years at most.")
    assert original < under
    assert "translate-ms_en (translation done)" in html


def test_comparison_report_has_the_matrix_and_every_policy():
    analyses = [analyze_policy(open_document(path)) for path in SEEDS[:2]]
    html = render_html(analyses, compare(analyses))
    assert "Privacy policy comparison" in html
    assert "Side by side" in html
    assert "&#8800; differs" in html
    for analysis in analyses:
        assert str(analysis.document.path) in html
    assert not LOADS.search(html)


def test_categories_use_okabe_ito_colours_and_border_styles():
    html = render_html([analyze_policy(document_from_text("We collect your name.", path="x"))])
    for category, colour in OKABE_ITO.items():
        assert f".c-{category} {{ background-color: {tint(colour)}" in html
    assert "border-bottom: 2px solid #0072B2" in html  # collection, core: solid
    assert "border-bottom: 2px dashed #E69F00" in html  # cookies, secondary: dashed
    assert tint("#000000") == "#B8B8B8"  # 255 - 255 * 0.28, rounded
    assert tint("#FFFFFF") == "#FFFFFF"


def test_cli_report_writes_html(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert cli_run(["report", str(SEEDS[0]), str(SEEDS[3]), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Privacy policy comparison" in html
    assert "Kept 2 years (730 days)" in html
    assert not LOADS.search(html)
    assert capsys.readouterr().out.strip() == str(out)


def test_cli_report_refuses_other_formats(tmp_path, capsys):
    assert cli_run(["report", str(SEEDS[0]), "--out", str(tmp_path / "r.docx")]) == 1
    assert ".html or .pdf" in capsys.readouterr().err


def test_facts_section_names_every_fact_topic_not_stated_and_each_sentence_once():
    text = (
        "Privacy policy\n\nWe keep invoices for 5 years, or as long as the law requires.\n\n"
        "You have the right to access your data."
    )
    html = render_html([analyze_policy(document_from_text(text, path="p.txt", language="en"))])
    facts = html[html.index(">Facts<") : html.index("Highlighted passages")]
    transfers = facts[facts.index("Transfers (countries)") :]
    assert transfers.index("Not stated") < transfers.index("</tr>")
    assert "Policy changes" in facts  # dates: not stated, and said so
    assert re.findall(r"sentences [\d, ]+", facts) == ["sentences 2", "sentences 3"]  # not "2, 2"
