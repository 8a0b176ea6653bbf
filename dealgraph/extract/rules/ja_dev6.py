"""Round 23: Japanese structures that mislead the party slots (ja dev-set review).

Before the roles (``prepare``):

- "X本体への出資" (X itself, as opposed to its units or ventures): the case marker after 本体 is X's.
- "AのほかB、Cも出資": A ("besides A") shares the slot of the list that follows it.
- "A、B、Cの3メガバンク/3行/3社も": a list closed by a counted noun is the subject, not a possessor.
- "ABBのロボティクス事業を買収": the owner of the unit bought is the object, not the buyer.
- "Yに並ぶ大口株主", "Yに次ぐ", "Yと並んで": Y is only compared with, no party of the deal.
- A name found inside the deal word itself (中投 in 集中投資) is no party: the word was split wrongly.
- "UAEの投資会社MGX", "サウジの政府系ファンドPIF": a country before a descriptor of the next party only
  locates it (view.py drops the country when nothing stands between).

After the roles (``adjust``):

- A suit brought by the topic ("AはBによる妨害の差し止めを求めて反訴した"): B, marked による inside the
  complaint, is the defendant when the suit has no other defendant.

Across sentences (``link``):

- An even split after a joint venture ("出資比率はそれぞれ50%", "両社が50%ずつ出資", "50%ずつの折半出資"):
  one ``stake`` per member of the venture kept in the last few sentences, at that percentage.
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules.lexicon import markers
from dealgraph.extract.rules.view import Party, SentenceView

_ITSELF = re.compile(r"^本体")
_BESIDES = re.compile(r"^(?:氏|社|グループ)?の?ほか[、,]?\s*")
_COUNTED = re.compile(r"^(?:社|グループ)?の(?:[2-9２-９]|[1-9１-９][0-9０-９]|[二三四五六七八九十]+)"
                      r"(?:社|行|者|メガバンク|大手銀行|大手行|大手|金融機関|ファンド)(?:は|が|も|で|と|から)")
_COMPARED = re.compile(r"^(?:社|氏|グループ)?(?:に並ぶ|と並ぶ|に並び|と並び|と並んで|に次ぐ|に次いで|に匹敵する|と同様|と同じく|を上回る|を抜いて)")
_EVEN_SPLIT = re.compile(r"(?:それぞれ|各社|各)[^。、]{0,6}?[0-9０-９.．]+\s*[%％]|[0-9０-９.．]+\s*[%％]ずつ|折半出資")
_SPLIT_KINDS = frozenset({"stake", "investment", "joint_venture"})
_JV_WINDOW = 8
_LOCATES = re.compile(r"^\s*(?:[(（][^)）]{1,12}[)）])?\s*の[^、。，「」()（）]{0,8}?"
                      r"(?:投資会社|投資ファンド|政府系ファンド|ファンド|企業|会社|新興企業|スタートアップ)\s*$")
_UNIT_BOUGHT = re.compile(r"^(?:社|グループ)?の[^、。をがは]{0,14}?(?:事業|部門|ユニット|子会社|株式)(?:の[^、。をがは]{0,8})?(?P<o>を)"
                          r"[^、。]{0,16}?(?:買収|取得|買い取|譲り受)")
_SUIT_AGENT = re.compile(r"^(?:氏|社|側)?による(?!提訴|訴訟|訴え)")


def _after(view: SentenceView, p: Party, n: int = 16) -> str:
    s = view.sentence
    return s.text[p.end - s.start:min(p.end - s.start + n, len(s.text))]


def prepare(view: SentenceView) -> None:
    """Re-read the Japanese slots named in the module doc."""
    if view.lang != "ja" or not view.parties:
        return
    _drop_inside_trigger(view)
    _drop_locating_country(view)
    _drop_compared(view)
    for i, p in enumerate(view.parties):
        after = _after(view, p)
        if _ITSELF.match(after):
            _slot_after_itself(view, p)
        elif p.slot == "POSS" and _unit_owner(view, i):
            p.slot = "OBJ"
        elif _COUNTED.match(after) and p.slot in ("POSS", "NONE"):
            _list_subject(view.parties, i)
    _besides(view)


def _drop_inside_trigger(view: SentenceView) -> None:
    """A party whose name overlaps a deal word was cut out of that word (集中投資 -> 中投)."""
    spans = [(t.start, t.end) for t in view.triggers]
    keep = [p for p in view.parties if not any(_straddles(p, s, e) for s, e in spans)]
    if len(keep) != len(view.parties):
        view.parties[:] = keep


def _straddles(p: Party, s: int, e: int) -> bool:
    """A short name (two or three characters) and the trigger overlap, and neither holds the other."""
    return p.end - p.start <= 3 and p.start < e and s < p.end and not (s <= p.start and p.end <= e) and not (p.start <= s and e <= p.end)


def _drop_locating_country(view: SentenceView) -> None:
    """"UAEの投資会社MGX": the country only says where the next party sits."""
    ps, s = view.parties, view.sentence
    drop = [p for p, q in zip(ps, ps[1:]) if p.type == "government" and q.type != "government"
            and _LOCATES.match(s.text[p.end - s.start:q.start - s.start])]
    if drop:
        view.parties[:] = [p for p in ps if p not in drop]


def _drop_compared(view: SentenceView) -> None:
    """"Yに並ぶ大口株主": Y is a yardstick, not a party (needs another party left)."""
    keep = [p for p in view.parties if not _COMPARED.match(_after(view, p))]
    if keep and len(keep) < len(view.parties):
        view.parties[:] = keep


def _unit_owner(view: SentenceView, i: int) -> bool:
    """"ABBのロボティクス事業を買収": no other party between the owner and the unit bought."""
    p = view.parties[i]
    m = _UNIT_BOUGHT.match(_after(view, p, 48))
    nxt = view.parties[i + 1].start if i + 1 < len(view.parties) else None
    return m is not None and (nxt is None or nxt >= p.end + m.end("o"))


def _slot_after_itself(view: SentenceView, p: Party) -> None:
    """"OpenAI本体への": read the markers after 本体 as the party's own."""
    s = view.sentence
    start = p.end - s.start + 2
    rest = s.text[start:start + 12]
    for marker in markers("ja", "after"):
        if marker.regex.match(rest):
            p.slot = marker.slot
            return


