"""Text patterns that several parts of the core must agree on.

An e-mail address is protected from translation, ignored by language detection, reported as a
contact fact and taken as evidence that a passage says whom to contact: one definition keeps
those four views of the same text in step. Facts quote phrases that end at ``PHRASE_END``.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
# Where a phrase lifted out of a sentence ends ("counted from …", a company name, "how: …"):
# punctuation, a line break, or "|" between the cells of a table row.
PHRASE_END = r"[.,;:!?()|\n]"
