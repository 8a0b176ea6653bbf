"""Round 21, phenomenon "acquisitions4": subsidiaries, rejected offers, prices paid for a company, units sold.

``adjust(view, cands)`` runs after ``acquisitions3.adjust``. Each rule reads one structure:

- "Y became a (majority-owned) subsidiary of X": X acquires Y (the trigger names the child first);
- an offer the target turned down ("Y rejected / turned down / walked away from X's $N offer",
  Y拒绝了X的收购要约, YはXの買収提案を断った): the proposed acquisition stays, and a ``denied`` twin
  records the refusal (two claims, as the gold conventions ask);
- "X agreed to pay $N (in cash) for Y" with a company right after "for": an acquisition of Y;
- "X agreed to sell Y's manufacturing arm to Z": a unit bought from its owner, Z acquires Y;
- a person's company (收购伊利亚·苏茨克维的Safe Superintelligence): the company is bought, not the person;
- zh/ja, no target read: 收购控制OpenAI的非营利实体, 収購X的业务 — the owner named right after the trigger.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_SUB_TRIGGER = re.compile(r"(?i)^(?:bec(?:ame|omes|ome|oming)|is now|was made) .*(?:subsidiary|unit) of$")
_PAST = re.compile(r"(?i)^(?:became|is now|was made)\b")
_REJECT = {
    "en": re.compile(r"(?i)\b(?:turned|turns|turning|turn) down|\b(?:rejected|rejects|reject|rejecting|rebuffed|rebuffs|"
                     r"spurned|spurns|declined|declines|refused|refuses|snubbed|dismissed)\b|"
                     r"\b(?:walked|walks|walking|walk) away from\b"),
    "zh": re.compile(r"拒绝|拒絕|回绝|回絕|婉拒"),
    "ja": re.compile(r"断っ|断り|断る|拒否|拒ん|拒絶|蹴っ|見送"),
}
_REJECT_CUE = re.compile(r"(?i)turn|reject|rebuff|spurn|declin|refus|snub|dismiss|walk|拒|回绝|回絕|断|拒|蹴|見送")
_OFFER = re.compile(r"(?i)offer|bid|proposal|approach|要约|要約|报价|報價|提案|提議|打診|收购|收購|買収")
_APART = re.compile(r"(?i)\b(?:and|but|while|after|before|since|because)\b|[;；。]|(?:但|而|后|後)")
_PAY_FOR = re.compile(r"(?i)^\s*(?:in (?:cash|stock|cash and stock|stock and cash)\s+)?for\s+(?:the\s+)?(?:startup\s+|company\s+)?$")
_PAY_WORD = re.compile(r"(?i)^(?:pay|pays|paid|paying)$")
_NOT_COMPANY = re.compile(r"(?i)\b(?:stake|shares?|licen[cs]e|rights|access|capacity|chips|gpus|compute|services|content|data)\b")
_UNIT_OF = re.compile(r"(?i)^(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:business|unit|division|arm|operations|segment|subsidiary)\s+to\s+$")
_SELL = re.compile(r"(?i)^(?:sell|sells|sold|selling|divest|divests|divested)$")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The readings above; returns the candidates (with any ``denied`` twins appended)."""
    for c in cands:
        _subsidiary_of(view, c)
        _paid_for_company(view, c)
        _possessed_unit_sold(view, c)
        _person_company(view, c)
        _owner_of_part(view, c)
    return cands + [t for c in cands if (t := _refusal(view, c)) is not None]


