"""What the Policy card says: group titles and one plain-English line per fact.

The core's facts are codes and data; the words a reader sees live here, marked for translation
(context "PolicyCard"). A fact kind this module does not know yet (the extractors grow) falls
back to the core's ``plain_english`` line, so a new kind still shows rather than vanishing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.facts import (
    ContactFact,
    CountryFact,
    DataTypeFact,
    DateFact,
    Deadline,
    LawFact,
    RecipientFact,
    RetentionFact,
    RightFact,
    plain_english,
)

CONTEXT = "PolicyCard"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class GroupSpec:
    """A group of the card: the ``Facts`` field it shows, its title, and what "not stated"
    means for it (the tooltip of the "Not stated" line)."""

    field: str
    title: str
    missing: str

    def translated_title(self) -> str:
        return tr(self.title)

    def translated_missing(self) -> str:
        return tr(self.missing)


GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec(
        "retention",
        QT_TRANSLATE_NOOP("PolicyCard", "Data kept"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy never says how long it keeps your data."),
    ),
    GroupSpec(
        "rights",
        QT_TRANSLATE_NOOP("PolicyCard", "Your rights"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy names no right you have over your data."),
    ),
    GroupSpec(
        "recipients",
        QT_TRANSLATE_NOOP("PolicyCard", "Who receives data"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy does not say who receives your data."),
    ),
    GroupSpec(
        "sale",
        QT_TRANSLATE_NOOP("PolicyCard", "Selling your data"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy does not say whether it sells your data."),
    ),
    GroupSpec(
        "countries",
        QT_TRANSLATE_NOOP("PolicyCard", "Where data goes"),
        QT_TRANSLATE_NOOP(
            "PolicyCard", "The policy names no country or region where your data is sent."
        ),
    ),
    GroupSpec(
        "data_types",
        QT_TRANSLATE_NOOP("PolicyCard", "Data collected"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy does not name the kinds of data it collects."),
    ),
    GroupSpec(
        "contacts",
        QT_TRANSLATE_NOOP("PolicyCard", "Contact"),
        QT_TRANSLATE_NOOP(
            "PolicyCard", "The policy gives no organisation, e-mail or address to contact."
        ),
    ),
    GroupSpec(
        "laws",
        QT_TRANSLATE_NOOP("PolicyCard", "Laws cited"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy cites no law."),
    ),
    GroupSpec(
        "dates",
        QT_TRANSLATE_NOOP("PolicyCard", "Dates"),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy gives no effective or last-updated date."),
    ),
)


def extra_group(field: str) -> GroupSpec:
    """A group for a ``Facts`` field the card has no wording for yet."""
    return GroupSpec(
        field,
        field.replace("_", " ").capitalize(),
        QT_TRANSLATE_NOOP("PolicyCard", "The policy does not state this."),
    )


# Every right the extractors know, in the order the card lists them.
RIGHTS: dict[str, str] = {
    "access": QT_TRANSLATE_NOOP("PolicyCard", "Access your data"),
    "rectification": QT_TRANSLATE_NOOP("PolicyCard", "Correct your data"),
    "erasure": QT_TRANSLATE_NOOP("PolicyCard", "Delete your data"),
    "restriction": QT_TRANSLATE_NOOP("PolicyCard", "Restrict processing"),
    "objection": QT_TRANSLATE_NOOP("PolicyCard", "Object to processing"),
    "portability": QT_TRANSLATE_NOOP("PolicyCard", "Take your data elsewhere"),
    "withdraw_consent": QT_TRANSLATE_NOOP("PolicyCard", "Withdraw consent"),
    "opt_out": QT_TRANSLATE_NOOP("PolicyCard", "Opt out of sale or marketing"),
    # The company or a regulator: many policies ("khiếu nại") mean a complaint to the company.
    "complaint": QT_TRANSLATE_NOOP("PolicyCard", "Make a complaint"),
    "non_discrimination": QT_TRANSLATE_NOOP("PolicyCard", "No penalty for using your rights"),
}
_OPEN_ENDED = {
    "until_deleted": QT_TRANSLATE_NOOP("PolicyCard", "Until you ask for it to be deleted"),
    "as_long_as_necessary": QT_TRANSLATE_NOOP("PolicyCard", "As long as necessary for the purpose"),
    "contract_duration": QT_TRANSLATE_NOOP("PolicyCard", "For the duration of the contract"),
    "legal_obligation": QT_TRANSLATE_NOOP("PolicyCard", "As long as the law requires"),
    "account_lifetime": QT_TRANSLATE_NOOP("PolicyCard", "While your account exists"),
}
_RECIPIENTS = {
    "service_providers": QT_TRANSLATE_NOOP("PolicyCard", "Service providers"),
    "affiliates": QT_TRANSLATE_NOOP("PolicyCard", "Affiliated companies"),
    "advertisers": QT_TRANSLATE_NOOP("PolicyCard", "Advertisers"),
    "analytics": QT_TRANSLATE_NOOP("PolicyCard", "Analytics providers"),
    "payment": QT_TRANSLATE_NOOP("PolicyCard", "Payment processors"),
    "authorities": QT_TRANSLATE_NOOP("PolicyCard", "Authorities and courts"),
    "business_transfer": QT_TRANSLATE_NOOP("PolicyCard", "Buyers in a merger or sale"),
    "partners": QT_TRANSLATE_NOOP("PolicyCard", "Business partners"),
    "social_networks": QT_TRANSLATE_NOOP("PolicyCard", "Social networks"),
    "advisers": QT_TRANSLATE_NOOP("PolicyCard", "Professional advisers"),
}
_DATA_TYPES = {
    "contact": QT_TRANSLATE_NOOP("PolicyCard", "Contact details (name, e-mail, phone)"),
    "identifiers": QT_TRANSLATE_NOOP("PolicyCard", "Identifiers (account, log-in, user ID)"),
    "device": QT_TRANSLATE_NOOP("PolicyCard", "Device and technical data"),
    "location": QT_TRANSLATE_NOOP("PolicyCard", "Location"),
    "payment": QT_TRANSLATE_NOOP("PolicyCard", "Payment and transactions"),
    "usage": QT_TRANSLATE_NOOP("PolicyCard", "How you use the service"),
    "communications": QT_TRANSLATE_NOOP("PolicyCard", "Messages and communications"),
    "marketing": QT_TRANSLATE_NOOP("PolicyCard", "Marketing preferences"),
    "special": QT_TRANSLATE_NOOP("PolicyCard", "Special categories (health, beliefs…)"),
}
_CONTACTS = {
    "organisation": QT_TRANSLATE_NOOP("PolicyCard", "Organisation"),
    "email": QT_TRANSLATE_NOOP("PolicyCard", "E-mail"),
    "postal_address": QT_TRANSLATE_NOOP("PolicyCard", "Address"),
    "phone": QT_TRANSLATE_NOOP("PolicyCard", "Phone"),
    "dpo": QT_TRANSLATE_NOOP("PolicyCard", "Data protection officer"),
    "form": QT_TRANSLATE_NOOP("PolicyCard", "Request form"),
}
_DATES = {
    "effective": QT_TRANSLATE_NOOP("PolicyCard", "Effective"),
    "updated": QT_TRANSLATE_NOOP("PolicyCard", "Last updated"),
}
# (one, many, unknown number) per unit; {n} is the number.
_UNITS = {
    "years": (
        QT_TRANSLATE_NOOP("PolicyCard", "{n} year"),
        QT_TRANSLATE_NOOP("PolicyCard", "{n} years"),
        QT_TRANSLATE_NOOP("PolicyCard", "several years"),
    ),
    "months": (
        QT_TRANSLATE_NOOP("PolicyCard", "{n} month"),
        QT_TRANSLATE_NOOP("PolicyCard", "{n} months"),
        QT_TRANSLATE_NOOP("PolicyCard", "several months"),
    ),
    "weeks": (
        QT_TRANSLATE_NOOP("PolicyCard", "{n} week"),
        QT_TRANSLATE_NOOP("PolicyCard", "{n} weeks"),
        QT_TRANSLATE_NOOP("PolicyCard", "several weeks"),
    ),
    "days": (
        QT_TRANSLATE_NOOP("PolicyCard", "{n} day"),
        QT_TRANSLATE_NOOP("PolicyCard", "{n} days"),
        QT_TRANSLATE_NOOP("PolicyCard", "several days"),
    ),
    "hours": (
        QT_TRANSLATE_NOOP("PolicyCard", "{n} hour"),
        QT_TRANSLATE_NOOP("PolicyCard", "{n} hours"),
        QT_TRANSLATE_NOOP("PolicyCard", "several hours"),
    ),
}


def number(value: float) -> str:
    """7.0 → "7", 2555.0 → "2,555", 1.5 → "1.5"."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,g}"


