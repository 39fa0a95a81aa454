"""Running a pack's model directly: SentencePiece in, CTranslate2 ``translate_batch``, out.

This mirrors what ``argostranslate.translate.apply_packaged_translation`` does for one
sentence list (same ``replace_unknowns``, ``length_penalty`` and ``target_prefix`` handling)
without its sentence splitting, which pulls in Stanza and PyTorch. Many sentences go into one
call, sorted by length so padded batches stay tight, and come back in the caller's order.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from desktop.core.translate.errors import PackError
from desktop.core.translate.packs import InstalledPack

# Argos's own default (settings.beam_size): PolicyLens then shows the translation a user of
# Argos or LibreTranslate would get. Beam 2 is ~1.6x faster and slightly worse; callers choose.
DEFAULT_BEAM_SIZE = 4
MAX_DECODING_LENGTH = 256
MAX_BATCH_SIZE = 32  # sentences per translate_batch call (Argos batches 32 too)


def default_threads() -> int:
    """Threads for one translation: all cores but one, left for the UI (at least one)."""
    return max(1, (os.cpu_count() or 2) - 1)


def decoding_cap(lengths: Sequence[int]) -> int:
    """A decoding limit relative to the input: translations are rarely twice as long."""
    return min(MAX_DECODING_LENGTH, 2 * max(lengths, default=0) + 10)


class PackEngine:
    """One loaded pack. Thread-safe: calls are serialised (CTranslate2 is itself threaded)."""

    def __init__(
        self,
        pack: InstalledPack,
        *,
        beam_size: int = DEFAULT_BEAM_SIZE,
        threads: int | None = None,
        compute_type: str = "auto",
    ) -> None:
        import ctranslate2
        import sentencepiece

        if pack.tokenizer != "sentencepiece":
            raise PackError(
                "unsupported_pack", f"{pack.name} uses a BPE tokenizer, which is not supported"
            )
        self.pack = pack
        self.beam_size = beam_size
        self.calls = 0  # translate_batch calls so far (tests count model work with it)
        self._lock = threading.Lock()
        try:
            self._processor = sentencepiece.SentencePieceProcessor(
                model_file=str(Path(pack.path) / "sentencepiece.model")
            )
            self._translator = ctranslate2.Translator(
                str(Path(pack.path) / "model"),
                device="cpu",
                compute_type=compute_type,
                inter_threads=1,
                intra_threads=threads or default_threads(),
            )
        except (RuntimeError, OSError, ValueError) as error:
            raise PackError("load_failed", f"{pack.name} could not be loaded: {error}") from error

    def tokenize(self, texts: Sequence[str]) -> list[list[str]]:
        return [self._processor.encode(text, out_type=str) for text in texts]

    def detokenize(self, tokens: Sequence[str]) -> str:
        """Decode pieces; pieces outside the vocabulary (copied placeholders) stay literal."""
        prefix = self.pack.target_prefix
        if prefix and tokens and tokens[0] == prefix:
            tokens = tokens[1:]
        return str(self._processor.decode_pieces(list(tokens))).strip()

    def translate_tokens(
        self, batch: Sequence[list[str]], *, max_decoding_length: int | None = None
    ) -> list[list[str]]:
        """Translate tokenised sentences, returned in input order.

        Sentences are sorted by length and sent in sub-batches of similar length, each with a
        decoding cap relative to its own longest input (unless ``max_decoding_length`` fixes
        one), so short sentences never pay for the longest one.
        """
        order = sorted(range(len(batch)), key=lambda i: len(batch[i]))
        out: list[list[str]] = [[] for _ in batch]
        for start in range(0, len(order), MAX_BATCH_SIZE):
            group = order[start : start + MAX_BATCH_SIZE]
            tokens = [batch[i] for i in group]
            cap = max_decoding_length or decoding_cap([len(t) for t in tokens])
            prefix = [[self.pack.target_prefix]] * len(tokens) if self.pack.target_prefix else None
            with self._lock:
                self.calls += 1
                results = self._translator.translate_batch(
                    tokens,
                    target_prefix=prefix,
                    beam_size=self.beam_size,
                    max_decoding_length=cap,
                    replace_unknowns=True,
                    length_penalty=0.2,
                )
            for position, result in zip(group, results, strict=True):
                out[position] = result.hypotheses[0]
        return out

    def translate(
        self, texts: Sequence[str], *, max_decoding_length: int | None = None
    ) -> list[str]:
        """Translate plain sentences in one model call; returns one string per input."""
        tokens = self.translate_tokens(
            self.tokenize(texts), max_decoding_length=max_decoding_length
        )
        return [self.detokenize(t) for t in tokens]


class EngineCache:
    """Keeps the last loaded engine so consecutive documents do not reload the model."""

    def __init__(
        self,
        *,
        beam_size: int = DEFAULT_BEAM_SIZE,
        threads: int | None = None,
        compute_type: str = "auto",
    ) -> None:
        self._beam_size = beam_size
        self._threads = threads
        self._compute_type = compute_type
        self._lock = threading.Lock()
        self._engine: PackEngine | None = None

    def get(self, pack: InstalledPack) -> PackEngine:
        with self._lock:
            current = self._engine
            if current is None or (current.pack.path, current.pack.version) != (
                pack.path,
                pack.version,
            ):
                current = PackEngine(
                    pack,
                    beam_size=self._beam_size,
                    threads=self._threads,
                    compute_type=self._compute_type,
                )
                self._engine = current
            return current
