"""``policylens analyze FILE… [--json]``: open, segment and detect, then print."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli import CliError
from desktop.core.analysis import open_document
from desktop.core.document import BlockKind, Document, DocumentError
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.core.serialize import analysis_to_json
from desktop.core.translate.service import TranslationResult, translate_document


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="analyse policies and print the result")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per line per file")
    parser.add_argument("--language", metavar="CODE", help="override the detected language")
    parser.add_argument(
        "--translate",
        action="store_true",
        help="translate into English with the installed language pack (offline)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    for path in args.files:
        try:
            document = open_document(path, language=args.language)
        except DocumentError as error:
            raise CliError(f"{path}: {error.message}") from error
        translation = _translate(document) if args.translate else None
        analysis = analyze_policy(document, translation)
        if args.json:
            print(
                json.dumps(
                    analysis_to_json(analysis, translated=args.translate), ensure_ascii=False
                )
            )
        else:
            _print_summary(analysis)
        sys.stdout.flush()
    return 0


def _translate(document: Document) -> TranslationResult:
    """English for every sentence; "unavailable" (not an error) when no pack is installed."""
    if document.language.code == "en":
        english = [s.text for s in document.sentences]
        return TranslationResult("done", None, "the policy is in English", english)
    return translate_document(document)


def _print_summary(analysis: PolicyAnalysis) -> None:
    document = analysis.document
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
    for key, entry in analysis.summary.items():
        state = f"{entry['passages']} passages" if entry["addressed"] else "not stated"
        print(f"  {key:<11}{state}")
    for section in document.sections:
        print(f"  {'  ' * (section.level - 1)}§ {section.title}")
