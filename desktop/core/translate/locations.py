"""Where packs, downloads and the package index live, read from Argos's settings at call time.

``argostranslate.settings`` freezes its paths when first imported (and creates folders under
``$HOME`` then), so PolicyLens asks ``get_setting`` on every call and derives the defaults the
same way Argos does: tests and users can move everything with ``ARGOS_PACKAGES_DIR``,
``ARGOS_PACKAGE_INDEX`` and the ``XDG_*`` variables without re-importing anything.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_PACKAGE_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"


def _get_setting(key: str, default: str) -> str:
    from argostranslate import settings

    return str(settings.get_setting(key, default=default))


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable)
    return Path(value) if value else Path.home() / fallback


def argos_data_dir() -> Path:
    """Argos's own data folder (``$XDG_DATA_HOME/argos-translate``)."""
    return _xdg("XDG_DATA_HOME", ".local/share") / "argos-translate"


def packs_dir() -> Path:
    """The folder installed packs live in, shared with Argos Translate itself."""
    path = Path(_get_setting("ARGOS_PACKAGES_DIR", str(argos_data_dir() / "packages")))
    path.mkdir(parents=True, exist_ok=True)
    return path


def downloads_dir() -> Path:
    """Where downloads are written before they are installed (Argos's download cache)."""
    path = _xdg("XDG_CACHE_HOME", ".local/cache") / "argos-translate" / "downloads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def package_index_url() -> str:
    """The URL of the remote ``index.json`` (``ARGOS_PACKAGE_INDEX`` + ``index.json``)."""
    base = _get_setting("ARGOS_PACKAGE_INDEX", DEFAULT_PACKAGE_INDEX)
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def local_index_path() -> Path:
    """The last fetched index, kept so an offline start can still name a missing pack."""
    return argos_data_dir() / "index.json"
