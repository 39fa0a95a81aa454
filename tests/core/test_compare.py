"""The comparison matrix, aligned reading and ``compare`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import run as cli_run
from desktop.core.align import align_sections, document_sections
from desktop.core.analysis import document_from_text, open_document
from desktop.core.compare import TOPICS, compare, comparison_to_json
from desktop.core.policy import PolicyAnalysis, analyze_policy

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
MALAY, VIETNAMESE, VIETNAMESE_2, CZECH, _ALBANIAN = range(5)

LONG = """Privacy policy of Alpha

We keep your personal data for 7 years after your last order.

You have the right to access your data and to delete it. You may also ask us to correct it.

We share your data with advertisers and with our service providers.
"""
SHORT = """Privacy policy of Beta

We retain personal data for two years.

You can request access to your personal data.
"""
SILENT = """Privacy policy of Gamma

We collect your e-mail address and your name when you register.
"""


def _analyse(text: str, name: str, language: str | None = None) -> PolicyAnalysis:
    return analyze_policy(document_from_text(text, path=name, language=language))


@pytest.fixture(scope="module")
def seeds() -> list[PolicyAnalysis]:
    return [analyze_policy(open_document(path)) for path in SEEDS]


def test_the_five_seeds_show_seven_years_against_two_years_and_until_deletion(seeds):
    """The acceptance case of issue 6, on the real pipeline."""
    comparison = compare(seeds)
    retention = comparison.row("retention")
    keys = [cell.keys for cell in retention.cells]
    assert ("retention", "period", 7 * 365) in keys[MALAY]
    assert ("retention", "period", 2 * 365) in keys[CZECH]
    assert ("retention", "until_deleted") in keys[VIETNAMESE]
    assert retention.differs
    texts = [[fact.text for fact in cell.facts] for cell in retention.cells]
    assert "Kept 7 years (2,555 days)" in texts[MALAY]
    assert "Kept 2 years (730 days)" in texts[CZECH]
    assert "Kept until you ask for deletion" in texts[VIETNAMESE]
    codes = [{note.code for note in cell.notes} for cell in retention.cells]
    assert "longest_retention" in codes[MALAY]
    assert "shortest_retention" not in codes[MALAY]
    assert "open_ended_retention" in codes[VIETNAMESE]
    for cell in (retention.cells[MALAY], retention.cells[CZECH], retention.cells[VIETNAMESE]):
        assert cell.stated
        assert cell.passages >= 1
        assert {f.sentence for f in cell.facts} <= set(cell.sentences)


def test_a_period_without_a_number_stays_in_the_matrix(seeds):
    """ "vài năm" (several years) is a stated retention period: shown, never ranked."""
    cell = compare(seeds).row("retention").cells[VIETNAMESE_2]
    assert ("retention", "unquantified_period", "years") in cell.keys
    assert "Kept several years" in [fact.text for fact in cell.facts]
    codes = {note.code for note in cell.notes}
    assert not codes & {"longest_retention", "shortest_retention"}
    assert "open_ended_retention" in codes  # no fixed period, unlike the Malay and Czech ones


def test_columns_name_language_and_translation_status(seeds):
    columns = compare(seeds).columns
    assert [c.language for c in columns] == ["ms", "vi", "vi", "cs", "sq"]
    assert all(c.translation == "none" for c in columns)
    assert len({c.name for c in columns}) == len(columns)
    assert [c.path for c in columns] == [str(p) for p in SEEDS]


def test_every_topic_is_a_row_and_cells_count_passages(seeds):
    comparison = compare(seeds)
    assert [row.topic for row in comparison.rows] == [topic for topic, _c, _k in TOPICS]
    for row in comparison.rows:
        for analysis, cell in zip(seeds, row.cells, strict=True):
            assert cell.passages == analysis.summary[row.category]["passages"]
            assert cell.stated == bool(analysis.summary[row.category]["addressed"] or cell.facts)


def test_differences_are_marked_where_they_are():
    long, short, silent = (_analyse(t, n) for t, n in ((LONG, "a"), (SHORT, "b"), (SILENT, "c")))
    comparison = compare([long, short, silent])
    retention = comparison.row("retention")
    assert retention.differs
    assert ("retention", "period", 2555) in retention.cells[0].keys
    assert ("retention", "period", 730) in retention.cells[1].keys
    assert not retention.cells[2].stated
    assert retention.cells[2].facts == ()
    assert [n.code for n in retention.cells[0].notes] == ["longest_retention"]
    assert [n.code for n in retention.cells[1].notes] == ["shortest_retention"]

    rights = comparison.row("rights")
    granted = [{k[1] for k in cell.keys} for cell in rights.cells]
    assert {"access", "erasure"} <= granted[0]
    assert "erasure" not in granted[1]
    assert any(n.code == "grants_right" and "deletion" in n.text for n in rights.cells[0].notes)
    assert any(n.code == "lacks_right" and "access" in n.text for n in rights.cells[2].notes)

    sharing = comparison.row("sharing")
    assert ("recipient", "advertisers") in sharing.cells[0].keys
    assert [n.code for n in sharing.cells[0].notes] == ["shares_with_advertisers"]
    assert sharing.cells[1].notes == ()


def test_same_facts_in_other_words_do_not_differ():
    """Rows compare normalised facts, never wording: seven years is 7 years."""
    a = _analyse(LONG, "a")
    b = _analyse(LONG.replace("7 years", "seven years").replace("Alpha", "Delta"), "b")
    comparison = compare([a, b])
    assert not comparison.row("retention").differs
    assert not comparison.row("rights").differs
    assert all(cell.notes == () for row in comparison.rows for cell in row.cells)


def test_policies_in_different_languages_compare_on_meaning():
    english = _analyse("Privacy policy\n\nWe keep your personal data for two years.\n", "en")
    czech = _analyse(
        "Zásady ochrany osobních údajů\n\nVaše osobní údaje uchováváme po dobu dvou let.\n",
        "cs",
        language="cs",
    )
    retention = compare([english, czech]).row("retention")
    assert retention.cells[0].keys == retention.cells[1].keys == {("retention", "period", 730)}
    assert not retention.differs


def test_json_is_the_matrix(seeds):
    comparison = compare(seeds)
    data = json.loads(json.dumps(comparison_to_json(comparison)))
    assert [c["language"]["code"] for c in data["columns"]] == ["ms", "vi", "vi", "cs", "sq"]
    assert [r["topic"] for r in data["rows"]] == [row.topic for row in comparison.rows]
    retention = next(r for r in data["rows"] if r["topic"] == "retention")
    malay = retention["cells"][MALAY]
    assert {"stated", "passages", "sentences", "facts", "notes"} <= malay.keys()
    period = next(f for f in malay["facts"] if f["key"] == ["retention", "period", 2555])
    assert period["text"] == "Kept 7 years (2,555 days)"
    assert period["sentence"] in malay["sentences"]


def test_cli_compare_json_and_table(capsys):
    assert cli_run(["compare", str(SEEDS[MALAY]), str(SEEDS[CZECH]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["language"]["code"] for c in data["columns"]] == ["ms", "cs"]
    assert cli_run(["compare", str(SEEDS[MALAY]), str(SEEDS[CZECH])]) == 0
    table = capsys.readouterr().out
    assert "Retention" in table
    assert "7 years" in table
    assert "2 years" in table


def test_cli_compare_needs_two_readable_files(capsys, tmp_path):
    assert cli_run(["compare", str(SEEDS[MALAY])]) == 1
    assert "two or more" in capsys.readouterr().err
    assert cli_run(["compare", str(SEEDS[MALAY]), str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


# --- aligned reading ------------------------------------------------------------------
SECTIONED_A = """Privacy policy