def amount(value: float | None, unit: str | None, *, upper: float | None = None) -> str:
    """ "7 years", "1 month", "7–15 days", "several years"; an unknown unit is shown as is."""
    forms = _UNITS.get(unit or "")
    if forms is None:
        shown = "?" if value is None else number(value)
        return f"{shown} {unit or ''}".strip()
    one, many, several = forms
    if value is None:
        return tr(several)
    if upper is not None and upper != value:
        return tr(many).format(n=f"{number(value)}–{number(upper)}")
    return tr(one if value == 1 else many).format(n=number(value))


def retention_text(fact: RetentionFact) -> str:
    if fact.kind != "period":
        wording = _OPEN_ENDED.get(fact.kind)
        text = tr(wording) if wording else plain_english(fact)
    else:
        if fact.min_value is not None:
            text = amount(fact.min_value, fact.unit, upper=fact.value)
        else:
            text = amount(fact.value, fact.unit)
        if fact.days is not None and fact.unit != "days":
            text = tr("{amount} ({days} days)").format(amount=text, days=number(fact.days))
        if fact.from_event:
            text = tr("{amount}, counted from “{event}”").format(amount=text, event=fact.from_event)
        text = text[:1].upper() + text[1:]
    if fact.applies_to:
        text = tr("{rule} — {what}").format(rule=text, what=fact.applies_to)
    return text


