"""Genuine `.argosmodel` packs with random weights, built on this machine.

Real Argos packs cannot be downloaded in tests or benchmarks, yet the translation path must be
exercised for real: a trained SentencePiece model, a CTranslate2 Transformer written through
``ctranslate2.specs`` (the format the Argos converter produces) and Argos's zip layout. The
weights are random, so the output is gibberish, but shapes, tokenisation, decoding cost and
the file format are the real thing. Tests reuse this module (``tests/support/argos_pack.py``).
"""

from __future__ import annotations

import json
import random
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# A few dozen short policy-like lines in Malay and English: enough for SentencePiece to learn
# a small vocabulary that splits real seed text into plausible pieces.
_CORPUS = (
    "Kami mengumpul maklumat peribadi anda apabila anda menggunakan laman web kami.",
    "Maklumat ini digunakan untuk menyediakan perkhidmatan dan melindungi akaun anda.",
    "Anda boleh menghubungi kami melalui e-mel untuk sebarang pertanyaan.",
    "Dasar Privasi ini terpakai kepada semua pengguna Laman Web.",
    "Kami tidak menjual data peribadi anda kepada pihak ketiga.",
    "Data pelanggan termasuk nama, alamat, nombor telefon dan alamat e-mel.",
    "Kami menyimpan rekod untuk tujuan undang-undang dan perakaunan.",
    "Anda berhak untuk meminta salinan data peribadi yang kami simpan.",
    "Kuki digunakan untuk memahami cara pelawat menggunakan laman web.",
    "Sila baca dasar ini dengan teliti sebelum menggunakan perkhidmatan kami.",
    "Chúng tôi thu thập thông tin cá nhân khi bạn sử dụng dịch vụ.",
    "Thông tin của bạn được bảo vệ theo chính sách bảo mật này.",
    "Bạn có quyền yêu cầu xóa dữ liệu cá nhân của mình.",
    "We collect personal information when you use our website.",
    "This information is used to provide services and protect your account.",
    "You may contact us by e-mail with any questions.",
    "This Privacy Policy applies to all users of the Website.",
    "We do not sell your personal data to third parties.",
    "Customer data includes name, address, telephone number and e-mail address.",
    "We keep records for legal and accounting purposes.",
    "You have the right to request a copy of the personal data we hold.",
    "Cookies are used to understand how visitors use the website.",
    "Please read this policy carefully before using our services.",
    "Section 1.2.1 describes the data we process; see www.example.com for details.",
    "Write to privacy@example.com or call +60 3 1234 5678.",
    "(a) the purposes; (b) the recipients; (c) the retention period.",
    "IV. Hak anda; V. Perubahan kepada dasar ini.",
)


@dataclass(frozen=True, slots=True)
class ModelSize:
    """Transformer dimensions: ``tiny`` for tests, ``base`` as an Argos 1.9 model."""

    layers: int
    heads: int
    d_model: int
    ffn: int
    vocabulary: int  # CT2 vocabulary size (the SentencePiece model may be smaller)
    spm_vocabulary: int
    quantization: str | None


SIZES = {
    "tiny": ModelSize(1, 2, 32, 64, 0, 160, None),
    # Transformer base, as Argos Translate 1.9 packs: 6+6 layers, d_model 512, FFN 2048,
    # 8 heads, a ~32k shared vocabulary, int8 weights.
    "base": ModelSize(6, 8, 512, 2048, 32000, 8000, "int8"),
}


def train_sentencepiece(output_prefix: Path, lines: Iterable[str], vocab_size: int) -> Path:
    """Train a unigram SentencePiece model; ``hard_vocab_limit`` off so small corpora work."""
    import sentencepiece

    corpus = output_prefix.with_suffix(".txt")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sentencepiece.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(output_prefix),
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
        num_threads=1,
    )
    corpus.unlink()
    return output_prefix.with_suffix(".model")


def _spm_pieces(model_path: Path) -> list[str]:
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_file=str(model_path))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _weight_shape(scope: str, size: ModelSize, vocab: int) -> tuple[int, ...]:
    """The ``[out, in]`` shape of a linear or embedding weight, from its place in the spec."""
    d, ffn = size.d_model, size.ffn
    parts = scope.split("/")
    block, leaf = (parts[-2] if len(parts) > 1 else ""), parts[-1]
    if leaf.startswith("embeddings") or leaf == "projection":
        return (vocab, d)
    fused = {"self_attention": {"linear_0": 3 * d}, "attention": {"linear_1": 2 * d}}
    if block in fused:
        return (fused[block].get(leaf, d), d)
    if block == "ffn":
        return (ffn, d) if leaf == "linear_0" else (d, ffn)
    raise ValueError(f"no random shape known for {scope}")


