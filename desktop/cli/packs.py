"""``policylens packs``: list, browse, install, download and remove language packs.

Only ``available`` and ``download`` touch the network. Progress goes to stderr so stdout stays
a table (or JSON with ``--json``) that scripts can read.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ParamSpec, TypeVar

from desktop.cli import CliError
from desktop.core.translate.catalogue import (
    CatalogueEntry,
    cached_catalogue,
    fetch_catalogue,
    find_entry,
)
from desktop.core.translate.download import DownloadProgress, download_pack
from desktop.core.translate.errors import PackError
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.packs import InstalledPack, list_installed, parse_pair, remove_pack

P = ParamSpec("P")
T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("packs", help="manage offline translation packs")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    commands = (
        ("list", "installed packs", _list, None),
        ("available", "packs offered by the Argos index and PolicyLens", _available, None),
        ("install", "install a .argosmodel file", _install, "FILE"),
        ("download", "download and install a pack (CODE: ms or ms_en)", _download, "CODE"),
        ("remove", "remove an installed pack (CODE: ms or ms_en)", _remove, "CODE"),
    )
    for name, help_text, handler, argument in commands:
        sub = actions.add_parser(name, help=help_text)
        if argument:
            sub.add_argument("target", metavar=argument)
        sub.add_argument("--json", action="store_true", help="print JSON instead of a table")
        sub.set_defaults(handler=handler)


def _installed_json(pack: InstalledPack) -> dict[str, object]:
    return {
        "name": pack.name,
        "code": pack.code,
        "from_code": pack.from_code,
        "to_code": pack.to_code,
        "from_name": pack.from_name,
        "to_name": pack.to_name,
        "version": pack.version,
        "path": str(pack.path),
    }


def _entry_json(entry: CatalogueEntry, installed: dict[tuple[str, str], str]) -> dict[str, object]:
    return {
        "name": entry.name,
        "code": entry.code,
        "from_code": entry.from_code,
        "to_code": entry.to_code,
        "from_name": entry.from_name,
        "to_name": entry.to_name,
        "version": entry.version,
        "links": list(entry.links),
        "supplementary": entry.supplementary,
        "installed": installed.get((entry.from_code, entry.to_code)),
    }


def _table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    return "\n".join(lines)


def _emit(args: argparse.Namespace, data: object, text: str) -> int:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)
    return 0


def _list(args: argparse.Namespace) -> int:
    packs = _guard(list_installed)
    rows = [(p.name, f"{p.from_name} → {p.to_name}", p.version, str(p.path)) for p in packs]
    text = _table(rows, ("PACK", "LANGUAGES", "VERSION", "PATH")) if rows else "No packs installed."
    return _emit(args, [_installed_json(p) for p in packs], text)


def _available(args: argparse.Namespace) -> int:
    entries = _guard(fetch_catalogue)
    installed = {(p.from_code, p.to_code): p.version for p in list_installed()}
    rows = [
        (
            e.code,
            f"{e.from_name} → {e.to_name}",
            e.version,
            installed.get((e.from_code, e.to_code), ""),
            "supplementary" if e.supplementary else "argos",
        )
        for e in entries
    ]
    text = _table(rows, ("PACK", "LANGUAGES", "VERSION", "INSTALLED", "SOURCE"))
    return _emit(args, [_entry_json(e, installed) for e in entries], text)


def _install(args: argparse.Namespace) -> int:
    pack = _guard(install_pack_file, Path(args.target))
    return _emit(args, _installed_json(pack), f"Installed {pack.name} ({pack.path})")


def _download(args: argparse.Namespace) -> int:
    from_code, to_code = _guard(parse_pair, args.target)
    try:
        entries = fetch_catalogue()
    except PackError as error:
        # vi→en (the supplementary catalogue) and anything in the last fetched index can still
        # be downloaded when the index itself is unreachable, as the window offers them.
        entries = cached_catalogue()
        if find_entry(entries, from_code, to_code) is None:
            raise CliError(error.message) from error
        print(f"policylens: {error.message}; using the last known catalogue", file=sys.stderr)
    entry = find_entry(entries, from_code, to_code)
    if entry is None:
        raise CliError(f"no pack for {from_code} → {to_code} in the catalogue")
    pack = _guard(download_pack, entry, on_progress=_print_progress, cancel=threading.Event())
    print(file=sys.stderr)
    return _emit(args, _installed_json(pack), f"Installed {pack.name} ({pack.path})")


def _remove(args: argparse.Namespace) -> int:
    removed = _guard(remove_pack, args.target)
    names = [p.name for p in removed]
    return _emit(args, {"removed": names}, "Removed " + ", ".join(names))


def _print_progress(progress: DownloadProgress) -> None:
    done = progress.done / 1024**2
    speed = progress.speed / 1024**2
    if progress.total:
        eta = f", {progress.eta:.0f} s left" if progress.eta is not None else ""
        line = f"{done:.1f} / {progress.total / 1024**2:.1f} MB, {speed:.1f} MB/s{eta}"
    else:
        line = f"{done:.1f} MB, {speed:.1f} MB/s"
    print(f"\r{line}   ", end="", file=sys.stderr, flush=True)


def _guard(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a core call, turning its PackError into the CLI's one-line error."""
    try:
        return function(*args, **kwargs)
    except PackError as error:
        raise CliError(error.message) from error