def deadline_text(deadline: Deadline) -> str:
    span = amount(deadline.minimum, deadline.unit, upper=deadline.maximum)
    return tr("answered within {span}").format(span=span)


def right_label(right: str) -> str:
    wording = RIGHTS.get(right)
    return tr(wording) if wording else right.replace("_", " ").capitalize()


def right_text(fact: RightFact, *, show_how: bool = True) -> str:
    parts = [right_label(fact.right)]
    if fact.how and show_how:
        parts.append(tr("how: {how}").format(how=fact.how))
    if fact.deadline is not None:
        parts.append(deadline_text(fact.deadline))
    return " — ".join(parts)


def recipient_text(fact: RecipientFact) -> str:
    wording = _RECIPIENTS.get(fact.kind)
    kind = tr(wording) if wording else fact.kind.replace("_", " ").capitalize()
    if fact.name:
        return tr("{name} ({kind})").format(name=fact.name, kind=kind)
    return kind


def country_text(fact: CountryFact) -> str:
    return fact.name


def data_type_text(fact: DataTypeFact) -> str:
    wording = _DATA_TYPES.get(fact.type)
    return tr(wording) if wording else plain_english(fact)


def contact_text(fact: ContactFact) -> str:
    wording = _CONTACTS.get(fact.kind)
    label = tr(wording) if wording else fact.kind.replace("_", " ").capitalize()
    return tr("{label}: {value}").format(label=label, value=fact.value)


def law_text(fact: LawFact) -> str:
    return fact.law


def date_text(fact: DateFact) -> str:
    wording = _DATES.get(fact.kind)
    label = tr(wording) if wording else fact.kind.replace("_", " ").capitalize()
    return tr("{label}: {date}").format(label=label, date=fact.date)


_TEXTS: dict[type, Callable] = {
    RetentionFact: retention_text,
    RightFact: right_text,
    RecipientFact: recipient_text,
    CountryFact: country_text,
    DataTypeFact: data_type_text,
    ContactFact: contact_text,
    LawFact: law_text,
    DateFact: date_text,
}


def fact_text(fact: object) -> str | None:
    """The card's line for any fact; ``None`` when neither the card nor the core can word it."""
    describe = _TEXTS.get(type(fact))
    if describe is not None:
        return describe(fact)
    try:
        return plain_english(fact)  # type: ignore[arg-type]
    except TypeError:
        return None
