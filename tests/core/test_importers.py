"""Importers: every format, every encoding we promise, and every way a file can be wrong.

All fixtures are built here, in ``tmp_path``; sentences are taken from the seed policies
(Malay 000, Vietnamese 001/002, Czech 003, Albanian 004).
"""

from __future__ import annotations

import io
import os
import time
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from desktop.core.document import BlockKind, DocumentError, ImportedText
from desktop.core.importers import (
    MAX_MARKUP_BYTES,
    MAX_TEXT_BYTES,
    MAX_TEXT_CHARS,
    from_html,
    from_text,
    load_bytes,
    load_file,
)

MALAY = (
    'Dengan mengakses atau menggunakan www.aclaro.io ("Laman Web"), laman web yang dimiliki '
    "dan dikendalikan oleh Aclaro Inc."
)
MALAY_NBSP = "7.1.4 Sahkan dan cari pembetulan.\xa0Anda mempunyai hak untuk mengesahkan ketepatan."
VIETNAMESE = (
    "Người dùng có trách nhiệm đảm bảo những thông tin mà mình cung cấp là đầy đủ, chính xác "
    "và luôn cập nhật."
)
VIETNAMESE_2 = (
    "Vui lòng xem lại Chính sách Bảo mật này theo định kỳ vì chúng tôi có thể sửa đổi nó mà "
    "không cần thông báo."
)
CZECH = (
    "Pokud změníme naše postupy ochrany osobních údajů, můžeme tyto zásady ochrany osobních "
    "údajů aktualizovat."
)
CZECH_2 = "Můžeme také využívat poskytovatele služeb třetích stran."
ALBANIAN = (
    "Ne besojmë se ju keni të drejtë të dini se çfarë informacioni mbledhim nga ju, si dhe se "
    "si përdoret, zbulohet dhe mbrohet ai informacion."
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
_CP1258_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def cp1258(text: str) -> bytes:
    """Encode Vietnamese the way Windows-1258 does: base letters precomposed, tones combining."""
    clusters: list[list[str]] = []  # [base with its other marks, tone marks]
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and clusters:
            clusters[-1][char in _CP1258_TONE_MARKS] += char
        else:
            clusters.append([char, ""])
    return "".join(unicodedata.normalize("NFC", base) + tones for base, tones in clusters).encode(
        "cp1258"
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_hints_index_text(result: ImportedText) -> None:
    """Every hint covers non-empty, trimmed text; hints are ordered and do not overlap."""
    previous_end = 0
    for hint in result.hints:
        block = result.text[hint.start : hint.end]
        assert block, hint
        assert block == block.strip(), hint
        assert hint.start >= previous_end
        previous_end = hint.end


def blocks(result: ImportedText) -> list[tuple[BlockKind, int, str]]:
    return [(h.kind, h.level, result.text[h.start : h.end]) for h in result.hints]


def error_code(call: Callable[..., ImportedText], *args: object) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        call(*args)
    assert caught.value.message
    return caught.value


# --- plain text and encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (MALAY, "ascii", "utf-8"),
        (VIETNAMESE, "utf-8", "utf-8"),
        (CZECH, "cp1250", "cp1250"),
        (CZECH_2, "cp1250", "cp1250"),
        (CZECH, "iso8859-2", "iso8859-2"),
        (CZECH_2, "iso8859-2", "iso8859-2"),
        (ALBANIAN, "cp1250", None),  # ë and ç are the same byte in all of these
        (ALBANIAN, "iso8859-2", None),
        (ALBANIAN, "cp1252", None),
        (ALBANIAN, "iso8859-1", None),
        (ALBANIAN, "iso8859-15", None),
        (MALAY_NBSP, "cp1252", None),
        ("Dengan mengakses “Laman Web” anda bersetuju.", "cp1252", "cp1252"),
        (
            "Les frais sont de 5 € par mois ; nous protégeons vos données.",
            "iso8859-15",
            "iso8859-15",
        ),
        (
            "Jūsų asmens duomenų apsauga mums svarbi. Šioje politikoje aprašoma, kaip renkame "
            "jūsų duomenis.",
            "cp1257",
            "cp1257",
        ),
    ],
)
def test_text_encodings_decode_exactly(
    tmp_path: Path, text: str, encoding: str, expected: str | None
) -> None:
    result = load_file(write(tmp_path, "policy.txt", text.encode(encoding)))
    assert result.text == text
    assert result.format == "text"
    assert result.hints == ()
    if expected is not None:
        assert result.encoding == expected
    else:
        assert result.encoding is not None
        assert text.encode(encoding).decode(result.encoding) == text


