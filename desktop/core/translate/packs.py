"""Installed language packs: list, find and remove, over argostranslate's package layer.

Listing reads each pack through ``argostranslate.package.Package`` (its metadata format is the
contract), but PolicyLens walks the folder itself: Argos's ``get_installed_packages`` fails on
any folder without ``metadata.json``, such as an extraction in progress. Removal does not use
``argostranslate.package.uninstall``, which imports ``argostranslate.translate`` and so Stanza.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version

from desktop.core.translate import locations
from desktop.core.translate.errors import PackError

log = logging.getLogger(__name__)

# Held while a pack folder appears or disappears, so a listing never sees half a swap.
install_lock = threading.Lock()

_PAIR = re.compile(r"^(?:translate-)?([a-z]{2,3}(?:-[A-Za-z]+)?)(?:_([a-z]{2,3}))?$")


@dataclass(frozen=True, slots=True)
class InstalledPack:
    """A pack on disk. ``name`` (``translate-ms_en-1_9``) identifies pack and version."""

    code: str  # "translate-ms_en": the pack regardless of version
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    version: str
    path: Path
    tokenizer: str  # "sentencepiece" | "bpe"
    target_prefix: str = ""

    @property
    def name(self) -> str:
        return pack_name(self.code, self.version)


def pack_code(from_code: str, to_code: str) -> str:
    """``translate-ms_en``: how the Argos index names a pair."""
    return f"translate-{from_code}_{to_code}"


def pack_name(code: str, version: str) -> str:
    """``translate-ms_en-1_9``: the pair and version, as in Argos's file names."""
    return f"{code}-{version.replace('.', '_')}"


def parse_pair(text: str, default_target: str = "en") -> tuple[str, str]:
    """Read ``ms``, ``ms_en`` or ``translate-ms_en`` as a (from, to) pair."""
    match = _PAIR.match(text.strip())
    if not match:
        raise PackError("bad_code", f"not a language pair: {text!r} (use e.g. 'ms' or 'ms_en')")
    return match.group(1), match.group(2) or default_target


def version_key(version: str) -> tuple[int, Version | str]:
    """Sort key for pack versions; unparsable versions sort first, by text."""
    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def _read_pack(path: Path) -> InstalledPack | None:
    from argostranslate.package import Package

    try:
        package = Package(path)
    except (OSError, ValueError) as error:
        log.warning("skipping unreadable pack folder %s: %s", path, error)
        return None
    if package.type != "translate" or not package.from_code or not package.to_code:
        return None
    tokenizer = "sentencepiece" if (path / "sentencepiece.model").exists() else "bpe"
    return InstalledPack(
        code=package.code or pack_code(package.from_code, package.to_code),
        from_code=package.from_code,
        from_name=package.from_name,
        to_code=package.to_code,
        to_name=package.to_name,
        version=str(package.package_version),
        path=path,
        tokenizer=tokenizer,
        target_prefix=package.target_prefix or "",
    )


def scan(root: Path) -> list[InstalledPack]:
    """Read the packs in a folder without locking (callers hold ``install_lock`` or accept races).

    Hidden folders are extractions or removals in progress and are skipped.
    """
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.iterdir()):
        if path.is_dir() and not path.name.startswith(".") and (path / "metadata.json").exists():
            pack = _read_pack(path)
            if pack is not None:
                found.append(pack)
    return sorted(found, key=lambda p: (p.code, version_key(p.version)))


def list_installed(packs_dir: Path | None = None) -> list[InstalledPack]:
    """Installed translate packs, sorted by pair then version. Never touches the network."""
    root = packs_dir or locations.packs_dir()
    with install_lock:
        return scan(root)


def find_pack(
    from_code: str, to_code: str = "en", packs_dir: Path | None = None
) -> InstalledPack | None:
    """The newest installed pack for a pair, or None."""
    matches = [
        p for p in list_installed(packs_dir) if p.from_code == from_code and p.to_code == to_code
    ]
    return max(matches, key=lambda p: version_key(p.version)) if matches else None


def discard_dir(path: Path) -> None:
    """Remove a folder by first renaming it aside, so it vanishes from listings at once."""
    if not path.exists():
        return
    trash = Path(tempfile.mkdtemp(prefix=".trash-", dir=path.parent))
    path.rename(trash / path.name)
    shutil.rmtree(trash, ignore_errors=True)


def remove_pack(pair: str, packs_dir: Path | None = None) -> list[InstalledPack]:
    """Remove every installed version of a pair (``ms`` or ``ms_en``); returns what went."""
    from_code, to_code = parse_pair(pair)
    doomed = [
        p for p in list_installed(packs_dir) if p.from_code == from_code and p.to_code == to_code
    ]
    if not doomed:
        raise PackError("not_installed", f"no {pack_code(from_code, to_code)} pack is installed")
    with install_lock:
        for pack in doomed:
            discard_dir(pack.path)
    return doomed
