"""Aligned reading: two policies' sections paired by topic, side by side, for reading.

The pairing is the core's (``align_sections``); this view only lays the pairs out as a
two-column table, each sentence with its English under it. A section title is a link that
opens that policy at the section.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.align import SectionPair, SectionRef
from desktop.core.document import BlockKind
from desktop.core.policy import PolicyAnalysis
from desktop.core.report import CATEGORY_LABELS, OKABE_ITO, tint


class AlignedView(QTextBrowser):
    """Shows section pairs; clicking a section title reports (side, sentence index)."""

    section_activated = Signal(int, int)  # side (0 = left, 1 = right), first sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self._pairs: list[SectionPair] = []

    @property
    def pairs(self) -> list[SectionPair]:
        return list(self._pairs)

    def show_pairs(
        self,
        pairs: Sequence[SectionPair],
        a: PolicyAnalysis,
        b: PolicyAnalysis,
        names: tuple[str, str],
    ) -> None:
        self._pairs = list(pairs)
        head = "".join(f"<th width='50%'>{escape(name)}</th>" for name in names)
        rows = [
            "<table width='100%' cellspacing='0' cellpadding='6' border='1' "
            f"style='border-collapse: collapse'><tr>{head}</tr>"
        ]
        for pair in pairs:
            left = self._side(pair.a, a, 0)
            right = self._side(pair.b, b, 1)
            rows.append(f"<tr><td valign='top'>{left}</td><td valign='top'>{right}</td></tr>")
        rows.append("</table>")
        self.setHtml("".join(rows))

    def _side(self, section: SectionRef | None, analysis: PolicyAnalysis, side: int) -> str:
        if section is None:
            return f"<i>{escape(self.tr('(no matching section in this policy)'))}</i>"
        title = section.title or self.tr("(before the first heading)")
        first = section.sentences[0]
        tags = " ".join(
            f"<span style='background-color: {tint(OKABE_ITO[c])}'>"
            f"[{escape(CATEGORY_LABELS[c])}]</span>"
            for c, _count in section.topics[:3]
        )
        parts = [f"<p><a href='open:{side}:{first}'><b>{escape(title)}</b></a> {tags}</p>"]
        english = analysis.translations()
        document = analysis.document
        for index in section.sentences:
            sentence = document.sentences[index]
            heading = document.paragraphs[sentence.paragraph].kind is BlockKind.HEADING
            if heading and sentence.text.strip() == title.strip():
                continue  # already the section's title
            text = f"<b>{escape(sentence.text)}</b>" if heading else escape(sentence.text)
            parts.append(f"<p>{text}")
            translated = english[index]
            if translated and translated != sentence.text:
                parts.append(f"<br><i style='color: #333'>{escape(translated)}</i>")
            parts.append("</p>")
        return "".join(parts)

    def _clicked(self, url: QUrl) -> None:
        kind, _sep, rest = url.toString().partition(":")
        side, _sep, sentence = rest.partition(":")
        if kind == "open" and side.isdigit() and sentence.isdigit():
            self.section_activated.emit(int(side), int(sentence))
