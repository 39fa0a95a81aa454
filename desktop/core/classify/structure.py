"""Evidence from the document's structure: section headings and list lead-ins.

A sentence under "Data retention" is more likely about retention; a list item after "We may
disclose your data to:" completes that sentence. Both are weaker than a cue (a segmenter can
miss the next heading, so a section may run on past its topic), so they only support cues the
sentence has itself; see ``pipeline._decide``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.classify.model import CATEGORY_PHRASES, Evidence
from desktop.core.classify.scorer import Weighted
from desktop.core.document import BlockKind, Document, Section

# Under a heading about the topic, one "strong but needs support" cue (≥ 0.5) of that category
# is enough (0.5 + 0.5 = 1.0); weak context words are capped below 0.5 so they are not, and
# without any cue the heading adds nothing (see pipeline._decide): segmenters miss headings,
# so sections run on.
HEADING_WEIGHT = 0.5
# A list item after "We may disclose your data to:" is the rest of that sentence, so it takes
# the lead-in's categories even without a cue of its own.
LEAD_IN_WEIGHT = 1.0
# Cues in the other sentences of the same passage count, at this fraction of their combined
# weight: "We collect your e-mail address. We use it to send you the newsletter." is one
# statement split in two.
PASSAGE_FACTOR = 0.8


def _by_paragraph(doc: Document) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for sentence in doc.sentences:
        found.setdefault(sentence.paragraph, []).append(sentence.index)
    return found


def structural_evidence(
    doc: Document, cue_scores: Sequence[Mapping[str, float]], heading_threshold: float
) -> list[list[Weighted]]:
    """For each sentence, the evidence of its heading and of its passage's other sentences."""
    by_paragraph = _by_paragraph(doc)
    heading_topics = {
        p.index: {
            category
            for s in by_paragraph.get(p.index, ())
            for category, score in cue_scores[s].items()
            if score >= heading_threshold
        }
        for p in doc.paragraphs
        if p.kind is BlockKind.HEADING
    }
    result: list[list[Weighted]] = []
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        extra: list[Weighted] = []
        if paragraph.kind not in (BlockKind.HEADING, BlockKind.BOILERPLATE):
            section = _topical_section(doc.sections, sentence.start, heading_topics)
            if section is not None:
                heading = doc.paragraphs[section.heading]
                extra.extend(
                    Weighted(
                        Evidence(
                            category,
                            heading.start,
                            heading.end,
                            doc.text[heading.start : heading.end],
                            f"under the heading '{section.title}', which "
                            f"{CATEGORY_PHRASES[category]}",
                        ),
                        HEADING_WEIGHT,
                    )
                    for category in sorted(heading_topics[section.heading])
                )
            extra.extend(
                _same_passage(doc, sentence.index, by_paragraph[paragraph.index], cue_scores)
            )
        result.append(extra)
    return result


def _same_passage(
    doc: Document, index: int, siblings: Sequence[int], cue_scores: Sequence[Mapping[str, float]]
) -> list[Weighted]:
    """Support from the cues of the other sentences of the passage, one item per category."""
    found: list[Weighted] = []
    categories = {c for s in siblings if s != index for c in cue_scores[s]}
    for category in sorted(categories & set(cue_scores[index])):
        others = [s for s in siblings if s != index and category in cue_scores[s]]
        remaining = 1.0
        for s in others:
            remaining *= 1.0 - cue_scores[s][category]
        best = doc.sentences[max(others, key=lambda s: cue_scores[s][category])]
        found.append(
            Weighted(
                Evidence(
                    category,
                    best.start,
                    best.end,
                    best.text,
                    f"the same passage also {CATEGORY_PHRASES[category]}: '{_clip(best.text)}'",
                ),
                PASSAGE_FACTOR * (1.0 - remaining),
            )
        )
    return found


def _topical_section(
    sections: Sequence[Section], position: int, topics: Mapping[int, set[str]]
) -> Section | None:
    """The innermost section around ``position`` whose heading names a topic."""
    around = [s for s in sections if s.start <= position < s.end and topics.get(s.heading)]
    return min(around, key=lambda s: s.end - s.start, default=None)


def _continues(doc: Document, index: int) -> bool:
    """A list item, or a block that starts in lower case (it cannot start a sentence)."""
    paragraph = doc.paragraphs[index]
    if paragraph.kind is BlockKind.LIST_ITEM:
        return True
    if paragraph.kind is not BlockKind.PARAGRAPH:
        return False
    first = doc.text[paragraph.start : paragraph.end].lstrip()[:1]
    return first.islower()