def _list_subject(parties: list[Party], i: int) -> None:
    """"A、B、Cの3メガバンクも": the counted list is the subject."""
    j = i
    while j >= 0:
        parties[j].slot = "SUBJ"
        if not parties[j].coordinated:
            break
        j -= 1


def _besides(view: SentenceView) -> None:
    """"AのほかB、Cも出資": A takes the slot of B and joins its list."""
    parties = view.parties
    for i in range(len(parties) - 1):
        p, q = parties[i], parties[i + 1]
        gap = view.sentence.text[p.end - view.sentence.start:q.start - view.sentence.start]
        m = _BESIDES.match(gap)
        if m and m.end() == len(gap) and q.slot != "NONE":
            p.slot, q.coordinated = q.slot, True


def adjust(view: SentenceView, cands: list[Any]) -> list[Any]:
    """A counter-suit's defendant marked による inside the complaint (module doc)."""
    if view.lang != "ja":
        return cands
    for c in cands:
        if c.kind != "lawsuit" or c.targets or not c.sources or c.rejected:
            continue
        agents = [p for p in view.parties if p.slot == "AGENT" and p not in c.sources
                  and p.end <= c.trigger.start and _SUIT_AGENT.match(_after(view, p))]
        if len(agents) == 1:
            c.targets = agents
            c.note("ja_dev6: the party named による in the complaint is the defendant")
    return cands


def link(state: Any, view: SentenceView, cands: list[Any]) -> None:
    """An even split of a joint venture kept a few sentences before (module doc)."""
    if view.lang != "ja" or not _EVEN_SPLIT.search(view.sentence.text):
        return
    jv = _last_venture(state, view.index)
    if jv is None:
        return
    members = {p.entity for p in jv.sources} | {jv.targets[0].entity}
    for c in cands:
        pct = c.pct or (view.percentages[0] if len(view.percentages) == 1 else None)
        if c.kind not in _SPLIT_KINDS or pct is None or c.amount is not None:
            continue
        if any(p.entity not in members for p in c.sources + c.targets):
            continue
        c.kind, c.sources, c.targets, c.pct, c.rejected = "stake", list(jv.sources), jv.targets[:1], pct, None
        c.note(f"ja_dev6: an even split of the venture {jv.targets[0].entity} among its members")


def _last_venture(state: Any, index: int) -> Any:
    """The last kept joint venture with two or more members and one venture, a few sentences back."""
    for i, c in reversed(getattr(state, "recent", [])):
        if index - i > _JV_WINDOW:
            return None
        if c.kind == "joint_venture" and len(c.sources) >= 2 and len(c.targets) == 1 and c.rejected is None:
            return c
    return None
