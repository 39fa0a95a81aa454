"""Installing, listing and removing packs, and refusing unsafe pack files."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from desktop.core.translate.errors import PackError
from desktop.core.translate.pack_file import inspect_pack_file, install_pack_file
from desktop.core.translate.packs import find_pack, list_installed, parse_pair, remove_pack

METADATA = json.dumps(
    {"package_version": "1.9", "from_code": "ms", "to_code": "en", "type": "translate"}
)


def make_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def valid_members(top: str = "ms_en") -> dict[str, bytes | str]:
    return {
        f"{top}/metadata.json": METADATA,
        f"{top}/model/model.bin": b"\0" * 64,
        f"{top}/sentencepiece.model": b"spm",
    }


def assert_nothing_installed(packs_dir: Path) -> None:
    assert list_installed(packs_dir) == []
    assert [p for p in packs_dir.iterdir() if not p.name.startswith(".trash")] == []


def test_install_list_find_remove(pack_files: dict[str, Path], packs_dir: Path) -> None:
    pack = install_pack_file(pack_files["ms-1.9"], packs_dir)
    assert (pack.from_code, pack.to_code, pack.version) == ("ms", "en", "1.9")
    assert pack.name == "translate-ms_en-1_9"
    assert (pack.path / "model" / "model.bin").is_file()
    assert [p.name for p in list_installed(packs_dir)] == ["translate-ms_en-1_9"]
    assert find_pack("ms", "en", packs_dir) == pack
    assert find_pack("vi", "en", packs_dir) is None

    removed = remove_pack("ms", packs_dir)
    assert [p.name for p in removed] == ["translate-ms_en-1_9"]
    assert_nothing_installed(packs_dir)
    with pytest.raises(PackError) as error:
        remove_pack("ms_en", packs_dir)
    assert error.value.code == "not_installed"


def test_newer_version_replaces_older_and_reinstall_is_idempotent(
    pack_files: dict[str, Path], packs_dir: Path
) -> None:
    install_pack_file(pack_files["ms-1.9"], packs_dir)
    install_pack_file(pack_files["vi-1.9"], packs_dir)
    install_pack_file(pack_files["ms-2.0"], packs_dir)
    install_pack_file(pack_files["ms-2.0"], packs_dir)
    assert [p.name for p in list_installed(packs_dir)] == [
        "translate-ms_en-2_0",
        "translate-vi_en-1_9",
    ]
    assert sorted(p.name for p in packs_dir.iterdir()) == [
        "translate-ms_en-2_0",
        "translate-vi_en-1_9",
    ]


def test_listing_ignores_extractions_in_progress(
    pack_files: dict[str, Path], packs_dir: Path
) -> None:
    install_pack_file(pack_files["ms-1.9"], packs_dir)
    (packs_dir / ".install-abc" / "pack").mkdir(parents=True)
    (packs_dir / "stray-folder").mkdir()
    assert [p.name for p in list_installed(packs_dir)] == ["translate-ms_en-1_9"]


@pytest.mark.parametrize(
    ("members", "code"),
    [
        ({**valid_members(), "ms_en/../evil.txt": "x"}, "unsafe_path"),
        ({**valid_members(), "../evil.txt": "x"}, "unsafe_path"),
        ({**valid_members(), "/etc/evil": "x"}, "unsafe_path"),
        ({**valid_members(), "ms_en\\..\\evil": "x"}, "unsafe_path"),
        ({k: v for k, v in valid_members().items() if "model.bin" not in k}, "incomplete"),
        ({k: v for k, v in valid_members().items() if "metadata" not in k}, "incomplete"),
        ({k: v for k, v in valid_members().items() if "sentencepiece" not in k}, "incomplete"),
        ({**valid_members(), "other/file": "x"}, "bad_layout"),
        ({**valid_members(), "ms_en/metadata.json": "{not json"}, "bad_metadata"),
        (
            {**valid_members(), "ms_en/metadata.json": json.dumps({"from_code": "../x"})},
            "bad_metadata",
        ),
    ],
)
def test_unsafe_or_incomplete_files_are_refused(
    tmp_path: Path, packs_dir: Path, members: dict[str, bytes | str], code: str
) -> None:
    path = make_zip(tmp_path / "bad.argosmodel", members)
    with pytest.raises(PackError) as error:
        install_pack_file(path, packs_dir)
    assert error.value.code == code
    assert error.value.message
    assert_nothing_installed(packs_dir)
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_member_is_refused(tmp_path: Path, packs_dir: Path) -> None:
    path = make_zip(tmp_path / "link.argosmodel", valid_members())
    with zipfile.ZipFile(path, "a") as archive:
        link = zipfile.ZipInfo("ms_en/model/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(PackError) as error:
        install_pack_file(path, packs_dir)
    assert error.value.code == "unsafe_path"
    assert_nothing_installed(packs_dir)


def test_zip_bomb_is_refused_before_extraction(tmp_path: Path, packs_dir: Path) -> None:
    path = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in valid_members().items():
            archive.writestr(name, data)
        with archive.open("ms_en/model/padding.bin", "w", force_zip64=True) as member:
            zeros = b"\0" * (1024 * 1024)
            for _ in range(100):  # 100 MB of zeros compress to ~100 KB
                member.write(zeros)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(PackError) as error:
        inspect_pack_file(path)
    assert error.value.code == "too_large"
    assert "zip bomb" in error.value.message
    with pytest.raises(PackError):
        install_pack_file(path, packs_dir)
    assert_nothing_installed(packs_dir)


def test_not_a_zip_and_missing_file(tmp_path: Path, packs_dir: Path) -> None:
    text = tmp_path / "notes.argosmodel"
    text.write_text("hello")
    with pytest.raises(PackError) as error:
        install_pack_file(text, packs_dir)
    assert error.value.code == "not_a_pack"
    with pytest.raises(PackError) as error:
        install_pack_file(tmp_path / "absent.argosmodel", packs_dir)
    assert error.value.code == "not_found"


def test_truncated_pack_file_is_refused(
    pack_files: dict[str, Path], tmp_path: Path, packs_dir: Path
) -> None:
    data = pack_files["ms-1.9"].read_bytes()
    cut = tmp_path / "cut.argosmodel"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(PackError) as error:
        install_pack_file(cut, packs_dir)
    assert error.value.code in {"not_a_pack", "corrupt"}
    assert_nothing_installed(packs_dir)


@pytest.mark.parametrize(
    ("text", "pair"),
    [("ms", ("ms", "en")), ("ms_en", ("ms", "en")), ("translate-vi_en", ("vi", "en"))],
)
def test_parse_pair(text: str, pair: tuple[str, str]) -> None:
    assert parse_pair(text) == pair


def test_parse_pair_rejects_nonsense() -> None:
    with pytest.raises(PackError):
        parse_pair("../../etc")