def lead_in_evidence(doc: Document, decided: Sequence[Sequence[str]]) -> dict[int, list[Weighted]]:
    """For sentences of list items, the categories of the lead-in they complete; for table
    rows, those of the table's header row.

    ``decided`` holds each sentence's categories so far; the result maps sentence indexes to
    their extra evidence (only sentences that get some appear).
    """
    by_paragraph = _by_paragraph(doc)
    headers = header_rows(doc)
    found: dict[int, list[Weighted]] = {}
    for paragraph in doc.paragraphs:
        if paragraph.kind is BlockKind.TABLE_ROW:
            evidence = _table_header(
                doc, paragraph.index, headers[paragraph.index], by_paragraph, decided
            )
        elif _continues(doc, paragraph.index):
            evidence = _lead_in(doc, paragraph.index, by_paragraph, decided)
        else:
            continue
        if evidence:
            for s in by_paragraph.get(paragraph.index, ()):
                found[s] = evidence
    return found


def _lead_in(
    doc: Document,
    index: int,
    by_paragraph: Mapping[int, list[int]],
    decided: Sequence[Sequence[str]],
) -> list[Weighted]:
    """Evidence from the paragraph ending in ':' that the item at ``index`` completes."""
    previous = index - 1
    while previous >= 0 and _continues(doc, previous):
        previous -= 1
    if previous < 0 or doc.paragraphs[previous].kind is not BlockKind.PARAGRAPH:
        return []
    lead = doc.paragraphs[previous]
    if not _introduces_a_list(doc.text[lead.start : lead.end]):
        return []
    last = doc.sentences[by_paragraph[previous][-1]] if by_paragraph.get(previous) else None
    if last is None:
        return []
    categories = {c for s in by_paragraph[previous] for c in decided[s]}
    reason = f"completes the list introduced by '{_clip(last.text)}', which"
    return _inherited(categories, last.start, last.end, last.text, reason)


def _table_header(
    doc: Document,
    index: int,
    header: int,
    by_paragraph: Mapping[int, list[int]],
    decided: Sequence[Sequence[str]],
) -> list[Weighted]:
    """Evidence from ``header``, the first row of the table that row ``index`` belongs to.

    A row "Invoices | 10 years" under "Data | Retention period" states a retention period,
    though no word of it says so: its cells are read by their column.
    """
    sentences = by_paragraph.get(header, [])
    if header == index or not sentences:
        return []
    row = doc.paragraphs[header]
    text = doc.text[row.start : row.end]
    categories = {c for s in sentences for c in decided[s]}
    reason = f"a row of the table whose header '{_clip(text)}'"
    return _inherited(categories, row.start, row.end, text, reason)


def header_rows(doc: Document) -> list[int]:
    """Per paragraph, the first row of the table it belongs to (itself outside a table)."""
    headers: list[int] = []
    for paragraph in doc.paragraphs:
        i = paragraph.index
        in_table = i > 0 and paragraph.kind is BlockKind.TABLE_ROW
        same_table = in_table and doc.paragraphs[i - 1].kind is BlockKind.TABLE_ROW
        headers.append(headers[i - 1] if same_table else i)
    return headers


def names_a_topic(doc: Document) -> list[bool]:
    """Per paragraph: a heading or a table's header row, a few words naming a topic
    ("Retention period"), which needs less evidence than a sentence."""
    headers = header_rows(doc)
    return [
        p.kind is BlockKind.HEADING
        or (p.kind is BlockKind.TABLE_ROW and headers[p.index] == p.index)
        for p in doc.paragraphs
    ]


def _inherited(
    categories: set[str], start: int, end: int, text: str, reason: str
) -> list[Weighted]:
    """The categories a block takes from the text it completes (a lead-in, a table header)."""
    return [
        Weighted(
            Evidence(category, start, end, text, f"{reason} {CATEGORY_PHRASES[category]}"),
            LEAD_IN_WEIGHT,
        )
        for category in sorted(categories)
    ]


def _introduces_a_list(text: str) -> bool:
    """A lead-in ends in a colon (also full-width); Thai and Japanese ones may say "as
    follows" instead ("…ดังต่อไปนี้", "…次の目的で利用します。")."""
    text = text.rstrip()
    if text.endswith((":", "：", "ดังนี้", "ดังต่อไปนี้")):
        return True
    return text.endswith("。") and any(word in text for word in _FOLLOWING)


# "The following" in Japanese and Chinese lead-ins that end like a sentence.
_FOLLOWING = ("以下の", "次の", "下記の", "如下")  # not bare 以下: "hereinafter"


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
