"""The one error type of the language-pack layer."""

from __future__ import annotations


class PackError(Exception):
    """A pack could not be listed, fetched, installed, removed or loaded.

    ``code`` is stable (the UI maps it to a translated message); ``message`` is a plain English
    explanation for logs and the command line.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
