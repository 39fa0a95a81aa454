"""Whether a policy says it sells personal data, or says it does not.

"Kami tidak akan menyewa atau menjual Data anda", "neprodáváme", "nuk shesim", "không bán",
"we do not sell": cues that name the seller, so that a "Do Not Sell My Personal Information"
link says nothing either way. A sentence that says both ("Wir verkaufen Ihre
personenbezogenen Daten nicht") reads as not sold. One fact per answer, at its first mention;
a policy may state both (it does not sell, yet sharing for advertising may count as a sale
under Californian law).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.document import BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import cue_set, per_language
from desktop.core.facts.model import SaleFact

NOT_SOLD = cue_set("sale.not_sold", per_language("sale", "not_sold"))
SOLD = cue_set("sale.sold", per_language("sale", "sold"))


def extract_sale(views: Sequence[SentenceView]) -> list[SaleFact]:
    """At most two facts: the first "does not sell" and the first "sells"."""
    found: dict[bool, SaleFact] = {}
    for view in views:
        if view.kind == BlockKind.BOILERPLATE:
            continue
        for sold, cues in ((False, NOT_SOLD), (True, SOLD)):
            matches = view.find(cues)
            if matches:
                start, end = matches[0]
                fact = SaleFact(sold, view.index, view.start + start, view.start + end)
                found.setdefault(sold, fact)
                break  # a sentence saying both reads as not sold
    return sorted(found.values(), key=lambda f: f.start)
