"""The window's menus and shortcuts, kept apart from layout so each stays readable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.core.classify import CORE
from desktop.core.samples import samples
from desktop.ui.highlights.style import category_label

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass
class WindowActions:
    window: MainWindow
    recent_menu: QMenu
    find: QAction
    paste: QAction
    sync_scroll: QAction
    swap: QAction
    show_original: QAction
    show_translation: QAction

    def sync_panes(self) -> None:
        """Reflect the reader's layout in the checkable actions."""
        reader = self.window.reader
        for action, on in (
            (self.sync_scroll, reader.sync_scroll),
            (self.swap, reader.swapped),
            (self.show_original, not reader.original.isHidden()),
            (self.show_translation, not reader.translation_side.isHidden()),
        ):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.open_path(p))
        self.recent_menu.setEnabled(bool(recent))


def build_menus(window: MainWindow) -> WindowActions:
    tr = window.tr
    bar = window.menuBar()

    file_menu = bar.addMenu(tr("&File"))
    _add(file_menu, tr("&Open…"), QKeySequence.StandardKey.Open, window.open_dialog)
    recent_menu = file_menu.addMenu(tr("Open &Recent"))
    paste = _add(file_menu, tr("&Paste Policy"), "Ctrl+Shift+V", window.paste_policy)
    _add(file_menu, tr("&Close"), QKeySequence.StandardKey.Close, window.close_document)
    file_menu.addSeparator()
    _add(file_menu, tr("&Compare Policies…"), "Ctrl+Shift+M", window.compare_dialog)
    _add(file_menu, tr("&Export Report…"), "Ctrl+E", window.export_report)
    _add(file_menu, tr("P&rint Report…"), QKeySequence.StandardKey.Print, window.print_report)
    file_menu.addSeparator()
    _add(file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)

    edit_menu = bar.addMenu(tr("&Edit"))
    _add(
        edit_menu,
        tr("&Copy"),
        QKeySequence.StandardKey.Copy,
        lambda: window.reader.active_pane().copy(),
    )
    _add(
        edit_menu,
        tr("Select &All"),
        QKeySequence.StandardKey.SelectAll,
        lambda: window.reader.active_pane().selectAll(),
    )
    edit_menu.addSeparator()
    _add(edit_menu, tr("Copy &Both Languages"), "Ctrl+Shift+C", window.reader.copy_both)
    find = _add(edit_menu, tr("&Find…"), QKeySequence.StandardKey.Find, window.reader.open_find)
    _add(
        edit_menu,
        tr("Find &Next"),
        QKeySequence.StandardKey.FindNext,
        window.reader.find_bar.find_next,
    )
    _add(
        edit_menu,
        tr("Find Pre&vious"),
        QKeySequence.StandardKey.FindPrevious,
        window.reader.find_bar.find_previous,
    )

    view_menu = bar.addMenu(tr("&View"))
    _add(view_menu, tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, lambda: window.zoom_by(1))
    _add(view_menu, tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, lambda: window.zoom_by(-1))
    _add(view_menu, tr("&Reset Zoom"), "Ctrl+0", lambda: window.zoom_by(None))
    view_menu.addSeparator()
    _add(view_menu, tr("Next &Section"), "Ctrl+Down", lambda: window.step_section(1))
    _add(view_menu, tr("Previous S&ection"), "Ctrl+Up", lambda: window.step_section(-1))
    view_menu.addSeparator()
    show_original = _toggle(
        view_menu,
        tr("Show O&riginal"),
        "Ctrl+1",
        lambda on: window.set_pane_visible("original", on),
    )
    show_translation = _toggle(
        view_menu,
        tr("Show &Translation"),
        "Ctrl+2",
        lambda on: window.set_pane_visible("translation", on),
    )
    swap = _toggle(view_menu, tr("S&wap Panes"), "Ctrl+Shift+S", window.set_swapped)
    sync_scroll = _toggle(view_menu, tr("S&ynchronise Scrolling"), None, window.set_sync_scroll)
    view_menu.addSeparator()
    _add(view_menu, tr("Next &Highlight"), "F8", lambda: window.step_highlight(1))
    _add(view_menu, tr("Previous Highli&ght"), "Shift+F8", lambda: window.step_highlight(-1))
    for number, key in enumerate(CORE, 1):
        _add(
            view_menu,
            tr("Next {category}").format(category=category_label(key)),
            f"Alt+{number}",
            lambda _checked=False, k=key: window.step_highlight(1, k),
        )
    view_menu.addSeparator()
    outline = window.outline_dock.toggleViewAction()
    outline.setText(tr("&Outline"))
    outline.setShortcut(QKeySequence("Ctrl+Shift+O"))
    view_menu.addAction(outline)
    highlights = window.highlights_dock.toggleViewAction()
    highlights.setText(tr("&Highlights Panel"))
    highlights.setShortcut(QKeySequence("Ctrl+Shift+H"))
    view_menu.addAction(highlights)
    card = window.card_dock.toggleViewAction()
    card.setText(tr("Policy &Card"))
    card.setShortcut(QKeySequence("Ctrl+Shift+P"))
    view_menu.addAction(card)

    tools_menu = bar.addMenu(tr("&Tools"))
    _add(tools_menu, tr("&Language Packs…"), "Ctrl+Shift+L", window.open_packs_dialog)
    _add(tools_menu, tr("&Translate Again"), "F5", window.translation.translate)

    samples_menu = bar.addMenu(tr("&Samples"))
    for sample in samples():
        action = samples_menu.addAction(sample.title)
        action.setToolTip(sample.path.name)
        action.triggered.connect(lambda _c=False, p=str(sample.path): window.open_path(p))
    samples_menu.addSeparator()
    _add(
        samples_menu,
        tr("Compare All Samples"),
        None,
        lambda: window.comparisons.compare([str(s.path) for s in samples()]),
    )

    help_menu = bar.addMenu(tr("&Help"))
    _add(help_menu, tr("&About PolicyLens"), None, lambda: _about(window))

    actions = WindowActions(
        window, recent_menu, find, paste, sync_scroll, swap, show_original, show_translation
    )
    actions.refresh_recent()
    return actions


def _add(menu: QMenu, text: str, shortcut: object, slot: object) -> QAction:
    action = menu.addAction(text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def _toggle(menu: QMenu, text: str, shortcut: object, slot: object) -> QAction:
    action = menu.addAction(text)
    action.setCheckable(True)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.toggled.connect(slot)
    return action


def _about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        window.tr("About PolicyLens"),
        window.tr(
            "PolicyLens reads privacy policies in any language. Everything runs on this "
            "computer: translation uses Argos Translate language packs installed locally, "
            "and nothing you open is sent anywhere."
        ),
    )
