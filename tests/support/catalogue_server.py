"""A package index on 127.0.0.1 for tests: serves ``index.json`` and pack files.

Switches make it misbehave the ways real downloads do: ``truncate`` announces the full
``Content-Length`` but sends half the body and closes; ``fail`` answers 500.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class CatalogueServer:
    """Files by URL path, plus the switches; ``url`` is the index base (ends with '/')."""

    files: dict[str, bytes] = field(default_factory=dict)
    truncate: bool = False
    fail: bool = False
    requests: list[str] = field(default_factory=list)
    url: str = ""

    def add_pack(self, path: Path) -> str:
        """Serve a pack file; returns its URL."""
        self.files[f"/{path.name}"] = path.read_bytes()
        return f"{self.url}{path.name}"

    def set_index(self, entries: list[dict[str, object]]) -> None:
        self.files["/index.json"] = json.dumps(entries).encode("utf-8")


def malay_entry(link: str) -> dict[str, object]:
    """The index entry of the ms→en 1.9 test pack served at ``link``."""
    return {
        "package_version": "1.9",
        "argos_version": "1.9.0",
        "from_code": "ms",
        "from_name": "Malay",
        "to_code": "en",
        "to_name": "English",
        "links": [link],
        "type": "translate",
        "code": "translate-ms_en",
    }


def _handler(state: CatalogueServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            body = state.files.get(self.path)
            if state.fail:
                self.send_error(500, "Internal Server Error")
                return
            if body is None:
                self.send_error(404, "Not Found")
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2] if state.truncate else body)
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve_catalogue() -> Iterator[CatalogueServer]:
    """Run the server in a thread for the duration of the ``with`` block."""
    state = CatalogueServer()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
