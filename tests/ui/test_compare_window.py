"""The comparison window: matrix, click-through to passages, aligned reading, export, print."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from desktop.cli import run as cli_run
from desktop.core.analysis import open_document
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.ui.compare import ComparisonWindow
from desktop.ui.compare import window as window_module
from desktop.ui.compare.model import CELL_ROLE, DIFFERS_ROLE, NOT_STATED_COLOUR
from desktop.ui.compare.passages import SENTENCE_ROLE
from desktop.ui.export import exporter as exporter_module

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
MALAY, VIETNAMESE, CZECH = 0, 1, 3
RETENTION, CHILDREN = 2, 8  # rows, in TOPICS order


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def seeds() -> list[PolicyAnalysis]:
    return [analyze_policy(open_document(path)) for path in SEEDS]


@pytest.fixture
def compare_window(qtbot, seeds) -> Iterator[ComparisonWindow]:
    window = ComparisonWindow(seeds)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QThreadPool.globalInstance().waitForDone(10_000)


def test_models_pass_the_model_tester(compare_window, qtbot):
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    QAbstractItemModelTester(compare_window.model, mode)
    QAbstractItemModelTester(compare_window.proxy, mode)
    compare_window.only_differences.setChecked(True)
    compare_window.only_differences.setChecked(False)


def test_matrix_has_a_column_per_policy_and_a_row_per_topic(compare_window):
    model = compare_window.model
    assert (model.rowCount(), model.columnCount()) == (10, 5)
    header = model.headerData(MALAY, Qt.Orientation.Horizontal)
    assert "Malay (ms)" in header
    assert "translation: none" in header
    malay = model.index(RETENTION, MALAY).data()
    assert "Kept 7 years (2,555 days)" in malay
    assert "longest retention" in malay
    assert "passage" in malay
    assert "Kept 2 years (730 days)" in model.index(RETENTION, CZECH).data()
    assert "Kept until you ask for deletion" in model.index(RETENTION, VIETNAMESE).data()
    assert model.headerData(RETENTION, Qt.Orientation.Vertical).startswith("≠")


def test_not_stated_stands_out_without_colour_alone(compare_window):
    index = compare_window.model.index(CHILDREN, MALAY)
    assert not index.data(CELL_ROLE).stated
    assert "Not stated" in index.data()
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == NOT_STATED_COLOUR
    stated = compare_window.model.index(RETENTION, MALAY)
    assert stated.data(Qt.ItemDataRole.FontRole) is None


def test_only_differences_hides_rows_that_agree(qtbot, seeds):
    compare_window = ComparisonWindow([seeds[MALAY], seeds[CZECH]])
    qtbot.addWidget(compare_window)
    differing = [r.topic for r in compare_window.comparison.rows if r.differs]
    assert "retention" in differing
    assert "security" not in differing  # both mention it, neither has facts for it
    compare_window.only_differences.setChecked(True)
    proxy = compare_window.proxy
    assert proxy.rowCount() == len(differing)
    assert all(proxy.index(r, 0).data(DIFFERS_ROLE) for r in range(proxy.rowCount()))
    compare_window.only_differences.setChecked(False)
    assert proxy.rowCount() == 10


def test_clicking_a_cell_lists_its_passages_and_opens_one(compare_window, qtbot, seeds):
    table = compare_window.table
    index = compare_window.proxy.index(RETENTION, MALAY)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())  # fmt: skip
    passages = compare_window.passages
    cell = index.data(CELL_ROLE)
    texts = [passages.item(i).text() for i in range(passages.count())]
    assert any("7 tahun" in text for text in texts)
    assert passages.count() == len({seeds[MALAY].document.sentences[i].paragraph
                                     for i in cell.sentences})  # fmt: skip
    item = next(passages.item(i) for i in range(passages.count())
                if "7 tahun" in passages.item(i).text())  # fmt: skip
    passages.scrollToItem(item)
    where = passages.visualItemRect(item).center()
    qtbot.mouseClick(passages.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(compare_window.passage_activated) as blocker:
        qtbot.mouseDClick(passages.viewport(), Qt.MouseButton.LeftButton, pos=where)
    path, sentence = blocker.args
    assert path == str(SEEDS[MALAY])
    assert sentence == item.data(SENTENCE_ROLE)
    assert "7 tahun" in "".join(
        s.text
        for s in seeds[MALAY].document.sentences
        if s.paragraph == seeds[MALAY].document.sentences[sentence].paragraph
    )


def test_a_not_stated_cell_says_so_in_the_passage_list(compare_window):
    compare_window.table.setCurrentIndex(compare_window.proxy.index(CHILDREN, MALAY))
    passages = compare_window.passages
    assert passages.count() == 1
    assert "Not stated" in passages.item(0).text()
    assert passages.item(0).data(SENTENCE_ROLE) is None


def test_aligned_reading_pairs_two_policies(qtbot, seeds):
    window = ComparisonWindow([seeds[MALAY], seeds[CZECH]])
    qtbot.addWidget(window)
    window.show()
    assert window.aligned.isEnabled()
    assert not window.aligned_view.pairs  # built on demand, not in the constructor
    window.aligned.setChecked(True)
    assert window.pages.currentWidget() is window.aligned_view
    pairs = window.aligned_view.pairs
    assert any(p.a and p.b for p in pairs)
    shown = window.aligned_view.toPlainText()
    matched = next(p for p in pairs if p.a and p.b)
    assert matched.b.title in shown
    with qtbot.waitSignal(window.passage_activated) as blocker:
        window.aligned_view.anchorClicked.emit(QUrl(f"open:1:{matched.b.sentences[0]}"))
    assert blocker.args == [str(SEEDS[CZECH]), matched.b.sentences[0]]
    window.aligned.setChecked(False)
    assert window.pages.currentIndex() == 0


def test_aligned_reading_is_for_two_policies_only(compare_window):
    assert not compare_window.aligned.isEnabled()


def test_export_html_and_pdf(compare_window, qtbot, tmp_path, monkeypatch):
    html_path = tmp_path / "comparison.html"
    monkeypatch.setattr(window_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(html_path), "")))  # fmt: skip
    with qtbot.waitSignal(compare_window.export_finished, timeout=20_000) as blocker:
        compare_window.export_html_action.trigger()
    assert blocker.args == [str(html_path)]
    html = html_path.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "Kept 7 years (2,555 days)" in html

    pdf_path = tmp_path / "comparison.pdf"
    with qtbot.waitSignal(compare_window.export_finished, timeout=30_000):
        compare_window.export_pdf(pdf_path)
    text = _pdf_text(pdf_path)
    assert "Privacy policy comparison" in text
    assert "analysis is automatic" in text
    assert "Kept 7 years (2,555 days)" in text
    assert "Kept 2 years (730 days)" in text


def test_export_failure_is_reported(compare_window, qtbot, tmp_path):
    with qtbot.waitSignal(compare_window.export_failed, timeout=20_000):
        compare_window.export_pdf(tmp_path / "missing-folder" / "x.pdf")


def test_print_goes_through_the_print_dialog(compare_window, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    class AcceptingDialog:
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return QDialog.DialogCode.Accepted

    class CancellingDialog(AcceptingDialog):
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(exporter_module, "QPrintDialog", CancellingDialog)
    assert compare_window.print_report() is False
    assert not target.exists()
    monkeypatch.setattr(exporter_module, "QPrintDialog", AcceptingDialog)
    assert compare_window.print_report() is True
    assert "Privacy policy comparison" in _pdf_text(target)


def test_cli_report_writes_a_pdf(qapp, tmp_path):
    out = tmp_path / "report.pdf"
    assert cli_run(["report", str(SEEDS[CZECH]), "--out", str(out)]) == 0
    text = _pdf_text(out)
    assert "Privacy policy report" in text
    assert "Kept 2 years (730 days)" in text
    assert "Czech (cs)" in text
