"""Checking and installing a ``.argosmodel`` file.

A pack file is a zip of one folder holding ``metadata.json``, ``model/model.bin`` and a
``sentencepiece.model`` (or ``bpe.model``). Everything is checked from the zip's directory
before a byte is extracted: entries that would land outside the packs folder (absolute paths,
``..``, symlinks), archives that expand to far more than their size suggests, and archives
missing the files a pack needs are refused. Extraction goes to a hidden folder inside the
packs folder and is renamed into place, so a pack is either fully installed or absent; an
older version of the same pair is removed only once the new one is in place.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop.core.translate import locations
from desktop.core.translate.errors import PackError
from desktop.core.translate.packs import (
    InstalledPack,
    discard_dir,
    install_lock,
    list_installed,
    pack_code,
    pack_name,
    scan,
)

MAX_UNCOMPRESSED = 2 * 1024**3  # no real pack comes near this (Argos 1.9 packs are ~100 MB)
MAX_RATIO = 20  # model weights barely compress; 20x their packed size means a zip bomb
RATIO_FLOOR = 64 * 1024**2  # tiny archives may compress text well; only judge larger ones
_COPY_CHUNK = 1024 * 1024
# Codes and versions become part of a folder name, so they are held to a strict shape.
_CODE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})?")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,31}")


@dataclass(frozen=True, slots=True)
class PackFileInfo:
    """What a checked pack file contains."""

    top: str
    metadata: dict[str, object]
    uncompressed: int

    @property
    def from_code(self) -> str:
        return str(self.metadata["from_code"])

    @property
    def to_code(self) -> str:
        return str(self.metadata["to_code"])

    @property
    def version(self) -> str:
        return str(self.metadata["package_version"])

    @property
    def code(self) -> str:
        return pack_code(self.from_code, self.to_code)


def _member_parts(info: zipfile.ZipInfo) -> tuple[str, ...]:
    name = info.filename
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackError("unsafe_path", f"the pack contains an absolute path: {name!r}")
    parts = PurePosixPath(name).parts
    if any(part in ("..", "") for part in parts):
        raise PackError("unsafe_path", f"the pack contains a path leaving its folder: {name!r}")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackError("unsafe_path", f"the pack contains a symbolic link: {name!r}")
    return parts


def inspect_pack_file(path: Path) -> PackFileInfo:
    """Check a pack file without extracting it; raise PackError saying what is wrong."""
    if not path.is_file():
        raise PackError("not_found", f"no such file: {path}")
    if not zipfile.is_zipfile(path):
        raise PackError("not_a_pack", f"{path.name} is not a language pack (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            tops = set()
            files = set()
            total = 0
            for info in members:
                parts = _member_parts(info)
                tops.add(parts[0])
                if not info.is_dir():
                    files.add("/".join(parts[1:]))
                total += info.file_size
            _check_size(path, total)
            if len(tops) != 1 or "" in files:
                raise PackError("bad_layout", "a pack must hold exactly one top-level folder")
            top = tops.pop()
            missing = [f for f in ("metadata.json", "model/model.bin") if f not in files]
            if not {"sentencepiece.model", "bpe.model"} & files:
                missing.append("sentencepiece.model")
            if missing:
                raise PackError("incomplete", f"the pack lacks {', '.join(missing)}")
            metadata = _read_metadata(archive, f"{top}/metadata.json")
    except zipfile.BadZipFile as error:
        raise PackError("corrupt", f"{path.name} is damaged: {error}") from error
    return PackFileInfo(top=top, metadata=metadata, uncompressed=total)


def _check_size(path: Path, total: int) -> None:
    packed = path.stat().st_size
    if total > MAX_UNCOMPRESSED or (total > RATIO_FLOOR and total > MAX_RATIO * packed):
        raise PackError(
            "too_large",
            f"{path.name} would expand to {total / 1024**2:.0f} MB from "
            f"{packed / 1024**2:.1f} MB; refusing it as a possible zip bomb",
        )


def _read_metadata(archive: zipfile.ZipFile, name: str) -> dict[str, object]:
    if archive.getinfo(name).file_size > 1024**2:
        raise PackError("bad_metadata", "metadata.json is implausibly large")
    try:
        metadata = json.loads(archive.read(name).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackError("bad_metadata", f"metadata.json is not valid JSON: {error}") from error
    if not isinstance(metadata, dict):
        raise PackError("bad_metadata", "metadata.json must be an object")
    if metadata.get("type", "translate") != "translate":
        raise PackError("not_translate", "only translation packs can be installed")
    for key, pattern in (("from_code", _CODE), ("to_code", _CODE), ("package_version", _VERSION)):
        value = metadata.get(key)
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise PackError("bad_metadata", f"metadata.json has no valid {key}")
    return metadata


def _extract(archive: zipfile.ZipFile, info: PackFileInfo, target: Path) -> None:
    """Extract member by member under a byte budget (declared sizes are enforced by CRC)."""
    budget = info.uncompressed
    for member in archive.infolist():
        parts = _member_parts(member)[1:]
        destination = target.joinpath(*parts) if parts else target
        if member.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(member) as source, open(destination, "wb") as sink:
            while chunk := source.read(_COPY_CHUNK):
                budget -= len(chunk)
                if budget < 0:
                    raise PackError("too_large", "the pack expands beyond its declared size")
                sink.write(chunk)


def _clean_leftovers(root: Path, max_age: float = 3600.0) -> None:
    """Remove extraction folders a crash left behind (old enough not to be in use)."""
    now = time.time()
    for path in root.glob(".install-*"):
        if now - path.stat().st_mtime > max_age:
            shutil.rmtree(path, ignore_errors=True)
    for path in root.glob(".trash-*"):
        shutil.rmtree(path, ignore_errors=True)


def install_pack_file(path: Path, packs_dir: Path | None = None) -> InstalledPack:
    """Install a checked pack file; replaces older versions of the pair once it is in place."""
    info = inspect_pack_file(path)
    root = packs_dir or locations.packs_dir()
    root.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(root)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
    try:
        target = staging / "pack"
        try:
            with zipfile.ZipFile(path) as archive:
                _extract(archive, info, target)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise PackError("corrupt", f"{path.name} could not be extracted: {error}") from error
        final = root / pack_name(info.code, info.version)
        _swap_in(target, final, (info.from_code, info.to_code))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    installed = [p for p in list_installed(root) if p.path == final]
    if not installed:
        raise PackError("bad_metadata", f"{path.name} installed but could not be read back")
    return installed[0]


def _swap_in(new: Path, final: Path, pair: tuple[str, str]) -> None:
    """Rename the extracted pack into place, then drop other versions of the same pair."""
    with install_lock:
        older = [p.path for p in scan(final.parent) if (p.from_code, p.to_code) == pair]
        aside = None
        if final.exists():
            aside = Path(tempfile.mkdtemp(prefix=".trash-", dir=final.parent))
            final.rename(aside / final.name)
        try:
            os.replace(new, final)
        except OSError as error:
            if aside is not None:
                (aside / final.name).rename(final)
            raise PackError("install_failed", f"could not install the pack: {error}") from error
        for old in older:
            if old != final:
                discard_dir(old)
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)