@pytest.mark.parametrize("text", [VIETNAMESE, VIETNAMESE_2, "Chính sách bảo mật"])
def test_cp1258_vietnamese_is_decoded_and_composed(tmp_path: Path, text: str) -> None:
    result = load_file(write(tmp_path, "vi.txt", cp1258(text)))
    assert result.encoding == "cp1258"
    assert result.text == text  # tone marks composed to the usual precomposed letters


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zpracováváme vaše údaje.", "cp1250"),
        ("Naše zásady", "iso8859-2"),
        ("Chính sách bảo mật - CleverGroup", "cp1258"),
    ],
)
def test_short_snippets_decode_right(tmp_path: Path, text: str, encoding: str) -> None:
    data = cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    assert load_bytes(data, "short.txt").text == text


@pytest.mark.parametrize(
    ("bom", "codec", "reported"),
    [
        (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le", "utf-16"),
        (b"\xfe\xff", "utf-16-be", "utf-16"),
    ],
)
def test_bom_is_stripped(tmp_path: Path, bom: bytes, codec: str, reported: str) -> None:
    text = f"{VIETNAMESE}\n{CZECH}"
    result = load_file(write(tmp_path, "bom.txt", bom + text.encode(codec)))
    assert result.text == text
    assert result.encoding == reported


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [VIETNAMESE, ALBANIAN, MALAY])
def test_bomless_utf16_detected_by_nul_pattern(tmp_path: Path, codec: str, text: str) -> None:
    result = load_file(write(tmp_path, "u16.txt", text.encode(codec)))
    assert result.text == text
    assert result.encoding == codec


def test_line_endings_become_newlines_and_nothing_else_changes(tmp_path: Path) -> None:
    raw = f"  {CZECH}\r\n\r\n\t{ALBANIAN}\rlast line  \n"
    result = load_file(write(tmp_path, "crlf.txt", raw.encode("utf-8")))
    assert result.text == raw.replace("\r\n", "\n").replace("\r", "\n")


def test_mostly_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    data = (VIETNAMESE + " ").encode() + b"\xff" + CZECH.encode()
    result = load_file(write(tmp_path, "mixed.txt", data))
    assert result.encoding == "utf-8"
    assert VIETNAMESE in result.text
    assert CZECH in result.text


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    assert load_file(write(tmp_path, "policy.log", MALAY.encode())).format == "text"


def test_from_text_keeps_pasted_text() -> None:
    result = from_text(f"\ufeff{VIETNAMESE}\r\n{CZECH}")
    assert result.text == f"{VIETNAMESE}\n{CZECH}"
    assert result.format == "text"


@pytest.mark.parametrize(("pasted", "code"), [("", "empty"), (" \n\t ", "blank")])
def test_from_text_refuses_nothing(pasted: str, code: str) -> None:
    assert error_code(from_text, pasted).code == code


# --- Markdown -------------------------------------------------------------------------------

MARKDOWN = f"""Zásady ochrany osobních údajů
=============================

{CZECH}
Second **line** of the [same paragraph](https://example.org).

## Naše základní principy

- {CZECH_2}
- Item with `code`
  1. nested numbered

3. third
4. fourth

| Kategorie | Účel |
|-----------|------|
| E-mail    | Kontakt |

Setext two
----------

### Level *three*
"""


def test_markdown_structure(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "policy.md", MARKDOWN.encode("utf-8")))
    assert result.format == "markdown"
    assert result.encoding == "utf-8"
    assert_hints_index_text(result)
    assert blocks(result) == [
        (BlockKind.HEADING, 1, "Zásady ochrany osobních údajů"),
        (BlockKind.PARAGRAPH, 0, f"{CZECH} Second line of the same paragraph."),
        (BlockKind.HEADING, 2, "Naše základní principy"),
        (BlockKind.LIST_ITEM, 0, CZECH_2),
        (BlockKind.LIST_ITEM, 0, "Item with code"),
        (BlockKind.LIST_ITEM, 0, "1. nested numbered"),
        (BlockKind.LIST_ITEM, 0, "3. third"),
        (BlockKind.LIST_ITEM, 0, "4. fourth"),
        (BlockKind.TABLE_ROW, 0, "Kategorie | Účel"),
        (BlockKind.TABLE_ROW, 0, "E-mail | Kontakt"),
        (BlockKind.HEADING, 2, "Setext two"),
        (BlockKind.HEADING, 3, "Level three"),
    ]
    assert "#" not in result.text
    assert "**" not in result.text
    assert "https://example.org" not in result.text
    assert "\n\n".join(text for _, _, text in blocks(result)) == result.text


