"""The catalogue of packs one could download: Argos's index plus PolicyLens's supplement.

The remote index is fetched only when the user asks (the app starts and works offline); the
last copy is kept where Argos keeps it so an offline session can still say which pack would
help. The supplementary catalogue in ``resources/packs/`` uses the index's own format and
offers vi→en, withdrawn from the official index over a Stanza sentence-splitting bug that
PolicyLens, which splits sentences itself, does not hit. Official entries win for a pair.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from desktop.core.resources import resource_path
from desktop.core.translate import locations
from desktop.core.translate.errors import PackError
from desktop.core.translate.packs import pack_code, pack_name

log = logging.getLogger(__name__)

SUPPLEMENTARY_INDEX = resource_path("packs", "supplementary-index.json")
USER_AGENT = "PolicyLens"
_MAX_INDEX_BYTES = 16 * 1024**2


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """A downloadable pack, as described by an index entry."""

    from_code: str
    from_name: str
    to_code: str
    to_name: str
    version: str
    argos_version: str
    links: tuple[str, ...]
    supplementary: bool

    @property
    def code(self) -> str:
        return pack_code(self.from_code, self.to_code)

    @property
    def name(self) -> str:
        return pack_name(self.code, self.version)

    @property
    def filename(self) -> str:
        return f"{self.name}.argosmodel"


def parse_index(data: object, *, supplementary: bool) -> list[CatalogueEntry]:
    """Translate entries of an index (a JSON list of Argos metadata objects)."""
    from argostranslate.package import AvailablePackage

    if not isinstance(data, list):
        raise PackError("bad_index", "the package index is not a list of packages")
    entries = []
    for item in data:
        if not isinstance(item, dict):
            continue
        package = AvailablePackage(item)
        if package.type != "translate" or not package.from_code or not package.to_code:
            continue
        links = tuple(
            str(link) for link in package.links if str(link).startswith(("http://", "https://"))
        )
        entries.append(
            CatalogueEntry(
                from_code=package.from_code,
                from_name=package.from_name,
                to_code=package.to_code,
                to_name=package.to_name,
                version=str(package.package_version),
                argos_version=str(package.argos_version),
                links=links,
                supplementary=supplementary,
            )
        )
    return entries


def supplementary_entries(path: Path = SUPPLEMENTARY_INDEX) -> list[CatalogueEntry]:
    """The packs PolicyLens offers beside Argos's index (read from disk, no network)."""
    try:
        return parse_index(json.loads(path.read_text(encoding="utf-8")), supplementary=True)
    except (OSError, json.JSONDecodeError) as error:
        log.warning("supplementary catalogue unreadable: %s", error)
        return []


def merge(official: list[CatalogueEntry], extra: list[CatalogueEntry]) -> list[CatalogueEntry]:
    """Official entries plus supplementary ones for pairs the official index lacks."""
    pairs = {(e.from_code, e.to_code) for e in official}
    merged = official + [e for e in extra if (e.from_code, e.to_code) not in pairs]
    return sorted(merged, key=lambda e: (e.from_code, e.to_code))


def fetch_catalogue(url: str | None = None, *, timeout: float = 30.0) -> list[CatalogueEntry]:
    """Download the index (``ARGOS_PACKAGE_INDEX``), keep a copy, merge the supplement."""
    url = url or locations.package_index_url()
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(_MAX_INDEX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise PackError("http_error", f"the package index answered {error.code} ({url})") from error
    except (urllib.error.URLError, OSError) as error:
        raise PackError("network", f"could not reach the package index: {error}") from error
    if len(raw) > _MAX_INDEX_BYTES:
        raise PackError("bad_index", "the package index is implausibly large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackError("bad_index", f"the package index is not valid JSON: {error}") from error
    official = parse_index(data, supplementary=False)
    _save_local_copy(raw)
    return merge(official, supplementary_entries())


def _save_local_copy(raw: bytes) -> None:
    path = locations.local_index_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.part")
        partial.write_bytes(raw)
        partial.replace(path)
    except OSError as error:
        log.warning("could not keep a copy of the package index: %s", error)


def cached_catalogue() -> list[CatalogueEntry]:
    """The last fetched index plus the supplement, without any network access."""
    official: list[CatalogueEntry] = []
    try:
        data = json.loads(locations.local_index_path().read_text(encoding="utf-8"))
        official = parse_index(data, supplementary=False)
    except (OSError, json.JSONDecodeError, PackError):
        pass
    return merge(official, supplementary_entries())


def find_entry(
    entries: list[CatalogueEntry], from_code: str, to_code: str = "en"
) -> CatalogueEntry | None:
    """The catalogue entry for a pair, if any."""
    return next((e for e in entries if (e.from_code, e.to_code) == (from_code, to_code)), None)
