"""Round 24, area "context en" (third pass): a round's follow-up sentence that names the round only by "it".

"Anysphere closed a $2.3 billion Series D. It was co-led by Accel and Coatue." — the trigger row
(triggers_en.tsv, round 24) reads "It was (co-)led by" as a round the subject received; ``it_led``
keeps it only when one of the two sentences before it states a funding round of that same company,
so "Anthropic was founded in 2021. It is led by Dario Amodei." stays no claim. "Nvidia and Google came
in as new strategic investors" is an ``investors`` row and joins the previous round through
``invest_en4.link`` / ``lists.join_previous`` like the other participation rows.
"""

from __future__ import annotations

import re
from typing import Any

_IT_LED = re.compile(r"^(?:was|is|has been|had been) (?:also |jointly )?(?:co-)?led by$", re.IGNORECASE)
_BACK = 2


def it_led(state: Any, view: Any, cands: list[Any]) -> None:
    """"It was led by X": the round of the nearest of the two sentences before that states one (one company)."""
    if view.lang != "en":
        return
    rounds: dict[int, list[Any]] = state.__dict__.setdefault("_en7_rounds", {})
    for c in cands:
        if c.rejected is not None or c.kind != "investment" or not _IT_LED.match(c.trigger.text):
            continue
        company = _nearest_round(rounds, view.index)
        if company is None or (c.targets and c.targets[0].entity != company.entity):
            c.rejected = "'It was led by': no single funding round in the two sentences before"
        elif not c.targets:
            c.targets = [company]
            c.note(f"'It' is the round of {company.entity} stated just before")
    rounds[view.index] = [t for c in cands if c.rejected is None and c.kind == "investment" and not _IT_LED.match(c.trigger.text)
                          for t in c.targets if t.entity]


def _nearest_round(rounds: dict[int, list[Any]], index: int) -> Any:
    """The one company of the nearest round among the ``_BACK`` sentences before ``index``, else None."""
    for i in range(index - 1, index - 1 - _BACK, -1):
        companies = {t.entity: t for t in rounds.get(i, [])}
        if companies:
            return next(iter(companies.values())) if len(companies) == 1 else None
    return None
