"""Segmentation: blocks, sections and sentences, on real shapes from every seed language."""

from __future__ import annotations

import pytest

from desktop.core.document import BlockKind
from desktop.core.segment import segment, sentence_spans
from tests.conftest import SEEDS


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Malay: numbered clauses, e-mail at the end without a final period.
        (
            "1.2.1 Data Komunikasi mungkin termasuk sebarang komunikasi. Kami memproses data ini.",
            [
                "1.2.1 Data Komunikasi mungkin termasuk sebarang komunikasi.",
                "Kami memproses data ini.",
            ],
        ),
        (
            "Anda boleh berhenti melanggan dengan menghubungi kami di support@aclaro.io",
            ["Anda boleh berhenti melanggan dengan menghubungi kami di support@aclaro.io"],
        ),
        (
            "Kami mengumpul nama, alamat dll. Kami tidak menjual data.",
            ["Kami mengumpul nama, alamat dll.", "Kami tidak menjual data."],
        ),
        (
            'Dengan mengakses www.aclaro.io ("Laman Web"), anda bersetuju. Dasar ini terpakai.',
            [
                'Dengan mengakses www.aclaro.io ("Laman Web"), anda bersetuju.',
                "Dasar ini terpakai.",
            ],
        ),
        # Vietnamese: ellipsis, colon lists, dates.
        (
            "Cập nhật lần cuối: ngày 1 tháng 1 năm 2020. Chúng tôi cam kết bảo vệ thông tin.",
            ["Cập nhật lần cuối: ngày 1 tháng 1 năm 2020.", "Chúng tôi cam kết bảo vệ thông tin."],
        ),
        (
            "Chúng tôi thu thập: email, số điện thoại, địa chỉ, họ tên, các thông được kê khai khác, …",
            [
                "Chúng tôi thu thập: email, số điện thoại, địa chỉ, họ tên, các thông được kê khai khác, …"
            ],
        ),
        # Czech: ordinal dates, "tj.", "např." followed by capitals.
        (
            "Čas aktualizace: 29. prosince 2023. Tyto zásady vám pomohou.",
            ["Čas aktualizace: 29. prosince 2023.", "Tyto zásady vám pomohou."],
        ),
        (
            "Údaje sdílíme se třetími stranami, tj. Google a Meta. Máte právo na výmaz.",
            ["Údaje sdílíme se třetími stranami, tj. Google a Meta.", "Máte právo na výmaz."],
        ),
        (
            "Používáme služby, např. Google Analytics, k měření. Více informací níže.",
            ["Používáme služby, např. Google Analytics, k měření.", "Více informací níže."],
        ),
        # Albanian: "p.sh.", company abbreviations.
        (
            "Ne mbledhim të dhëna, p.sh. Emrin dhe emailin. Ju keni të drejtë të aksesoni.",
            ["Ne mbledhim të dhëna, p.sh. Emrin dhe emailin.", "Ju keni të drejtë të aksesoni."],
        ),
        (
            "Callbridge është një shërbim i Iotum Inc.; Iotum Inc. dhe filialet e saj janë të përkushtuara.",
            [
                "Callbridge është një shërbim i Iotum Inc.; Iotum Inc. dhe filialet e saj janë të përkushtuara."
            ],
        ),
        # English: e.g., URL ending a sentence, quotes and brackets.
        (
            "We use processors (e.g. Stripe. See below.) to bill you. Visit https://example.com/privacy. Thanks!",
            [
                "We use processors (e.g. Stripe. See below.) to bill you.",
                "Visit https://example.com/privacy.",
                "Thanks!",
            ],
        ),
        (
            'He said "We never sell data." Then he left.',
            ['He said "We never sell data."', "Then he left."],
        ),
        # List markers are not sentence ends.
        (
            "iv. Tiada Data dipegang lebih lama. Semua Data selamat.",
            ["iv. Tiada Data dipegang lebih lama.", "Semua Data selamat."],
        ),
        ("ii. Anda sentiasa dimaklumkan;", ["ii. Anda sentiasa dimaklumkan;"]),
        # Other scripts.
        (
            "我们收集您的信息。我们不会出售您的信息。",
            ["我们收集您的信息。", "我们不会出售您的信息。"],
        ),
        (
            "हम आपकी जानकारी एकत्र करते हैं। हम इसे साझा नहीं करते।",
            ["हम आपकी जानकारी एकत्र करते हैं।", "हम इसे साझा नहीं करते।"],
        ),
        ("Text without final punctuation", ["Text without final punctuation"]),
        # An address with short parts ending a sentence is not a dotted abbreviation.
        (
            "Liên hệ qua email cskh@fpt.vn. Chúng tôi sẽ trả lời trong 24 giờ.",
            ["Liên hệ qua email cskh@fpt.vn.", "Chúng tôi sẽ trả lời trong 24 giờ."],
        ),
        (
            "Kontakt: gdpr@o2.cz. Více na www.o2.cz. Odpovíme do 30 dnů.",
            ["Kontakt: gdpr@o2.cz.", "Více na www.o2.cz.", "Odpovíme do 30 dnů."],
        ),
        (
            "See https://abc.io/a.b. Then we reply.",
            ["See https://abc.io/a.b.", "Then we reply."],
        ),
        # "et cetera" ends a sentence before a capital, dotted or not; not before lower case.
        (
            "Dữ liệu gồm tên, địa chỉ, v.v. Chúng tôi lưu trữ dữ liệu.",
            ["Dữ liệu gồm tên, địa chỉ, v.v.", "Chúng tôi lưu trữ dữ liệu."],
        ),
        ("Dữ liệu gồm tên, v.v. và địa chỉ.", ["Dữ liệu gồm tên, v.v. và địa chỉ."]),
        (
            "Raccogliamo dati, ad es. il nome, ecc. Li conserviamo.",
            ["Raccogliamo dati, ad es. il nome, ecc.", "Li conserviamo."],
        ),
        (
            "Мы собираем данные, т.е. имя, адрес и т.д. Согласно ст. 6 Закона мы храним их.",
            ["Мы собираем данные, т.е. имя, адрес и т.д.", "Согласно ст. 6 Закона мы храним их."],
        ),
        (
            "Wir handeln gem. Art. 6 Abs. 1 lit. f DSGVO. Sie können widersprechen.",
            ["Wir handeln gem. Art. 6 Abs. 1 lit. f DSGVO.", "Sie können widersprechen."],
        ),
    ],
)
def test_sentence_shapes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_index_the_text_for_every_seed() -> None:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        structure = segment(text)
        assert structure.sentences, path.name
        for sentence in structure.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()
            paragraph = structure.paragraphs[sentence.paragraph]
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        covered = "".join(text[p.start : p.end] for p in structure.paragraphs)
        assert "".join(covered.split()) == "".join(text.split()), "no text may be lost"


