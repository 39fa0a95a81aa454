"""Downloading a pack: streamed to a temporary file, checked, then installed.

The file is written under a unique ``.part`` name in Argos's downloads folder and is installed
only when its length matches ``Content-Length`` and the pack file checks pass. Whatever goes
wrong (HTTP error, dropped connection, short body, cancel, bad archive) the partial file is
deleted, so nothing stale blocks a retry and no pack is half-installed.
"""

from __future__ import annotations

import http.client
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.translate import locations
from desktop.core.translate.catalogue import USER_AGENT, CatalogueEntry
from desktop.core.translate.errors import PackError
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.packs import InstalledPack

log = logging.getLogger(__name__)

CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    """Bytes so far, total (None if the server did not say), bytes/s, seconds left."""

    done: int
    total: int | None
    speed: float
    eta: float | None


ProgressCallback = Callable[[DownloadProgress], None]


def download_pack(
    entry: CatalogueEntry,
    *,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    packs_dir: Path | None = None,
    downloads_dir: Path | None = None,
    timeout: float = 30.0,
) -> InstalledPack:
    """Download and install a catalogue entry, trying its links in order."""
    if not entry.links:
        raise PackError("no_link", f"{entry.name} has no download link")
    folder = downloads_dir or locations.downloads_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{entry.name}.*.part"):
        stale.unlink(missing_ok=True)
    last_error: PackError | None = None
    for url in entry.links:
        partial = folder / f"{entry.name}.{threading.get_ident()}-{time.monotonic_ns()}.part"
        try:
            fetch(url, partial, on_progress=on_progress, cancel=cancel, timeout=timeout)
            return install_pack_file(partial, packs_dir)
        except PackError as error:
            if error.code == "cancelled":
                raise
            log.warning("download of %s from %s failed: %s", entry.name, url, error)
            last_error = error
        finally:
            partial.unlink(missing_ok=True)
    assert last_error is not None
    raise last_error


def fetch(
    url: str,
    destination: Path,
    *,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
) -> int:
    """Stream ``url`` into ``destination``; raise PackError unless the body is complete."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = _stream(response, destination, total, on_progress, cancel)
    except urllib.error.HTTPError as error:
        raise PackError("http_error", f"the server answered {error.code} for {url}") from error
    except (urllib.error.URLError, OSError) as error:
        raise PackError("network", f"the download was interrupted: {error}") from error
    if total is not None and done != total:
        raise PackError("truncated", f"the download stopped at {done} of {total} bytes")
    return done


def _stream(
    response: http.client.HTTPResponse,
    destination: Path,
    total: int | None,
    on_progress: ProgressCallback | None,
    cancel: threading.Event | None,
) -> int:
    started = time.monotonic()
    done = 0
    with open(destination, "wb") as sink:
        while True:
            if cancel is not None and cancel.is_set():
                raise PackError("cancelled", "the download was cancelled")
            try:
                chunk = response.read(CHUNK)
            except http.client.IncompleteRead as error:
                raise PackError("truncated", f"the download was cut short: {error}") from error
            if not chunk:
                break
            sink.write(chunk)
            done += len(chunk)
            if on_progress is not None:
                elapsed = max(time.monotonic() - started, 1e-6)
                speed = done / elapsed
                eta = (total - done) / speed if total is not None and speed > 0 else None
                on_progress(DownloadProgress(done, total, speed, eta))
    return done

