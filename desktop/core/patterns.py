"""Text patterns that several parts of the core must agree on.

An e-mail address is protected from translation, ignored by language detection, reported as a
contact fact and taken as evidence that a passage says whom to contact: one definition keeps
those four views of the same text in step.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