def _kinds(path_index: int) -> dict[str, tuple[BlockKind, int]]:
    text = SEEDS[path_index].read_text(encoding="utf-8")
    return {text[p.start : p.end]: (p.kind, p.level) for p in segment(text).paragraphs}


def test_malay_numbered_headings_lists_and_boilerplate() -> None:
    kinds = _kinds(0)
    assert kinds["Langkau pautan"][0] is BlockKind.BOILERPLATE
    assert kinds["1. Maklumat yang Kami Kumpulkan"] == (BlockKind.HEADING, 1)
    assert kinds["12. Hubungi kami"] == (BlockKind.HEADING, 1)
    assert kinds["i. mengesahkan identiti anda;"][0] is BlockKind.LIST_ITEM
    assert kinds["xiv. melindungi terhadap liabiliti undang-undang"][0] is BlockKind.LIST_ITEM
    clause = next(k for k in kinds if k.startswith("1.2.1 Data Komunikasi"))
    assert kinds[clause][0] is BlockKind.PARAGRAPH


def test_vietnamese_title_lines_bullets_and_chrome() -> None:
    kinds = _kinds(1)
    assert kinds["Thời gian lưu trữ thông tin"][0] is BlockKind.HEADING
    assert kinds["Zalo"][0] is BlockKind.BOILERPLATE
    bullet = next(k for k in kinds if k.startswith("• Cung cấp dịch vụ"))
    assert kinds[bullet][0] is BlockKind.LIST_ITEM
    other = _kinds(2)
    assert other["14/11/2022 12:58"][0] is BlockKind.BOILERPLATE
    assert other["Loading…"][0] is BlockKind.BOILERPLATE
    assert other["Thông tin thanh toán và thẻ tín dụng"][0] is BlockKind.HEADING


