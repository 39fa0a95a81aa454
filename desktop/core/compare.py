"""Policies side by side: one row per topic, one column per policy, compared on normalised facts.

A cell never compares raw text: every fact becomes a key built from the extractor's normalised
fields (a retention period in days, a right's code, a country's ISO code), so a Malay "7 tahun"
and an English "seven years" are the same fact. A row *differs* when its cells' key sets (or
whether the topic is stated at all) differ; notable differences are marked on the cells.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.compare_facts import FactItem, fact_items, notes_for_row
from desktop.core.policy import PolicyAnalysis

# (topic, category whose passages the cell counts, fact lists of issue 5 shown in the cell)
TOPICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("collection", "collection", ("data_types",)),
    ("sharing", "sharing", ("recipients", "sale")),
    ("retention", "retention", ("retention",)),
    ("rights", "rights", ("rights",)),
    ("transfer", "transfer", ("countries",)),
    ("contact", "contact", ("contacts", "laws")),
    ("security", "security", ()),
    ("cookies", "cookies", ()),
    ("children", "children", ()),
    ("changes", "changes", ("dates",)),
)
TOPIC_TITLES: Mapping[str, str] = {
    "collection": "Data collected",
    "sharing": "Sharing and sale",
    "retention": "Retention",
    "rights": "Your rights",
    "transfer": "Transfers (countries)",
    "contact": "Contact",
    "security": "Security",
    "cookies": "Cookies and tracking",
    "children": "Children",
    "changes": "Policy changes",
}


@dataclass(frozen=True)
class Column:
    """One compared policy as a matrix header shows it."""

    name: str
    path: str | None
    language: str  # ISO code
    language_name: str
    translation: str  # "done" | "unavailable" | "failed" | "cancelled" | "none"
    pack: str | None


@dataclass(frozen=True)
class Note:
    """A notable difference on one cell: a stable ``code`` and its English wording."""

    code: str  # "longest_retention" | "shortest_retention" | "open_ended_retention" | ...
    text: str


@dataclass(frozen=True)
class Cell:
    facts: tuple[FactItem, ...]
    passages: int  # paragraphs that carry the row's category
    sentences: tuple[int, ...]  # the category's sentences and the facts' sentences, sorted
    stated: bool
    notes: tuple[Note, ...] = ()

    @property
    def keys(self) -> frozenset[tuple[Any, ...]]:
        return frozenset(fact.key for fact in self.facts)


@dataclass(frozen=True)
class Row:
    topic: str
    category: str
    cells: tuple[Cell, ...]
    differs: bool
    fact_kinds: tuple[str, ...] = ()  # the fact lists (issue 5) this topic shows, if any

    @property
    def title(self) -> str:
        return TOPIC_TITLES[self.topic]


@dataclass(frozen=True)
class Comparison:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def row(self, topic: str) -> Row:
        return next(row for row in self.rows if row.topic == topic)


def compare(analyses: Sequence[PolicyAnalysis]) -> Comparison:
    """The matrix of ``analyses`` (two or more for a comparison; one is allowed for a report)."""
    columns = tuple(_column(analysis) for analysis in analyses)
    rows = []
    for topic, category, kinds in TOPICS:
        cells = [
            _cell(analysis, category, [it for k in kinds for it in fact_items(k, analysis.facts)])
            for analysis in analyses
        ]
        notes = notes_for_row(topic, cells)
        cells = [
            Cell(c.facts, c.passages, c.sentences, c.stated, tuple(Note(*n) for n in extra))
            for c, extra in zip(cells, notes, strict=True)
        ]
        rows.append(Row(topic, category, tuple(cells), _differs(cells), kinds))
    return Comparison(_distinct_names(columns), tuple(rows))


def _column(analysis: PolicyAnalysis) -> Column:
    document = analysis.document
    translation = analysis.translation
    if document.language.code == "en":
        status = "not needed"
    else:
        status = translation.status if translation is not None else "none"
    name = document.title.strip() or (os.path.basename(document.path) if document.path else "")
    return Column(
        name=name or "Untitled policy",
        path=document.path,
        language=document.language.code,
        language_name=document.language.name,
        translation=status,
        pack=translation.pack if translation is not None else None,
    )


def _distinct_names(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """Two policies with the same title get their file names added, so headers can be told apart."""
    seen: dict[str, int] = {}
    for column in columns:
        seen[column.name] = seen.get(column.name, 0) + 1
    return tuple(
        dataclasses.replace(c, name=f"{c.name} ({os.path.basename(c.path)})")
        if seen[c.name] > 1 and c.path
        else c
        for c in columns
    )


def _cell(analysis: PolicyAnalysis, category: str, facts: list[FactItem]) -> Cell:
    hit = [
        sentence
        for sentence, labels in zip(analysis.document.sentences, analysis.labels, strict=True)
        if category in labels.categories
    ]
    indices = {s.index for s in hit} | {f.sentence for f in facts if f.sentence is not None}
    return Cell(
        facts=tuple(facts),
        passages=len({s.paragraph for s in hit}),
        sentences=tuple(sorted(indices)),
        stated=bool(hit or facts),
    )


def _differs(cells: Sequence[Cell]) -> bool:
    """Cells differ on what is stated and on normalised fact keys, never on wording."""
    return len({(cell.stated, cell.keys) for cell in cells}) > 1


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    """The shape ``compare --json`` prints; facts carry their normalised key and sentence."""
    return {
        "columns": [
            {
                "name": c.name,
                "path": c.path,
                "language": {"code": c.language, "name": c.language_name},
                "translation": {"status": c.translation, "pack": c.pack},
            }
            for c in comparison.columns
        ],
        "rows": [
            {
                "topic": row.topic,
                "title": row.title,
                "differs": row.differs,
                "cells": [
                    {
                        "stated": cell.stated,
                        "passages": cell.passages,
                        "sentences": list(cell.sentences),
                        "facts": [
                            {"key": list(f.key), "text": f.text, "sentence": f.sentence}
                            for f in cell.facts
                        ],
                        "notes": [{"code": n.code, "text": n.text} for n in cell.notes],
                    }
                    for cell in row.cells
                ],
            }
            for row in comparison.rows
        ],
    }
