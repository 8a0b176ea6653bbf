"""Round 23, area "Japanese recall": deals whose parties the sentence names but the shared rules miss.

Called from ``lang_ja.adjust`` (after the other Japanese readings):

- a gapped first investor: "Aが最大50億ドル、Bが最大100億ドルをCに出資" — A keeps its own amount and
  takes B's verb and investee;
- a possessed thing bought: "AはBのブラウザー「Chrome」を買収", "AはBのロボット事業を取得" — the
  subject buys, the possessor (whose unit or product rolls up to it) is the target, never the buyer;
- a company or a business unit bought with a plain buy verb (購入, 買い取る, 買う, 取得): an acquisition,
  as in English ("OpenAIはWindsurfを約30億ドルで買う計画");
- a unit bought in the passive: "Bの残りの事業はCによって取得された" — B is the target.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules.view import Party, SentenceView

_TOPIC = re.compile(r"^(?:社|グループ|氏)?\s*(?:が|は)\s*$")
_GAP = re.compile(r"^\s*(?:ずつ)?\s*[、,]\s*$")
_POSSESSED = re.compile(r"^(?:社|グループ)?の[^。、をがは]{1,24}?を")
_UNIT = r"(?:事業|部門|子会社|会社|資産)"
_UNIT_OBJECT = re.compile(rf"^(?:社|グループ)?の[^。、をがは]{{0,14}}?{_UNIT}(?:の一部|の全て|のすべて|の残り|など)?を")
_UNIT_TOPIC = re.compile(rf"^(?:社|グループ)?の[^。、をがは]{{0,14}}?{_UNIT}(?:の一部|の全て|のすべて|の残り|など)?(?:は|が)")
_OBJECT = re.compile(r"^(?:社|グループ)?\s*を")
_BUY_WORD = re.compile(r"購入|買い取|買取|買う|買っ|買い込|取得")
_NO_GOODS = "neither goods"
_KINDS = ("investment", "loan", "purchase", "compute_commitment")


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _after(view: SentenceView, p: Party, n: int = 40) -> str:
    return _rel(view, p.end, min(p.end + n, view.sentence.end))


def adjust(view: SentenceView, cands: list[Any]) -> list[Any]:
    """The readings of the module doc, each on its own candidates."""
    if view.lang != "ja" or not view.parties:
        return cands
    for c in cands:
        if c.kind in ("acquisition", "buy"):
            _possessed_bought(view, c)
            _company_bought(view, c)
            _unit_passive(view, c)
    return cands + _gapped(view, cands)


def _gapped(view: SentenceView, cands: list[Any]) -> list[Any]:
    """"Aが最大50億ドル、Bが最大100億ドルをCに出資": A with its own amount, B's verb and investee."""
    out: list[Any] = []
    used = {id(c.amount) for c in cands if c.amount is not None}
    for c in cands:
        if c.rejected is not None or c.kind not in _KINDS or c.amount is None or len(c.sources) != 1 or len(c.targets) != 1:
            continue
        src = c.sources[0]
        first = next((p for p in reversed(view.parties) if p.end <= src.start), None)
        if first is None or first.entity in (src.entity, c.targets[0].entity) or c.amount.start < src.end:
            continue
        a = next((a for a in view.amounts if first.end <= a.start and a.end <= src.start), None)
        if a is None or id(a) in used or not _TOPIC.match(_rel(view, first.end, a.start)) \
                or not _GAP.match(_rel(view, a.end, src.start)):
            continue
        used.add(id(a))
        out.append(replace(c, sources=[first], amount=a, notes=[
            *c.notes, f"ja_recall6: gapped {first.entity} {a.text}, the verb and {c.targets[0].entity} left out"]))
    return out


def _possessed_bought(view: SentenceView, c: Any) -> None:
    """"AはBの<thing>を買収": the subject A buys, the possessor B is the target."""
    if c.targets or len(c.sources) != 1 or c.sources[0].slot != "POSS":
        return
    owner = c.sources[0]
    subject = next((p for p in view.parties if p.slot == "SUBJ" and p.end <= owner.start), None)
    m = _POSSESSED.match(_after(view, owner))
    if subject is None or subject.entity == owner.entity or m is None or owner.end + m.end() > c.trigger.start:
        return
    c.sources, c.targets = [subject], [owner]
    if c.rejected is not None and c.rejected.startswith("no target"):
        c.rejected = None
    c.note(f"ja_recall6: {subject.entity} buys what {owner.entity} owns")


def _company_bought(view: SentenceView, c: Any) -> None:
    """"AはBを買う" / "AはBの事業を取得": a company or a business unit bought is an acquisition."""
    if c.rejected is None or _NO_GOODS not in c.rejected or not _BUY_WORD.search(c.trigger.text):
        return
    if len(c.sources) != 1 or len(c.targets) != 1 or c.targets[0].type not in ("company", None):
        return
    target = c.targets[0]
    after = _after(view, target)
    if not (_OBJECT.match(after) or _UNIT_OBJECT.match(after)) or target.end > c.trigger.start:
        return
    if not view.same_clause(target.end, c.trigger.start):
        return
    c.kind, c.rejected = "acquisition", None
    c.note(f"ja_recall6: a company or its business bought: acquisition of {target.entity}")


def _unit_passive(view: SentenceView, c: Any) -> None:
    """"Bの残りの事業はCによって取得された": the unit's owner B is the target of C's acquisition."""
    if c.targets or len(c.sources) != 1 or c.sources[0].slot != "AGENT":
        return
    owner = next((p for p in view.parties if p.slot == "POSS" and p.end <= c.sources[0].start
                  and _UNIT_TOPIC.match(_after(view, p))), None)
    if owner is None or owner.entity == c.sources[0].entity:
        if c.trigger.text == "取得" and c.rejected is None:
            c.rejected = "ja_recall6: taken over (取得された), but whose business is not named"
        return
    c.kind, c.targets, c.rejected = "acquisition", [owner], None
    c.note(f"ja_recall6: {owner.entity}'s business bought by {c.sources[0].entity}")
