"""The engine on a tiny genuine pack, what protection keeps, and the no-Stanza guarantee."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.translate.engine import PackEngine, decoding_cap, default_threads
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.protect import placeholder, protect, restore

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def engine(pack_files: dict[str, Path], packs_dir: Path) -> PackEngine:
    return PackEngine(install_pack_file(pack_files["ms-1.9"], packs_dir), beam_size=1)


def test_engine_translates_in_input_order_in_batched_calls(engine: PackEngine) -> None:
    texts = ["Kami mengumpul maklumat peribadi anda.", "Data.", "Anda boleh menghubungi kami."]
    together = engine.translate(texts, max_decoding_length=12)
    assert engine.calls == 1
    alone = [engine.translate([t], max_decoding_length=12)[0] for t in texts]
    assert together == alone  # sorting by length must not shuffle results
    assert all(isinstance(t, str) and t for t in together)


def test_detokenize_keeps_copied_placeholders(engine: PackEngine) -> None:
    text = f"hubungi {placeholder(0)} sekarang"
    tokens = engine.tokenize([text])[0]
    assert placeholder(0) in tokens
    assert engine.detokenize(tokens) == text


def test_target_prefix_is_passed_and_stripped(
    pack_files: dict[str, Path], tmp_path: Path, packs_dir: Path
) -> None:
    from tests.support.argos_pack import build_pack

    path = build_pack(tmp_path, "cs", "en", "1.0", extra_metadata={"target_prefix": "▁anda"})
    engine = PackEngine(install_pack_file(path, packs_dir), beam_size=1)
    assert engine.pack.target_prefix == "▁anda"
    tokens = engine.translate_tokens(engine.tokenize(["Kami"]), max_decoding_length=6)[0]
    assert tokens[0] == "▁anda"
    assert engine.detokenize(tokens) == engine.detokenize(tokens[1:])


def test_limits() -> None:
    assert decoding_cap([3, 10]) == 30
    assert decoding_cap([400]) == 256
    assert default_threads() >= 1


@pytest.mark.parametrize(
    ("sentence", "prefix", "items"),
    [
        ("1.2.1 Data Komunikasi", "1.2.1 ", ()),
        ("IV. Hak anda", "IV. ", ()),
        ("a) tujuan pemprosesan", "a) ", ()),
        ("(ii) hak anda", "(ii) ", ()),
        ("• perkara", "• ", ()),
        ("- perkara", "- ", ()),
        ("· perkara", "· ", ()),
        ("Lawati www.aclaro.io.", "", ("www.aclaro.io",)),
        ("E-mel privacy@aclaro.io atau https://x.org/a?b=1, kini", "",
         ("privacy@aclaro.io", "https://x.org/a?b=1")),
        ("2020 adalah tahun", "", ()),
    ],
)
def test_protect_splits_markers_and_links(
    sentence: str, prefix: str, items: tuple[str, ...]
) -> None:
    protected = protect(sentence)
    assert (protected.prefix, protected.items) == (prefix, items)
    assert restore(protected) == sentence


def test_restore_puts_links_back_or_appends_them() -> None:
    protected = protect("1. Hubungi privacy@x.com atau www.x.com")
    assert restore(protected, f"Contact {placeholder(1)} or ⁇ there") == (
        "1. Contact www.x.com or there privacy@x.com"
    )
    assert not protect("1.2.1").needs_model
    assert not protect("www.aclaro.io").needs_model
    assert protect("• data").needs_model


def test_no_torch_or_stanza_is_ever_imported(pack_files: dict[str, Path], tmp_path: Path) -> None:
    script = f"""
import dataclasses, json, os, sys
from pathlib import Path
from desktop.core.document import Document, Language, Paragraph, Sentence, BlockKind
from desktop.core.translate import catalogue, download, packs, service, cache
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.engine import EngineCache
from desktop.cli import packs as cli_packs
root = Path({str(tmp_path)!r})
install_pack_file(Path({str(pack_files["ms-1.9"])!r}), root / "packs")
packs.list_installed(root / "packs")
text = "Kami mengumpul data. Lawati www.x.com."
doc = Document(None, "text", text, (Paragraph(0, 0, len(text), BlockKind.PARAGRAPH),),
    (Sentence(0, 0, 20, text[:20], 0), Sentence(1, 21, len(text), text[21:], 0)), (),
    Language("ms", "Malay", 1.0))
result = service.translate_document(doc, packs_dir=root / "packs",
    engines=EngineCache(beam_size=1, threads=1), max_decoding_length=8)
print(json.dumps([result.status, "torch" in sys.modules, "stanza" in sys.modules,
    "argostranslate.translate" in sys.modules, "spacy" in sys.modules]))
"""
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d"),
           "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_CACHE_HOME": str(tmp_path / "k"),
           "ARGOS_PACKAGES_DIR": str(tmp_path / "packs"), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )
    assert json.loads(completed.stdout.splitlines()[-1]) == ["done", False, False, False, False]