What we collect

We collect your name, your e-mail address and your IP address. We collect usage data.

How long we keep data

We keep your personal data for 3 years. After that we delete it.

Your rights

You have the right to access, correct and delete your personal data.
"""
SECTIONED_B = """Privacy notice

Your choices

You may request access to your personal data. You can ask us to delete your data.

Retention

Personal data is kept for 5 years and then deleted.

Information we collect

We collect your e-mail address and your phone number.

Cookies

We use cookies to remember your settings.
"""


def test_sections_pair_by_topic_not_by_position():
    a, b = _analyse(SECTIONED_A, "a"), _analyse(SECTIONED_B, "b")
    pairs = align_sections(a, b)
    titles = {(p.a.title if p.a else None, p.b.title if p.b else None) for p in pairs}
    assert ("What we collect", "Information we collect") in titles
    assert ("How long we keep data", "Retention") in titles
    assert ("Your rights", "Your choices") in titles
    assert (None, "Cookies") in titles
    matched = [p for p in pairs if p.a and p.b]
    assert all(0 < p.similarity <= 1.0 for p in matched)


def test_every_section_appears_once_in_reading_order(seeds):
    a, b = seeds[MALAY], seeds[CZECH]
    pairs = align_sections(a, b)
    left = [p.a.index for p in pairs if p.a]
    right = [p.b.index for p in pairs if p.b]
    assert left == list(range(len(document_sections(a))))
    assert sorted(right) == list(range(len(document_sections(b))))
    assert any(p.a and p.b for p in pairs)
    for pair in pairs:
        if pair.a is None or pair.b is None:
            assert pair.similarity == 0.0


def test_a_policy_that_says_it_does_not_sell_stands_out() -> None:
    from desktop.core.analysis import document_from_text
    from desktop.core.compare import compare
    from desktop.core.policy import analyze_policy

    refuses = analyze_policy(
        document_from_text(
            "Privacy Policy\n\nWe collect your e-mail address.\n\n"
            "We do not sell your personal data to anyone.\n",
            language="en",
        )
    )
    silent = analyze_policy(
        document_from_text(
            "Privacy Policy\n\nWe collect your e-mail address.\n\n"
            "We share your personal data with our hosting provider.\n",
            language="en",
        )
    )
    comparison = compare([refuses, silent])
    sharing = next(row for row in comparison.rows if row.topic == "sharing")
    first = sharing.cells[0]
    texts = " ".join(item.text for item in first.facts) + " ".join(n.text for n in first.notes)
    assert "does not sell" in texts
    assert sharing.differs
