"""Comparing policies side by side: the matrix window, its passages and aligned reading."""

from desktop.ui.compare.window import ComparisonWindow

__all__ = ["ComparisonWindow"]
