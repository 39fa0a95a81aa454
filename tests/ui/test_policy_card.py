"""The Policy card panel: groups and plain-English facts from real seeds, "Not stated" made
visible, facts that open their sentence by mouse and keyboard, and the card on the clipboard."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMainWindow

from desktop.core.analysis import document_from_text, open_document
from desktop.core.facts import Facts
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.core.translate.service import TranslationResult
from desktop.ui.panels.policy_card import PolicyCardPanel
from desktop.ui.panels.policy_card.model import (
    EVIDENCE_ROLE,
    GROUP_KEY_ROLE,
    LINE_KIND_ROLE,
    SENTENCE_ROLE,
)
from tests.conftest import SEEDS

MALAY, VIETNAMESE, CZECH = SEEDS[0], SEEDS[1], SEEDS[3]
GROUP_TITLES = [
    "Data kept",
    "Your rights",
    "Who receives data",
    "Selling your data",
    "Where data goes",
    "Data collected",
    "Contact",
    "Laws cited",
    "Dates",
]
NO_RETENTION = """Privacy Policy

Example Ltd collects your name and e-mail address when you register.
We share your data with service providers such as Stripe.
You may ask us to access or delete your data by writing to privacy@example.com.
"""


@cache
def analysis_of(path: Path) -> PolicyAnalysis:
    return analyze_policy(open_document(path))


@pytest.fixture
def panel(qtbot) -> Iterator[PolicyCardPanel]:
    panel = PolicyCardPanel()
    qtbot.addWidget(panel)
    # Every reset and query the view makes is checked against the model contract.
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.resize(320, 700)  # the width of the right-hand dock
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.close()


def group_index(panel: PolicyCardPanel, key: str) -> QModelIndex:
    model = panel.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(GROUP_KEY_ROLE) == key:
            return index
    raise AssertionError(f"no group {key}")


def lines(panel: PolicyCardPanel, key: str) -> list[QModelIndex]:
    group = group_index(panel, key)
    return [panel.model.index(row, 0, group) for row in range(panel.model.rowCount(group))]


def texts(panel: PolicyCardPanel, key: str) -> list[str]:
    return [index.data() for index in lines(panel, key)]


def line_with(panel: PolicyCardPanel, key: str, text: str) -> QModelIndex:
    found = [index for index in lines(panel, key) if text in index.data()]
    assert found, f"no line with {text!r} in {texts(panel, key)}"
    return found[0]


def click(qtbot, panel: PolicyCardPanel, index: QModelIndex) -> None:
    view = panel.view
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    assert view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_empty_panel_invites_to_open_a_policy(panel):
    assert panel.model.rowCount() == 0
    assert "Open a policy" in panel.hint.text()
    assert not panel.copy_button.isEnabled()
    assert not panel.notice.isVisible()


def test_groups_come_in_reading_order(panel):
    panel.show_analysis(analysis_of(MALAY))
    titles = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert titles == GROUP_TITLES
    assert all(panel.view.isExpanded(group_index(panel, key)) for key in ("retention", "dates"))


def test_malay_policy_facts_in_plain_english(panel):
    panel.show_analysis(analysis_of(MALAY))
    assert texts(panel, "retention")[0] == "7 years (2,555 days)"  # stated periods come first
    assert "As long as the law requires" in texts(panel, "retention")
    rights = texts(panel, "rights")
    assert rights[0] == "How to use them: support@aclaro.io"  # said once, not on every right
    assert rights[1:4] == ["Access your data", "Correct your data", "Delete your data"]
    assert rights[-1].startswith("Not mentioned: Take your data elsewhere")
    assert "Affiliated companies" in texts(panel, "recipients")
    assert texts(panel, "countries") == ["United States", "Europe", "European Union"]
    assert "Payment and transactions" in texts(panel, "data_types")
    assert "E-mail: support@aclaro.io" in texts(panel, "contacts")
    assert texts(panel, "laws") == ["GDPR"]
    assert texts(panel, "dates") == ["⚠ Not stated"]
    assert not panel.notice.isVisible()  # it does say how long it keeps data


def test_czech_and_vietnamese_retention(panel):
    panel.show_analysis(analysis_of(CZECH))
    assert "2 years (730 days)" in texts(panel, "retention")
    assert texts(panel, "countries") == ["China", "Singapore"]
    assert "Last updated: 2023-12-29" in texts(panel, "dates")
    panel.show_analysis(analysis_of(VIETNAMESE))
    assert "Until you ask for it to be deleted" in texts(panel, "retention")
    assert "2 years (730 days)" not in texts(panel, "retention")  # the old card is gone


def test_a_policy_silent_on_retention_says_so_visibly(panel):
    panel.show_analysis(analyze_policy(document_from_text(NO_RETENTION)))
    [line] = lines(panel, "retention")
    assert line.data() == "⚠ Not stated"  # a marker, not colour alone
    assert line.data(LINE_KIND_ROLE) == "not_stated"
    assert line.data(Qt.ItemDataRole.FontRole).italic()
    assert line.data(SENTENCE_ROLE) is None
    assert "never says how long" in line.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.notice.isVisible()
    assert "never says how long it keeps your data" in panel.notice.text()
    assert "Stripe (Payment processors)" in texts(panel, "recipients")


def test_clicking_a_fact_opens_the_sentence_it_came_from(qtbot, panel):
    analysis = analysis_of(MALAY)
    panel.show_analysis(analysis)
    index = line_with(panel, "retention", "7 years")
    with qtbot.waitSignal(panel.sentence_activated, timeout=2_000) as blocker:
        click(qtbot, panel, index)
    [sentence] = blocker.args
    assert sentence == index.data(SENTENCE_ROLE)
    assert index.data(EVIDENCE_ROLE) == "7 tahun"
    assert "7 tahun" in analysis.document.sentences[sentence].text


def test_facts_far_down_the_card_open_their_sentence(qtbot, panel):
    analysis = analysis_of(MALAY)
    panel.show_analysis(analysis)
    index = line_with(panel, "laws", "GDPR")
    with qtbot.waitSignal(panel.sentence_activated, timeout=2_000) as blocker:
        click(qtbot, panel, index)
    assert "GDPR" in analysis.document.sentences[blocker.args[0]].text


def test_headings_and_not_stated_lines_open_nothing(qtbot, panel):
    panel.show_analysis(analysis_of(MALAY))
    with qtbot.assertNotEmitted(panel.sentence_activated):
        click(qtbot, panel, group_index(panel, "retention"))
        click(qtbot, panel, lines(panel, "dates")[0])


def test_enter_opens_the_current_fact(qtbot, panel):
    analysis = analysis_of(CZECH)
    panel.show_analysis(analysis)
    index = line_with(panel, "retention", "2 years")
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    with qtbot.waitSignal(panel.sentence_activated, timeout=2_000) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    [sentence] = blocker.args
    assert index.data(EVIDENCE_ROLE) in analysis.document.sentences[sentence].text
    # The policy writes "Dva roky" with no-break spaces.
    assert "Dva\xa0roky" in analysis.document.sentences[sentence].text


def test_keyboard_walks_down_to_a_fact(qtbot, panel):
    analysis = analysis_of(MALAY)
    panel.show_analysis(analysis)
    panel.view.setFocus()
    panel.view.setCurrentIndex(group_index(panel, "retention"))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.sentence_activated, timeout=2_000) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Enter)
    assert "7 tahun" in analysis.document.sentences[blocker.args[0]].text


def test_tooltip_quotes_the_sentence_and_its_translation(panel):
    analysis = analysis_of(MALAY)
    index_of = 74
    english = [None] * len(analysis.document.sentences)
    english[index_of] = "We keep transaction records for 7 years & more."
    translated = dataclasses.replace(
        analysis, translation=TranslationResult("done", "fake", None, english)
    )
    panel.show_analysis(analysis)
    tip = line_with(panel, "retention", "7 years").data(Qt.ItemDataRole.ToolTipRole)
    source = " ".join(analysis.document.sentences[index_of].text.split())
    assert escape(source, quote=False) in tip
    assert "In English" not in tip
    panel.show_analysis(translated)
    tip = line_with(panel, "retention", "7 years").data(Qt.ItemDataRole.ToolTipRole)
    assert "In English:" in tip
    assert "We keep transaction records for 7 years &amp; more." in tip


def test_copy_card_puts_the_whole_card_on_the_clipboard(qtbot, panel):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")
    panel.show_analysis(analysis_of(MALAY))
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    text = clipboard.text()
    assert text == panel.card_text()
    for title in GROUP_TITLES:
        assert f"\n{title}\n" in text
    assert "Data kept\n• 7 years (2,555 days)\n" in text
    assert "Dates\n• ⚠ Not stated" in text
    assert "How to use them: support@aclaro.io" in text


def test_ctrl_c_copies_the_card_even_inside_a_window_with_its_own_copy(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window_copies: list[bool] = []
    copy = QAction("Copy", window)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.triggered.connect(lambda: window_copies.append(True))
    window.addAction(copy)
    panel = PolicyCardPanel(window)
    window.setCentralWidget(panel)
    window.resize(320, 600)
    window.show()
    qtbot.waitExposed(window)
    panel.show_analysis(analyze_policy(document_from_text(NO_RETENTION)))
    QGuiApplication.clipboard().setText("")
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Policy card: ")
    assert "Data kept\n• ⚠ Not stated" in text
    assert window_copies == []  # the card had focus: the window's copy stayed out of it


def test_lines_fit_the_dock_width(panel):
    panel.show_analysis(analysis_of(VIETNAMESE))  # long organisation and address lines
    view = panel.view
    assert not view.horizontalScrollBar().isVisible()
    for key in ("rights", "contacts"):
        for index in lines(panel, key):
            view.scrollTo(index)
            rect = view.visualRect(index)
            assert rect.right() <= view.viewport().width()
            text = index.data()
            assert len(text) <= 140  # longer ones are cut here, whole in the tooltip
            if text.endswith("…"):
                assert text[:-1] in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_card_says_whether_the_policy_sells_data(panel):
    panel.show_analysis(analysis_of(MALAY))
    assert texts(panel, "sale") == ["Says it does not sell your data"]
    panel.show_analysis(analysis_of(CZECH))
    assert "Not stated" in texts(panel, "sale")[0]


def test_showing_nothing_clears_the_card(panel):
    panel.show_analysis(analysis_of(MALAY))
    panel.show_analysis(None)
    assert panel.model.rowCount() == 0
    assert panel.card_text() == ""
    assert not panel.copy_button.isEnabled()


@dataclasses.dataclass(frozen=True, slots=True)
class _ProfilingFact:
    automated: bool
    sentence: int
    start: int
    end: int


@dataclasses.dataclass(frozen=True, slots=True)
class _FactsWithProfiling(Facts):
    profiling: tuple[_ProfilingFact, ...] = ()


def test_a_new_kind_of_fact_still_shows_and_opens_its_sentence(qtbot, panel):
    analysis = analysis_of(MALAY)
    sentence = analysis.document.sentences[70]
    fields = {f.name: getattr(analysis.facts, f.name) for f in dataclasses.fields(Facts)}
    fact = _ProfilingFact(False, sentence.index, sentence.start, sentence.start + 20)
    facts = _FactsWithProfiling(**fields, profiling=(fact,))
    panel.show_analysis(dataclasses.replace(analysis, facts=facts))
    [line] = lines(panel, "profiling")
    assert group_index(panel, "profiling").data() == "Profiling"
    quoted = " ".join(analysis.document.text[fact.start : fact.end].split())
    assert line.data() == f"“{quoted}”"
    with qtbot.waitSignal(panel.sentence_activated, timeout=2_000) as blocker:
        click(qtbot, panel, line)
    assert blocker.args == [70]


def test_a_range_of_years_reads_as_a_range(panel):
    from desktop.core.analysis import document_from_text

    text = "Privacy Policy\n\nWe keep your account data for 3 to 5 years after you close your account.\n"
    panel.show_analysis(analyze_policy(document_from_text(text, language="en")))
    assert texts(panel, "retention")[0].startswith("3–5 years")
