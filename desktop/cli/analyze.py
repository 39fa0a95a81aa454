"""``policylens analyze FILE… [--json]``: open, segment and detect, then print."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli import CliError
from desktop.core.analysis import open_document
from desktop.core.document import BlockKind, Document, DocumentError
from desktop.core.serialize import document_to_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="analyse policies and print the result")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per line per file")
    parser.add_argument("--language", metavar="CODE", help="override the detected language")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    for path in args.files:
        try:
            document = open_document(path, language=args.language)
        except DocumentError as error:
            raise CliError(f"{path}: {error.message}") from error
        if args.json:
            print(json.dumps(document_to_json(document), ensure_ascii=False))
        else:
            _print_summary(document)
        sys.stdout.flush()
    return 0


def _print_summary(document: Document) -> None:
    kinds = [p.kind for p in document.paragraphs]
    language = document.language
    print(f"{document.path}")
    print(f"  language   {language.name} ({language.code}), confidence {language.confidence:.2f}")
    print(f"  size       {len(document.text):,} characters, {len(document.sentences)} sentences")
    print(
        f"  structure  {len(document.sections)} sections, "
        f"{kinds.count(BlockKind.PARAGRAPH)} paragraphs, "
        f"{kinds.count(BlockKind.LIST_ITEM)} list items, "
        f"{kinds.count(BlockKind.TABLE_ROW)} table rows, "
        f"{kinds.count(BlockKind.BOILERPLATE)} boilerplate lines"
    )
    for section in document.sections:
        print(f"  {'  ' * (section.level - 1)}§ {section.title}")
