"""Small display helpers shared by widgets."""

from __future__ import annotations


def human_size(count: float) -> str:
    """Bytes as a person reads them: "512 B", "3.4 MB"."""
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"
