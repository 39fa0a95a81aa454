"""The translation part of ``analyze --json``: a stable, documented shape."""

from __future__ import annotations

from desktop.core.translate.service import TranslationResult


def translation_to_json(result: TranslationResult) -> dict[str, str | None]:
    """``{"status", "pack", "reason"}`` for the document; sentences carry their own text."""
    return {"status": result.status, "pack": result.pack, "reason": result.reason}
