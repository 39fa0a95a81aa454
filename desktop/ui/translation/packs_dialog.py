"""The Language packs dialog: installed packs, the catalogue, download, install from file, remove.

The catalogue is fetched only when the user presses "Check the catalogue"; until then the
dialog lists what is installed and what the shipped supplementary catalogue offers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translate.catalogue import CatalogueEntry, cached_catalogue
from desktop.core.translate.download import DownloadProgress
from desktop.core.translate.packs import InstalledPack, list_installed
from desktop.ui.formatting import human_size
from desktop.ui.translation.pack_jobs import PackJobs

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class PacksDialog(QDialog):
    """Manage Argos Translate language packs (into English)."""

    packs_changed = Signal()

    def __init__(self, jobs: PackJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("Language packs"))
        self.resize(760, 560)
        self.jobs = jobs
        self.installed_table = _table(
            self, [self.tr("Languages"), self.tr("Pack"), self.tr("Version")]
        )
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        self.install_file_button = QPushButton(self.tr("Install from file…"), self)
        self.install_file_button.clicked.connect(self._install_file)
        self.available_table = _table(
            self, [self.tr("Languages"), self.tr("Pack"), self.tr("Version"), self.tr("Source")]
        )
        self.refresh_button = QPushButton(self.tr("Check the catalogue"), self)
        self.refresh_button.setToolTip(self.tr("Downloads the list of packs from the Argos index"))
        self.refresh_button.clicked.connect(jobs.fetch_catalogue)
        self.download_button = QPushButton(self.tr("Download and install"), self)
        self.download_button.clicked.connect(self._download)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(jobs.cancel)
        self.cancel_button.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        installed = QGroupBox(self.tr("Installed on this computer"), self)
        installed_layout = QVBoxLayout(installed)
        installed_layout.addWidget(self.installed_table)
        installed_layout.addLayout(_row(self.install_file_button, self.remove_button))
        available = QGroupBox(self.tr("Available to download"), self)
        available_layout = QVBoxLayout(available)
        available_layout.addWidget(self.available_table)
        available_layout.addLayout(_row(self.refresh_button, self.download_button))
        layout = QVBoxLayout(self)
        layout.addWidget(installed, 2)
        layout.addWidget(available, 3)
        layout.addLayout(_row(self.progress, self.cancel_button, stretch_first=True))
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        jobs.catalogue_loaded.connect(self._show_catalogue)
        jobs.download_progressed.connect(self._show_progress)
        jobs.installed.connect(self._installed)
        jobs.removed.connect(self._removed)
        jobs.failed.connect(self._failed)
        jobs.busy_changed.connect(self._set_busy)
        self.refresh_installed()
        self._show_catalogue(cached_catalogue())

    def refresh_installed(self) -> None:
        packs = list_installed()
        self.installed_table.setRowCount(len(packs))
        for row, pack in enumerate(packs):
            _set_row(
                self.installed_table,
                row,
                pack,
                [f"{pack.from_name} → {pack.to_name}", pack.name, pack.version],
            )
        self.remove_button.setEnabled(bool(packs))

    def _show_catalogue(self, entries: list[CatalogueEntry]) -> None:
        into_english = [e for e in entries if e.to_code == "en"]
        self.available_table.setRowCount(len(into_english))
        for row, entry in enumerate(into_english):
            source = (
                self.tr("PolicyLens supplementary catalogue")
                if entry.supplementary
                else self.tr("Argos index")
            )
            _set_row(
                self.available_table,
                row,
                entry,
                [f"{entry.from_name} → {entry.to_name}", entry.name, entry.version, source],
            )
        self.download_button.setEnabled(bool(into_english))

    def _download(self) -> None:
        entry = _selected(self.available_table)
        if entry is None:
            self.status.setText(self.tr("Choose a pack in the list first."))
            return
        self.status.setText(self.tr("Downloading {name}…").format(name=entry.name))
        self.jobs.download(entry)

    def _install_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a language pack"), "", self.tr("Argos packs (*.argosmodel)")
        )
        if path:
            self.status.setText(self.tr("Checking and installing {path}…").format(path=path))
            self.jobs.install_file(path)

    def _remove(self) -> None:
        pack = _selected(self.installed_table)
        if isinstance(pack, InstalledPack):
            self.jobs.remove(f"{pack.from_code}_{pack.to_code}")

    def _show_progress(self, progress: DownloadProgress) -> None:
        total = progress.total or 0
        self.progress.setRange(0, total // 1024 if total else 0)
        self.progress.setValue(progress.done // 1024)
        eta = f"{progress.eta:.0f} s" if progress.eta is not None else "?"
        self.status.setText(
            self.tr("{done} of {total} · {speed}/s · {eta} left").format(
                done=human_size(progress.done),
                total=human_size(total) if total else "?",
                speed=human_size(int(progress.speed)),
                eta=eta,
            )
        )

    def _installed(self, pack: InstalledPack) -> None:
        self.status.setText(self.tr("Installed {name}.").format(name=pack.name))
        self.refresh_installed()
        self.packs_changed.emit()

    def _removed(self, packs: list[InstalledPack]) -> None:
        names = ", ".join(p.name for p in packs) or self.tr("nothing")
        self.status.setText(self.tr("Removed {names}.").format(names=names))
        self.refresh_installed()
        self.packs_changed.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Failed: {message}").format(message=message))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (
            self.refresh_button,
            self.download_button,
            self.install_file_button,
            self.remove_button,
        ):
            button.setEnabled(not busy)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _set_row(table: QTableWidget, row: int, payload: object, cells: list[str]) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setData(ENTRY_ROLE, payload)
        table.setItem(row, column, item)


def _selected(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(ENTRY_ROLE) if rows else None


def _row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_first and number == 0 else 0)
    if not stretch_first:
        layout.addStretch(1)
    return layout
