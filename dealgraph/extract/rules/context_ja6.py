"""Round 23, area "context_ja" (second pass): Japanese parties and amounts the context supplies.

1. A defining parenthesis between a party and its particle: 「Ampere Computing Holdings LLC（以下
   「Ampere」）の買収」, 「株式会社ローソン（以下「対象者」）の普通株式を」. The shared markers look at
   a dozen characters after the mention; the parenthesis (and a legal-form tail) hides the particle,
   so the party is read with the particle after the parenthesis.
2. A tender offer for a company's shares: 「当社は…X（以下「対象者」）の普通株式を公開買付けにより取得」
   is an acquisition of X by the subject, not by X (the possessor of the shares).
3. A total stated later: 「買付代金の総額は約4,970億円となります」, 「融資額は約2兆円に上った」 sizes the
   nearest earlier deal of the kind its head word names that has both parties and no amount; past
   the next few sentences only a definite head (本買収の…, 買付代金, 同…, その…) reaches back.
4. The money for a takeover: 「買収資金は…A銀行からのブリッジローンで賄った」, 「本公開買付けに要する
   資金は…Aからの借入れにより賄います」: the borrower is the acquirer of the nearest takeover.
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules.lexicon import markers

_DEF_PAREN = re.compile(r"[\sA-Za-z0-9.,&'・-]{0,30}?(?:株式会社|合同会社|有限会社|ホールディングス|グループ)?[\sA-Za-z.,&]{0,12}"
                        r"[（(](?:[^（）()]{0,80}?[、,，]\s*)?以下[、,，]?\s*[「『][^」』\s]{1,16}[」』]"
                        r"(?:と(?:いう|総称する|いいます|します))?[。.]?[)）]")


# -- 1. X（以下「Y」）の / を / に ---------------------------------------------------------------

def defined_slots(view: Any) -> None:
    """A party whose particle follows its defining parenthesis takes the slot of that particle."""
    if view.lang != "ja" or "以下" not in view.sentence.text:
        return
    s = view.sentence
    text, base = s.text, s.start
    for p in view.parties:
        if p.slot != "NONE":
            continue
        found = _DEF_PAREN.match(text, p.end - base)
        if found is None:
            continue
        after = text[found.end():found.end() + 12]
        p.slot = next((m.slot for m in markers("ja", "after") if m.regex.match(after)), "NONE")


# -- 2. Xの株式を公開買付けにより取得 --------------------------------------------------------------

_TOB = re.compile(r"公開買付|公開買い付け|TOB|買付け|買い付け")
_SHARES_OF = re.compile(r"の(?:普通|発行済み?|全)?株(?:式|券)?(?:等)?(?:の(?:全部|一部|過半|全て))?を")
_MISSING = ("no party", "no source party", "no target party")


def _after(text: str, p: Any, base: int) -> str:
    """Text after party ``p`` in its sentence, past a defining parenthesis (「X（以下「対象者」）の」)."""
    found = _DEF_PAREN.match(text, p.end - base)
    return text[found.end() if found else p.end - base:]


def tob_target(view: Any, cands: list[Any]) -> None:
    """「AはX（以下「対象者」）の普通株式を公開買付けにより取得」: A acquires X."""
    s = view.sentence
    if view.lang != "ja" or "株" not in s.text:
        return
    for c in cands:
        if c.kind != "acquisition" or not _TOB.search(c.trigger.text):
            continue
        owned = [p for p in view.parties if p.slot == "POSS" and p.end <= c.trigger.start
                 and _SHARES_OF.match(_after(s.text, p, s.start))]
        subj = [p for p in view.parties if p.slot == "SUBJ" and owned and p.end <= owned[0].start
                and p.entity != owned[0].entity]
        if len(owned) != 1 or len(subj) != 1:
            continue
        c.sources, c.targets = subj, owned
        if c.rejected is not None and c.rejected.startswith(_MISSING):
            c.rejected = None
        c.note(f"context_ja6: {subj[0].entity} tenders for the shares of {owned[0].entity}")


# -- 3. a total stated later ----------------------------------------------------------------------

_SUM_HEAD = re.compile(r"^[\s■□●・]*(?P<head>[^、。はが\s]{1,16}?(?:額|代金))(?:は|が)")
_HEAD_KINDS = ((re.compile(r"買収|買付|TOB|子会社化"), ("acquisition",)),
               (re.compile(r"取得"), ("acquisition", "purchase", "stake")),
               (re.compile(r"融資|借入|ローン"), ("loan",)),
               (re.compile(r"出資|投資"), ("investment",)))
_DEFINITE = re.compile(r"^(?:本|同|その|今回の|当該|買付代金)")
_NEAR, _FAR = 3, 12


def _head_kinds(text: str) -> tuple[tuple[str, ...], bool] | None:
    """The deal kinds a total's head word names ("買付代金の総額" -> acquisition), and whether it is definite."""
    found = _SUM_HEAD.match(text)
    if found is None:
        return None
    head = found.group("head")
    kinds = next((k for pattern, k in _HEAD_KINDS if pattern.search(head)), None)
    return (kinds, bool(_DEFINITE.match(head))) if kinds else None