def test_czech_and_albanian_headings() -> None:
    czech = _kinds(3)
    assert czech["Všechny kategorie"][0] is BlockKind.BOILERPLATE
    assert czech["Kam zasíláme vaše údaje"][0] is BlockKind.HEADING
    updated = next(k for k in czech if k.startswith("Čas aktualizace"))
    assert czech[updated][0] is BlockKind.PARAGRAPH
    albanian = _kinds(4)
    assert albanian["Çfarë është Informacioni Personal?"][0] is BlockKind.HEADING
    assert albanian["Scroll to Top"][0] is BlockKind.BOILERPLATE
    assert albanian["KUADRI DHE PARIMET E PRIVATËSISË TË TË DHËNAVE"] == (BlockKind.HEADING, 1)


def test_sections_nest_by_numbering() -> None:
    text = "1. Intro\n\nSome text here that is long enough.\n\n1.1 Scope of this part\n\nMore text follows here.\n\n2. Rights\n\nYou may ask.\n"
    structure = segment(text)
    titles = [(s.title, s.level) for s in structure.sections]
    assert titles == [("1. Intro", 1), ("1.1 Scope of this part", 2), ("2. Rights", 1)]
    first, sub, second = structure.sections
    assert first.end <= second.start
    assert sub.end <= second.start
    assert text[second.start : second.end].endswith("You may ask.")


def test_other_heading_shapes() -> None:
    text = "Mục 6 Quyền của bạn\n\nBạn có quyền truy cập dữ liệu của mình bất cứ lúc nào.\n\nIV. Contact\n\nWrite to us at any time please.\n\n## Cookies\n\nWe use cookies on this site.\n"
    headings = [
        text[p.start : p.end] for p in segment(text).paragraphs if p.kind is BlockKind.HEADING
    ]
    assert headings == ["Mục 6 Quyền của bạn", "IV. Contact", "## Cookies"]


@pytest.mark.parametrize(
    ("text", "headings", "items"),
    [
        (
            "第一部分 我们收集哪些信息\n\n我们会收集您的手机号码和设备信息，用于账号注册。\n\n"
            "（一）向您发送通知；\n\n（二）改进我们的服务。\n\n二、存储期限\n\n"
            "我们在您注销账号后三十日内删除您的信息。\n",
            ["第一部分 我们收集哪些信息", "二、存储期限"],
            ["（一）向您发送通知；", "（二）改进我们的服务。"],
        ),
        (
            "제1조(목적)\n\n회사는 서비스 제공을 위하여 최소한의 개인정보를 수집합니다.\n\n"
            "① 이름과 연락처\n",
            ["제1조(목적)"],
            ["① 이름과 연락처"],
        ),
        (
            # A short line in a script without capitals, set apart and followed by text.
            "आपके अधिकार\n\nआप किसी भी समय अपने डेटा की प्रति मांग सकते हैं।\n",
            ["आपके अधिकार"],
            [],
        ),
    ],
)
def test_cjk_numbering_and_uncased_titles(text: str, headings: list[str], items: list[str]) -> None:
    blocks = segment(text).paragraphs
    assert [text[p.start : p.end] for p in blocks if p.kind is BlockKind.HEADING] == headings
    assert [text[p.start : p.end] for p in blocks if p.kind is BlockKind.LIST_ITEM] == items


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    text = (
        "We collect your name and e-mail address when you register for\n"
        "an account with us, and we keep it for two years.\n\nNext paragraph.\n"
    )
    paragraphs = segment(text).paragraphs
    assert len(paragraphs) == 2
    assert text[paragraphs[0].start : paragraphs[0].end].endswith("two years.")


def test_table_rows_from_column_gaps() -> None:
    text = "Data  Purpose  Retention\nE-mail  Newsletter  2 years\nIP address  Security  30 days\n"
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds == [BlockKind.TABLE_ROW] * 3


