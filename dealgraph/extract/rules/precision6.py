"""Round 23 precision: claims between names of one list, and amounts that name no figure.

- One list is not two sides: when the source and the target of a claim are both members of one
  enumeration ("A, B, C and D signed the founders' agreement", "本轮投资方包括A、B、C等…，以及D、E",
  「A、B、Cが出資した」) they are co-members, not payer and payee. A list of two is only read so when
  the sentence says they act together ("A and B invested in it together", A与B共同…, AとBが共同で…).
- Vague amounts: "billions of dollars", "tens of billions", 数十亿美元, 数千亿, 以百亿美元计, 数百億ドル
  state no figure; the claim keeps its parties and loses the amount (a round with no named
  investor, "completed a round of several hundred million dollars", keeps it: a round needs a
  size to stand); a valuation or a spend with no target left is dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate, Party
    from dealgraph.extract.rules.view import SentenceView

# what may stand between two members of one list, besides other names
_JOINER = {
    "en": re.compile(r"^(?:\s|,|\band\b|&|\bas well as\b|\bplus\b|\bor\b|\bInc\.?|\bCorp\.?|\bLtd\.?|\bLLC\b)*$",
                     re.IGNORECASE),
    "zh": re.compile(r"^(?:\s|、|,|，|和|与|與|及|以及|跟|"
                     r"[(（][^()（）]{1,6}[)）]|股份有限公司|有限责任公司|有限責任公司|有限公司|集团|集團|"
                     r"等[^，,。；、]{0,8}[，,]\s*以及)*$"),
    "ja": re.compile(r"^(?:\s|、|,|，|と|や|及び|および|米|英|中|独|仏|韓|台|日|社|"
                     r"[(（][^()（）]{1,8}[)）])*$"),
}
_SPLIT = {"en": re.compile(r",|\band\b|&", re.IGNORECASE), "zh": re.compile(r"、|，|,|和|与|與|及"),
          "ja": re.compile(r"、|，|,|と|や|及び|および")}
_TOGETHER = {
    "en": re.compile(r"\b(?:together|jointly|co-invested|co-invest)\b", re.IGNORECASE),
    "zh": re.compile(r"共同|一起|一同|联合|聯合|联手|聯手"),
    "ja": re.compile(r"共同|ともに|一緒に|そろって"),
}
_LIST_KINDS = frozenset({"investment", "stake", "loan", "purchase", "compute_commitment", "revenue",
                         "acquisition"})  # not joint_venture: "A与B共同出资成立合资公司" names the members

_VAGUE = re.compile(
    r"^\W*(?:(?:the|several|many|multiple|a few|tens of|hundreds of|dozens of)\s+)*(?:billions|millions|trillions)\s+of\b"
    r"|^\W*(?:multi-?billion|multibillion)"
    r"|^[^\d０-９]*(?:数|數|几|幾|上|逾)(?:十|百|千|万|萬)?(?:亿|億|兆|万|萬|千)"
    r"|^[^\d０-９]*(?:百|千)(?:亿|億)(?:美元|美金|元|円|ドル)?計"
    r"|^[^\d０-９]*(?:十|百|千)?(?:亿|億|兆)(?:美元|元|円|ドル)?(?:计|計)",
    re.IGNORECASE)

_NO_DIGIT = re.compile(r"^[^\d０-９]*$")


def _chain(view: SentenceView, party: Party) -> tuple[int, int] | None:
    """Index range (first, last) of the enumeration in ``view.parties`` holding ``party``."""
    ps = view.parties
    idx = next((i for i, p in enumerate(ps) if p.start == party.start and p.end == party.end), None)
    if idx is None:
        return None
    joiner = _JOINER.get(view.lang, _JOINER["zh"])
    text = view.sentence.text
    base = view.sentence.start
    lo = idx
    while lo > 0 and ps[lo - 1].end <= ps[lo].start and joiner.match(text[ps[lo - 1].end - base:ps[lo].start - base]):
        lo -= 1
    hi = idx
    while hi + 1 < len(ps) and ps[hi].end <= ps[hi + 1].start and joiner.match(text[ps[hi].end - base:ps[hi + 1].start - base]):
        hi += 1
    return lo, hi


def _one_list(view: SentenceView, c: Candidate) -> bool:
    """Source and target are members of one enumeration (see module docstring)."""
    if c.kind not in _LIST_KINDS or not c.sources or not c.targets or len(view.parties) < 2:
        return False
    span = _chain(view, c.sources[0])
    if span is None or span[0] == span[1]:
        return False
    members = view.parties[span[0]:span[1] + 1]
    keys = {(p.start, p.end) for p in members}
    if not all((p.start, p.end) in keys for p in (*c.sources, *c.targets)):
        return False
    if len({p.entity for p in members}) >= 3:
        return True
    together = _TOGETHER.get(view.lang, _TOGETHER["zh"])
    return together.search(view.sentence.text, members[-1].end - view.sentence.start) is not None


def _vague(view: SentenceView, c: Candidate) -> bool:
    """The amount is a magnitude word ("billions of dollars", 数十亿美元, 以百亿美元计), not a figure."""
    a = c.amount
    if a is None:
        return False
    if _VAGUE.search(a.text) is not None:
        return True
    rel = a.end - view.sentence.start
    return _NO_DIGIT.match(a.text) is not None and view.sentence.text[rel:rel + 1] in ("计", "計")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Reject claims between list members; drop vague amounts."""
    for c in cands:
        if c.rejected is not None:
            continue
        if _one_list(view, c):
            c.rejected = "round 23 precision: source and target are members of one list"
        elif _vague(view, c) and (c.sources or c.kind == "valuation"):  # a sourceless round needs its size to stand
            c.note(f"round 23 precision: vague amount {c.amount.text!r} dropped")  # type: ignore[union-attr]
            c.amount = None
            if c.kind == "valuation" or not c.targets:
                c.rejected = "round 23 precision: a vague amount and one party state no deal"
    return cands
