"""Paragraph-level blocks of a plain text: headings, paragraphs, list items, table rows.

Plain text carries its structure in line shapes only, so each rule here reads a shape:
numbering ("1.", "1.2.1", "IV.", "Mục 6", "第一部分", "제1조"), bullets, short title lines set
apart by blank lines, column gaps of a pasted table, and the web-page chrome that scraping
leaves behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.core.document import BULLETS, ITEM_LETTER, BlockHint, BlockKind
from desktop.core.resources import resource_path

_BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s*\S")
_ENUMERATOR = re.compile(rf"^\s*\(?(?:[ivxlcdm]{{1,6}}|{ITEM_LETTER}|\d{{1,2}})[.)]\s+\S")
_NUMBERED_HEADING = re.compile(
    r"^\s*(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?|(?P<roman>[IVXLC]{1,6})\.|"
    r"(?P<word>(?:mục|điều|chương|phần|article|section|chapter|článek|čl\.|oddíl|neni|nenet|"
    r"kapitulli|seksyen|bahagian|perkara|pasal|bab|artikel|abschnitt|artículo|articolo|"
    r"rozdział|§)\s*[\dIVXLC]+[.:]?))\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# Chinese, Japanese and Korean numbering, often with no space before the title: "第一部分 …",
# "第3条（目的）", "一、我们如何收集", "제1조(목적)".
_CJK_NUMERALS = "一二三四五六七八九十百零〇两"
_CJK_HEADING = re.compile(
    rf"^\s*(?:第\s*[\d{_CJK_NUMERALS}]+\s*(?:部分|章|条|條|节|節|款|编|編)|"
    rf"[{_CJK_NUMERALS}]{{1,3}}[、．]|제\s*\d+\s*(?:조|장|절))\s*(?P<title>\S.*)$"
)
# "（一）", "(2)", "①": CJK list markers, also with no space after them.
_CJK_ENUMERATOR = re.compile(rf"^\s*(?:[（(][\d{_CJK_NUMERALS}]{{1,3}}[)）]|[①-⑳])\s*\S")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+\S")
# "أولاً: البيانات التي نجمعها" (First: the data we collect): Arabic policies number their
# sections with ordinal words and a colon.
_ARABIC_ORDINAL_HEADING = re.compile(
    r"^\s*(?:[أا]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[اً]{1,2}\s*[:：\-–—]\s*"
    r"(?P<title>\S.*)$"
)
_TABLE_GAP = re.compile(r"\S(?: {2,}|\t+)\S")
_PIPE_CELLS = re.compile(r"\S\s*\|\s*\S")  # "Invoices | 10 years", a plain-text table export
# "Home | Products | Contact", "Accept all · Reject · Settings": a menu, a footer, banner buttons.
_CHROME_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s{3,}")
MAX_CHROME_CELL_WORDS = 4
_TERMINAL_END = re.compile(r"[.!;,。！；…।۔؟؛]\s*$")
_GREEK_OR_ARABIC_QUESTION = re.compile(r"(?:[\u0370-\u03ff\u1f00-\u1fff]\s*;|؟)\s*$")
_TIMESTAMP = re.compile(r"^\s*[\d/.:\- ]{6,}\s*$")
MAX_HEADING_CHARS = 90
MAX_CJK_HEADING_CHARS = 30  # a CJK character carries about a word
MAX_HEADING_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    blank_before: bool


@cache
def _boilerplate_phrases() -> frozenset[str]:
    path = resource_path("segmentation", "boilerplate.txt")
    phrases = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            phrases.add(line.casefold())
    return frozenset(phrases)


def is_boilerplate(line: str) -> bool:
    """Site chrome that scraping keeps: "Skip to content", "Loading…", a lone "Zalo" button."""
    folded = line.strip().casefold().rstrip(" .…:")
    if not folded:
        return False
    return folded in _boilerplate_phrases() or bool(_TIMESTAMP.match(line))


def plain_text_blocks(text: str) -> list[BlockHint]:
    """Blocks of a plain text, in order, each span trimmed of surrounding whitespace."""
    lines = _lines(text)
    kinds = _unmarked_items(lines, [_line_kind(lines, i) for i in range(len(lines))])
    blocks: list[BlockHint] = []
    i = 0
    while i < len(lines):
        kind, level = kinds[i]
        start, end = lines[i].start, lines[i].end
        # Re-join hard-wrapped prose: a line that stops mid-sentence, continued in lower case.
        while (
            kind is BlockKind.PARAGRAPH
            and i + 1 < len(lines)
            and not lines[i + 1].blank_before
            and kinds[i + 1][0] is BlockKind.PARAGRAPH
            and len(lines[i].text) >= 40
            and not _TERMINAL_END.search(lines[i].text)
            and lines[i + 1].text[:1].islower()
        ):
            i += 1
            end = lines[i].end
        blocks.append(BlockHint(start, end, kind, level))
        i += 1
    return blocks


# A list item stops being short here; a tight item (no blank line before it) may be longer.
MAX_LOOSE_ITEM_WORDS = 12
MAX_TIGHT_ITEM_WORDS = 40
# Scripts without spaces between words (Thai, Chinese) are measured in characters too.
MAX_LOOSE_ITEM_CHARS = MAX_HEADING_CHARS
MAX_TIGHT_ITEM_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?。！？।۔؟]\s*$")


def _unmarked_items(
    lines: list[_Line], kinds: list[tuple[BlockKind, int]]
) -> list[tuple[BlockKind, int]]:
    """Lines after a lead-in ("…with the following recipients:") are its items, bullets or
    not: text copied from a web page loses its list markers.

    Items right under the lead-in (no blank line between) run until the next blank line. Items
    set off by blank lines must each be short and end alike (all with a full stop or none),
    so that the paragraph after the list is not taken for one of them.
    """
    result = list(kinds)
    for i, line in enumerate(lines):
        if result[i][0] is not BlockKind.PARAGRAPH or not line.text.endswith((":", "：")):
            continue
        tight = i + 1 < len(lines) and not lines[i + 1].blank_before
        first_ends: bool | None = None
        j = i + 1
        while j < len(lines) and result[j][0] in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            text = lines[j].text
            words = len(text.split())
            ends = bool(_SENTENCE_END.search(text))
            if text.endswith((":", "：")) or _numbered(text):
                break
            if tight:
                if (
                    lines[j].blank_before
                    or words > MAX_TIGHT_ITEM_WORDS
                    or len(text) > MAX_TIGHT_ITEM_CHARS
                ):
                    break
            elif (
                words > MAX_LOOSE_ITEM_WORDS
                or len(text) > MAX_LOOSE_ITEM_CHARS
                or ends != (first_ends if first_ends is not None else ends)
            ):
                break
            first_ends = ends if first_ends is None else first_ends
            result[j] = (BlockKind.LIST_ITEM, 0)
            j += 1
    return result


def _numbered(text: str) -> bool:
    """A numbered heading or clause ("4. Retention", "第三条", "ثانياً: …"): not an item."""
    return bool(
        _NUMBERED_HEADING.match(text)
        or _CJK_HEADING.match(text)
        or _ARABIC_ORDINAL_HEADING.match(text)
    )


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    position = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = position + lead
            lines.append(_Line(start, start + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        position += len(raw)
    return lines


def _line_kind(lines: list[_Line], i: int) -> tuple[BlockKind, int]:
    line = lines[i].text
    if is_boilerplate(line) or _is_chrome(lines, i):
        return BlockKind.BOILERPLATE, 0
    if match := _MARKDOWN_HEADING.match(line):
        return BlockKind.HEADING, len(match.group(1))
    if _is_table_row(lines, i):
        return BlockKind.TABLE_ROW, 0
    if _BULLET.match(line) or _CJK_ENUMERATOR.match(line):
        return BlockKind.LIST_ITEM, 0
    cjk = _CJK_HEADING.match(line)
    if (
        cjk
        and len(cjk.group("title")) <= MAX_CJK_HEADING_CHARS
        and not _TERMINAL_END.search(cjk.group("title"))
    ):
        return BlockKind.HEADING, 1 if line.lstrip().startswith(("第", "제")) else 2
    ordinal = _ARABIC_ORDINAL_HEADING.match(line)
    if ordinal and _is_title(ordinal.group("title")):
        return BlockKind.HEADING, 2
    numbered = _NUMBERED_HEADING.match(line)
    if numbered and _is_title(numbered.group("title")):
        return BlockKind.HEADING, _numbering_level(numbered)
    if _ENUMERATOR.match(line) and not numbered:
        return BlockKind.LIST_ITEM, 0
    if _ENUMERATOR.match(line) and numbered and numbered.group("num") is None:
        return BlockKind.LIST_ITEM, 0
    if _continues(lines, i):
        return BlockKind.PARAGRAPH, 0
    if _is_title(line) and _is_first_text(lines, i):
        return BlockKind.HEADING, 1
    if _is_title(line) and _stands_apart(lines, i):
        return BlockKind.HEADING, 1 if _is_upper(line) else 2
    return BlockKind.PARAGRAPH, 0


def _is_title(text: str) -> bool:
    """Short, unpunctuated, starting like a title: the shape of a heading line.

    A question is a title too ("What do we collect?"): Arabic and Greek ones end in "؟" and
    ";", which elsewhere end a sentence or a list item.
    """
    words = text.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and len(text) <= MAX_HEADING_CHARS
        and (not _TERMINAL_END.search(text) or _GREEK_OR_ARABIC_QUESTION.search(text))
        and not text.endswith((":", "："))
        and ":" not in text.rstrip(":")
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“'¿¡" or _uncased(text[0]))
    )


def _uncased(char: str) -> bool:
    """A letter of a script without capitals (Chinese, Arabic, Devanagari, Thai…)."""
    return char.isalpha() and not char.islower() and not char.isupper()


def _continues(lines: list[_Line], i: int) -> bool:
    """A line followed, with no blank line between, by a lower-case continuation (hard wrap)."""
    return i + 1 < len(lines) and not lines[i + 1].blank_before and lines[i + 1].text[:1].islower()


def _is_first_text(lines: list[_Line], i: int) -> bool:
    """The first line that is not chrome: a page or document title when it is title-shaped."""
    return all(is_boilerplate(line.text) for line in lines[:i]) and i + 1 < len(lines)


def _stands_apart(lines: list[_Line], i: int) -> bool:
    """A title line is a heading when set off by a blank line and followed by real text."""
    if not lines[i].blank_before or i + 1 >= len(lines):
        return False
    following = lines[i + 1].text
    return len(following) >= len(lines[i].text) or len(following.split()) >= 6


def _is_table_row(lines: list[_Line], i: int) -> bool:
    """Column gaps (two spaces or tabs) in this line, or a short cell between such rows; or
    cells between pipes in this line and the next or previous line, blank lines or not (one
    piped line is a menu)."""
    if _TABLE_GAP.search(lines[i].text) and len(lines[i].text.split()) >= 3:
        return True
    cells = _pipe_cells(lines[i].text)
    if cells > 1 and any(
        _pipe_cells(lines[j].text) == cells for j in (i - 1, i + 1) if 0 <= j < len(lines)
    ):
        return True
    neighbours = [
        lines[j]
        for j in (i - 1, i + 1)
        if 0 <= j < len(lines) and not lines[max(i, j)].blank_before
    ]
    return (
        len(neighbours) == 2
        and len(lines[i].text.split()) <= 3
        and all(_TABLE_GAP.search(n.text) for n in neighbours)
    )


def _pipe_cells(text: str) -> int:
    """How many cells a piped line has (0 when it has no pipe between words)."""
    return text.strip("| ").count("|") + 1 if _PIPE_CELLS.search(text) else 0


def _is_chrome(lines: list[_Line], i: int) -> bool:
    """A row of three or more short cells that is not part of a table: site navigation."""
    cells = [c for c in _CHROME_SEPARATOR.split(lines[i].text) if c.strip()]
    if len(cells) < 3 or any(
        len(c.split()) > MAX_CHROME_CELL_WORDS or _SENTENCE_END.search(c) for c in cells
    ):
        return False
    piped = _pipe_cells(lines[i].text)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines):
            continue
        if piped and _pipe_cells(lines[j].text) == piped:
            return False  # the header or a row of a piped table
        adjacent = not lines[max(i, j)].blank_before
        if adjacent and _TABLE_GAP.search(lines[j].text):
            return False  # a row of a table laid out with spaces
    return True


def _numbering_level(match: re.Match[str]) -> int:
    number = match.group("num")
    if number:
        return min(number.count(".") + 1, 6)
    return 1


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