def test_markdown_in_cp1250_is_decoded(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "policy.markdown", f"# {CZECH_2}\n".encode("cp1250")))
    assert blocks(result) == [(BlockKind.HEADING, 1, CZECH_2)]
    assert result.encoding == "cp1250"


# --- HTML -----------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="windows-1250"><title>Policy</title>
<style>p {{ color: red }}</style><script>var tracking = "secret";</script></head>
<body>
<header class="site"><a href="/">Logo</a><h1>Site name</h1></header>
<nav><ul><li>Home</li><li>Blog</li></ul></nav>
<div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p></div>
<div class="cookie-notice"><p>Cookies!</p><button>Accept all</button></div>
<div role="navigation">Breadcrumbs</div>
<main>
  <h1>Zásady   ochrany</h1>
  <p>{CZECH}
     <span>continued</span><br>Druhý řádek</p>
  <ol start="2"><li>{CZECH_2}</li><li>Two<ul><li>Nested bullet</li></ul></li></ol>
  <table><tr><th>Kategorie</th><th>Účel</th></tr><tr><td>E-mail</td><td> Kontakt </td></tr>
  </table>
  <div hidden>hidden attribute</div><p style="display:none">display none</p>
  <p aria-hidden="true">aria hidden</p><template><p>template</p></template>
  <noscript>enable js</noscript><svg><text>svg text</text></svg>
  <section id="cookies"><h2>Cookies</h2><p>We use cookies for statistics.</p></section>
  <article><header><h3>Article header kept</h3></header><p>Article text.</p></article>
