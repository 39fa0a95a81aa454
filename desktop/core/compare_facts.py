"""Facts of issue 5 turned into comparable items, and the notable differences between policies.

Each item's ``key`` holds only normalised fields (days, codes), which is what the comparison
compares; its ``text`` is the facts module's plain English. Wording in the policy's own
language never reaches a key, so policies in different languages compare on meaning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.facts import Facts, fact_to_json, plain_english

RIGHTS: Mapping[str, str] = {
    "access": "access",
    "rectification": "correction",
    "erasure": "deletion",
    "restriction": "restriction",
    "objection": "objection",
    "portability": "portability",
    "withdraw_consent": "withdraw consent",
    "opt_out": "opt out",
    "complaint": "make a complaint",
    "non_discrimination": "non-discrimination",
}


@dataclass(frozen=True)
class FactItem:
    """One normalised fact in a cell: what is compared (``key``) and what is shown (``text``)."""

    key: tuple[Any, ...]
    text: str
    sentence: int | None


def fact_items(kind: str, facts: Facts) -> list[FactItem]:
    """The items of one fact list (``facts.retention``…), one per distinct normalised key.

    The key comes from the JSON contract's normalised fields; the text is the facts
    module's own plain English, so a fact reads the same here as on the Policy card.
    """
    describe = _KEYS[kind]
    items: dict[tuple[Any, ...], FactItem] = {}
    for fact in getattr(facts, kind):
        key = describe(fact_to_json(fact))
        if key is not None:
            items.setdefault(key, FactItem(key, plain_english(fact), fact.sentence))
    ordered = list(items.values())
    if kind == "retention":  # longest fixed period first, open-ended rules after
        ordered.sort(key=lambda item: -item.key[2] if item.key[1] == "period" else 1)
    return ordered


Key = tuple[Any, ...]


def _retention(fact: Mapping[str, Any]) -> Key:
    """A fixed period compares by its days; "several years" (no number stated) is a period of
    its own kind, kept in the cell but never ranked against fixed periods."""
    kind, days = fact["kind"], fact["days"]
    if kind == "period":
        if days is None:
            return ("retention", "unquantified_period", fact["unit"])
        return ("retention", "period", days)
    return ("retention", kind)


def _recipient(fact: Mapping[str, Any]) -> Key:
    if fact["name"]:  # a named service compares by name, and still counts as its kind
        return ("recipient", fact["kind"], str(fact["name"]).casefold())
    return ("recipient", fact["kind"])


_KEYS: Mapping[str, Callable[[Mapping[str, Any]], Key | None]] = {
    "retention": _retention,
    "rights": lambda fact: ("right", fact["right"]),
    "recipients": _recipient,
    "sale": lambda fact: ("sale", bool(fact["sold"])),
    "countries": lambda fact: ("country", str(fact["code"]).upper()),
    "data_types": lambda fact: ("data_type", fact["type"]),
    "contacts": lambda fact: ("contact", fact["kind"]),  # whether an e-mail is given, not which
    "laws": lambda fact: ("law", str(fact["law"]).upper()),
    "dates": lambda fact: ("date", fact["kind"]),
}

NoteSpec = tuple[str, str]  # (code, English text)


def _words(code: str) -> str:
    return code.replace("_", " ")


def notes_for_row(topic: str, cells: Sequence[Any]) -> list[list[NoteSpec]]:
    """Notable differences per cell; ``cells`` have ``facts`` (FactItems) and ``stated``."""
    notes: list[list[NoteSpec]] = [[] for _ in cells]
    if len(cells) < 2:
        return notes
    keys = [{fact.key for fact in cell.facts} for cell in cells]
    if topic == "retention":
        _retention_notes(cells, notes)
    elif topic == "rights":
        _presence_notes(keys, notes, "right", "grants_right", "lacks_right")
    elif topic == "sharing":
        _sharing_notes(keys, notes)
    return notes


def _retention_notes(cells: Sequence[Any], notes: list[list[NoteSpec]]) -> None:
    longest: dict[int, FactItem] = {}
    for i, cell in enumerate(cells):
        periods = [f for f in cell.facts if f.key[1] == "period"]
        if periods:
            longest[i] = max(periods, key=lambda f: f.key[2])
    spread = {f.key[2] for f in longest.values()}
    if len(spread) > 1:
        top, bottom = max(spread), min(spread)
        for i, fact in longest.items():
            if fact.key[2] == top:
                notes[i].append(("longest_retention", f"longest retention: {fact.text}"))
            elif fact.key[2] == bottom:
                notes[i].append(("shortest_retention", f"shortest retention: {fact.text}"))
    if longest:
        for i, cell in enumerate(cells):
            if i not in longest and cell.facts:
                notes[i].append(("open_ended_retention", "no fixed period, unlike another"))


def _presence_notes(
    keys: Sequence[set[Key]],
    notes: list[list[NoteSpec]],
    prefix: str,
    grants: str,
    lacks: str,
) -> None:
    """Mark what sets policies apart: a right at most half of them grant is marked where it is
    granted, a right at least half grant is marked where it is missing (with two policies, both).
    """
    present = [{k[1] for k in cell if k[0] == prefix} for cell in keys]
    count = Counter(right for rights in present for right in rights)
    half = len(present) / 2
    for i, mine in enumerate(present):
        rare = sorted(r for r in mine if count[r] < len(present) and count[r] <= half)
        missing = sorted(r for r in count if r not in mine and count[r] >= half)
        if rare:
            names = ", ".join(RIGHTS.get(r, _words(r)) for r in rare)
            notes[i].append((grants, f"grants, unlike others: {names}"))
        if missing:
            names = ", ".join(RIGHTS.get(r, _words(r)) for r in missing)
            notes[i].append((lacks, f"does not mention: {names}"))


def _sharing_notes(keys: Sequence[set[Key]], notes: list[list[NoteSpec]]) -> None:
    """Data sold, or going to advertisers, in one policy and not in another."""
    sells = [("sale", True) in cell for cell in keys]
    refuses = [("sale", False) in cell and not sold for cell, sold in zip(keys, sells, strict=True)]
    if any(sells) and not all(sells):
        for i, sold in enumerate(sells):
            if sold:
                notes[i].append(("sells_data", "says it may sell your data, unlike another"))
    if any(refuses) and not all(refuses):
        for i, refused in enumerate(refuses):
            if refused:
                notes[i].append(("does_not_sell", "says it does not sell your data"))
    advertisers = [any(k[:2] == ("recipient", "advertisers") for k in cell) for cell in keys]
    if any(advertisers) and not all(advertisers):
        for i, shares in enumerate(advertisers):
            if shares:
                notes[i].append(
                    ("shares_with_advertisers", "shares data with advertisers, unlike another")
                )
