"""The reader window driven like a user: open, navigate, find, override language, bad input."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.core.document import BlockKind
from tests.conftest import SEEDS
from tests.ui.conftest import open_and_wait

MALAY = SEEDS[0]


def test_opening_a_seed_shows_text_outline_and_status(qtbot, window):
    open_and_wait(qtbot, window, MALAY)
    pane_text = window.reader.original.toPlainText()
    assert "POLISI PRIVASI" in pane_text
    assert "Kami menggunakan algoritma pembelajaran mesin" in pane_text
    assert window.outline.section_count() == len(window.document.sections) >= 12
    assert "Malay" in window.language_button.text()
    assert "sentences" in window.size_label.text()
    assert MALAY.name in window.windowTitle()


def test_outline_click_scrolls_to_the_section(qtbot, window):
    open_and_wait(qtbot, window, SEEDS[4])
    window.resize(900, 500)
    outline = window.outline
    model = outline.model()
    last = model.index(model.rowCount() - 1, 0)
    while model.rowCount(last):
        last = model.index(model.rowCount(last) - 1, 0, last)
    bar = window.reader.original.verticalScrollBar()
    assert bar.value() == 0
    outline.scrollTo(last)
    rect = outline.visualRect(last)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bar.value() > 0
    selected = window.reader.original.textCursor().selectedText()
    assert selected == last.data()


def test_find_marks_matches_and_steps_through_them(qtbot, window):
    open_and_wait(qtbot, window, SEEDS[3])
    window.reader.original.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    bar = window.reader.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "informace")
    assert bar.match_count >= 3
    assert bar.count_label.text().startswith("1 of")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text().startswith("2 of")
    assert window.reader.original.textCursor().selectedText().lower() == "informace"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_language_override_is_remembered_for_the_document(qtbot, window, settings, library):
    open_and_wait(qtbot, window, MALAY)
    assert window.document.language.code == "ms"
    with qtbot.waitSignal(window.analysis_changed):
        window.language_button.action_for("id").trigger()
    assert window.document.language.code == "id"
    assert window.document.language.source == "user"
    assert "Indonesian" in window.language_button.text()
    open_and_wait(qtbot, window, SEEDS[3])
    open_and_wait(qtbot, window, MALAY)
    assert window.document.language.code == "id"
    with qtbot.waitSignal(window.analysis_changed):
        window.language_button.auto_action.trigger()
    assert window.document.language.code == "ms"
    assert window.document.language.source == "detected"


def test_bad_file_shows_a_message_not_a_traceback(qtbot, window, tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(window.opener.failed, timeout=10_000):
        window.open_path(str(empty))
    assert window.notice.isVisible()
    assert "empty.txt" in window.notice.text
    missing = tmp_path / "nowhere.txt"
    with qtbot.waitSignal(window.opener.failed, timeout=10_000):
        window.open_path(str(missing))
    assert "nowhere.txt" in window.notice.text
    assert window.document is None


def test_paste_policy_from_clipboard(qtbot, window):
    QGuiApplication.clipboard().setText(MALAY.read_text(encoding="utf-8"))
    with qtbot.waitSignal(window.opener.opened, timeout=10_000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.document.path is None
    assert window.document.language.code == "ms"
    assert "Pasted policy" in window.windowTitle()


def test_drop_a_file_onto_the_window(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEEDS[1]))])
    event = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.opener.opened, timeout=10_000):
        window.dropEvent(event)
    assert window.document.language.code == "vi"


def test_recent_files_and_samples_menu(qtbot, window):
    open_and_wait(qtbot, window, SEEDS[2])
    recent = [a.text() for a in window.actions_.recent_menu.actions()]
    assert recent[0] == str(SEEDS[2])
    samples = next(a.menu() for a in window.menuBar().actions() if "Samples" in a.text())
    titles = [a.text() for a in samples.actions() if a.text()]
    assert titles[:5] == [
        "Aclaro (Malay)",
        "CleverGroup (Vietnamese)",
        "Khách hàng theo yêu cầu (Vietnamese)",
        "CL Smart (Czech)",
        "Callbridge (Albanian)",
    ]
    assert titles[5] == "Compare All Samples"
    with qtbot.waitSignal(window.opener.opened, timeout=10_000):
        samples.actions()[3].trigger()
    assert window.document.language.code == "cs"


def test_boilerplate_is_shown_but_de_emphasised(qtbot, window):
    open_and_wait(qtbot, window, SEEDS[4])
    kinds = {window.document.text[p.start : p.end]: p.kind for p in window.document.paragraphs}
    assert kinds["Scroll to Top"] is BlockKind.BOILERPLATE
    assert "Scroll to Top" in window.reader.original.toPlainText()


def test_zoom_and_layout_are_restored(qtbot, window, settings, library):
    from desktop.ui.app import create_window

    window.resize(700, 500)  # the offscreen screen is 800×600; geometry is clamped to it
    zoom_in = next(a for a in window.findChildren(QAction) if a.text() == "Zoom &In")
    zoom_in.trigger()
    zoom_in.trigger()
    assert window.reader.original.zoom == 2
    window.outline_dock.hide()
    window.close()
    again = create_window(settings, library)
    qtbot.addWidget(again)
    again.show()
    assert again.reader.original.zoom == 2
    assert again.size().width() == 700
    assert not again.outline_dock.isVisible()


def test_text_is_selectable_and_copyable(qtbot, window):
    open_and_wait(qtbot, window, SEEDS[3])
    pane = window.reader.original
    pane.setFocus()
    qtbot.keySequence(pane, QKeySequence.StandardKey.SelectAll)
    window.reader.original.copy()
    assert "Zásady ochrany osobních údajů" in QApplication.clipboard().text()


def test_a_passage_in_another_language_is_marked(qtbot, window, tmp_path: Path):
    czech = SEEDS[3].read_text(encoding="utf-8")
    english = (
        "This paragraph was left in English by the translators of the website, and it explains "
        "that we keep your personal data for as long as the law requires us to keep it."
    )
    path = tmp_path / "mixed.txt"
    path.write_text(czech + "\n\n" + english + "\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    flagged = [p for p in window.document.paragraphs if p.language]
    assert [p.language for p in flagged] == ["en"]
    pane = window.reader.original
    start, _ = pane.sentence_range(window.document.sentences_in(flagged[0].index)[0].index)
    block = pane.document().findBlock(start)
    assert block.charFormat().fontItalic() or block.begin().fragment().charFormat().fontItalic()
    assert "English" in block.begin().fragment().charFormat().toolTip()