</main>
<aside>Related posts</aside>
<footer>Copyright 2024</footer>
</body></html>
"""


def test_html_keeps_the_policy_and_drops_chrome(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "policy.html", PAGE.encode("cp1250")))
    assert result.format == "html"
    assert result.encoding == "cp1250"
    assert_hints_index_text(result)
    assert blocks(result) == [
        (BlockKind.HEADING, 1, "Zásady ochrany"),
        (BlockKind.PARAGRAPH, 0, f"{CZECH} continued\nDruhý řádek"),
        (BlockKind.LIST_ITEM, 0, f"2. {CZECH_2}"),
        (BlockKind.LIST_ITEM, 0, "3. Two"),
        (BlockKind.LIST_ITEM, 0, "Nested bullet"),
        (BlockKind.TABLE_ROW, 0, "Kategorie | Účel"),
        (BlockKind.TABLE_ROW, 0, "E-mail | Kontakt"),
        (BlockKind.HEADING, 2, "Cookies"),
        (BlockKind.PARAGRAPH, 0, "We use cookies for statistics."),
        (BlockKind.HEADING, 3, "Article header kept"),
        (BlockKind.PARAGRAPH, 0, "Article text."),
    ]
    for dropped in (
        "secret",
        "Logo",
        "Home",
        "improve your experience",
        "Accept",
        "Breadcrumbs",
        "hidden",
        "template",
        "enable js",
        "svg text",
        "Related",
        "Copyright",
    ):
        assert dropped not in result.text


def test_html_without_main_keeps_body_and_drops_header_footer(tmp_path: Path) -> None:
    page = (
        "<html><body><header>Menu</header><div><h2>Politika e Privatësisë</h2>"
        f"<p>{ALBANIAN}</p></div><footer>© Callbridge</footer></body></html>"
    )
    result = load_bytes(page.encode("utf-8"), "page.htm")
    assert blocks(result) == [
        (BlockKind.HEADING, 2, "Politika e Privatësisë"),
        (BlockKind.PARAGRAPH, 0, ALBANIAN),
    ]


def test_html_sniffed_despite_txt_name_and_utf16(tmp_path: Path) -> None:
    page = f"<!doctype html><html><body><p>{VIETNAMESE}</p></body></html>"
    result = load_file(write(tmp_path, "saved.txt", b"\xff\xfe" + page.encode("utf-16-le")))
    assert result.format == "html"
    assert result.text == VIETNAMESE


def test_html_without_charset_is_detected(tmp_path: Path) -> None:
    page = f"<html><body><p>{CZECH}</p></body></html>"
    result = load_file(write(tmp_path, "p.html", page.encode("iso8859-2")))
    assert result.text == CZECH
    assert result.encoding == "iso8859-2"


def test_html_stale_meta_charset_loses_to_valid_utf8() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{VIETNAMESE}</p></body>'
    result = load_bytes(page.encode("utf-8"), "resaved.html")
    assert result.text == VIETNAMESE
    assert result.encoding == "utf-8"


def test_html_layout_table_is_not_a_row() -> None:
    page = (
        "<table><tr><td><h2>Heading in layout</h2><p>First.</p></td>"
        "<td><p>Second.</p></td></tr></table>"
    )
    result = from_html(page)
    assert blocks(result) == [
        (BlockKind.HEADING, 2, "Heading in layout"),
        (BlockKind.PARAGRAPH, 0, "First."),
        (BlockKind.PARAGRAPH, 0, "Second."),
    ]


def test_from_html_clipboard_fragment() -> None:
    result = from_html(f"<b>{MALAY}</b><ul><li>satu</li><li>dua</li></ul>")
    assert result.format == "html"
    assert blocks(result) == [
        (BlockKind.PARAGRAPH, 0, MALAY),
        (BlockKind.LIST_ITEM, 0, "satu"),
        (BlockKind.LIST_ITEM, 0, "dua"),
    ]


def test_html_with_no_text_is_blank() -> None:
    error = error_code(from_html, "<html><body><script>x()</script></body></html>")
    assert error.code == "blank"


# --- PDF ------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: each page draws its lines top-down in Helvetica (WinAnsi)."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    number = 4
    for lines in pages:
        shown = " ".join(
            "({}) Tj T*".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
            for line in lines
        )
        stream = f"BT /F1 10 Tf 12 TL 50 750 Td {shown} ET".encode("cp1252")
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (number + 1)
        )
        objects[number + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        kids.append(b"%d 0 R" % number)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (key, objects[key])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % number
    out += b"".join(b"%010d 00000 n \n" % offsets[key] for key in range(1, number))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (number, xref)
    return bytes(out)


PDF_PAGES = [
    [
        "Politika e Privatesise",
        "Callbridge ka nje politike te mbrojtjes se privatesise se klientit. Ne besojme se",
        "ju keni te drejte te dini se çfare informacioni mbledhim nga ju, si dhe se si infor-",
        "macioni perdoret. Kjo eshte nje fjali e gjate qe mbaron ne fund te rreshtit tani.",
        "Rreshti i fundit.",
        "",
        "• Emri dhe mbiemri juaj i plote",
        "• Adresa e postes elektronike",
        "Paragrafi tjeter fillon ketu dhe vazhdon me Wi-",
        "Fi dhe rrjete te tjera ne menyre qe rreshti te jete mjaft i gjate per",
    ],
    [
        "testin e faqes se dyte, ku paragrafi vazhdon pa nderprerje deri ne fund.",
        "2",
    ],
]


def test_pdf_text_is_reflowed_into_paragraphs(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "policy.pdf", make_pdf(PDF_PAGES)))
    assert result.format == "pdf"
    assert_hints_index_text(result)
    assert blocks(result) == [
        (BlockKind.PARAGRAPH, 0, "Politika e Privatesise"),
        (
            BlockKind.PARAGRAPH,
            0,
            "Callbridge ka nje politike te mbrojtjes se privatesise se klientit. Ne besojme "
            "se ju keni te drejte te dini se çfare informacioni mbledhim nga ju, si dhe se si "
            "informacioni perdoret. Kjo eshte nje fjali e gjate qe mbaron ne fund te rreshtit "
            "tani. Rreshti i fundit.",
        ),
        (BlockKind.LIST_ITEM, 0, "Emri dhe mbiemri juaj i plote"),
        (BlockKind.LIST_ITEM, 0, "Adresa e postes elektronike"),
        (
            BlockKind.PARAGRAPH,
            0,
            "Paragrafi tjeter fillon ketu dhe vazhdon me Wi-Fi dhe rrjete te tjera ne menyre "
            "qe rreshti te jete mjaft i gjate per testin e faqes se dyte, ku paragrafi vazhdon "
            "pa nderprerje deri ne fund.",
        ),
    ]


def test_pdf_owner_password_only_opens(tmp_path: Path) -> None:
    for algorithm in ("RC4-128", "AES-256"):
        if algorithm.startswith("AES"):
            pytest.importorskip("cryptography", reason="pypdf needs it for AES")
        writer = PdfWriter(clone_from=io.BytesIO(make_pdf(PDF_PAGES)))
        writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
        buffer = io.BytesIO()
        writer.write(buffer)
        result = load_bytes(buffer.getvalue(), "locked.pdf")
        assert result.text.startswith("Politika e Privatesise")


def test_pdf_with_user_password_is_refused() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(PDF_PAGES)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert error_code(load_bytes, buffer.getvalue(), "locked.pdf").code == "pdf_encrypted"


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    error = error_code(load_file, write(tmp_path, "scan.pdf", make_pdf([[], []])))
    assert error.code == "pdf_no_text"
    assert "scanned" in error.message


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + bytes(range(256)) * 20, make_pdf(PDF_PAGES)[:60]],
    ids=["garbage", "truncated"],
)
def test_corrupt_pdf(data: bytes) -> None:
    assert error_code(load_bytes, data, "broken.pdf").code == "corrupt"


# --- DOCX -----------------------------------------------------------------------------------


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Zásady ochrany osobních údajů", 0)
    document.add_paragraph(CZECH)
    document.add_heading("Naše základní principy", 1)
    document.add_paragraph(CZECH_2, style="List Bullet")
    document.add_paragraph("Druhá položka", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Kategorie", "Účel"), ("E-mail", "Kontakt")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Podrobnosti", 2)
    paragraph = document.add_paragraph("Text ")
    paragraph.add_run("with a run").bold = True
    document.add_paragraph("   ")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_structure_in_body_order(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "policy.docx", make_docx()))
    assert result.format == "docx"
    assert_hints_index_text(result)
    assert blocks(result) == [
        (BlockKind.HEADING, 1, "Zásady ochrany osobních údajů"),
        (BlockKind.PARAGRAPH, 0, CZECH),
        (BlockKind.HEADING, 1, "Naše základní principy"),
        (BlockKind.LIST_ITEM, 0, CZECH_2),
        (BlockKind.LIST_ITEM, 0, "Druhá položka"),
        (BlockKind.TABLE_ROW, 0, "Kategorie | Účel"),
        (BlockKind.TABLE_ROW, 0, "E-mail | Kontakt"),
        (BlockKind.HEADING, 2, "Podrobnosti"),
        (BlockKind.PARAGRAPH, 0, "Text with a run"),
    ]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (make_docx()[:2000], "policy.docx"),
        (b"PK\x03\x04" + bytes(range(256)) * 8, "policy.docx"),
        (bytes(range(256)) * 8, "policy.docx"),
    ],
    ids=["truncated", "bad-zip", "not-a-zip"],
)
def test_corrupt_docx(data: bytes, name: str) -> None:
    assert error_code(load_bytes, data, name).code == "corrupt"


# --- refusals -------------------------------------------------------------------------------


def zip_with(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "empty.txt", "empty"),
        (b"  \r\n\t  \n", "blank.txt", "blank"),
        ("\u3000 \n".encode(), "blank.txt", "blank"),
        (b"\x00\x01\x02\x03binary\x00data" * 50, "data.txt", "binary"),
        (bytes(range(1, 32)) * 40, "controls.txt", "binary"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "policy.txt", "binary"),
        (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(100), "setup.txt", "binary"),
        (PNG_HEADER, "policy.txt", "image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "scan.txt", "image"),
        (b"GIF89a\x01\x00\x01\x00", "a.txt", "image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a.txt", "image"),
        (b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00", "a.txt", "image"),
        (b"II*\x00\x08\x00\x00\x00", "a.txt", "image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "policy.doc", "unsupported"),
        (b"{\\rtf1\\ansi Policy}", "policy.rtf", "unsupported"),
        (zip_with("mimetype", b"application/vnd.oasis.opendocument.text"), "p.odt", "unsupported"),
        (zip_with("notes.txt", b"hello"), "archive.zip", "unsupported"),
        (b"\x00\x01\x02" * 100, "policy.doc", "unsupported"),
    ],
)
def test_bad_inputs_are_refused_with_a_code(data: bytes, name: str, code: str) -> None:
    assert error_code(load_bytes, data, name).code == code


def test_image_message_explains_ocr(tmp_path: Path) -> None:
    error = error_code(load_file, write(tmp_path, "policy.txt", PNG_HEADER))
    assert "PNG image" in error.message
    assert "OCR" in error.message


def test_unsupported_message_lists_formats() -> None:
    error = error_code(load_bytes, b"{\\rtf1 x}", "p.rtf")
    assert ".docx" in error.message
    assert ".pdf" in error.message


def test_bmw_text_is_not_a_bmp() -> None:
    assert load_bytes(b"BMW privacy policy text", "bmw.txt").text == "BMW privacy policy text"


def test_missing_path(tmp_path: Path) -> None:
    assert error_code(load_file, tmp_path / "nope.txt").code == "not_found"


def test_directory_is_unreadable(tmp_path: Path) -> None:
    assert error_code(load_file, tmp_path).code == "unreadable"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files regardless of permissions; the directory case covers unreadable",
)
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", MALAY.encode())
    path.chmod(0)
    try:
        assert error_code(load_file, path).code == "unreadable"
    finally:
        path.chmod(0o600)


def test_file_over_the_limit_is_refused_quickly(tmp_path: Path) -> None:
    """A 50 MB text file is refused (too_large) from its size, before being read."""
    path = tmp_path / "huge.txt"
    line = (CZECH + "\n").encode()
    with path.open("wb") as stream:
        stream.write(line * (50 * 2**20 // len(line) + 1))
    started = time.perf_counter()
    error = error_code(load_file, path)
    elapsed = time.perf_counter() - started
    print(f"\n50 MB text file refused in {elapsed * 1000:.1f} ms")
    assert error.code == "too_large"
    assert "50.0 MB" in error.message
    assert error_code(load_bytes, path.read_bytes(), "huge.txt").code == "too_large"


def test_file_at_the_limit_opens(tmp_path: Path) -> None:
    """Benchmark-style: the longest accepted text (cp1250, a million characters) opens."""
    line = CZECH + "\r\n"
    path = tmp_path / "big.txt"
    path.write_bytes((line * (MAX_TEXT_CHARS // (len(line) - 1))).encode("cp1250"))
    started = time.perf_counter()
    result = load_file(path)
    elapsed = time.perf_counter() - started
    print(f"\n{len(result.text):,} characters of cp1250 text opened in {elapsed:.2f} s")
    assert result.encoding == "cp1250"
    assert result.text.startswith(CZECH + "\n")
    assert len(result.text) <= MAX_TEXT_CHARS


def test_text_too_long_to_analyse_is_refused_within_seconds(tmp_path: Path) -> None:
    """Under the byte limit but over the character limit: decoded, then refused, quickly.

    Analysing and showing a text costs seconds per million characters, so a 4 MB text
    would otherwise open only after minutes (and hold the window while it lays out).
    """
    assert MAX_TEXT_BYTES >= 4 * MAX_TEXT_CHARS  # any text within the limit, even in UTF-32
    line = (CZECH + "\n").encode("cp1250")
    path = tmp_path / "long.txt"
    path.write_bytes(line * (MAX_TEXT_BYTES // len(line)))
    started = time.perf_counter()
    error = error_code(load_file, path)
    elapsed = time.perf_counter() - started
    assert error.code == "too_large"
    assert f"{path.stat().st_size / 1e6:.1f} million characters" in error.message
    assert elapsed < 5, f"refusing took {elapsed:.1f} s"


@pytest.mark.parametrize("name", ["long.html", "long.docx", "clipboard"])
def test_every_format_is_capped_by_text_length(name: str) -> None:
    """HTML and DOCX expand to more text than their bytes suggest; paste has no file at all."""
    paragraph = CZECH + " "
    count = MAX_TEXT_CHARS // len(paragraph) + 10
    if name == "clipboard":
        error = error_code(from_text, paragraph * count)
    elif name.endswith(".html"):
        body = f"<p>{paragraph * (count // 20)}</p>" * 21
        error = error_code(load_bytes, f"<html><body>{body}</body></html>".encode(), name)
    else:
        document = docx.Document()
        for _ in range(21):
            document.add_paragraph(paragraph * (count // 20))
        buffer = io.BytesIO()
        document.save(buffer)
        error = error_code(load_bytes, buffer.getvalue(), name)
    assert error.code == "too_large"
    assert "million characters" in error.message


def test_markup_has_its_own_lower_limit() -> None:
    error = error_code(load_bytes, b"# heading\n" + b"a" * MAX_MARKUP_BYTES, "big.md")
    assert error.code == "too_large"
    assert f"up to {MAX_MARKUP_BYTES // 2**20} MB" in error.message
