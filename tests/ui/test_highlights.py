"""Highlights in the window: legend counts and toggles, navigation, tooltips, passages,
both panes, and comparisons started from the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolButton, QToolTip

from desktop.core.translate.pack_file import install_pack_file
from tests.conftest import SEEDS
from tests.support.argos_pack import build_pack
from tests.ui.conftest import open_and_wait

MALAY = SEEDS[0]


def test_legend_shows_counts_and_what_is_not_stated(qtbot, window):
    open_and_wait(qtbot, window, MALAY)
    panel = window.highlights_panel
    summary = window.analysis.summary
    assert panel.counts["retention"].text() == f"· {summary['retention']['passages']}"
    assert summary["retention"]["passages"] >= 1
    assert panel.passage_count("retention") == summary["retention"]["passages"]
    assert not summary["children"]["addressed"]
    assert "not stated" in panel.counts["children"].text()


def test_policy_without_retention_says_not_stated(qtbot, window):
    window.opener.open_text(
        "Privacy Policy\n\nWe collect your name and e-mail address when you register.\n\n"
        "We share your data with our payment provider.\n\nYou may ask us to delete your data.\n"
    )
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    assert "Retention" in window.highlights_panel.summary.text()
    assert "Not stated" in window.highlights_panel.summary.text()


def test_toggling_a_category_removes_its_highlights(qtbot, window):
    open_and_wait(qtbot, window, MALAY)
    pane = window.reader.original
    retention = window.highlights.sentences_with("retention")
    assert pane.layer_spans("category:retention") == [pane.sentence_range(i) for i in retention]
    window.highlights_panel.toggles["retention"].click()
    assert pane.layer_spans("category:retention") == []
    window.highlights_panel.toggles["retention"].click()
    assert len(pane.layer_spans("category:retention")) == len(retention)
    assert pane.layer_spans("category:security") == []  # secondary categories start off
    window.highlights_panel.toggles["security"].click()
    assert pane.layer_spans("category:security")


def test_keyboard_and_buttons_walk_through_a_category(qtbot, window):
    open_and_wait(qtbot, window, MALAY)
    rights = window.highlights.sentences_with("rights")
    assert len(rights) >= 2
    pane = window.reader.original
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # next rights passage
    first = pane.sentence_at(pane.textCursor().selectionStart())
    assert first == rights[0]
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert pane.sentence_at(pane.textCursor().selectionStart()) == rights[1]
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert pane.sentence_at(pane.textCursor().selectionStart()) == rights[0]
    retention = window.highlights.sentences_with("retention")
    next_retention = next(
        b for b in window.highlights_panel.findChildren(QToolButton)
        if b.toolTip() == "Next Retention passage"
    )
    qtbot.mouseClick(next_retention, Qt.MouseButton.LeftButton)
    assert pane.sentence_at(pane.textCursor().selectionStart()) == retention[0]


def test_tooltip_says_why_with_the_cue_marked(qtbot, window):
    open_and_wait(qtbot, window, MALAY)
    index = window.highlights.sentences_with("retention")[0]
    text = window.highlights.explain(index)
    assert "Retention" in text
    assert "how long data is kept" in text
    assert "<b><u>" in text
    pane = window.reader.original
    pane.scroll_to_sentence(index)
    start, end = pane.sentence_range(index)
    cursor = pane.textCursor()
    cursor.setPosition((start + end) // 2)
    point = pane.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, pane.viewport().mapToGlobal(point))
    pane.viewportEvent(event)
    assert "how long data is kept" in QToolTip.text()
    QToolTip.hideText()
    assert window.highlights.explain(-1) == ""


def test_clicking_a_passage_scrolls_the_reader_there(qtbot, window):
    open_and_wait(qtbot, window, SEEDS[4])
    panel = window.highlights_panel
    tree = panel.passages
    group = panel.model.index(0, 0)
    tree.expand(group)
    last = panel.model.index(panel.model.rowCount(group) - 1, 0, group)
    tree.scrollTo(last)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(last).center())
    pane = window.reader.original
    selected = pane.sentence_at(pane.textCursor().selectionStart())
    assert selected == last.data(Qt.ItemDataRole.UserRole + 1)
    assert pane.verticalScrollBar().value() > 0


@pytest.fixture
def ms_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    packs = tmp_path / "packs"
    packs.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packs))
    install_pack_file(build_pack(tmp_path / "build", "ms", "en", "1.9"), packs)
    return packs


def test_highlights_appear_in_both_panes_after_translation(qtbot, window, ms_pack):
    with qtbot.waitSignal(window.analysis_changed, timeout=60_000, check_params_cb=lambda a: a.translation is not None):
        open_and_wait(qtbot, window, MALAY)
    assert window.analysis.translation.status == "done"
    original, translation = window.reader.original, window.reader.translation
    for key in ("collection", "sharing", "retention", "rights"):
        sentences = window.highlights.sentences_with(key)
        assert translation.layer_spans(f"category:{key}") == [
            translation.sentence_range(i) for i in sentences
        ]
        assert len(original.layer_spans(f"category:{key}")) == len(sentences)


def test_compare_all_samples_and_open_a_passage_in_the_reader(qtbot, window):
    samples = next(a.menu() for a in window.menuBar().actions() if "Samples" in a.text())
    compare = next(a for a in samples.actions() if a.text() == "Compare All Samples")
    with qtbot.waitSignal(window.comparisons.opened, timeout=60_000) as opened:
        compare.trigger()
    comparison = opened.args[0]
    assert len(comparison.analyses) == 5
    target = comparison.analyses[3]
    sentence = 5
    with qtbot.waitSignal(window.analysis_changed, timeout=10_000):
        comparison.passage_activated.emit(target.document.path, sentence)
    assert window.document.path == target.document.path
    pane = window.reader.original
    assert pane.sentence_at(pane.textCursor().selectionStart()) == sentence
    comparison.close()


def test_export_report_from_the_reader(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    open_and_wait(qtbot, window, SEEDS[3])
    target = tmp_path / "czech.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        window.export_report()
    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "Kept 2 years" in " ".join(text.split())
    html = tmp_path / "czech.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(html), ""))
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        window.export_report()
    content = html.read_text(encoding="utf-8")
    assert "<script" not in content.lower()
    assert "Zásady ochrany osobních údajů" in content


def test_policy_card_is_docked_and_its_facts_open_their_sentence(qtbot, window):
    open_and_wait(qtbot, window, MALAY)
    card = window.policy_card
    assert "7 years" in card.card_text()
    model = card.model
    kept = next(
        model.index(row, 0, model.index(group, 0))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
        if "7 years" in model.index(row, 0, model.index(group, 0)).data()
    )
    card.view.scrollTo(kept)
    qtbot.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=card.view.visualRect(kept).center())
    pane = window.reader.original
    selected = pane.sentence_at(pane.textCursor().selectionStart())
    assert "7 tahun" in window.document.sentences[selected].text
