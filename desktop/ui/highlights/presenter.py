"""Puts the classifier's labels on both panes, explains them, and walks through them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.classify import CATEGORIES, CORE, Evidence
from desktop.core.policy import PolicyAnalysis
from desktop.ui.highlights.style import STYLES, category_label, cue_format, highlight_format
from desktop.ui.reader.reader_view import ReaderView
from desktop.ui.reader.sentence_pane import SentencePane


def _tr(text: str) -> str:
    return QCoreApplication.translate("Highlights", text)


class HighlightPresenter(QObject):
    """Owns which categories are shown; renders precomputed spans, never computes in paint."""

    changed = Signal()

    def __init__(self, reader: ReaderView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.analysis: PolicyAnalysis | None = None
        # The four core categories are on by default; secondary ones on request.
        self.enabled: set[str] = set(CORE)
        reader.original.tooltip_provider = lambda i: self.explain(i)
        reader.translation.tooltip_provider = lambda i: self.explain(i, translation=True)

    def show_analysis(self, analysis: PolicyAnalysis | None) -> None:
        self.analysis = analysis
        self.refresh()

    def set_enabled(self, key: str, on: bool) -> None:
        (self.enabled.add if on else self.enabled.discard)(key)
        self.refresh()

    def refresh(self) -> None:
        """Redraw both panes' category layers (after new labels, a toggle or a re-render)."""
        self._paint(self.reader.original, translation=False)
        self._paint(self.reader.translation, translation=True)
        self.changed.emit()

    def sentences_with(self, key: str) -> list[int]:
        if self.analysis is None:
            return []
        return [i for i, label in enumerate(self.analysis.labels) if key in label.categories]

    def step(self, key: str, direction: int) -> int | None:
        """Go to the next (1) or previous (-1) sentence of a category, wrapping around."""
        hits = self.sentences_with(key)
        if not hits:
            return None
        here = self._current_sentence(direction)
        if direction > 0:
            target = next((i for i in hits if i > here), hits[0])
        else:
            target = next((i for i in reversed(hits) if i < here), hits[-1])
        self.reader.go_to_sentence(target)
        return target

    def _current_sentence(self, direction: int) -> int:
        """The selected sentence, else the one at the top of the view (counted as unseen)."""
        pane = self.reader.original
        cursor = pane.textCursor()
        if cursor.hasSelection():
            selected = pane.sentence_at(cursor.selectionStart())
            if selected is not None:
                return selected
        top = pane.top_sentence() or 0
        return top - 1 if direction > 0 else top

    def explain(self, index: int, *, translation: bool = False) -> str:
        """Rich-text tooltip: the categories of a sentence and why, cue words marked."""
        if self.analysis is None or not 0 <= index < len(self.analysis.labels):
            return ""
        label = self.analysis.labels[index]
        shown = [key for key in label.categories if key in self.enabled]
        if not shown:
            return ""
        lines = []
        for key in shown:
            reasons = [e.why for e in label.evidence if e.category == key]
            style = STYLES[key]
            reason = "; ".join(dict.fromkeys(reasons)) or _tr("the section it belongs to")
            lines.append(
                f"<p><span style='color:{style.colour}'>{style.mark}</span> "
                f"<b>{escape(category_label(key))}</b> — {escape(reason)}</p>"
            )
        sentence = self._marked_sentence(index, shown, translation)
        return "".join(lines) + f"<p style='color:gray'>{sentence}</p>"

    def _marked_sentence(self, index: int, shown: list[str], translation: bool) -> str:
        assert self.analysis is not None
        if translation:
            translations = self.reader.translations
            text = translations[index] if index < len(translations) else None
            base, source = 0, "translation"
        else:
            sentence = self.analysis.document.sentences[index]
            text, base, source = sentence.text, sentence.start, "original"
        if not text:
            return ""
        spans = sorted(
            {
                (e.start - base, e.end - base)
                for e in self.analysis.labels[index].evidence
                if e.category in shown and e.source == source
            }
        )
        out, cursor = [], 0
        for start, end in spans:
            if start < cursor or end > len(text):
                continue
            out.append(escape(text[cursor:start]))
            out.append(f"<b><u>{escape(text[start:end])}</u></b>")
            cursor = end
        out.append(escape(text[cursor:]))
        return "".join(out)

    def _paint(self, pane: SentencePane, *, translation: bool) -> None:
        analysis = self.analysis
        for key in CATEGORIES:
            spans = []
            if analysis is not None and key in self.enabled:
                for index in self.sentences_with(key):
                    found = pane.sentence_range(index)
                    if found:
                        spans.append((found[0], found[1], highlight_format(key)))
            pane.set_layer(f"category:{key}", spans)
        cues = []
        if analysis is not None:
            source = "translation" if translation else "original"
            for index, label in enumerate(analysis.labels):
                found = pane.sentence_range(index)
                if not found:
                    continue
                base = 0 if translation else analysis.document.sentences[index].start
                for evidence in label.evidence:
                    key = evidence.category
                    span = _cue_span(evidence, source, base, found)
                    if span and key in label.categories and key in self.enabled:
                        cues.append((*span, cue_format(key)))
        pane.set_layer("cues", cues)


def _cue_span(
    evidence: Evidence, source: str, base: int, found: tuple[int, int]
) -> tuple[int, int] | None:
    if evidence.source != source:
        return None
    start = found[0] + evidence.start - base
    end = found[0] + evidence.end - base
    return (start, end) if found[0] <= start < end <= found[1] else None
