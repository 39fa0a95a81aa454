"""Unit tests of the facts extractor: numbers, normalisation, context, no guessing, JSON."""

from __future__ import annotations

import json

import pytest

from desktop.core.analysis import document_from_text
from desktop.core.facts import Facts, SaleFact, extract_facts, facts_to_json, plain_english
from desktop.core.facts.contacts import _emails
from desktop.core.facts.dates import find_dates
from desktop.core.facts.lexicon import languages_for
from desktop.core.facts.numbers import find_durations, number_value, to_days
from desktop.core.patterns import EMAIL


def facts_of(text: str, language: str, categories: list[set[str]] | None = None) -> Facts:
    doc = document_from_text(text, language=language)
    if categories is not None:
        categories = categories * len(doc.sentences)
    return extract_facts(doc, categories)


@pytest.mark.parametrize(
    ("token", "language", "value"),
    [
        ("7", "en", 7),
        ("seven", "en", 7),
        ("twenty-four", "en", 24),
        ("thirty six", "en", 36),
        ("Dva", "cs", 2),
        ("dvanácti", "cs", 12),
        ("dvacet čtyři", "cs", 24),
        ("dy", "sq", 2),
        ("dymbëdhjetë", "sq", 12),
        ("bốn", "vi", 4),
        ("hai mươi bốn", "vi", 24),
        ("tujuh", "ms", 7),
        ("lima", "id", 5),
        ("zehn", "de", 10),
        ("vierundzwanzig", "de", 24),
        ("trois", "fr", 3),
        ("cinco", "es", 5),
        ("ventiquattro", "it", 24),
        ("dois", "pt", 2),
        ("twee", "nl", 2),
        ("trzech", "pl", 3),
        ("трёх", "ru", 3),
        ("altmış", "tr", 60),
        ("七", "zh", 7),
        ("三十六", "zh", 36),
        ("二十四", "ja", 24),
        ("다섯", "ko", 5),
        ("سبع", "ar", 7),
        ("٧", "ar", 7),
        ("07", "vi", 7),
    ],
)
def test_number_words_and_digits(token: str, language: str, value: int) -> None:
    assert number_value(token, language) == value


def test_unknown_words_are_not_numbers() -> None:
    assert number_value("privacy", "en") is None
    assert number_value("soukromí", "cs") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("selama 7 tahun", "ms", (7, 7, "years")),
        ("uchovávat pro Dva roky", "cs", (2, 2, "years")),
        ("trong 12 tháng", "vi", (12, 12, "months")),
        ("për dy vjet", "sq", (2, 2, "years")),
        ("trong thời hạn 07 – 15 ngày", "vi", (7, 15, "days")),
        ("for 48 hours", "en", (48, 48, "hours")),
        ("fünf Wochen", "de", (5, 5, "weeks")),
        ("保存期間は5年間", "ja", (5, 5, "years")),
        ("5년간 보관", "ko", (5, 5, "years")),
        ("لمدة سنتين", "ar", (2, 2, "years")),
    ],
)
def test_durations_are_normalised(text: str, language: str, expected: tuple) -> None:
    (duration,) = find_durations(text, language)
    assert (duration.low, duration.high, duration.unit) == expected


def test_dates_and_unstated_numbers_are_not_durations() -> None:
    assert find_durations("Cập nhật lần cuối: ngày 1 tháng 1 năm 2020", "vi") == []
    assert find_durations("2023年12月29日", "zh") == []
    (several,) = find_durations("trong vài năm", "vi")
    assert (several.high, several.unit, several.days) == (None, "years", None)


def test_days_use_year_365_month_30_week_7() -> None:
    assert to_days(7, "years") == 2555
    assert to_days(12, "months") == 360
    assert to_days(2, "weeks") == 14
    assert to_days(None, "years") is None


def test_retention_period_with_what_and_from_when() -> None:
    (fact,) = facts_of(
        "We keep transaction records for 7 years after the end of the year.", "en"
    ).retention
    assert (fact.kind, fact.value, fact.unit, fact.days) == ("period", 7, "years", 2555)
    assert fact.applies_to == "transaction records"
    assert fact.from_event == "the year"
    assert plain_english(fact) == (
        "Kept 7 years (2,555 days) from the year — applies to: transaction records"
    )


def test_period_from_an_event_in_vietnamese() -> None:
    (fact,) = facts_of("Hóa đơn được lưu trữ trong bốn năm kể từ ngày thanh toán.", "vi").retention
    assert (fact.value, fact.unit, fact.from_event) == (4, "years", "ngày thanh toán")


def test_the_event_ends_at_a_table_cell() -> None:
    facts = facts_of("Rekod keahlian | Disimpan 7 tahun selepas keahlian tamat | Dipadam", "ms")
    assert [f.from_event for f in facts.retention] == ["keahlian tamat"]


