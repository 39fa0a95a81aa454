"""A self-contained HTML report of one policy's analysis or of a comparison.

The HTML is meant to be kept, mailed and printed: no scripts, nothing loaded from anywhere
(inline CSS only), every piece of text escaped. It keeps to the HTML subset that Qt's
``QTextDocument`` renders, so the same string becomes the PDF. Categories are told apart by
colour-blind-safe Okabe–Ito colours *and* by a text label and border style, never colour alone.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape

from desktop.core.classify import CATEGORIES, CORE
from desktop.core.compare import TOPIC_TITLES, Comparison, compare
from desktop.core.policy import PolicyAnalysis

OKABE_ITO: Mapping[str, str] = {
    "collection": "#0072B2",  # blue
    "sharing": "#D55E00",  # vermillion
    "retention": "#009E73",  # bluish green
    "rights": "#CC79A7",  # reddish purple
    "security": "#56B4E9",  # sky blue
    "cookies": "#E69F00",  # orange
    "children": "#F0E442",  # yellow
    "changes": "#000000",  # black
    "contact": "#56B4E9",  # sky blue, dotted: told apart from security by label and border
    "transfer": "#E69F00",  # orange, dotted
}
CATEGORY_LABELS: Mapping[str, str] = {
    "collection": "Collection",
    "sharing": "Sharing",
    "retention": "Retention",
    "rights": "Rights",
    "security": "Security",
    "cookies": "Cookies",
    "children": "Children",
    "changes": "Changes",
    "contact": "Contact",
    "transfer": "Transfer",
}
NOT_STATED_COLOUR = "#D55E00"
AUTOMATIC_NOTE = (
    "This analysis is automatic. Categories, facts and translations were produced by software "
    "on this computer and can be wrong or incomplete; the original text is what the policy says."
)


def tint(colour: str, strength: float = 0.28) -> str:
    """``colour`` mixed with white: a background light enough to read black text on."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * strength):02X}" for c in rgb)


def border_style(category: str) -> str:
    """Solid for the four core categories, dashed or dotted for the secondary ones."""
    if category in CORE:
        return "solid"
    return "dotted" if category in ("contact", "transfer") else "dashed"


def _style() -> str:
    rules = [
        "body { font-family: sans-serif; font-size: 10pt; color: #000; margin: 1.5em; }",
        "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.4em; }",
        "h3 { font-size: 11pt; margin-top: 1em; }",
        "table { border-collapse: collapse; margin: 0.5em 0; }",
        "th, td { border: 1px solid #888; padding: 4px; vertical-align: top; text-align: left; }",
        ".notice { border: 2px solid #0072B2; padding: 6px; background-color: #E6F1F8; }",
        ".meta { color: #333; }",
        f".ns {{ color: {NOT_STATED_COLOUR}; font-style: italic; font-weight: bold; }}",
        ".differs { font-weight: bold; }",
        ".note { color: #000; font-weight: bold; }",
        ".count { color: #333; }",
        ".passage { margin: 0.6em 0; }",
        ".tag { font-size: 8pt; font-weight: bold; }",
        ".translation { color: #333; font-style: italic; margin-left: 1.5em; }",
    ]
    for category in CATEGORIES:
        colour = OKABE_ITO[category]
        rules.append(
            f".c-{category} {{ background-color: {tint(colour)}; "
            f"border-bottom: 2px {border_style(category)} {colour}; }}"
        )
    return "\n".join(rules)


def render_html(
    analyses: Sequence[PolicyAnalysis],
    comparison: Comparison | None = None,
    *,
    generated: datetime | None = None,
) -> str:
    """The report of ``analyses``: a comparison matrix first when there are two or more."""
    if not analyses:
        raise ValueError("a report needs at least one analysis")
    comparison = comparison if comparison is not None else compare(analyses)
    when = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    several = len(analyses) > 1
    title = (
        "Privacy policy comparison"
        if several
        else f"Privacy policy report: {comparison.columns[0].name}"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{_style()}\n</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">Generated {escape(when)} by PolicyLens.</p>',
        f'<p class="notice"><b>Automatic analysis.</b> {escape(AUTOMATIC_NOTE)}</p>',
    ]
    if several:
        parts += ["<h2>Side by side</h2>", _matrix(comparison)]
    parts.append(_legend())
    for i, analysis in enumerate(analyses):
        parts += _policy(analysis, comparison, i)
    parts.append("</body></html>")
    return "\n".join(parts)


def _not_stated() -> str:
    return '<span class="ns">&#9888; Not stated</span>'


def _cell_html(comparison: Comparison, row_index: int, column: int) -> str:
    cell = comparison.rows[row_index].cells[column]
    if not cell.stated:
        return _not_stated()
    lines = [escape(fact.text) for fact in cell.facts]
    if not lines:
        has_facts = bool(comparison.rows[row_index].fact_kinds)
        said = "Mentioned, no details found" if has_facts else "Mentioned"
        lines.append(f'<span class="count">{said}</span>')
    lines += [f'<span class="note">&#9650; {escape(note.text)}</span>' for note in cell.notes]
    plural = "s" if cell.passages != 1 else ""
    lines.append(f'<span class="count">{cell.passages} passage{plural}</span>')
    return "<br>".join(lines)


