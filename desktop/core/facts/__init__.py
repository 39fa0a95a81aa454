"""The facts a reader wants from a policy — retention, rights, recipients, whether data is
sold, countries, data, contacts, laws and dates — normalised across languages and linked to
their sentences.

Facts come from hand-written cue lists (``resources/facts``), never from a model: each fact
quotes its evidence, and a fact the policy does not state is absent rather than guessed.
Category labels from the classifier sharpen the reading when given; without them each
extractor relies on its own context cues.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from desktop.core.document import Document
from desktop.core.facts.contacts import extract_contacts, postal_spans
from desktop.core.facts.context import SentenceIndex, sentence_views
from desktop.core.facts.countries import extract_countries
from desktop.core.facts.data_types import extract_data_types
from desktop.core.facts.dates import extract_dates, find_dates
from desktop.core.facts.laws import extract_laws
from desktop.core.facts.lexicon import languages_for
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
from desktop.core.facts.recipients import extract_recipients
from desktop.core.facts.render import fact_to_json, facts_to_json, plain_english
from desktop.core.facts.retention import extract_retention
from desktop.core.facts.rights import extract_rights
from desktop.core.facts.sale import extract_sale

__all__ = [
    "ContactFact",
    "CountryFact",
    "DataTypeFact",
    "DateFact",
    "Deadline",
    "Facts",
    "LawFact",
    "RecipientFact",
    "RetentionFact",
    "RightFact",
    "SaleFact",
    "extract_facts",
    "fact_to_json",
    "facts_to_json",
    "plain_english",
]


def extract_facts(doc: Document, categories: Sequence[Collection[str]] | None = None) -> Facts:
    """All facts of ``doc``; ``categories[i]`` are the category keys of sentence ``i``."""
    views = sentence_views(doc, categories)
    index = SentenceIndex(doc)
    languages = languages_for(doc.language.code)
    dates = find_dates(doc.text, languages)
    retention, deadlines = extract_retention(views, masked=[(d.start, d.end) for d in dates])
    contacts = extract_contacts(doc.text, views, index)
    return Facts(
        retention=tuple(retention),
        rights=tuple(extract_rights(views, deadlines)),
        recipients=tuple(extract_recipients(views)),
        sale=tuple(extract_sale(views)),
        countries=tuple(extract_countries(views, masked=postal_spans(contacts, doc.text))),
        data_types=tuple(extract_data_types(views)),
        contacts=tuple(contacts),
        laws=tuple(extract_laws(doc.text, index)),
        dates=tuple(extract_dates(doc.text, languages, index, dates)),
    )