def test_complaint_handling_time_is_a_rights_deadline_not_retention() -> None:
    text = (
        "Người dùng có thể gửi thông tin khiếu nại theo địa chỉ sau. Việc tiếp nhận và giải quyết"
        " khiếu nại được thực hiện trong thời hạn 07 – 15 ngày."
    )
    facts = facts_of(text, "vi")
    assert facts.retention == ()
    (complaint,) = [r for r in facts.rights if r.right == "complaint"]
    assert complaint.deadline is not None
    assert (complaint.deadline.minimum, complaint.deadline.maximum) == (7, 15)
    assert complaint.deadline.unit == "days"


def test_classifier_labels_decide_between_deadline_and_retention() -> None:
    text = "Dữ liệu được xử lý trong thời hạn 15 ngày."  # no cue says keeping or answering
    assert facts_of(text, "vi").retention == ()
    (kept,) = facts_of(text, "vi", [{"retention"}]).retention
    assert (kept.value, kept.unit) == (15, "days")
    answered = facts_of("Yêu cầu được giải quyết trong thời hạn 15 ngày.", "vi", [{"rights"}])
    assert answered.retention == ()


@pytest.mark.parametrize(
    "text",
    [
        "We respond to your request within 30 days.",
        "Our services are not directed to children under 16 years of age.",
        "In the last 12 months we have not sold any personal information.",
        "This cookie expires after 2 years and is stored in your browser.",
        "Callbridge nuk mbledh informacion nga fëmijët nën moshën 18 vjeç.",
    ],
)
def test_numbers_that_are_not_about_keeping_data_are_not_retention(text: str) -> None:
    language = "sq" if "Callbridge" in text else "en"
    assert facts_of(text, language).retention == ()


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Mọi thông tin được lưu trữ cho tới khi Người dùng yêu cầu xóa.", "vi", "until_deleted"),
        (
            "We retain your data as long as necessary for these purposes.",
            "en",
            "as_long_as_necessary",
        ),
        (
            "Wir speichern Ihre Daten für die Dauer des Vertragsverhältnisses.",
            "de",
            "contract_duration",
        ),
        ("We keep your profile as long as your account is active.", "en", "account_lifetime"),
        (
            "Nous conservons ces factures pour respecter nos obligations légales.",
            "fr",
            "legal_obligation",
        ),
    ],
)
def test_open_ended_retention_rules(text: str, language: str, kind: str) -> None:
    assert [f.kind for f in facts_of(text, language).retention] == [kind]


def test_a_policy_that_never_states_retention_yields_none() -> None:
    text = (
        "Privacy Policy\n\nWe collect your name and e-mail address to send our newsletter. "
        "We share data with service providers who host our website. "
        "You can unsubscribe at any time."
    )
    facts = facts_of(text, "en")
    assert facts.retention == ()
    assert facts.dates == ()
    assert facts.laws == ()
    assert {f.right for f in facts.rights} == {"opt_out"}


@pytest.mark.parametrize(
    ("text", "language", "codes"),
    [
        (
            "Data anda boleh disimpan di pelayan di Amerika Syarikat, Eropah.",
            "ms",
            ["US", "EUROPE"],
        ),
        (
            "včetně přenosu na servery našich poskytovatelů v Číně nebo Singapuru.",
            "cs",
            ["CN", "SG"],
        ),
        ("Data anda mungkin dipindahkan ke Amerika Syarikat, Eropah.", "ms", ["US", "EUROPE"]),
        ("Údaje mohou být přeneseny do Číny nebo Singapuru.", "cs", ["CN", "SG"]),
        ("Dữ liệu có thể được chuyển và lưu trữ tại Hoa Kỳ.", "vi", ["US"]),
        ("Të dhënat mund të transferohen në Shtetet e Bashkuara.", "sq", ["US"]),
        (
            "Data wird auf Servern in den Vereinigten Staaten und der EU gespeichert.",
            "de",
            ["US", "EU"],
        ),
    ],
)
def test_countries_named_for_storage_or_transfer(
    text: str, language: str, codes: list[str]
) -> None:
    assert [c.code for c in facts_of(text, language).countries] == codes


def test_countries_in_company_addresses_or_other_contexts_are_not_transfers() -> None:
    assert facts_of("Jsme čínská společnost se sídlem v Praze.", "cs").countries == ()
    assert facts_of("Our team loves travelling to France.", "en").countries == ()
    assert facts_of("CONTACT US", "en").countries == ()


