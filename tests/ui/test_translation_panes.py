"""Side-by-side translation in the window, with tiny genuine Argos packs (gibberish output)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core.translate.pack_file import install_pack_file
from tests.conftest import SEEDS
from tests.support.argos_pack import build_pack
from tests.support.catalogue_server import malay_entry, serve_catalogue
from tests.ui.conftest import open_and_wait

MALAY, VIETNAMESE = SEEDS[0], SEEDS[1]


@pytest.fixture(scope="module")
def ms_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pack(tmp_path_factory.mktemp("ms-pack"), "ms", "en", "1.9")


@pytest.fixture(autouse=True)
def packs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packs"))
    (tmp_path / "packs").mkdir()
    return tmp_path / "packs"


def open_translated(qtbot, window, path: Path):
    with qtbot.waitSignal(window.translation.translation_finished, timeout=60_000) as blocker:
        open_and_wait(qtbot, window, path)
    return blocker.args[0]


def test_translation_fills_in_aligned_with_the_original(qtbot, window, ms_pack, packs_dir):
    install_pack_file(ms_pack, packs_dir)
    result = open_translated(qtbot, window, MALAY)
    assert result.status == "done"
    assert result.pack == "translate-ms_en-1_9"
    document = window.document
    original, translation = window.reader.original, window.reader.translation
    for sentence in document.sentences:
        assert original.sentence_range(sentence.index) is not None
        assert translation.sentence_range(sentence.index) is not None
    qtbot.waitUntil(
        lambda: "Translated on this computer" in window.reader.translation_bar.label.text()
    )
    assert translation.document().blockCount() == original.document().blockCount()


def test_hover_and_click_link_the_two_sides(qtbot, window, ms_pack, packs_dir):
    install_pack_file(ms_pack, packs_dir)
    open_translated(qtbot, window, MALAY)
    original, translation = window.reader.original, window.reader.translation
    target = 20
    start, end = original.sentence_range(target)
    cursor = original.textCursor()
    cursor.setPosition((start + end) // 2)
    original.scroll_to_sentence(target)
    point = original.cursorRect(cursor).center()
    qtbot.mouseMove(original.viewport(), point)
    qtbot.waitUntil(lambda: bool(translation.layer_spans("link")))
    assert translation.layer_spans("link") == [translation.sentence_range(target)]
    assert original.layer_spans("link") == [original.sentence_range(target)]
    with qtbot.waitSignal(window.reader.sentence_selected) as clicked:
        t_start, t_end = translation.sentence_range(target + 1)
        c = translation.textCursor()
        c.setPosition((t_start + t_end) // 2)
        translation.scroll_to_sentence(target + 1)
        qtbot.mouseClick(
            translation.viewport(),
            Qt.MouseButton.LeftButton,
            pos=translation.cursorRect(c).center(),
        )
    assert clicked.args == [target + 1]


def test_scrolling_is_synchronised_by_sentence(qtbot, window, ms_pack, packs_dir):
    install_pack_file(ms_pack, packs_dir)
    window.resize(1000, 500)
    open_translated(qtbot, window, MALAY)
    original, translation = window.reader.original, window.reader.translation
    original.scroll_to_sentence(60, top=True)
    qtbot.waitUntil(lambda: translation.top_sentence() is not None)
    assert abs(translation.top_sentence() - original.top_sentence()) <= 2
    window.actions_.sync_scroll.setChecked(False)
    before = translation.verticalScrollBar().value()
    original.scroll_to_sentence(5, top=True)
    assert translation.verticalScrollBar().value() == before


def test_no_pack_says_so_and_offers_the_supplementary_vietnamese_pack(qtbot, window):
    result = open_translated(qtbot, window, VIETNAMESE)
    assert result.status == "unavailable"
    bar = window.reader.translation_bar
    assert "No Vietnamese → English language pack is installed" in bar.label.text()
    assert bar.download_button.isVisibleTo(window)
    assert "Vietnamese" in bar.download_button.text()
    assert result.offer is not None
    assert result.offer.supplementary
    assert window.reader.original.toPlainText()  # reading works without a translation
    # The message spans the pane, not a narrow column beside the buttons.
    assert bar.label.width() >= bar.contentsRect().width() - 20


def test_one_click_download_from_the_catalogue_then_translation(
    qtbot, window, ms_pack, monkeypatch
):
    with serve_catalogue() as server:
        link = server.add_pack(ms_pack)
        server.set_index([malay_entry(link)])
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        from desktop.ui.translation.packs_dialog import PacksDialog

        window.open_packs_dialog()
        dialog = window.findChild(PacksDialog)
        with qtbot.waitSignal(window.translation.jobs.catalogue_loaded, timeout=20_000):
            qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        names = [
            dialog.available_table.item(r, 1).text()
            for r in range(dialog.available_table.rowCount())
        ]
        assert "translate-ms_en-1_9" in names
        dialog.close()
        result = open_translated(qtbot, window, MALAY)
        assert result.status == "unavailable"
        assert result.offer is not None
        bar = window.reader.translation_bar
        with qtbot.waitSignal(window.translation.translation_finished, timeout=60_000) as done:
            qtbot.mouseClick(bar.download_button, Qt.MouseButton.LeftButton)
        assert done.args[0].status == "done"
        assert f"/{ms_pack.name}" in server.requests


def test_cancel_stops_translation_and_resume_finishes_it(qtbot, window, ms_pack, packs_dir):
    install_pack_file(ms_pack, packs_dir)
    with qtbot.waitSignal(window.opener.opened, timeout=10_000):
        window.open_path(str(MALAY))
    bar = window.reader.translation_bar
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert "stopped" in bar.label.text()
    assert bar.retry_button.isVisibleTo(window)
    with qtbot.waitSignal(window.translation.translation_finished, timeout=60_000) as done:
        qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    assert done.args[0].status == "done"


def test_swap_hide_and_copy_both(qtbot, window, ms_pack, packs_dir, settings):
    install_pack_file(ms_pack, packs_dir)
    open_translated(qtbot, window, MALAY)
    reader = window.reader
    window.actions_.swap.setChecked(True)
    assert reader.splitter.widget(0) is reader.translation_side
    window.actions_.show_original.setChecked(False)
    assert reader.original.isHidden()
    assert settings.get("reader/swapped") is True
    assert settings.get("reader/show_original") is False
    window.actions_.show_original.setChecked(True)
    reader.original.setFocus()
    reader.original.select_sentence(3)
    reader.copy_both()
    copied = QApplication.clipboard().text()
    source, english = copied.split("\t")
    assert source == window.document.sentences[3].text
    assert english == reader.translations[3]


def test_packs_dialog_installs_from_file_refuses_bad_files_and_removes(
    qtbot, window, ms_pack, tmp_path, monkeypatch
):
    from desktop.ui.translation.packs_dialog import PacksDialog

    window.open_packs_dialog()
    dialog = window.findChild(PacksDialog)
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(window.translation.jobs.failed, timeout=20_000):
        qtbot.mouseClick(dialog.install_file_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Failed")
    assert dialog.installed_table.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ms_pack), ""))
    with qtbot.waitSignal(dialog.packs_changed, timeout=20_000):
        qtbot.mouseClick(dialog.install_file_button, Qt.MouseButton.LeftButton)
    assert dialog.installed_table.item(0, 1).text() == "translate-ms_en-1_9"
    dialog.installed_table.selectRow(0)
    with qtbot.waitSignal(dialog.packs_changed, timeout=20_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.installed_table.rowCount() == 0


def test_find_a_pack_online_fetches_the_catalogue_only_when_asked(qtbot, window, ms_pack, monkeypatch):
    with serve_catalogue() as server:
        server.set_index([malay_entry(server.add_pack(ms_pack))])
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        result = open_translated(qtbot, window, MALAY)
        assert result.status == "unavailable"
        assert server.requests == []  # opening a policy never goes online
        bar = window.reader.translation_bar
        assert bar.download_button.text() == "Find a pack online"
        with qtbot.waitSignal(window.translation.jobs.catalogue_loaded, timeout=20_000):
            qtbot.mouseClick(bar.download_button, Qt.MouseButton.LeftButton)
        assert server.requests == ["/index.json"]
        assert bar.download_button.text() == "Download Malay → English"
        with qtbot.waitSignal(window.translation.translation_finished, timeout=60_000) as done:
            qtbot.mouseClick(bar.download_button, Qt.MouseButton.LeftButton)
        assert done.args[0].status == "done"


def test_a_language_the_index_lacks_is_said_plainly(qtbot, window, monkeypatch):
    with serve_catalogue() as server:
        server.set_index([])
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        open_translated(qtbot, window, SEEDS[3])
        bar = window.reader.translation_bar
        with qtbot.waitSignal(window.translation.jobs.catalogue_loaded, timeout=20_000):
            qtbot.mouseClick(bar.download_button, Qt.MouseButton.LeftButton)
        assert "has no Czech → English pack" in bar.label.text()


def test_copy_from_the_translation_pane_copies_the_translation(qtbot, window, ms_pack, packs_dir):
    install_pack_file(ms_pack, packs_dir)
    open_translated(qtbot, window, MALAY)
    reader = window.reader
    reader.translation.setFocus()
    qtbot.waitUntil(lambda: reader.active_pane() is reader.translation)
    reader.translation.select_sentence(5)
    copy = next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence.StandardKey.Copy)
    copy.trigger()
    assert QApplication.clipboard().text() == reader.translations[5]
    assert reader.translations[5] != window.document.sentences[5].text


def test_closing_the_window_mid_translation_stops_promptly(
    qtbot, window, ms_pack, packs_dir, tmp_path
):
    install_pack_file(ms_pack, packs_dir)
    long_policy = tmp_path / "long.txt"  # ~1,000 sentences: still translating when closed
    long_policy.write_text("\n\n".join([MALAY.read_text(encoding="utf-8")] * 8), encoding="utf-8")
    controller = window.translation.controller
    with qtbot.waitSignal(controller.batch_ready, timeout=60_000):
        open_and_wait(qtbot, window, long_policy)
    assert controller.running
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 10
    assert not controller.running
    assert controller.pool.activeThreadCount() == 0


def test_opening_another_policy_mid_translation_drops_the_old_one(
    qtbot, window, ms_pack, packs_dir, tmp_path
):
    install_pack_file(ms_pack, packs_dir)
    install_pack_file(build_pack(tmp_path, "vi", "en", "1.9"), packs_dir)
    controller = window.translation.controller
    with qtbot.waitSignal(controller.batch_ready, timeout=60_000):
        open_and_wait(qtbot, window, MALAY)
    finished = []
    window.translation.translation_finished.connect(finished.append)
    with qtbot.waitSignal(window.translation.translation_finished, timeout=60_000) as done:
        open_and_wait(qtbot, window, VIETNAMESE)
    assert [r.pack for r in finished] == ["translate-vi_en-1_9"]  # the Malay job never lands
    assert done.args[0].status == "done"
    reader = window.reader
    assert len(reader.translations) == len(window.document.sentences)
    assert all(text is not None for text in reader.translations)


def test_closing_the_document_mid_translation_leaves_an_empty_window(
    qtbot, window, ms_pack, packs_dir, tmp_path
):
    install_pack_file(ms_pack, packs_dir)
    long_policy = tmp_path / "long.txt"
    long_policy.write_text("\n\n".join([MALAY.read_text(encoding="utf-8")] * 8), encoding="utf-8")
    controller = window.translation.controller
    with qtbot.waitSignal(controller.batch_ready, timeout=60_000):
        open_and_wait(qtbot, window, long_policy)
    close = next(a for a in window.findChildren(QAction) if a.text() == "&Close")
    close.trigger()
    assert not controller.running
    controller.pool.waitForDone(10_000)
    QApplication.processEvents()  # a batch queued before the close must not land
    reader = window.reader
    assert window.document is None
    assert reader.translations == []
    assert reader.original.toPlainText() == ""
    assert "Open a policy" in reader.original.placeholderText()  # says what to do next
    assert reader.translation.toPlainText() == ""
    assert window.outline.section_count() == 0
    assert window.windowTitle() == "PolicyLens"
    with qtbot.waitSignal(window.translation.translation_finished, timeout=60_000) as done:
        open_and_wait(qtbot, window, MALAY)  # and the window is ready for the next policy
    assert done.args[0].status == "done"


def test_new_translation_batches_do_not_move_the_reader(qtbot, window, ms_pack, packs_dir):
    """Each burst of translation re-renders the right pane; the original stays put."""
    install_pack_file(ms_pack, packs_dir)
    open_translated(qtbot, window, MALAY)
    qtbot.waitUntil(lambda: not window.reanalysing)
    reader = window.reader
    reader.original.scroll_to_sentence(60, top=True)
    qtbot.waitUntil(lambda: reader.translation.top_sentence() == reader.original.top_sentence())
    reading = reader.original.top_sentence()
    assert reading is not None
    assert reading > 40
    with qtbot.waitSignal(reader.panes_rendered, timeout=5_000):
        reader.add_translations([(0, "A late batch")])
    assert reader.original.top_sentence() == reading
    assert reader.translation.top_sentence() == reading
    assert reader.translations[0] == "A late batch"
