"""The facts a reader wants from a policy, as plain frozen records.

Every fact points at its evidence: ``sentence`` is the index into ``Document.sentences`` and
``start``/``end`` are character offsets into ``Document.text``. A fact the policy does not
state is simply absent — nothing here is ever a default or a guess.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Deadline:
    """A stated response time ("within 30 days", "07 – 15 ngày"): a range when min != max."""

    minimum: float
    maximum: float
    unit: str
    days_min: float
    days_max: float
    text: str


@dataclass(frozen=True, slots=True)
class RetentionFact:
    """How long data is kept: a period ("7 years") or an open-ended rule (``kind``)."""

    kind: str  # period | until_deleted | as_long_as_necessary | contract_duration | ...
    value: float | None
    unit: str | None  # years | months | weeks | days | hours, as stated
    days: float | None  # normalised: year = 365, month = 30, week = 7 days
    applies_to: str | None
    from_event: str | None  # "ngày thanh toán" in "bốn năm kể từ ngày thanh toán"
    sentence: int
    start: int
    end: int
    # A range ("3–5 years") keeps its upper end in value/days and its lower end here;
    # both are None when a single period is stated.
    min_value: float | None = None
    min_days: float | None = None


@dataclass(frozen=True, slots=True)
class RightFact:
    """A right the policy grants, with how to exercise it when the policy says."""

    right: str
    how: str | None
    deadline: Deadline | None
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RecipientFact:
    kind: str
    name: str | None  # a named company or service ("Google Analytics")
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SaleFact:
    """Whether the policy says it sells (or rents) personal data: ``sold`` is False for
    "we do not sell your data", True for "we may sell your personal information"."""

    sold: bool
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CountryFact:
    code: str  # ISO 3166-1 alpha-2, or EU / EEA / EUROPE
    name: str  # English name
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DataTypeFact:
    type: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ContactFact:
    kind: str  # organisation | email | postal_address | phone | dpo | form
    value: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LawFact:
    law: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateFact:
    kind: str  # effective | updated
    date: str  # YYYY-MM-DD, or YYYY-MM when the day is not stated
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything extracted from one document, each tuple in document order."""

    retention: tuple[RetentionFact, ...] = ()
    rights: tuple[RightFact, ...] = ()
    recipients: tuple[RecipientFact, ...] = ()
    sale: tuple[SaleFact, ...] = ()
    countries: tuple[CountryFact, ...] = ()
    data_types: tuple[DataTypeFact, ...] = ()
    contacts: tuple[ContactFact, ...] = ()
    laws: tuple[LawFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