def test_table_rows_from_pipes_but_not_a_piped_menu() -> None:
    text = (
        "Home | About | Privacy\n\nHow long we keep data.\n\nData | Kept for\nInvoices | 10 years\n"
    )
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds[0] is not BlockKind.TABLE_ROW
    assert kinds[2:] == [BlockKind.TABLE_ROW, BlockKind.TABLE_ROW]
    spaced = "Data | Kept for\n\nInvoices | 10 years\n\nCall recordings | 90 days\n"
    assert [p.kind for p in segment(spaced).paragraphs] == [BlockKind.TABLE_ROW] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Arabic policies number their sections with ordinal words and a colon
            "أولاً: البيانات التي نجمعها\n\n"
            "نجمع اسمك وعنوان بريدك الإلكتروني عند التسجيل في الخدمة.\n\n"
            "ثانياً: مشاركة البيانات\n\n"
            "ملاحظة: نشارك بياناتك مع شركات الشحن لتوصيل طلباتك إليك في الوقت المحدد.\n",
            [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH],
        ),
        (  # loose items without bullets end where the prose starts
            "We collect:\n\nyour name\n\nyour e-mail address\n\n"
            "We use these details only to run your account.\n",
            [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH],
        ),
    ],
)
def test_block_kinds(text: str, expected: list[BlockKind]) -> None:
    assert [p.kind for p in segment(text).paragraphs] == expected


def test_unmarked_items_after_a_lead_in_are_list_items() -> None:
    """Text copied from a web page keeps a list's lines but loses its bullets."""
    tight = (
        "We may share your data with the following recipients:\n"
        "Payment processors\nDelivery companies\n\nWe keep your data safe.\n"
    )
    kinds = [p.kind for p in segment(tight).paragraphs]
    assert kinds == [BlockKind.PARAGRAPH, *[BlockKind.LIST_ITEM] * 2, BlockKind.PARAGRAPH]
    loose = (
        "เราใช้ข้อมูลของท่านเพื่อวัตถุประสงค์ดังต่อไปนี้:\n\n"
        "เพื่อจัดส่งสินค้าให้แก่ท่าน\n\nเพื่อป้องกันการทุจริต\n\n"
        "3. การเปิดเผยข้อมูลส่วนบุคคล\n\n"
        "เราอาจเปิดเผยข้อมูลของท่านให้แก่ร้านค้าและพนักงานจัดส่ง เท่าที่จำเป็นในการจัดส่งคำสั่งซื้อของท่าน\n"
    )
    kinds = [p.kind for p in segment(loose).paragraphs]
    assert kinds[1:3] == [BlockKind.LIST_ITEM] * 2
    assert kinds[3] is BlockKind.HEADING  # a numbered heading ends the list
    assert kinds[4] is BlockKind.PARAGRAPH


def test_menus_footers_and_banner_buttons_are_site_chrome() -> None:
    text = (
        "Domů | Služby | Ceník | Kontakt\n\n"
        "Zásady ochrany osobních údajů\n\n"
        "Údaj | Doba uložení\nFaktury | 10 let\nZáznamy hovorů | 90 dní\n\n"
        "Přijmout vše    Odmítnout    Nastavení\n"
    )
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds[0] is BlockKind.BOILERPLATE
    assert kinds[2:5] == [BlockKind.TABLE_ROW] * 3  # a table's short header is not chrome
    assert kinds[5] is BlockKind.BOILERPLATE


@pytest.mark.parametrize(
    "text",
    [
        "Мы обрабатываем данные в целях:\n\nа) заключения договора;\n\n(б) оценки риска;\n\nγ) τιμολόγηση\n",
        "हम इन उद्देश्यों के लिए डेटा का उपयोग करते हैं:\n\n(क) अनुबंध;\n\n(ख) सुरक्षा;\n\n(ग) कानून\n",
        "ہم آپ کا ڈیٹا ان مقاصد کے لیے استعمال کرتے ہیں:\n\n(الف) اکاؤنٹ؛\n\n(ب) حفاظت؛\n\n(ج) قانون\n",
    ],
)
def test_list_items_lettered_in_other_scripts(text: str) -> None:
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds[1:] == [BlockKind.LIST_ITEM] * 3


@pytest.mark.parametrize(
    "question",
    [
        "Ποιες πληροφορίες συλλέγουμε;",
        "ما البيانات التي نجمعها؟",
        "What information do we collect?",
    ],
)
def test_question_headings(question: str) -> None:
    text = f"Privacy\n\n{question}\n\nWe collect your name and e-mail address when you sign up for the service.\n"
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds[1] is BlockKind.HEADING
    items = "We collect:\n\nyour name;\n\nyour e-mail;\n\nThat is all we need for the account.\n"
    assert [p.kind for p in segment(items).paragraphs][1:3] == [BlockKind.LIST_ITEM] * 2