def _fill_random(spec: object, rng: np.random.Generator, size: ModelSize, vocab: int) -> None:
    """Give every weight, bias and norm of a Transformer spec a value of the right shape."""
    updates: list[tuple[object, str, np.ndarray]] = []

    def visit(layer: object, name: str, value: object) -> None:
        scope, _, attr = name.rpartition("/")
        if attr in ("gamma", "beta"):
            fill = np.ones if attr == "gamma" else np.zeros
            updates.append((layer, attr, fill((size.d_model,), dtype=np.float32)))
        elif attr == "weight":
            shape = _weight_shape(scope, size, vocab)
            updates.append((layer, attr, rng.normal(0.0, 0.05, shape).astype(np.float32)))
        elif attr == "bias":
            rows = _weight_shape(scope, size, vocab)[0]
            updates.append((layer, attr, np.zeros((rows,), dtype=np.float32)))

    spec._visit(visit)  # type: ignore[attr-defined]
    for layer, attr, array in updates:
        setattr(layer, attr, array)


def write_model(model_dir: Path, vocabulary: list[str], size: ModelSize, seed: int = 0) -> None:
    """Write a random-weight CTranslate2 Transformer with a shared vocabulary."""
    from ctranslate2.specs import transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(size.layers, size.heads)
    _fill_random(spec, np.random.default_rng(seed), size, len(vocabulary))
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=size.quantization)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def metadata(from_code: str, to_code: str, version: str, **extra: object) -> dict[str, object]:
    """The ``metadata.json`` of a translate pack, as Argos writes it."""
    names = {"en": "English", "ms": "Malay", "vi": "Vietnamese", "cs": "Czech", "sq": "Albanian"}
    return {
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": from_code,
        "from_name": names.get(from_code, from_code),
        "to_code": to_code,
        "to_name": names.get(to_code, to_code),
        "type": "translate",
        "code": f"translate-{from_code}_{to_code}",
        "links": [],
        **extra,
    }


def pack_filename(from_code: str, to_code: str, version: str) -> str:
    """``translate-ms_en-1_9.argosmodel``: the file name used by the Argos index."""
    return f"translate-{from_code}_{to_code}-{version.replace('.', '_')}.argosmodel"


def build_pack(
    output_dir: Path,
    from_code: str = "ms",
    to_code: str = "en",
    version: str = "1.9",
    *,
    size: str = "tiny",
    corpus: Iterable[str] = (),
    seed: int = 0,
    extra_metadata: dict[str, object] | None = None,
) -> Path:
    """Build ``translate-<from>_<to>-<ver>.argosmodel`` in ``output_dir`` and return its path.

    ``corpus`` adds lines to the SentencePiece training text (the benchmark passes the seeds).
    """
    dims = SIZES[size]
    output_dir.mkdir(parents=True, exist_ok=True)
    top = f"{from_code}_{to_code}"
    with tempfile.TemporaryDirectory(dir=output_dir) as work:
        root = Path(work) / top
        root.mkdir()
        lines = [*_CORPUS, *corpus]
        spm_path = train_sentencepiece(root / "sentencepiece", lines, dims.spm_vocabulary)
        pieces = _spm_pieces(spm_path)
        vocabulary = [*pieces, "<blank>"]
        # Pad the model vocabulary to a realistic size; the padding tokens are never produced
        # by the tokenizer but cost the same in the output projection as real ones.
        vocabulary += [f"<extra_{i}>" for i in range(max(0, dims.vocabulary - len(vocabulary)))]
        write_model(root / "model", vocabulary, dims, seed)
        meta = metadata(from_code, to_code, version, **(extra_metadata or {}))
        (root / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        (root / "README.md").write_text("Random-weight test pack.\n", encoding="utf-8")
        target = output_dir / pack_filename(from_code, to_code, version)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                archive.write(path, path.relative_to(work).as_posix())
    return target


def sample_lines(count: int, seed: int = 0) -> list[str]:
    """Shuffled corpus lines, for callers that want input text resembling the training data."""
    rng = random.Random(seed)
    return [rng.choice(_CORPUS) for _ in range(count)]
