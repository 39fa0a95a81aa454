"""The classifier per language, on sentences written for these tests (not taken from seeds)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.core.classify import (
    CATEGORIES,
    CORE,
    classify_document,
    classify_text,
    labels_to_json,
    summarize,
)
from desktop.core.classify.evaluation import english_document, passage_document
from desktop.core.classify.scorer import THRESHOLD

# (language, sentence, the core categories it must get). An empty tuple means: no core category.
CASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("en", "We collect your name and e-mail address when you create an account.", ("collection",)),
    (
        "en",
        "We may share your information with payment processors and other service providers.",
        ("sharing",),
    ),
    ("en", "We never sell your personal data.", ("sharing",)),
    (
        "en",
        "Invoices are retained for ten years to meet our accounting obligations.",
        ("retention",),
    ),
    ("en", "You have the right to request a copy of your data and to have it erased.", ("rights",)),
    ("en", "Our office is closed on public holidays.", ()),
    ("en", "Orders usually arrive within 5 days.", ()),
    ("en", "We do not store your card number once the payment is complete.", ("retention",)),
    (
        "en",
        'Acme Ltd and its subsidiaries (collectively, "Acme") publish this notice about personal '
        "information.",
        (),
    ),
    ("en", "We remove the details that could identify you after 90 days.", ("retention",)),
    (
        "en",
        "Messages you deleted can remain in backup storage for a short time.",
        ("retention",),
    ),
    ("ms", "Kami mengumpul nama dan nombor telefon anda semasa pendaftaran.", ("collection",)),
    (
        "ms",
        "Maklumat anda mungkin dikongsi dengan pihak ketiga yang menguruskan pembayaran.",
        ("sharing",),
    ),
    ("ms", "Rekod transaksi disimpan selama lima tahun.", ("retention",)),
    ("ms", "Anda berhak untuk meminta pembetulan data peribadi anda.", ("rights",)),
    ("ms", "Kedai kami dibuka setiap hari kecuali cuti umum.", ()),
    ("id", "Kami mengumpulkan alamat email dan lokasi perangkat Anda.", ("collection",)),
    ("id", "Kami tidak menjual data pribadi Anda kepada pihak ketiga.", ("sharing",)),
    ("id", "Data akun disimpan selama 3 tahun setelah akun ditutup.", ("retention",)),
    ("id", "Anda memiliki hak untuk menarik persetujuan kapan saja.", ("rights",)),
    ("id", "Toko kami buka setiap hari dari pukul sembilan pagi.", ()),
    ("vi", "Chúng tôi thu thập họ tên và số điện thoại khi bạn đặt hàng.", ("collection",)),
    (
        "vi",
        "Chúng tôi có thể chia sẻ dữ liệu với bên thứ ba cung cấp dịch vụ vận chuyển.",
        ("sharing",),
    ),
    ("vi", "Dữ liệu được lưu trữ trong 2 năm kể từ lần đăng nhập cuối.", ("retention",)),
    ("vi", "Bạn có quyền yêu cầu xóa dữ liệu cá nhân của mình.", ("rights",)),
    ("vi", "Cửa hàng mở cửa từ thứ Hai đến thứ Sáu.", ()),
    (
        "cs",
        "Shromažďujeme vaši e-mailovou adresu, abychom vám mohli zasílat objednávky.",
        ("collection",),
    ),
    ("cs", "Vaše údaje nesdílíme s žádnými třetími stranami.", ("sharing",)),
    ("cs", "Faktury uchováváme po dobu deseti let.", ("retention",)),
    ("cs", "Máte právo na výmaz svých osobních údajů.", ("rights",)),
    ("cs", "Naše prodejna je otevřena od pondělí do pátku.", ()),
    ("sk", "Zhromažďujeme vaše meno a telefónne číslo pri registrácii.", ("collection",)),
    ("sk", "Vaše údaje nepredávame a nezdieľame s tretími stranami.", ("sharing",)),
    ("sk", "Údaje uchovávame po dobu 5 rokov.", ("retention",)),
    ("sk", "Máte právo odvolať súhlas so spracúvaním osobných údajov.", ("rights",)),
    ("sk", "Naša predajňa je otvorená od pondelka do piatku.", ()),
    ("sq", "Ne mbledhim emrin dhe adresën e emailit tuaj kur regjistroheni.", ("collection",)),
    (
        "sq",
        "Ne mund të ndajmë të dhënat tuaja me palë të treta që ofrojnë shërbime pagese.",
        ("sharing",),
    ),
    ("sq", "Faturat i ruajmë për 10 vjet sipas ligjit.", ("retention",)),
    ("sq", "Ju keni të drejtë të kërkoni fshirjen e të dhënave tuaja.", ("rights",)),
    ("sq", "Dyqani ynë është i hapur çdo ditë.", ()),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_core_categories_per_language(language: str, text: str, expected: tuple[str, ...]) -> None:
    labels = classify_text(text, language)
    got = tuple(c for c in labels.categories if c in CORE)
    assert got == expected, (labels.scores, [e.why for e in labels.evidence])


@pytest.mark.parametrize(("language", "text", "expected"), [c for c in CASES if c[2]])
def test_evidence_indexes_the_text_and_explains(
    language: str, text: str, expected: tuple[str, ...]
) -> None:
    labels = classify_text(text, language)
    assert labels.evidence
    for evidence in labels.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.category in labels.categories
        assert evidence.text in evidence.why
    for category in labels.categories:
        assert labels.scores[category] >= THRESHOLD


def test_retention_explains_the_duration_in_english() -> None:
    labels = classify_text("Data pelanggan disimpan selama 7 tahun.", "ms")
    whys = [e.why for e in labels.evidence if e.category == "retention"]
    assert "mentions how long data is kept: '7 tahun' (7 years)" in whys


def test_a_duration_alone_is_not_retention() -> None:
    assert (
        "retention" not in classify_text("We answer every request within 30 days.", "en").categories
    )
    assert (
        "retention"
        not in classify_text("Children under 13 years may not register.", "en").categories
    )


def test_heading_supports_a_weak_cue_below_it() -> None:
    sentence = "Order records are kept until the account is closed."
    alone = classify_text(sentence, "en")
    assert "retention" not in alone.categories  # "kept" alone needs support
    doc = passage_document(f"Privacy notice\n\nData retention\n\n{sentence}\n", "en")
    labels = classify_document(doc)
    index = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Order records"))
    assert "retention" in labels[index].categories
    heading = next(e for e in labels[index].evidence if e.why.startswith("under the heading"))
    assert doc.text[heading.start : heading.end] == "Data retention"
    title = next(i for i, s in enumerate(doc.sentences) if s.text == "Privacy notice")
    assert labels[title].categories == ()  # a heading is labelled only when it names a topic
    named = next(i for i, s in enumerate(doc.sentences) if s.text == "Data retention")
    assert "retention" in labels[named].categories


def test_heading_does_not_label_a_sentence_without_a_cue() -> None:
    doc = passage_document("Data retention\n\nPlease read this section carefully.\n", "en")
    labels = classify_document(doc)
    assert all("retention" not in lab.categories for lab in labels[1:])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kami boleh mendedahkan data anda kepada pihak ketiga untuk:\n\n"
            "• mematuhi undang-undang;\n\n• melindungi hak kami.\n\nTerima kasih kerana membaca.\n",
            "ms",
        ),
        (  # pasted from a web page: the bullets are gone
            "We may share your data with the following recipients:\n"
            "Payment processors\nDelivery companies\n\nWe keep your account open for you.\n",
            "en",
        ),
    ],
)
def test_list_items_complete_their_lead_in(text: str, language: str) -> None:
    doc = passage_document(text, language)
    labels = classify_document(doc)
    assert [lab.categories for lab in labels] == [("sharing",)] * 3 + [()]


def test_table_rows_are_read_by_their_header() -> None:
    text = (
        "Kategori data | Tempoh penyimpanan\n"
        "Invois | 7 tahun\n"
        "Rakaman panggilan | 90 hari\n\n"
        "Invois dihantar melalui e-mel.\n"
    )
    doc = passage_document(text, "ms")
    labels = classify_document(doc)
    rows = [i for i, s in enumerate(doc.sentences) if "|" in s.text]
    assert len(rows) == 3
    assert all("retention" in labels[i].categories for i in rows)
    why = next(e.why for e in labels[rows[1]].evidence if e.why.startswith("a row of the table"))
    assert "Tempoh penyimpanan" in why
    assert "retention" not in labels[-1].categories  # below the table, nothing is inherited
    header = labels[rows[0]]
    assert "retention" in header.categories  # a header row names its columns' topics


def test_translation_is_a_second_opinion() -> None:
    doc = passage_document("Dữ liệu được gửi tới đối tác vận chuyển.\n", "vi")
    without = classify_document(doc)
    assert "sharing" not in without[0].categories
    translated = classify_document(doc, ["Data is shared with our delivery partners."])
    assert "sharing" in translated[0].categories
    from_translation = [e for e in translated[0].evidence if e.source == "translation"]
    assert from_translation
    assert all(
        "Data is shared with our delivery partners."[e.start : e.end] == e.text
        for e in from_translation
    )


def test_unknown_language_needs_a_translation() -> None:
    doc = passage_document("Xyzzy plugh frobnicate.\n", "xx")
    assert classify_document(doc)[0].categories == ()
    labels = classify_document(doc, ["We collect your e-mail address."])
    assert "collection" in labels[0].categories


def test_translations_must_align() -> None:
    doc = passage_document("One sentence.\n", "en")
    with pytest.raises(ValueError, match="align"):
        classify_document(doc, [])


def test_summary_and_json() -> None:
    text = "We collect your e-mail address.\n\nWe never sell your data.\n\nWe are based in Oslo.\n"
    doc = english_document(text)
    labels = classify_document(doc)
    summary = summarize(doc, labels)
    assert set(summary) == set(CATEGORIES)
    assert summary["collection"] == {"addressed": True, "passages": 1, "sentences": 1}
    assert summary["retention"]["addressed"] is False  # shown as "not stated"
    data = labels_to_json(doc, labels)
    assert len(data["sentences"]) == len(doc.sentences)
    first = data["sentences"][0]
    assert first["categories"] == ["collection"]
    for item in first["evidence"]:
        assert doc.text[item["start"] : item["end"]] == item["text"]
        assert set(item) == {"category", "start", "end", "text", "why"}


def test_deterministic(seed_paths) -> None:
    from desktop.core.analysis import open_document

    doc = open_document(seed_paths[0])
    assert classify_document(doc) == classify_document(doc)


def test_core_imports_no_qt() -> None:
    code = (
        "import sys, desktop.core.classify, desktop.core.classify.evaluation;"
        "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We use encryption and firewalls to protect the personal information you share "
            "with us. No transmission over the internet is completely secure.",
            {"security"},
        ),
        (
            "We collect your name, e-mail address and phone number when you register. "
            "We protect them with encryption.",
            {"collection", "security"},
        ),
        (
            "Children. We do not knowingly collect personal information from a child under 13. "
            "If we learn that we have received information from a child, we will delete it.",
            {"children", "collection"},  # it says what happens to such data (LABELING.md)
        ),
    ],
)
def test_a_passage_about_another_topic_keeps_only_stated_practices(
    text: str, expected: set[str]
) -> None:
    """Data words in a passage about security are side remarks; a practice stated with
    comparable weight stays. Children are no such topic: the practices stay."""
    labels = classify_document(english_document(text))
    assert {c for lab in labels for c in lab.categories} == expected


def test_an_email_address_is_a_contact_detail_in_any_language() -> None:
    labels = classify_text("Yêu cầu xin gửi về dpo@thuvienso.example.vn.", "vi")
    assert "contact" in labels.categories
    why = next(e.why for e in labels.evidence if e.category == "contact")
    assert why == "mentions who to contact: 'dpo@thuvienso.example.vn' (an e-mail address)"
    assert "contact" not in classify_text("Yêu cầu xin gửi về bộ phận hỗ trợ.", "vi").categories


def test_a_cancelling_cue_is_not_a_reason() -> None:
    """"reserve the right to" (0.05) cancels "right to"; it is not shown as a right."""
    labels = classify_text("We reserve the right to update this notice.", "en")
    assert "rights" not in labels.categories
    assert all(e.category != "rights" for e in labels.evidence)
    assert "rights" not in labels.scores
