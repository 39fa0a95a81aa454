"""``policylens compare A B [C…] [--json]``: the comparison matrix, as JSON or a text table."""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import textwrap
from collections.abc import Sequence

from desktop.cli import CliError
from desktop.core.analysis import open_document
from desktop.core.compare import Comparison, compare, comparison_to_json
from desktop.core.document import DocumentError
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.core.translate.service import TranslationResult, translate_document

TOPIC_WIDTH = 18
MIN_COLUMN = 16


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("compare", help="compare two or more policies topic by topic")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the matrix as one JSON object")
    parser.set_defaults(handler=run)


def load_analyses(paths: Sequence[str]) -> list[PolicyAnalysis]:
    """Open and analyse each file; translated only when an installed pack does the whole job.

    Without a finished translation the analysis has no English, but it keeps the status (and
    the reason) so that reports say why nothing was translated.
    """
    analyses = []
    for path in paths:
        try:
            document = open_document(path)
        except DocumentError as error:
            raise CliError(f"{path}: {error.message}") from error
        translation: TranslationResult = translate_document(document)
        if translation.status != "done":
            translation = dataclasses.replace(
                translation, sentences=[None] * len(document.sentences)
            )
        analyses.append(analyze_policy(document, translation))
    return analyses


def run(args: argparse.Namespace) -> int:
    if len(args.files) < 2:
        raise CliError("compare needs two or more files")
    comparison = compare(load_analyses(args.files))
    if args.json:
        print(json.dumps(comparison_to_json(comparison), ensure_ascii=False))
    else:
        print(format_table(comparison, shutil.get_terminal_size((120, 40)).columns))
    return 0


def format_table(comparison: Comparison, width: int) -> str:
    """A plain-text grid: topics down, policies across, wrapped to ``width`` characters."""
    count = len(comparison.columns)
    column = max(MIN_COLUMN, (width - TOPIC_WIDTH - 3 * count) // count)
    headers = [
        [c.name, f"{c.language_name} ({c.language})", f"translation: {c.translation}"]
        for c in comparison.columns
    ]
    lines = [_grid_row(["Topic"], headers, column), _rule(count, column)]
    for row in comparison.rows:
        cells = []
        for cell in row.cells:
            if not cell.stated:
                cells.append(["!! NOT STATED"])
                continue
            texts = [fact.text for fact in cell.facts]
            texts = texts or ["mentioned, no details found" if row.fact_kinds else "mentioned"]
            texts += [f"^ {note.text}" for note in cell.notes]
            texts.append(f"{cell.passages} passage{'s' if cell.passages != 1 else ''}")
            cells.append(texts)
        topic = [row.title] + (["(differs)"] if row.differs else [])
        lines += [_grid_row(topic, cells, column), _rule(count, column)]
    return "\n".join(lines)


def _rule(count: int, column: int) -> str:
    return "-" * TOPIC_WIDTH + ("-+-" + "-" * column) * count


def _grid_row(topic: list[str], cells: list[list[str]], column: int) -> str:
    wrapped = [_wrap(topic, TOPIC_WIDTH)] + [_wrap(texts, column) for texts in cells]
    height = max(len(block) for block in wrapped)
    out = []
    for i in range(height):
        parts = [block[i] if i < len(block) else "" for block in wrapped]
        out.append(
            parts[0].ljust(TOPIC_WIDTH) + "".join(f" | {p.ljust(column)}" for p in parts[1:])
        )
    return "\n".join(line.rstrip() for line in out)


def _wrap(texts: list[str], width: int) -> list[str]:
    return [line for text in texts for line in textwrap.wrap(text, width) or [""]]