def test_rights_and_how_to_exercise_them() -> None:
    text = (
        "You have the right to access, rectify and erase your data and to withdraw your consent. "
        "Send requests to privacy@example.com."
    )
    rights = {r.right: r for r in facts_of(text, "en").rights}
    assert set(rights) == {"access", "rectification", "erasure", "withdraw_consent"}
    assert rights["access"].how == "privacy@example.com"


def test_recipients_contacts_laws_dates() -> None:
    text = (
        "Last updated: March 3, 2024\n\n"
        "We share your data with service providers such as Stripe and Google Analytics, and with "
        "law enforcement authorities when required. This policy follows the GDPR (DSGVO).\n\n"
        "Contact: Example Ltd., 12 High Street, London, privacy@example.com."
    )
    facts = facts_of(text, "en")
    assert {(r.kind, r.name) for r in facts.recipients} >= {
        ("service_providers", None),
        ("payment", "Stripe"),
        ("analytics", "Google Analytics"),
        ("authorities", None),
    }
    assert [law.law for law in facts.laws] == ["GDPR"]
    shown = {plain_english(r) for r in facts.recipients}
    assert {
        "Shared with Stripe (payment processors)",
        "Shared with authorities and courts",
    } <= shown
    assert [(d.kind, d.date) for d in facts.dates] == [("updated", "2024-03-03")]
    contacts = {(c.kind, c.value) for c in facts.contacts}
    assert ("email", "privacy@example.com") in contacts
    assert ("organisation", "Example Ltd") in contacts


def test_ambiguous_numeric_dates_are_not_guessed() -> None:
    assert facts_of("Last updated: 03/04/2024", "en").dates == ()
    (date,) = facts_of("Last updated: 25/04/2024", "en").dates
    assert date.date == "2024-04-25"


@pytest.mark.parametrize(
    ("text", "languages", "written", "date"),
    [
        ("Last updated: MARCH 3, 2024", ["en"], "MARCH 3, 2024", "2024-03-03"),
        ("CẬP NHẬT: NGÀY 1 THÁNG 1 NĂM 2020", ["vi"], "NGÀY 1 THÁNG 1 NĂM 2020", "2020-01-01"),
        ("Čas aktualizace: 29. prosince 2023", ["cs"], "29. prosince 2023", "2023-12-29"),
        ("Effective 8 prill 2024", ["sq"], "8 prill 2024", "2024-04-08"),
        ("시행일 2023년 1월 5일", ["ko"], "2023년 1월 5일", "2023-01-05"),
        ("1er mars 2024", ["fr"], "1er mars 2024", "2024-03-01"),
        # "İ" lengthens when lower-cased: the case-insensitive patterns on the text as written
        ("İstanbul, 29. prosince 2023", ["cs"], "29. prosince 2023", "2023-12-29"),
        ("İ Last updated: March 3, 2024", ["en"], "March 3, 2024", "2024-03-03"),
    ],
)
def test_dates_in_any_case_with_offsets_into_the_text(
    text: str, languages: list[str], written: str, date: str
) -> None:
    (found,) = find_dates(text, languages)
    assert (text[found.start : found.end], found.date) == (written, date)


def test_a_month_name_inside_a_word_is_no_date() -> None:
    assert find_dates("xMarch 3, 2024", ["en"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "write to a.b+c@mail.example.org or legal@aclaro.io.",
        "x@@y.com a@b.com.x@c.org -+a@b-c.d.ef foo.@bar",
        "no address @ here, name@host, user@host.c, @lead.com",
        "ná.me@dömain.com (unicode) and trailing.dot@x.co.",
    ],
)
def test_emails_found_from_each_at_sign_are_the_regex_matches(text: str) -> None:
    """The fast e-mail finder gives exactly what scanning with EMAIL would."""
    assert [m.span() for m in _emails(text)] == [m.span() for m in EMAIL.finditer(text)]


def test_evidence_offsets_point_into_the_document() -> None:
    doc = document_from_text("Kami akan menyimpan data anda selama 7 tahun.", language="ms")
    (fact,) = extract_facts(doc).retention
    assert doc.text[fact.start : fact.end] == "7 tahun"
    assert doc.sentences[fact.sentence].start <= fact.start < doc.sentences[fact.sentence].end


def test_json_contract() -> None:
    facts = facts_of("Kami akan menyimpan data anda selama 7 tahun. Hubungi legal@aclaro.io.", "ms")
    data = facts_to_json(facts)
    assert list(data) == [
        "retention",
        "rights",
        "recipients",
        "sale",
        "countries",
        "data_types",
        "contacts",
        "laws",
        "dates",
        "not_stated",
    ]
    assert data["not_stated"] == [
        "rights",
        "recipients",
        "sale",
        "countries",
        "data_types",
        "laws",
        "dates",
    ]
    (period,) = data["retention"]
    assert {k: period[k] for k in ("kind", "value", "unit", "days", "applies_to")} == {
        "kind": "period",
        "value": 7,
        "unit": "years",
        "days": 2555,
        "applies_to": None,
    }
    assert {"sentence", "start", "end"} <= set(period)
    json.dumps(data)  # plain JSON types only


