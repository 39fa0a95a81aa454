"""``policylens report FILE… --out report.html|report.pdf``: one policy, or a comparison."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli import CliError
from desktop.cli.compare import load_analyses
from desktop.core.compare import compare
from desktop.core.report import render_html


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write an HTML or PDF report (two or more files: a comparison)"
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--out", required=True, metavar="PATH", help="report.html or report.pdf")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise CliError(f"--out must end in .html or .pdf, not {out.name!r}")
    analyses = load_analyses(args.files)
    html = render_html(analyses, compare(analyses))
    try:
        if suffix == ".pdf":
            _write_pdf(html, out, landscape=len(analyses) > 2)
        else:
            out.write_text(html, encoding="utf-8")
    except OSError as error:
        raise CliError(f"could not write {out}: {error.strerror or error}") from error
    print(out)
    return 0


def _write_pdf(html: str, out: Path, landscape: bool) -> None:
    """Qt lays the report out; an offscreen application is enough (no display, no browser)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.ui.export.pdf import ExportError, write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    try:
        write_pdf(html, out, landscape=landscape)
    except ExportError as error:
        raise CliError(str(error)) from error