def _gap(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[a - s.start:b - s.start] if a <= b else ""


def _subsidiary_of(view: SentenceView, c: Candidate) -> None:
    """"X Corp became a subsidiary of xAI": the party after "of" is the acquirer, the subject the target."""
    if view.lang != "en" or c.kind != "acquisition" or not _SUB_TRIGGER.match(c.trigger.text):
        return
    parent = next((p for p in view.parties if p.start >= c.trigger.end
                   and len(_gap(view, c.trigger.end, p.start).strip()) <= 4), None)
    child = next((p for p in reversed(view.parties) if p.end <= c.trigger.start
                  and view.same_clause(p.end, c.trigger.start)), None)
    if parent is None or child is None or parent.entity == child.entity:
        c.rejected = c.rejected or "a subsidiary without its parent and child named"
        return
    c.sources, c.targets, c.rejected, c.pct = [parent], [child], None, None
    if _PAST.match(c.trigger.text) and c.status in ("announced", "reported"):
        c.status = "completed"
    c.note(f"{child.entity} became a subsidiary of {parent.entity}: {parent.entity} acquired it")


def _refusal(view: SentenceView, c: Candidate) -> Candidate | None:
    """A bid the target turned down: a ``denied`` twin of the proposed acquisition."""
    if c.kind != "acquisition" or c.rejected is not None or c.status not in ("proposed", "rumored"):
        return None
    if len({p.entity for p in c.sources}) != 1 or len({p.entity for p in c.targets}) != 1 \
            or not _REJECT_CUE.search(view.sentence.text):
        return None
    rx = _REJECT.get(view.lang)
    m = _refusal_verb(view, c, rx) if rx is not None else None
    if m is None:
        return None
    start, end = (c.start, m[1]) if view.lang == "ja" else (m[0], c.end)  # its own span: not deduplicated
    if (start, end) == (c.start, c.end):
        end -= 1
    twin = replace(c, notes=list(c.notes), status="denied", start=start, end=end)
    twin.note(f"{c.targets[0].entity} turned the offer down: the bid is also denied")
    return twin


def _refusal_verb(view: SentenceView, c: Candidate, rx: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the target's refusal verb is: after the target and before the offer (ja: after it), in its clause."""
    target, s0, text = max(c.targets, key=lambda p: p.end), view.sentence.start, view.sentence.text
    lo, hi = max(target.end, c.trigger.start - 40), c.trigger.start
    if view.lang == "ja":  # "YはXの買収提案を断った": the verb follows the offer
        lo, hi = c.trigger.end, min(view.sentence.end, c.trigger.end + 24)
    if lo >= hi or not _OFFER.search(text[c.trigger.start - s0:c.trigger.end - s0] + text[lo - s0:hi - s0]):
        return None
    m = rx.search(text[lo - s0:hi - s0])
    if m is None or _APART.search(text[lo - s0:hi - s0]):
        return None
    return lo + m.start(), lo + m.end()


def _paid_for_company(view: SentenceView, c: Candidate) -> None:
    """"Alphabet agreed to pay $32 billion in cash for Wiz": the company bought is after "for"."""
    if view.lang != "en" or c.kind not in ("pay", "purchase") or not _PAY_WORD.match(c.trigger.text):
        return
    if c.amount is None or len(c.sources) != 1:
        return
    after = next((p for p in view.parties if p.start >= c.amount.end), None)
    if after is None or after.type not in ("company", None) or not _PAY_FOR.match(_gap(view, c.amount.end, after.start)):
        return
    if _NOT_COMPANY.search(_gap(view, c.trigger.end, c.amount.start)) or after.entity == c.sources[0].entity:
        return
    c.kind, c.targets, c.rejected = "acquisition", [after], None
    c.note(f"a price paid for {after.entity} itself: an acquisition")


def _possessed_unit_sold(view: SentenceView, c: Candidate) -> None:
    """"agreed to sell ZT's manufacturing arm to Sanmina": Sanmina acquires the unit, ZT is the target."""
    if view.lang != "en" or c.kind not in ("supply", "purchase") or not _SELL.match(c.trigger.text):
        return
    ps = [p for p in view.parties if p.start >= c.trigger.end and view.same_clause(c.trigger.end, p.start)]
    for owner, buyer in zip(ps, ps[1:]):
        if owner.entity != buyer.entity and _UNIT_OF.match(_gap(view, owner.end, buyer.start)) \
                and len(_gap(view, c.trigger.end, owner.start).strip()) <= 4:
            c.kind, c.sources, c.targets, c.rejected = "acquisition", [buyer], [owner], None
            c.note(f"{owner.entity}'s business unit sold to {buyer.entity}: an acquisition of {owner.entity}'s unit")
            return


_DE = re.compile(r"^\s*(?:的|の|'s|’s)\s*$")


def _person_company(view: SentenceView, c: Candidate) -> None:
    """"收购伊利亚·苏茨克维的SSI": the company the person is named with is the target."""
    if c.kind != "acquisition" or len(c.targets) != 1 or c.targets[0].type != "person":
        return
    person = c.targets[0]
    company = next((p for p in view.parties if p.start >= person.end and p.type in ("company", None)
                    and _DE.match(_gap(view, person.end, p.start))), None)
    if company is not None:
        c.targets = [company]
        c.note(f"{company.entity}, named with {person.entity}: the company is bought, not the person")


def _owner_of_part(view: SentenceView, c: Candidate) -> None:
    """"收购控制OpenAI的非营利实体": with no target, the possessor right after the trigger is bought."""
    if view.lang == "en" or c.kind != "acquisition" or c.targets or not c.sources:
        return
    if c.rejected is not None and "no target" not in c.rejected:
        return
    owner = next((p for p in view.parties if p.start >= c.trigger.end and p.slot == "POSS"
                  and view.same_clause(c.trigger.end, p.start)), None)
    if owner is None or len(_gap(view, c.trigger.end, owner.start)) > 8 or owner.type == "person" \
            or owner.entity in {p.entity for p in c.sources}:
        return
    c.targets, c.rejected = [owner], None
    c.note(f"a part of {owner.entity} bought: {owner.entity} is the target")
