"""Scoring extracted facts against facts written by hand (``tests/data/seed_facts.json``).

Facts are compared by what they say, not where: retention by kind, value and unit; rights by
right; recipients by kind and name; sale by whether sold; countries by code; data types by
type; contacts by kind and value (names and addresses loosely, since where a name ends is a
matter of taste); laws by law; dates by kind and date. Recall is the share of expected facts
found; precision the share of extracted facts that are expected (facts marked optional count
neither way).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.facts.render import SECTIONS

Key = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one seed (or a total): ``found`` of ``expected``, ``right`` of ``extracted``."""

    expected: int
    found: int
    extracted: int
    right: int
    missed: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.extracted if self.extracted else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.expected + other.expected,
            self.found + other.found,
            self.extracted + other.extracted,
            self.right + other.right,
        )


def fact_key(section: str, fact: Mapping[str, Any]) -> Key:
    """What a fact says, as a comparable key (JSON facts and expected facts alike)."""
    match section:
        case "retention":
            value = fact.get("value")
            return (
                section,
                fact["kind"],
                None if value is None else float(value),
                fact.get("unit"),
            )
        case "rights":
            return (section, fact["right"])
        case "recipients":
            return (section, fact["kind"], fact.get("name"))
        case "sale":
            return (section, bool(fact["sold"]))
        case "countries":
            return (section, fact["code"])
        case "data_types":
            return (section, fact["type"])
        case "contacts":
            return (section, fact["kind"], _normal(fact["value"]))
        case "laws":
            return (section, fact["law"])
        case "dates":
            return (section, fact["kind"], fact["date"])
    raise ValueError(f"unknown fact section {section!r}")


def _normal(value: str) -> str:
    return re.sub(r"\s*-\s*", "-", " ".join(value.casefold().split())).strip(" .,;:")


def _same(extracted: Key, expected: Key) -> bool:
    if extracted == expected:
        return True
    if extracted[:2] != expected[:2] or extracted[0] != "contacts":
        return False
    if extracted[1] not in ("organisation", "postal_address", "form"):
        return False
    a, b = extracted[2], expected[2]
    return a in b or b in a  # "Iotum Inc" and "Iotum Inc."; an address with or without city


def _keys(facts: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[Key]:
    keys = [fact_key(section, fact) for section in SECTIONS for fact in facts.get(section, ())]
    return list(dict.fromkeys(keys))


def score(
    extracted: Mapping[str, Iterable[Mapping[str, Any]]],
    expected: Mapping[str, Iterable[Mapping[str, Any]]],
    optional: Mapping[str, Iterable[Mapping[str, Any]]] | None = None,
) -> Score:
    """Score ``facts_to_json`` output against expected (and optional) facts."""
    got, want, may = _keys(extracted), _keys(expected), _keys(optional or {})
    found = [k for k in want if any(_same(g, k) for g in got)]
    counted = [
        g for g in got if not any(_same(g, k) for k in may) or any(_same(g, k) for k in want)
    ]
    right = [g for g in counted if any(_same(g, k) for k in want)]
    return Score(
        expected=len(want),
        found=len(found),
        extracted=len(counted),
        right=len(right),
        missed=tuple(_show(k) for k in want if k not in found),
        wrong=tuple(_show(g) for g in counted if g not in right),
    )


def _show(key: Key) -> str:
    return " ".join("-" if part is None else str(part) for part in key)


def load_expected(path: str | Path) -> list[dict[str, Any]]:
    """The seeds of an expected-facts file, each with its ``file`` resolved to a path."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    root = path.resolve().parent.parent.parent  # tests/data/x.json → the repository
    seeds = []
    for seed in data["seeds"]:
        file = Path(seed["file"])
        if not file.is_absolute() and not file.exists():
            file = root / file
        seeds.append(dict(seed, file=str(file)))
    return seeds
