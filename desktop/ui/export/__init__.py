"""Exporting reports with Qt's own rich-text and printing support (no browser)."""