def test_categories_must_align_with_sentences() -> None:
    doc = document_from_text("One sentence. Two sentences.", language="en")
    with pytest.raises(ValueError, match="category sets"):
        extract_facts(doc, [set()])


def test_unknown_languages_try_every_word_list() -> None:
    assert len(languages_for("xx")) == 20
    assert languages_for("zh-cn")[0] == "zh"
    assert languages_for("ms")[:2] == ("ms", "id")


def test_a_range_keeps_both_ends() -> None:
    (period,) = facts_of("We retain invoices for 3–5 years.", "en").retention
    assert (period.min_value, period.value, period.min_days, period.days) == (3, 5, 1095, 1825)
    assert plain_english(period).startswith("Kept 3 to 5 years (1,825 days)")
    data = facts_to_json(facts_of("We retain invoices for 3–5 years.", "en"))["retention"][0]
    assert (data["min_value"], data["value"], data["min_days"], data["days"]) == (3, 5, 1095, 1825)
    (single,) = facts_of("We retain invoices for 5 years.", "en").retention
    assert (single.min_value, single.min_days) == (None, None)


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("We keep data for between 3 and 5 years.", "en", 3, 5),
        ("Wir speichern Ihre Daten zwischen 3 und 5 Jahren.", "de", 3, 5),
        ("Nous conservons vos données entre 3 et 5 ans.", "fr", 3, 5),
        ("Conservamos sus datos entre 3 y 5 años.", "es", 3, 5),
        ("Kami menyimpan data anda antara 3 dan 5 tahun.", "ms", 3, 5),
        ("Chúng tôi lưu trữ dữ liệu từ 3 đến 5 năm.", "vi", 3, 5),
        ("Kami menyimpan data anda selama maksimum 5 tahun.", "ms", None, 5),
        ("We keep data for no more than 2 years.", "en", None, 2),
    ],
)
def test_ranges_and_limits_are_not_what_a_period_applies_to(
    text: str, language: str, low: int | None, high: int
) -> None:
    """ "between", "từ", "maksimum" lead into the number; they name no kind of data."""
    (period,) = facts_of(text, language).retention
    assert (period.min_value, period.value) == (low, high)
    assert period.applies_to is None


def test_what_a_period_applies_to_is_still_named() -> None:
    (period,) = facts_of("We retain logs for at least 6 months.", "en").retention
    assert period.applies_to == "logs"


@pytest.mark.parametrize(
    ("text", "language", "sold"),
    [
        ("Kami tidak akan menyewa atau menjual Data anda kepada orang lain.", "ms", [False]),
        ("Wir verkaufen Ihre personenbezogenen Daten nicht.", "de", [False]),
        ("We may sell your personal information to our partners.", "en", [True]),
        ("Click Do Not Sell My Personal Information.", "en", []),
        ("We may sell aggregated statistics.", "en", []),
    ],
)
def test_sale_statements(text: str, language: str, sold: list[bool]) -> None:
    facts = facts_of(text, language)
    assert [fact.sold for fact in facts.sale] == sold
    for fact in facts.sale:
        assert text[fact.start : fact.end]


def test_sale_in_json_and_plain_english() -> None:
    facts = facts_of("We do not sell your personal data.", "en")
    assert facts_to_json(facts)["sale"] == [{"sold": False, "sentence": 0, "start": 0, "end": 14}]
    assert plain_english(facts.sale[0]) == "Says it does not sell your data"
    assert plain_english(SaleFact(True, 0, 0, 1)) == "Says it may sell your data"


def test_one_pass_scan_finds_what_each_sentence_alone_would() -> None:
    from desktop.core.facts.context import sentence_views
    from desktop.core.facts.lexicon import cue_sets, find_cues

    text = (
        "We keep your data as long as necessary. You can ask us to delete it!\n\n"
        "İstanbul office: we do not sell data. Sie haben das Recht auf Auskunft.\n\n"
        "Kami tidak akan menyewa atau menjual Data anda; anda boleh membantah."
    )
    doc = document_from_text(text, language="en")
    for view in sentence_views(doc):
        for cues in cue_sets():
            for languages in (view.languages, ("*", "de", "ms")):
                alone = [m.span() for m in find_cues(view.text, cues.by_language, languages)]
                assert view.find(cues, languages) == alone, (view.text, cues)
                assert view.has(cues, languages) == bool(alone)
