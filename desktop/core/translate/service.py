"""Translating a document sentence by sentence, aligned by construction.

Translation ``i`` belongs to sentence ``i``: the service never re-splits text. Work goes in the
caller's order (the ``priority`` sentences, i.e. what is on screen, then the rest from the top):
first everything that needs no model (English passages, bare numbers and links, cache hits) in
one instant batch, then model batches that grow from a few sentences (the first lines appear
quickly) to large ones (throughput). ``cancel`` is checked between batches.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.core.document import Document
from desktop.core.translate.cache import TranslationCache
from desktop.core.translate.catalogue import CatalogueEntry, cached_catalogue, find_entry
from desktop.core.translate.engine import EngineCache, PackEngine
from desktop.core.translate.errors import PackError
from desktop.core.translate.packs import InstalledPack, find_pack, pack_code
from desktop.core.translate.protect import Protected, protect, restore

log = logging.getLogger(__name__)

TARGET = "en"
FIRST_BATCH = 8
MAX_BATCH = 64

Status = Literal["done", "unavailable", "cancelled", "failed"]
ProgressCallback = Callable[[int, int], None]
BatchCallback = Callable[[list[tuple[int, str]]], None]


@dataclass(frozen=True, slots=True)
class TranslationResult:
    """The outcome; ``sentences[i]`` is the translation of ``doc.sentences[i]`` or None.

    ``offer`` names the catalogue entry that would provide a missing pack (for a one-click
    download) when ``status`` is "unavailable".
    """

    status: Status
    pack: str | None
    reason: str | None
    sentences: list[str | None]
    offer: CatalogueEntry | None = None


@dataclass(slots=True)
class _Work:
    """Sentences still to translate (in work order) and their protected forms."""

    order: list[int] = field(default_factory=list)
    protected: dict[int, Protected] = field(default_factory=dict)


class _Delivery:
    """Fills the result list, hands each batch to the caller and reports the running count."""

    def __init__(
        self, total: int, on_batch: BatchCallback | None, on_progress: ProgressCallback | None
    ) -> None:
        self.out: list[str | None] = [None] * total
        self._done = 0
        self._on_batch = on_batch
        self._on_progress = on_progress

    def emit(self, batch: list[tuple[int, str]]) -> None:
        if not batch:
            return
        for index, text in batch:
            self.out[index] = text
        self._done += len(batch)
        if self._on_batch is not None:
            self._on_batch(batch)
        if self._on_progress is not None:
            self._on_progress(self._done, len(self.out))

    def result(
        self, status: Status, pack: str | None, reason: str | None = None
    ) -> TranslationResult:
        return TranslationResult(status, pack, reason, self.out)


def work_order(count: int, priority: Iterable[int] = ()) -> list[int]:
    """Priority indices first (once each, valid ones only), then the rest from the top."""
    first = list(dict.fromkeys(i for i in priority if 0 <= i < count))
    seen = set(first)
    return first + [i for i in range(count) if i not in seen]


def batch_sizes(first: int = FIRST_BATCH, largest: int = MAX_BATCH) -> Iterable[int]:
    """8, 16, 32, 64, 64, ...: quick first lines, then full batches."""
    size = first
    while True:
        yield size
        size = min(size * 2, largest)


def translate_document(
    doc: Document,
    *,
    packs_dir: Path | None = None,
    cache: TranslationCache | None = None,
    engines: EngineCache | None = None,
    priority: Sequence[int] = (),
    on_progress: ProgressCallback | None = None,
    on_batch: BatchCallback | None = None,
    cancel: threading.Event | None = None,
    max_decoding_length: int | None = None,
    first_batch: int = FIRST_BATCH,
    max_batch: int = MAX_BATCH,
) -> TranslationResult:
    """Translate every sentence of ``doc`` into English with the installed pack."""
    delivery = _Delivery(len(doc.sentences), on_batch, on_progress)
    emit = delivery.emit
    source = doc.language.code
    english = {p.index for p in doc.paragraphs if p.language == TARGET}
    order = work_order(len(doc.sentences), priority)
    if source == TARGET:
        emit([(i, doc.sentences[i].text) for i in order])
        return delivery.result("done", None)

    immediate: list[tuple[int, str]] = []
    work = _Work()
    for index in order:
        sentence = doc.sentences[index]
        if sentence.paragraph in english:
            immediate.append((index, sentence.text))
            continue
        protected = protect(sentence.text)
        if not protected.needs_model:
            immediate.append((index, restore(protected)))
        else:
            work.order.append(index)
            work.protected[index] = protected

    pack = find_pack(source, TARGET, packs_dir)
    if pack is None:
        emit(immediate)
        return _unavailable(source, delivery.out)
    if cancel is not None and cancel.is_set():
        return delivery.result("cancelled", pack.name)

    if cache is not None:
        cache.purge_other_versions(pack.code, pack.version)
        hits = cache.get_many(pack.code, pack.version, [doc.sentences[i].text for i in work.order])
        for index in work.order:
            text = doc.sentences[index].text
            if text in hits:
                immediate.append((index, hits[text]))
        work.order = [i for i in work.order if doc.sentences[i].text not in hits]
    emit(immediate)
    if not work.order:
        return delivery.result("done", pack.name)

    try:
        engine = engines.get(pack) if engines is not None else PackEngine(pack)
        finished = _run_model(
            doc,
            pack,
            engine,
            work,
            cache,
            delivery,
            cancel,
            max_decoding_length,
            batch_sizes(first_batch, max_batch),
        )
    except (PackError, RuntimeError, ValueError) as error:
        log.exception("translation with %s failed", pack.name)
        return delivery.result("failed", pack.name, str(error))
    return delivery.result("done" if finished else "cancelled", pack.name)


def _run_model(
    doc: Document,
    pack: InstalledPack,
    engine: PackEngine,
    work: _Work,
    cache: TranslationCache | None,
    delivery: _Delivery,
    cancel: threading.Event | None,
    max_decoding_length: int | None,
    sizes: Iterable[int],
) -> bool:
    """Translate the pending sentences batch by batch; False if cancelled."""
    pending = work.order
    size_iter = iter(sizes)
    while pending:
        if cancel is not None and cancel.is_set():
            return False
        size = next(size_iter)
        chunk, pending = pending[:size], pending[size:]
        cores = list(dict.fromkeys(work.protected[i].core for i in chunk))
        outputs = engine.translate(cores, max_decoding_length=max_decoding_length)
        translated = dict(zip(cores, outputs, strict=True))
        batch = [(i, restore(work.protected[i], translated[work.protected[i].core])) for i in chunk]
        if cache is not None:
            cache.put_many(pack.code, pack.version, [(doc.sentences[i].text, t) for i, t in batch])
        delivery.emit(batch)
    return True


def _unavailable(source: str, out: list[str | None]) -> TranslationResult:
    """No pack: say which one is missing and which catalogue entry would provide it."""
    code = pack_code(source, TARGET)
    offer = find_entry(cached_catalogue(), source, TARGET)
    if offer is not None:
        where = "the supplementary catalogue" if offer.supplementary else "the Argos index"
        reason = f"no {code} pack is installed; {offer.name} is available from {where}"
    else:
        reason = f"no {code} pack is installed and no catalogue entry is known for it"
    return TranslationResult("unavailable", None, reason, out, offer)
