"""Matching and scoring rules: overlapping cues, folding, durations, the weight rule, passages."""

from __future__ import annotations

import pytest

from desktop.core.classify import classify_document, classify_text
from desktop.core.classify.evaluation import english_document, passage_document
from desktop.core.classify.lexicon import compile_lexicon, load_lexicon
from desktop.core.classify.match import cjk_number, find_durations
from desktop.core.classify.model import CATEGORIES
from desktop.core.classify.scorer import THRESHOLD, category_scores, combine, flagged, score_text
from desktop.core.classify.tokens import fold


def _lexicon(cues: dict[str, list], mode: str = "words", units: list[str] | None = None):
    data = {
        "language": "xx",
        "mode": mode,
        "cues": {c: cues.get(c, []) for c in CATEGORIES},
        "duration_units": units or ["year*"],
    }
    return compile_lexicon(data)


def test_same_words_keep_the_higher_weight() -> None:
    # Both cues cover exactly "opt out"; the weaker one is listed first and must not hide the other.
    lexicon = _lexicon({"rights": [["opt* out", 0.3, "opt out"], ["opt out", 1.0, "opt out"]]})
    found = score_text("You can opt out at any time.", lexicon)
    assert [w.weight for w in found["rights"]] == [1.0]
    assert category_scores(found)["rights"] == 1.0


def test_a_longer_cue_still_hides_the_words_inside_it() -> None:
    english = load_lexicon("en")
    assert english is not None
    found = score_text("Third parties may collect information about you.", english)
    assert "collect" not in {w.evidence.text for w in found.get("collection", [])}


@pytest.mark.parametrize(
    ("weights", "flags"),
    [
        ([1.0], True),
        ([0.8], False),  # strong but needs support
        ([0.6, 0.6], True),  # two strong cues
        ([0.6, 0.4], True),  # a strong cue with context
        ([0.4, 0.4, 0.4], False),  # context alone never flags
        ([0.7, 0.3], True),  # rounding: 0.7 + 0.3 reaches 1.0
    ],
)
def test_weight_rule(weights: list[float], flags: bool) -> None:
    assert flagged(combine(weights), THRESHOLD) is flags


def test_turkish_dotted_capital_i_matches_lower_case_cues() -> None:
    assert fold("İşlenmesi") == "işlenmesi"
    assert fold("İSTANBUL") == fold("istanbul")
    lexicon = _lexicon({"collection": [["işlen*", 1.0, "processing"]]})
    assert category_scores(score_text("Kişisel verilerin İşlenmesi", lexicon)) == {
        "collection": 1.0
    }


def test_turkish_capital_dotless_i_matches_its_cues() -> None:
    # Casefolding makes "I" an "i"; the Turkish lower case is "ı" ("AYDINLATMA" = "aydınlatma").
    assert fold("AYDINLATMA") == fold("aydınlatma")
    lexicon = _lexicon({"rights": [["hakları*", 1.0, "rights"]]})
    assert category_scores(score_text("İLGİLİ KİŞİ HAKLARI", lexicon)) == {"rights": 1.0}


def test_in_a_heading_only_a_cancelling_cue_hides_the_words_inside_it() -> None:
    lexicon = _lexicon(
        {
            "collection": [
                ["collect*", 0.7, "collect"],
                ["information we collect", 0.2, "information we collect"],
                ["collection agency", 0.05, "not a practice"],
            ]
        }
    )
    named = score_text("Information we collect", lexicon, heading=True)
    assert {w.evidence.text for w in named["collection"]} == {"Information we collect", "collect"}
    cancelled = score_text("Collection agency", lexicon, heading=True)
    assert "collection" not in cancelled  # hidden, and the canceller itself is no evidence


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("کوکی", "كوكي"),  # Persian keheh/yeh vs Arabic kaf/yeh
        ("إلغاء", "الغاء"),  # alef with hamza below vs bare alef
        ("مدة", "مده"),  # teh marbuta vs heh
        ("حذف", "حَذْف"),  # short-vowel marks
    ],
)
def test_arabic_script_variants_match(cue: str, text: str) -> None:
    assert fold(cue) == fold(text)
    lexicon = _lexicon({"rights": [[cue, 1.0, "x"]]})
    assert "rights" in category_scores(score_text(f"نص {text} نص", lexicon))


