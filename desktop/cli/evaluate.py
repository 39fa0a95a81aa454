"""``evaluate``: passage-level precision, recall and F1 of the highlighter.

python -m desktop evaluate --opp115 ../shared/data/opp115/validation.csv
python -m desktop evaluate --opp115 ../shared/data/opp115/validation.csv \
    --relabelled tests/data/opp115/validation.relabelled.json
python -m desktop evaluate --labels tests/data/seed_labels.json [--seeds seeds]
python -m desktop evaluate --labels tests/data/policies/*.labels.json   # each, then pooled
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli import CliError
from desktop.core.classify.evaluation import (
    EvaluationError,
    Report,
    evaluate_opp115,
    evaluate_opp115_relabelled,
    labelled_pairs,
    read_labels,
    score,
)
from desktop.core.classify.model import CATEGORIES, CORE, SECONDARY
from desktop.core.document import Document


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="measure the highlighter against labelled passages",
        description="Precision, recall and F1 per category at passage level.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--opp115", type=Path, metavar="CSV", help="an OPP-115 split (CSV)")
    source.add_argument(
        "--labels",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="hand labels of passages (several: each file, then all of them pooled)",
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of the labelled files (default: the labels' own folder when it holds "
        "them, else the repository's seeds/)",
    )
    parser.add_argument(
        "--relabelled",
        type=Path,
        default=None,
        metavar="JSON",
        help="with --opp115: our labels of its segments against categories.md; adds the "
        "highlighter against them and their agreement with OPP-115's labels",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.opp115 is not None:
            if not args.opp115.is_file():
                raise CliError(f"no such file: {args.opp115}")
            reports = [(f"OPP-115 {args.opp115.name}", evaluate_opp115(args.opp115))]
            if args.relabelled is not None:
                reports.extend(_relabelled_reports(args.opp115, args.relabelled))
        else:
            if args.relabelled is not None:
                raise CliError("--relabelled goes with --opp115")
            reports = _label_reports(args.labels, args.seeds)
    except EvaluationError as error:
        raise CliError(str(error)) from error
    if args.json:
        data = {title: report_to_json(report) for title, report in reports}
        print(json.dumps(data if len(reports) > 1 else data[reports[0][0]], indent=2))
    else:
        print("\n\n".join(format_report(report, title) for title, report in reports))
    return 0


def _relabelled_reports(csv: Path, relabelled: Path) -> list[tuple[str, Report]]:
    if not relabelled.is_file():
        raise CliError(f"no such file: {relabelled}")
    reports = evaluate_opp115_relabelled(csv, relabelled)
    return [
        (f"OPP-115 {csv.name}, relabelled against categories.md", reports.highlighter),
        (f"Agreement: {relabelled.name} scored against OPP-115's labels", reports.agreement),
    ]


def _label_reports(paths: list[Path], seeds: Path | None) -> list[tuple[str, Report]]:
    """One report per labels file and, for several, one over all their passages."""
    reports: list[tuple[str, Report]] = []
    pooled: list[tuple[frozenset[str], frozenset[str]]] = []
    for path in paths:
        if not path.is_file():
            raise CliError(f"no such file: {path}")
        folder = seeds or _default_seeds(path)
        if not folder.is_dir():
            raise CliError(f"no such folder: {folder} (give --seeds)")
        pairs = labelled_pairs(path, folder, _open_seed)
        pooled.extend(pairs)
        reports.append((f"labels {path.name}", score(pairs, CATEGORIES)))
    if len(paths) > 1:
        reports.append((f"all {len(paths)} label files", score(pooled, CATEGORIES)))
    return reports


def _open_seed(path: Path) -> Document:
    """Open a seed as the app does; imported here so other subcommands start fast."""
    from desktop.core.analysis import open_document

    return open_document(path)


def _default_seeds(labels: Path) -> Path:
    """The labels' own folder when it holds the labelled files, else the nearest seeds/."""
    names = {entry.get("seed") for entry in read_labels(labels) if isinstance(entry, dict)}
    if names and all(isinstance(n, str) and (labels.parent / n).is_file() for n in names):
        return labels.parent
    for parent in labels.resolve().parents:
        if (parent / "seeds").is_dir():
            return parent / "seeds"
    return Path("seeds")


def format_report(report: Report, title: str) -> str:
    lines = [f"{title}: {report.passages} passages", ""]
    header = (
        f"{'category':<12} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'labelled':>9} {'predicted':>9}"
    )
    for group, keys in (("core", CORE), ("secondary", SECONDARY)):
        present = [k for k in keys if k in report.per_category]
        if not present:
            continue
        lines.append(header if group == "core" else "")
        for key in present:
            s = report.per_category[key]
            lines.append(
                f"{key:<12} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
                f"{s.support:>9} {s.predicted:>9}"
            )
        macro = report.macro_core if group == "core" else report.macro_secondary
        lines.append(f"{'macro F1 (' + group + ')':<28} {macro:>6.3f}")
    return "\n".join(lines)


def report_to_json(report: Report) -> dict:
    return {
        "passages": report.passages,
        "macro_f1_core": round(report.macro_core, 4),
        "macro_f1_secondary": (
            None if report.macro_secondary is None else round(report.macro_secondary, 4)
        ),
        "categories": {
            key: {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "labelled": s.support,
                "predicted": s.predicted,
            }
            for key, s in report.per_category.items()
        },
    }
