"""``policylens facts``: the facts of one or more policies, or their score against
hand-written expectations (``--evaluate tests/data/seed_facts.json``)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from desktop.cli import CliError
from desktop.core.document import DocumentError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "facts",
        help="extract retention, rights, recipients, countries, data, contacts, laws, dates",
        description="Print the facts a policy states, each with the sentence it came from.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="policy files to read")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--language", help="ISO code overriding language detection")
    parser.add_argument(
        "--evaluate", metavar="EXPECTED", help="score extraction against an expected-facts file"
    )
    parser.add_argument(
        "--details", action="store_true", help="with --evaluate, list missed and wrong facts"
    )
    parser.add_argument(
        "--classify",
        action="store_true",
        help="give the extractor the classifier's sentence labels (it uses its own cues without)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.evaluate:
        return _evaluate(args.evaluate, args.json, args.details, args.classify)
    if not args.files:
        raise CliError("facts: give FILE… or --evaluate EXPECTED.json")
    from desktop.core.facts import extract_facts, facts_to_json, plain_english
    from desktop.core.facts.render import SECTIONS

    results = {}
    for path in args.files:
        doc = _open(path, args.language)
        facts = extract_facts(doc, _labels(doc) if args.classify else None)
        if args.json:
            results[path] = facts_to_json(facts)
            continue
        print(f"# {path} ({doc.language.code})")
        for section in SECTIONS:
            items = getattr(facts, section)
            print(f"{section.replace('_', ' ')}:" + ("" if items else " not stated"))
            for fact in items:
                print(f"  - {plain_english(fact)}  [sentence {fact.sentence}]")
    if args.json:
        only = results[args.files[0]] if len(args.files) == 1 else results
        json.dump(only, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 0


def _open(path: str, language: str | None) -> Any:
    from desktop.core.analysis import open_document

    try:
        return open_document(path, language=language)
    except DocumentError as error:
        raise CliError(f"{path}: {error.message}") from error
    except OSError as error:
        raise CliError(f"{path}: {error.strerror or error}") from error


def _labels(doc: Any) -> list[tuple[str, ...]]:
    from desktop.core.classify import classify_document

    return [labels.categories for labels in classify_document(doc)]


def _evaluate(expected_path: str, as_json: bool, details: bool, classify: bool) -> int:
    from desktop.core.facts import extract_facts, facts_to_json
    from desktop.core.facts.evaluate import Score, load_expected, score

    try:
        seeds = load_expected(expected_path)
    except (OSError, ValueError, KeyError) as error:
        raise CliError(f"cannot read {expected_path}: {error}") from error
    total = Score(0, 0, 0, 0)
    rows = []
    for seed in seeds:
        doc = _open(seed["file"], seed.get("language"))
        started = time.perf_counter()
        facts = facts_to_json(extract_facts(doc, _labels(doc) if classify else None))
        elapsed = time.perf_counter() - started
        result = score(facts, seed["expected"], seed.get("optional"))
        total += result
        rows.append((seed["file"], result, elapsed))
    if as_json:
        report = {
            "seeds": [
                {
                    "file": f,
                    "recall": round(r.recall, 3),
                    "precision": round(r.precision, 3),
                    "expected": r.expected,
                    "found": r.found,
                    "extracted": r.extracted,
                    "right": r.right,
                    "missed": list(r.missed),
                    "wrong": list(r.wrong),
                    "seconds": round(t, 3),
                }
                for f, r, t in rows
            ],
            "total": {"recall": round(total.recall, 3), "precision": round(total.precision, 3)},
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"{'seed':40} {'recall':>14} {'precision':>16} {'ms':>6}")
    for file, result, elapsed in rows:
        print(f"{_line(file.rsplit('/', 1)[-1], result)} {elapsed * 1000:6.0f}")
        if details:
            for item in result.missed:
                print(f"    missed: {item}")
            for item in result.wrong:
                print(f"    wrong:  {item}")
    print(_line("total", total))
    return 0


def _line(name: str, result: Any) -> str:
    return (
        f"{name:40} {result.found:>3}/{result.expected:<3} {result.recall:6.1%}"
        f" {result.right:>4}/{result.extracted:<4} {result.precision:6.1%}"
    )