def later_total(state: Any, view: Any, cands: list[Any]) -> None:
    """A total opening a sentence without parties sizes the nearest earlier deal of its kind."""
    if view.lang != "ja" or view.parties or "額" not in view.sentence.text and "代金" not in view.sentence.text:
        return
    read = _head_kinds(view.sentence.text)
    c = next((c for c in cands if c.amount is not None and not c.sources and not c.targets
              and (c.rejected is None or c.rejected.startswith(_MISSING + ("'",)))), None)
    if read is None or c is None:
        return
    kinds, definite = read
    for index, p in reversed(state.recent):
        back = view.index - index
        if back <= 0:
            continue
        if back > (_FAR if definite else _NEAR):
            return
        if p.kind not in kinds or not p.targets or not p.sources or p.rejected is not None:
            continue
        if p.amount is not None:
            return  # the nearest deal of that kind is sized already: the total may restate it
        _take_parties(c, p, index)
        return


def _take_parties(c: Any, p: Any, index: int) -> None:
    from dealgraph.extract.rules.view import Party

    at = c.view.sentence.start
    c.kind = p.kind
    c.sources = [Party(q.entity, at, at, "", slot="CONTEXT", type=q.type, via="context") for q in p.sources]
    c.targets = [Party(q.entity, at, at, "", slot="CONTEXT", type=q.type, via="context") for q in p.targets]
    if c.date is None:
        c.date, c.precision = p.date, p.precision
    c.rejected = None
    c.note(f"context_ja6: the total of the {p.kind} in sentence {index} "
           f"({p.sources[0].entity} -> {p.targets[0].entity})", -0.1)


# -- 4. the money for a takeover ------------------------------------------------------------------

_FINANCING = re.compile(r"(?:買収|買付け?|TOB|取得|本取引|本件)(?:の)?(?:資金|対価|に要する資金|に必要な資金)")


def takeover_borrower(state: Any, view: Any, cands: list[Any]) -> None:
    """「買収資金は…A銀行からの借入れで賄う」: the borrower is the acquirer of the nearest takeover."""
    if view.lang != "ja" or not _FINANCING.search(view.sentence.text) or any(p.slot == "SUBJ" for p in view.parties):
        return
    loans = [c for c in cands if c.kind == "loan" and c.sources and not c.targets]
    if not loans:
        return
    deal = next((p for i, p in reversed(state.recent) if 0 < view.index - i <= _FAR and p.kind == "acquisition"
                 and p.sources and p.targets and p.rejected is None), None)
    if deal is None:
        return
    from dealgraph.extract.rules.view import Party

    at = view.sentence.start
    for c in loans:
        if deal.sources[0].entity in {q.entity for q in c.sources}:
            continue
        c.targets = [Party(deal.sources[0].entity, at, at, "", slot="CONTEXT", via="context")]
        if c.rejected is not None and c.rejected.startswith(_MISSING):
            c.rejected = None
        c.note(f"context_ja6: the takeover's money: {deal.sources[0].entity} borrows", -0.1)


def link(state: Any, view: Any, cands: list[Any]) -> None:
    """Readings across sentences (called from extractor._State.link)."""
    if view.lang != "ja":
        return
    later_total(state, view, cands)
    takeover_borrower(state, view, cands)


def adjust(view: Any, cands: list[Any]) -> list[Any]:
    """Japanese corrections after the shared rules (called from lang_ja.adjust)."""
    tob_target(view, cands)
    return cands


def prepare(view: Any) -> None:
    """Japanese readings before the shared rules choose roles (called from lang_ja.prepare)."""
    defined_slots(view)
