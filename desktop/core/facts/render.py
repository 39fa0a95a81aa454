"""Facts as JSON (the ``analyze --json`` / ``facts --json`` contract) and as plain English.

The English lines are for the CLI and for copying; the Policy card builds its own translated
strings from the same fields.
"""

from __future__ import annotations

from typing import Any

from desktop.core.facts.model import (
    ContactFact,
    CountryFact,
    DataTypeFact,
    DateFact,
    Deadline,
    Facts,
    LawFact,
    RecipientFact,
    RetentionFact,
    RightFact,
    SaleFact,
)

Fact = (
    RetentionFact
    | RightFact
    | RecipientFact
    | SaleFact
    | CountryFact
    | DataTypeFact
    | ContactFact
    | LawFact
    | DateFact
)
SECTIONS = (
    "retention",
    "rights",
    "recipients",
    "sale",
    "countries",
    "data_types",
    "contacts",
    "laws",
    "dates",
)


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def _where(fact: Fact) -> dict[str, int]:
    return {"sentence": fact.sentence, "start": fact.start, "end": fact.end}


def _deadline_json(deadline: Deadline | None) -> dict[str, Any] | None:
    if deadline is None:
        return None
    return {
        "min": _number(deadline.minimum),
        "max": _number(deadline.maximum),
        "unit": deadline.unit,
        "days_min": _number(deadline.days_min),
        "days_max": _number(deadline.days_max),
        "text": deadline.text,
    }


def fact_to_json(fact: Fact) -> dict[str, Any]:
    """One fact as a JSON object: its fields, then sentence, start and end."""
    match fact:
        case RetentionFact():
            body = {
                "kind": fact.kind,
                "value": _number(fact.value),
                "unit": fact.unit,
                "days": _number(fact.days),
                "applies_to": fact.applies_to,
                "from": fact.from_event,
                "min_value": _number(fact.min_value),
                "min_days": _number(fact.min_days),
            }
        case RightFact():
            body = {"right": fact.right, "how": fact.how, "deadline": _deadline_json(fact.deadline)}
        case RecipientFact():
            body = {"kind": fact.kind, "name": fact.name}
        case SaleFact():
            body = {"sold": fact.sold}
        case CountryFact():
            body = {"code": fact.code, "name": fact.name}
        case DataTypeFact():
            body = {"type": fact.type}
        case ContactFact():
            body = {"kind": fact.kind, "value": fact.value}
        case LawFact():
            body = {"law": fact.law}
        case DateFact():
            body = {"kind": fact.kind, "date": fact.date}
    return body | _where(fact)


def facts_to_json(facts: Facts) -> dict[str, list[Any]]:
    """All facts, keyed by section, then ``not_stated``: the sections the policy says nothing
    about, named so that a reader of the JSON need not infer it from an empty list."""
    result: dict[str, list[Any]] = {
        name: [fact_to_json(f) for f in getattr(facts, name)] for name in SECTIONS
    }
    result["not_stated"] = [name for name in SECTIONS if not result[name]]
    return result


_KIND_TEXT = {
    "until_deleted": "Kept until you ask for deletion",
    "as_long_as_necessary": "Kept as long as necessary for the purpose",
    "contract_duration": "Kept for the duration of the contract",
    "legal_obligation": "Kept as long as the law requires",
    "account_lifetime": "Kept while your account exists",
}
_RIGHT_TEXT = {
    "access": "Access your data",
    "rectification": "Correct your data",
    "erasure": "Delete your data",
    "restriction": "Restrict processing",
    "objection": "Object to processing",
    "portability": "Take your data elsewhere",
    "withdraw_consent": "Withdraw consent",
    "opt_out": "Opt out (marketing, sale, tracking)",
    "complaint": "Complain",
    "non_discrimination": "No discrimination for using your rights",
}

# Kinds of recipient as a reader names them ("payment" alone reads as "Shared with payment")
_RECIPIENT_TEXT = {
    "service_providers": "service providers",
    "affiliates": "affiliated companies",
    "advertisers": "advertisers",
    "analytics": "analytics providers",
    "payment": "payment processors",
    "authorities": "authorities and courts",
    "business_transfer": "buyers in a merger or sale",
    "partners": "business partners",
    "social_networks": "social networks",
    "advisers": "professional advisers",
}


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return f"several {unit}"
    shown = _number(value)
    return f"{shown} {unit[:-1] if shown == 1 else unit}"


def plain_english(fact: Fact) -> str:
    """One line for the Policy card, e.g. "Kept 7 years (2,555 days) — applies to: records"."""
    match fact:
        case RetentionFact(kind="period"):
            amount = _amount(fact.value, fact.unit or "days")
            if fact.min_value is not None:
                amount = f"{_number(fact.min_value)} to {amount}"
            text = f"Kept {amount}"
            if fact.days is not None and fact.unit != "days":
                text += f" ({_number(fact.days):,} days)"
            if fact.from_event:
                text += f" from {fact.from_event}"
            return text + (f" — applies to: {fact.applies_to}" if fact.applies_to else "")
        case RetentionFact():
            return _KIND_TEXT.get(fact.kind, f"Kept: {fact.kind.replace('_', ' ')}")
        case RightFact():
            text = _RIGHT_TEXT.get(fact.right, fact.right)
            if fact.how:
                text += f" — how: {fact.how}"
            if fact.deadline:
                d = fact.deadline
                span = (
                    _number(d.minimum)
                    if d.minimum == d.maximum
                    else f"{_number(d.minimum)}–{_number(d.maximum)}"
                )
                text += f" — answered within {span} {d.unit}"
            return text
        case RecipientFact():
            who = _RECIPIENT_TEXT.get(fact.kind, fact.kind.replace("_", " "))
            return f"Shared with {fact.name} ({who})" if fact.name else f"Shared with {who}"
        case SaleFact():
            return "Says it may sell your data" if fact.sold else "Says it does not sell your data"
        case CountryFact():
            return f"Data may go to {fact.name}"
        case DataTypeFact():
            return f"Collects {fact.type.replace('_', ' ')} data"
        case ContactFact():
            return f"{fact.kind.replace('_', ' ').capitalize()}: {fact.value}"
        case LawFact():
            return f"Cites {fact.law}"
        case DateFact():
            return f"{'Effective' if fact.kind == 'effective' else 'Last updated'}: {fact.date}"
    raise TypeError(f"not a fact: {fact!r}")
