"""Translating a seed with a tiny genuine pack: alignment, protection, cache, cancel."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from pathlib import Path

import pytest

from desktop.core.document import Document, Language
from desktop.core.translate.cache import TranslationCache
from desktop.core.translate.engine import EngineCache, PackEngine
from desktop.core.translate.json_contract import translation_to_json
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.service import batch_sizes, translate_document, work_order
from tests.core.translate.conftest import SEED

URL = re.compile(r"(?:https?://|www\.)\S+?(?=[\s,;)\"]|\.(?:\s|$)|$)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CLAUSE = re.compile(r"^\d+(?:\.\d+)+\.?\s")


def seed_document(language: str = "ms") -> Document:
    """The seed through the reader's own pipeline (or its segmentation alone, if that's all
    that exists yet)."""
    try:
        from desktop.core.analysis import open_document

        return open_document(SEED, language=language)
    except ImportError:
        from desktop.core.segment import segment

        text = SEED.read_text(encoding="utf-8")
        structure = segment(text)
        return Document(
            path=str(SEED),
            format="text",
            text=text,
            paragraphs=structure.paragraphs,
            sentences=structure.sentences,
            sections=structure.sections,
            language=Language(language, "Malay", 1.0, "user"),
        )


def with_english_paragraph(doc: Document) -> tuple[Document, int]:
    """Mark the paragraph of the 5th sentence as English, as language detection would."""
    paragraph = doc.sentences[4].paragraph
    paragraphs = tuple(
        dataclasses.replace(p, language="en") if p.index == paragraph else p
        for p in doc.paragraphs
    )
    return dataclasses.replace(doc, paragraphs=paragraphs), paragraph


class CountingEngines(EngineCache):
    """Beam 1 on one thread (random weights never stop early, so keep decoding cheap), and
    the engine kept so a test can count its model calls."""

    def __init__(self) -> None:
        super().__init__(beam_size=1, threads=1)
        self.engine: PackEngine | None = None

    def get(self, pack):  # type: ignore[no-untyped-def]
        self.engine = super().get(pack)
        return self.engine


@pytest.fixture
def ms_pack(pack_files: dict[str, Path], packs_dir: Path) -> Path:
    install_pack_file(pack_files["ms-1.9"], packs_dir)
    return packs_dir


@pytest.fixture
def cache(isolated_dirs: Path) -> TranslationCache:
    from desktop.core.translate.cache import default_cache_path

    opened = TranslationCache(default_cache_path())
    yield opened
    opened.close()


def test_seed_translation_is_aligned_and_protects_what_must_survive(
    ms_pack: Path, cache: TranslationCache
) -> None:
    doc, english = with_english_paragraph(seed_document())
    batches: list[list[tuple[int, str]]] = []
    progress: list[tuple[int, int]] = []
    result = translate_document(
        doc, packs_dir=ms_pack, cache=cache, engines=CountingEngines(),
        on_batch=batches.append, on_progress=lambda d, t: progress.append((d, t)),
    )
    assert result.status == "done"
    assert result.pack == "translate-ms_en-1_9"
    assert len(result.sentences) == len(doc.sentences)
    assert all(t is not None for t in result.sentences)
    # Every sentence was delivered exactly once, in batches, with progress up to the total.
    delivered = [i for batch in batches for i, _ in batch]
    assert sorted(delivered) == list(range(len(doc.sentences)))
    assert progress[-1] == (len(doc.sentences), len(doc.sentences))

    translated = 0
    for sentence, translation in zip(doc.sentences, result.sentences, strict=True):
        assert translation is not None
        for item in URL.findall(sentence.text) + EMAIL.findall(sentence.text):
            assert item.rstrip(".") in translation, (sentence.text, translation)
        if clause := CLAUSE.match(sentence.text):
            assert translation.startswith(clause.group(0))
        if sentence.paragraph == english:
            assert translation == sentence.text
        elif translation != sentence.text:
            translated += 1
    assert translated > len(doc.sentences) // 2


def test_sentences_without_words_skip_the_model(ms_pack: Path) -> None:
    doc = seed_document()
    texts = ["1.2.1", "www.aclaro.io", "privacy@aclaro.io", "IV."]
    sentences = tuple(
        dataclasses.replace(doc.sentences[i], text=t) for i, t in enumerate(texts)
    )
    small = dataclasses.replace(doc, sentences=sentences)
    engines = CountingEngines()
    result = translate_document(small, packs_dir=ms_pack, engines=engines)
    assert result.status == "done"
    assert result.sentences == texts
    assert engines.engine is None  # the model was never even loaded


def test_second_run_is_served_from_the_cache(ms_pack: Path, cache: TranslationCache) -> None:
    doc = seed_document()
    first_engines = CountingEngines()
    first = translate_document(doc, packs_dir=ms_pack, cache=cache, engines=first_engines)
    assert first_engines.engine is not None
    assert first_engines.engine.calls > 0

    engines = CountingEngines()
    batches: list[list[tuple[int, str]]] = []
    second = translate_document(
        doc, packs_dir=ms_pack, cache=cache, engines=engines, on_batch=batches.append
    )
    assert second.status == "done"
    assert second.sentences == first.sentences
    assert engines.engine is None
    assert len(batches) == 1  # all at once


def test_version_bump_invalidates_only_its_own_entries(
    pack_files: dict[str, Path], ms_pack: Path, cache: TranslationCache
) -> None:
    doc = seed_document()
    translate_document(doc, packs_dir=ms_pack, cache=cache, engines=CountingEngines())
    cache.put_many("translate-vi_en", "1.9", [("Xin chào", "Hello")])
    old_entries = cache.count("translate-ms_en", "1.9")
    assert old_entries > 0

    install_pack_file(pack_files["ms-2.0"], ms_pack)
    engines = CountingEngines()
    result = translate_document(doc, packs_dir=ms_pack, cache=cache, engines=engines)
    assert result.pack == "translate-ms_en-2_0"
    assert engines.engine is not None
    assert engines.engine.calls > 0
    assert cache.count("translate-ms_en", "1.9") == 0
    assert cache.count("translate-ms_en", "2.0") == old_entries
    assert cache.get_many("translate-vi_en", "1.9", ["Xin chào"]) == {"Xin chào": "Hello"}


def test_priority_sentences_come_first(ms_pack: Path) -> None:
    doc = seed_document()
    batches: list[list[tuple[int, str]]] = []
    translate_document(
        doc, packs_dir=ms_pack, priority=[40, 41, 42], on_batch=batches.append,
        engines=CountingEngines(),
    )
    model_batches = [b for b in batches if any(i in (40, 41, 42) for i, _ in b)]
    assert [i for i, _ in model_batches[0][:3]] == [40, 41, 42]
    assert batches.index(model_batches[0]) <= 1  # after at most the instant batch


def test_cancel_mid_run_returns_promptly(ms_pack: Path) -> None:
    doc = seed_document()
    cancel = threading.Event()
    batches: list[list[tuple[int, str]]] = []

    def on_batch(batch: list[tuple[int, str]]) -> None:
        batches.append(batch)
        if len(batches) == 2:
            cancel.set()

    started = time.monotonic()
    result = translate_document(
        doc, packs_dir=ms_pack, cancel=cancel, on_batch=on_batch, engines=CountingEngines()
    )
    assert result.status == "cancelled"
    assert time.monotonic() - started < 10
    assert len(batches) == 2
    done = sum(t is not None for t in result.sentences)
    assert 0 < done < len(doc.sentences)


def test_unavailable_names_the_missing_pack_and_the_offer(packs_dir: Path) -> None:
    doc = seed_document("vi")
    result = translate_document(doc, packs_dir=packs_dir)
    assert result.status == "unavailable"
    assert result.pack is None
    assert result.reason is not None
    assert "translate-vi_en" in result.reason
    assert result.offer is not None
    assert result.offer.supplementary
    assert result.offer.name == "translate-vi_en-1_9"
    assert translation_to_json(result) == {
        "status": "unavailable",
        "pack": None,
        "reason": result.reason,
    }

    unknown = translate_document(seed_document("sq"), packs_dir=packs_dir)
    assert unknown.status == "unavailable"
    assert unknown.offer is None
    assert "translate-sq_en" in (unknown.reason or "")


def test_english_document_is_shown_as_is(packs_dir: Path) -> None:
    doc = seed_document("en")
    result = translate_document(doc, packs_dir=packs_dir)
    assert (result.status, result.pack) == ("done", None)
    assert result.sentences == [s.text for s in doc.sentences]


def test_broken_model_fails_cleanly(ms_pack: Path) -> None:
    (next(ms_pack.iterdir()) / "model" / "model.bin").write_bytes(b"broken")
    result = translate_document(seed_document(), packs_dir=ms_pack)
    assert result.status == "failed"
    assert result.pack == "translate-ms_en-1_9"
    assert result.reason


def test_work_order_and_batch_sizes() -> None:
    assert work_order(5, [3, 3, 9, -1, 1]) == [3, 1, 0, 2, 4]
    sizes = batch_sizes(8, 64)
    assert [next(sizes) for _ in range(6)] == [8, 16, 32, 64, 64, 64]


def test_json_contract_done(ms_pack: Path) -> None:
    result = translate_document(seed_document(), packs_dir=ms_pack, engines=CountingEngines())
    assert translation_to_json(result) == {
        "status": "done",
        "pack": "translate-ms_en-1_9",
        "reason": None,
    }
