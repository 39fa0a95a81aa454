"""Translation speed: PolicyLens's service against raw CTranslate2, and cached reopening.

One realistic-size pack (random weights with Argos 1.9 dimensions: Transformer base, 6+6
layers, d_model 512, FFN 2048, 8 heads, 32k vocabulary, int8) is built once and kept in the
temp folder. Random weights never emit end-of-sentence, so every run decodes exactly
``DECODING_LENGTH`` tokens per sentence: the comparison is of the same work. Each seed is read
as Malay, the pack's source language (the figures measure speed, not quality).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.benchmarks.random_pack import build_pack
from desktop.core.analysis import open_document
from desktop.core.samples import SEEDS_DIR
from desktop.core.translate.cache import TranslationCache
from desktop.core.translate.engine import (
    DEFAULT_BEAM_SIZE,
    MAX_BATCH_SIZE,
    EngineCache,
    default_threads,
)
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.packs import InstalledPack, find_pack
from desktop.core.translate.protect import protect
from desktop.core.translate.service import translate_document

DECODING_LENGTH = 64
PACK_DIR = Path(tempfile.gettempdir()) / "policylens-bench" / "translation"


def _pack(seeds: list[Path]) -> InstalledPack:
    """The installed benchmark pack, built and installed on first use only."""
    packs_dir = PACK_DIR / "packs"
    pack = find_pack("ms", "en", packs_dir)
    if pack is None:
        corpus = [line for path in seeds for line in path.read_text("utf-8").splitlines()]
        built = build_pack(PACK_DIR / "build", "ms", "en", "1.9", size="base", corpus=corpus)
        pack = install_pack_file(built, packs_dir)
    return pack


def _timed(work: Callable[..., object], *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    work(*args, **kwargs)
    return time.perf_counter() - start


def _raw_batch(translator: object, batch: list[list[str]]) -> object:
    """One plain CTranslate2 call with the service's decoding options.

    ``max_batch_size`` lets CTranslate2 sort by length and split internally, its own best
    way to run a large list (one 250-sentence beam-4 batch is slower on CPU).
    """
    return translator.translate_batch(  # type: ignore[attr-defined]
        batch, beam_size=DEFAULT_BEAM_SIZE, max_decoding_length=DECODING_LENGTH,
        max_batch_size=MAX_BATCH_SIZE, replace_unknowns=True, length_penalty=0.2,
    )


def run(report: Callable[[str], None]) -> None:
    import ctranslate2
    import sentencepiece

    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    pack = _pack(seeds)
    threads = default_threads()
    report(
        f"pack {pack.name} (random, base size, int8), beam {DEFAULT_BEAM_SIZE}, "
        f"{threads} thread(s), {DECODING_LENGTH} tokens decoded per sentence; sentences/s"
    )
    engines = EngineCache(threads=threads)
    raw = ctranslate2.Translator(
        str(pack.path / "model"), device="cpu", compute_type="auto",
        inter_threads=1, intra_threads=threads,
    )
    spm_path = pack.path / "sentencepiece.model"
    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_path))
    report(f"  {'seed':<28} {'sent.':>5} {'PolicyLens':>10} {'raw batch':>10} "
           f"{'per sent.':>10} {'ratio':>6} {'reopen':>9}")
    for path in seeds:
        doc = open_document(path, language="ms")
        n = len(doc.sentences)
        # What the service sends to the model: the protected cores, once each.
        protected = [protect(s.text) for s in doc.sentences]
        cores = list(dict.fromkeys(p.core for p in protected if p.needs_model))
        tokens = [processor.encode(core, out_type=str) for core in cores]

        engines.get(pack)  # load before timing, as the app keeps the engine loaded
        with tempfile.TemporaryDirectory() as folder:
            cache = TranslationCache(Path(folder) / "cache.sqlite3")
            options = {"packs_dir": pack.path.parent, "cache": cache, "engines": engines}
            service_s = _timed(
                translate_document, doc, max_decoding_length=DECODING_LENGTH, **options
            )
            reopen_s = _timed(translate_document, doc, **options)
            cache.close()
        batch_s = _timed(_raw_batch, raw, tokens)
        single_s = _timed(lambda t: [_raw_batch(raw, [one]) for one in t], tokens)
        report(
            f"  {path.name:<28} {n:>5} {n / service_s:>10.1f} {n / batch_s:>10.1f} "
            f"{n / single_s:>10.1f} {service_s / batch_s:>6.2f} {reopen_s * 1000:>7.1f}ms"
        )
    report("  ratio = PolicyLens time / raw batched time (target: at most 1.15)")