def _matrix(comparison: Comparison) -> str:
    head = "".join(
        f"<th>{escape(c.name)}<br><span class='count'>{escape(c.language_name)} "
        f"({escape(c.language)}), translation: {escape(c.translation)}</span></th>"
        for c in comparison.columns
    )
    rows = [f'<table width="100%"><tr><th>Topic</th>{head}</tr>']
    for r, row in enumerate(comparison.rows):
        marker = '<br><span class="differs">&#8800; differs</span>' if row.differs else ""
        cells = "".join(
            f"<td>{_cell_html(comparison, r, c)}</td>" for c in range(len(comparison.columns))
        )
        rows.append(f"<tr><th>{escape(row.title)}{marker}</th>{cells}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _legend() -> str:
    tags = " ".join(_tag(category) for category in CATEGORIES)
    return (
        "<p><b>Highlight key:</b> " + tags + "<br><span class='count'>Core categories are "
        "underlined solid, secondary ones dashed or dotted; every highlight carries its "
        "label.</span></p>"
    )


def _tag(category: str) -> str:
    return f'<span class="tag c-{category}">[{escape(CATEGORY_LABELS[category])}]</span>'


def _policy(analysis: PolicyAnalysis, comparison: Comparison, column: int) -> list[str]:
    document = analysis.document
    header = comparison.columns[column]
    translation = analysis.translation
    if translation is None:
        pack = "none (not translated)"
    else:
        pack = f"{translation.pack or 'none'} (translation {translation.status})"
        if translation.reason:
            pack += f": {translation.reason}"
    source = os.path.abspath(document.path) if document.path else "pasted text"
    meta = [
        ("Source file", source),
        ("Format", document.format),
        ("Language", f"{document.language.name} ({document.language.code})"),
        ("Language pack", pack),
    ]
    parts = [
        f"<h2>{escape(header.name)}</h2>",
        "<table>"
        + "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in meta)
        + "</table>",
        "<h3>Summary</h3>",
        _summary(analysis),
        "<h3>Facts</h3>",
        _facts(comparison, column),
        "<h3>Highlighted passages</h3>",
    ]
    parts += _passages(analysis)
    return parts


def _summary(analysis: PolicyAnalysis) -> str:
    rows = []
    for category in CATEGORIES:
        entry = analysis.summary.get(category) or {}
        if entry.get("addressed"):
            n = entry.get("passages", 0)
            said = f"{n} passage{'s' if n != 1 else ''}"
        else:
            said = _not_stated()
        rows.append(f"<tr><th>{_tag(category)}</th><td>{said}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def _facts(comparison: Comparison, column: int) -> str:
    """Every topic that has facts to look for, with "Not stated" where none was found (a
    missing row would leave the reader guessing), and the sentences the facts came from."""
    rows = []
    for r, row in enumerate(comparison.rows):
        cell = row.cells[column]
        if not cell.facts and not row.fact_kinds and row.topic not in CORE:
            continue
        body = _cell_html(comparison, r, column) if cell.facts else _not_stated()
        numbers = sorted({f.sentence + 1 for f in cell.facts if f.sentence is not None})
        if numbers:
            refs = ", ".join(map(str, numbers))
            body += f'<br><span class="count">sentences {escape(refs)}</span>'
        rows.append(f"<tr><th>{escape(TOPIC_TITLES[row.topic])}</th><td>{body}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def _passages(analysis: PolicyAnalysis) -> list[str]:
    document = analysis.document
    english = analysis.translations()
    language = escape(document.language.code)
    by_paragraph: dict[int, list[int]] = {}
    for sentence in document.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.index)
    out = []
    for paragraph, indices in by_paragraph.items():
        found = [c for c in CATEGORIES if any(c in analysis.labels[i].categories for i in indices)]
        if not found:
            continue
        spans = []
        for i in indices:
            text = escape(document.sentences[i].text)
            categories = analysis.labels[i].categories
            if categories:
                text = f'<span class="c-{categories[0]}">{text}</span>'
            spans.append(text)
        tags = " ".join(_tag(c) for c in found)
        block = [f'<div class="passage"><p>{tags} <span class="count">¶{paragraph + 1}</span><br>']
        block.append(f'<span lang="{language}">{" ".join(spans)}</span></p>')
        translated = [english[i] for i in indices if english[i]]
        if translated and document.language.code != "en":
            block.append(
                f'<p class="translation" lang="en">English: {escape(" ".join(translated))}</p>'
            )
        block.append("</div>")
        out.append("".join(block))
    if not out:
        out.append("<p>No passage was highlighted.</p>")
    return out