def test_korean_number_and_unit_in_one_word() -> None:
    korean = load_lexicon("ko")
    assert korean is not None
    text = "개인정보는 5년간 보관하며 결제 기록은 3개월, 로그는 30일 후 삭제합니다."
    found = [(text[d.start : d.end], d.gloss) for d in find_durations(text, korean)]
    assert found == [("5년간", "5 years"), ("3개월", "3 months"), ("30일", "30 days")]


def test_cjk_numerals_in_durations() -> None:
    assert [cjk_number(t) for t in ("三", "十", "十二", "二十四", "一百二十")] == [
        3,
        10,
        12,
        24,
        120,
    ]
    assert cjk_number("一二") is None
    chinese = load_lexicon("zh")
    japanese = load_lexicon("ja")
    assert chinese is not None
    assert japanese is not None
    text = "我们将数据保存三年，日志保存十二个月。"
    assert [(text[d.start : d.end], d.gloss) for d in find_durations(text, chinese)] == [
        ("三年", "3 years"),
        ("十二个月", "12 months"),
    ]
    assert [d.gloss for d in find_durations("五年間保存します。", japanese)] == ["5 years"]


def test_number_words_and_glosses_explain_hindi_and_bengali() -> None:
    hindi, bengali = load_lexicon("hi"), load_lexicon("bn")
    assert hindi is not None
    assert bengali is not None
    assert [d.gloss for d in find_durations("डेटा पाँच वर्ष तक रखा जाता है", hindi)] == ["years"]
    assert [d.gloss for d in find_durations("ডেটা ৫ বছর রাখা হয়", bengali)] == ["৫ years"]


def test_retention_duration_explained_in_korean() -> None:
    labels = classify_text("회원 정보는 탈퇴 후 5년간 보관됩니다.", "ko")
    assert "retention" in labels.categories
    assert any("5 years" in e.why for e in labels.evidence)


def test_minor_category_of_a_passage_is_dropped() -> None:
    # A paragraph about third-party advertisers; the opt-out remark is about their ads.
    text = (
        "We allow third-party advertising networks to serve ads on our site, and these "
        "ad networks may share information with their partners and other third parties. "
        "They may disclose it to advertisers. You can opt out of these ads."
    )
    assert "rights" in classify_text("You can opt out of these ads.", "en").categories
    doc = english_document(text)
    found = {c for lab in classify_document(doc) for c in lab.categories}
    assert "sharing" in found
    assert "rights" not in found


def test_comparable_categories_of_a_passage_stay() -> None:
    doc = english_document("We collect your e-mail address. We share it with our mailing provider.")
    found = {c for lab in classify_document(doc) for c in lab.categories}
    assert {"collection", "sharing"} <= found


def test_a_cjk_calendar_date_is_not_a_period() -> None:
    chinese = load_lexicon("zh")
    assert chinese is not None
    assert find_durations("最后更新：2026年2月1日", chinese) == []
    assert [d.gloss for d in find_durations("订单信息保存3年。", chinese)] == ["3 years"]


def test_list_items_complete_a_lead_in_ending_in_a_full_width_colon() -> None:
    text = "我们会将您的个人信息用于以下目的：\n\n（一）为您提供预订服务；\n\n（二）处理您的付款。\n"
    doc = passage_document(text, "zh")
    labels = classify_document(doc)
    items = [i for i, s in enumerate(doc.sentences) if s.text.startswith("（")]
    assert len(items) == 2
    assert all("collection" in labels[i].categories for i in items)


def test_japanese_bullets_complete_an_as_follows_lead_in() -> None:
    from desktop.core.document import BlockKind

    text = (
        "当社は、お預かりした個人情報を次の目的で利用します。\n\n"
        "・ご予約の確認\n\n・季節のご案内の送付\n"
    )
    doc = passage_document(text, "ja")
    assert [p.kind for p in doc.paragraphs][1:] == [BlockKind.LIST_ITEM] * 2
    labels = classify_document(doc)
    items = [i for i, s in enumerate(doc.sentences) if s.text.startswith("・")]
    assert len(items) == 2
    assert all("collection" in labels[i].categories for i in items)
