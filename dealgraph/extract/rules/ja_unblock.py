"""Round 10 (unblock): Japanese claims the shared checks dropped for a missing amount or investor.

"AはBの最大顧客だ", "Bにとって最大の顧客はAだ": a named customer is reported revenue A -> B without a
figure. "Xは複数の政府系ファンドから出資を受け入れた": a round whose investors are only described is an
investment null -> X.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import TriggerEntry
from dealgraph.extract.rules.view import Party, SentenceView, Trigger

_BIG = r"(?:最大級?|最大手|主要|大口|筆頭|最重要|一番の|最も重要な)の?(?:顧客|取引先|得意先|買い手|ユーザー)"
_SUBJ_FIRST = re.compile(r"^(?:社)?(?:は|が|も)[^。、]{0,6}?$")  # "Aは" ... "Bの最大顧客"
_OF_EARNER = re.compile(r"^(?:社)?(?:にとって|の)(?:[^。、]{0,6}?)" + _BIG + r"(?:で(?:ある|あり)|だ|です|となっ|になっ|と)?")
_EARNER_FIRST = re.compile(r"^(?:社)?(?:にとって|の)(?:[^。、]{0,6}?)" + _BIG + r"(?:は|が|である|の)[^。]{0,4}?$")
_DESCRIBED = re.compile(r"(?:複数|多数|数多く|いくつか|数社|十数社|複数社|多く)の[^。、]{0,14}?(?:ファンド|投資家|投資会社|"
                        r"金融機関|企業|事業会社|ベンチャーキャピタル|VC|株主)(?:など)?(?:から|より)")


def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """Drop cue candidates; add customer ties; keep rounds from described investors."""
    out = [c for c in cands if c.kind != "cue"]
    for c in out:
        _described_investors(view, c)
    if not any(c.kind == "revenue" and c.rejected is None for c in out):
        out.extend(_customer(view))
    return out


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _customer(view: SentenceView) -> list[C.Candidate]:
    """"AはBの最大顧客だ" (A pays B) or "Bにとって最大の顧客はAだ"."""
    ps = view.parties
    for a, b in zip(ps, ps[1:]):
        if a.entity == b.entity:
            continue
        after_b = _rel(view, b.end, view.sentence.end)
        if _SUBJ_FIRST.match(_rel(view, a.end, b.start)) and _OF_EARNER.match(after_b):
            return [_tie(view, a, b)]
        if _EARNER_FIRST.match(_rel(view, a.end, b.start)):
            return [_tie(view, b, a)]
    return []


def _tie(view: SentenceView, payer: Party, earner: Party) -> C.Candidate:
    entry = TriggerEntry("ja_unblock", "revenue", "revenue", 0.5)
    lo, hi = min(payer.start, earner.start), max(payer.end, earner.end)
    c = C.Candidate(view, Trigger(lo, hi, _rel(view, lo, hi), entry), "revenue", [payer], [earner],
                    status="reported", start=view.sentence.start, end=view.sentence.end, score=0.5)
    c.note(f"customer relation: {payer.entity} buys from {earner.entity} (revenue payer -> earner)")
    return c


def _described_investors(view: SentenceView, c: C.Candidate) -> None:
    """"複数の政府系ファンドから出資を受け入れた": investors described, none named: null -> X."""
    if c.kind != "investment" or c.sources or not c.targets or c.rejected is not None:
        return
    m = _DESCRIBED.search(_rel(view, view.sentence.start, c.trigger.start))
    if m is None or any(view.sentence.start + m.start() <= p.start < c.trigger.start for p in view.parties):
        return
    c.note(C.UNNAMED_INVESTORS)
