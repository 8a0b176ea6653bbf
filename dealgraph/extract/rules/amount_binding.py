"""Round 15 (area "amount binding"): which amount belongs to which claim.

A sentence often states several amounts of one deal: the whole and its parts ("$2 billion, of which $500
million was paid at signing, with the balance of $1.5 billion to follow"; 其中5亿美元已预先支付，其余15亿美元
将分期投入; このうちSBGの負担は第1弾が75億ドル、第2弾が225億ドル), or the whole after the parts
("lifting its total commitment to $8 billion"; 累計30億ドル). The rules give each trigger one amount; this
pass reads the amounts no claim took and, when a word binds one to a part (``part``: smaller than the deal)
or to the whole (``total``: larger), adds a claim for it with the deal's kind and parties: one claim per
tranche or share, as the gold files do. A named party in the part's clause is its payer ("其中软银出资300亿
美元"); several named parties leave the payer unnamed. A part in a sentence without a deal word ("An
initial $10 billion is due in mid-April") belongs to the deal of the last four sentences whose amount is
larger. Amounts that are someone's revenue, value or price (``not_deal``) are never bound.

``lead_owns_round``: "A to lead $40 billion round", "with A leading": the amount is the round's, not A's.

Round 22: a deal stays open six sentences; in the last two a part binds only when no other party is named
before its clause. ``<role>_veto_after`` rows undo a binding whose amount pays for something else ("It
paid $375 million for a plant").

The binding words are data: ``amount_binding.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Any

from dealgraph.extract.rules.lexicon import HERE, both_scripts
from dealgraph.model import Amount, Claim

_FLOWS = ("investment", "loan", "compute_commitment", "purchase")
_BACK = 6  # sentences a deal stays open for its tranches
_NEAR = 4  # round 22: beyond these, a part binds only in a sentence that names no other party first
_CONVERSION = re.compile(r"\s*[(（]\s*(?:approximately|approx\.?|about|around|roughly|约合|约|約|およそ)?\s*$", re.I)
_CLAUSE_EDGE = {"en": re.compile(r"[,;:]\s|—|\band\s+(?=the |an? )"), "zh": re.compile(r"[，,；;：:]"),
                "ja": re.compile(r"[、，,；;：:]")}
_PAST = {"en": re.compile(r"\b(?:was|were|had|has been|have been|paid|came|arrived|closed|completed)\b", re.I),
         "zh": re.compile(r"已|了"), "ja": re.compile(r"した|済み|済|された|してきた|ている")}
_LEAD = re.compile(r"\b(?:co-)?lead(?:s|ing)?\b", re.I)
_ROUND_AFTER = re.compile(r"^(?:\s+(?:[A-Z][\w.&-]*|Series [A-Z]|funding|financing|equity|new))*\s+(?:round|raise)\b")
_OTHERS = {"en": re.compile(r"\bother (?:investors|backers|shareholders|lenders|banks|participants)\b|\bothers\b", re.I),
           "zh": re.compile(r"其他(?:投资|投資|股东|股東|机构|機構|银行|銀行|方)|其余投资|其餘投資"),
           "ja": re.compile(r"他の(?:投資家|出資者|株主|銀行)|その他の")}
_LEADING = re.compile(r"^\s*(?:leading|as (?:the )?lead(?: investor)?|led it|co-leading)\b", re.I)


@cache
def _table() -> dict[tuple[str, str], re.Pattern[str]]:
    """(lang, role) -> one compiled alternation of that role's patterns; (lang, "any"): any binding word."""
    rows: dict[tuple[str, str], list[str]] = {}
    for line in (HERE / "amount_binding.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, role, pattern = line.split("\t")
            rows.setdefault((lang, role), []).append(both_scripts(pattern, lang))
            if role not in ("not_deal", "market_value") and not role.endswith("_veto_after"):  # unanchored, to skip sentences with no binding word at all
                rows.setdefault((lang, "any"), []).append(both_scripts(pattern.lstrip("^").removesuffix("$"), lang))
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.IGNORECASE) for k, v in rows.items()}


def _rule(lang: str, role: str) -> re.Pattern[str] | None:
    return _table().get((lang, role))


def role_of(text: str, a: Amount, lang: str, lo: int) -> str | None:
    """"part", "total" or None for the amount ``a`` of ``text`` (document offsets; ``lo``: clause start)."""
    before, after = text[lo:a.start], text[a.end:a.end + 60]
    nd = _rule(lang, "not_deal")
    if nd is not None and nd.search(before[-40:]):
        return None
    for role in ("total", "part"):
        rb, ra = _rule(lang, f"{role}_before"), _rule(lang, f"{role}_after")
        if (rb is not None and rb.search(before)) or (ra is not None and ra.search(after)):
            veto = _rule(lang, f"{role}_veto_after")  # round 22: "It paid $2 billion for the chips": another deal
            return None if veto is not None and veto.search(after) else role
    return None


def market_value(text: str, lang: str, a: Amount, lo: int) -> bool:
    """"其中市值约4万亿美元的英伟达", "Nvidia, with a market value of $4 trillion": no deal's amount."""
    rule = _rule(lang, "market_value")
    return rule is not None and rule.search(text[max(lo, a.start - 40):a.start]) is not None


def lead_owns_round(c: Any, lead: Any) -> bool:
    """"SoftBank to lead $40 billion OpenAI round", "…raised $6.6 billion, with Thrive leading": the round's size."""
    if c.kind != "investment" or c.amount is None or lead is None:
        return False
    text, s0 = c.view.sentence.text, c.view.sentence.start
    if _LEAD.search(c.trigger.text) and c.trigger.start <= c.amount.start <= c.trigger.end + 2:
        return bool(_ROUND_AFTER.match(text[c.amount.end - s0:c.amount.end - s0 + 60]))
    return lead.start > c.amount.end and bool(_LEADING.match(text[lead.end - s0:lead.end - s0 + 30]))


# -- the pass over claims ------------------------------------------------------------------------

def bind(text: str, lang: str, sentences: Sequence[Any], mentions: Sequence[Any], claims: list[Claim],
         published: str | None) -> list[Claim]:
    """``claims`` plus one claim for each part or total amount bound to a deal (see module doc)."""
    if lang not in _CLAUSE_EDGE or not claims:
        return claims
    from dealgraph.amounts import find_amounts

    cue = _rule(lang, "any")
    by_sentence = _claims_by_sentence(sentences, claims)
    added: list[Claim] = []
    open_at = _open_sentences(by_sentence)  # no deal there or in the four sentences before: nothing to bind to
    for i, s in enumerate(sentences):
        if i not in open_at or cue is None or not cue.search(s.text):
            continue
        taken = {(cl.amount.start, cl.amount.end) for cl in by_sentence.get(i, []) if cl.amount is not None}
        for a in _free_amounts(text, s, find_amounts(s.text, lang, published=published), taken):
            added.extend(_bound(text, lang, s, a, _bases(by_sentence, i), mentions, claims))
    return claims + added


def _claims_by_sentence(sentences: Sequence[Any], claims: list[Claim]) -> dict[int, list[Claim]]:
    starts = [s.start for s in sentences]
    import bisect

    out: dict[int, list[Claim]] = {}
    for cl in claims:
        if cl.amount is not None:
            i = bisect.bisect_right(starts, cl.amount.start) - 1
            out.setdefault(i, []).append(cl)
    return out


def _open_sentences(by_sentence: dict[int, list[Claim]]) -> set[int]:
    """Indices ``i`` whose ``_bases`` can be non-empty: a flow claim with a USD amount in sentences i-4..i."""
    out: set[int] = set()
    for j, cls in by_sentence.items():
        if any(cl.kind in _FLOWS and cl.amount_usd for cl in cls):
            out.update(range(j, j + _BACK + 1))
    return out


def _free_amounts(text: str, s: Any, found: list[Amount], taken: set[tuple[int, int]]) -> list[Amount]:
    """The sentence's amounts (document offsets) that no claim took, restated conversions left out."""
    out: list[Amount] = []
    prev_end = None
    for a in found:
        a = replace(a, start=a.start + s.start, end=a.end + s.start)
        conversion = prev_end is not None and _CONVERSION.fullmatch(text[prev_end:a.start]) is not None
        prev_end = a.end
        if not conversion and (a.start, a.end) not in taken:
            out.append(a)
    return out


def _bases(by_sentence: dict[int, list[Claim]], i: int) -> tuple[list[Claim], list[Claim], list[Claim]]:
    """Deals a part may belong to: this sentence's, those of up to four sentences back, then two more."""
    own = [cl for cl in by_sentence.get(i, []) if cl.kind in _FLOWS and cl.amount_usd]
    back = [cl for j in range(i - 1, max(-1, i - _NEAR - 1), -1) for cl in by_sentence.get(j, [])
            if cl.kind in _FLOWS and cl.amount_usd]
    far = [cl for j in range(i - _NEAR - 1, max(-1, i - _BACK - 1), -1) for cl in by_sentence.get(j, [])
           if cl.kind in _FLOWS and cl.amount_usd]  # round 22: 「最初の100億ドルは…」 five sentences on
    return own, back, far


def _base(bases: tuple[list[Claim], ...], role: str, usd: Decimal) -> Claim | None:
    """The whole a part belongs to (the largest larger deal: this sentence's first), or the deal a total sums."""
    fits = (lambda b: b.amount_usd > usd) if role == "part" else (lambda b: b.amount_usd < usd)
    for group in bases:
        found = [b for b in group if fits(b)]
        if found:
            return max(found, key=lambda b: b.amount_usd) if role == "part" else found[0]
    return None


def _clause(text: str, lang: str, s: Any, a: Amount) -> tuple[int, int]:
    """Start and end (document offsets) of the clause around ``a`` inside sentence ``s``."""
    edge = _CLAUSE_EDGE[lang]
    lo = max((m.end() for m in edge.finditer(text, s.start, a.start)), default=s.start)
    hi = next((m.start() for m in edge.finditer(text, a.end, s.end)), s.end)
    return lo, hi


def _bound(text: str, lang: str, s: Any, a: Amount, bases: tuple[list[Claim], ...],
           mentions: Sequence[Any], known: list[Claim]) -> list[Claim]:
    """The claim for amount ``a`` bound to a deal, and the payers a part's clause lists without their amounts."""
    lo, hi = _clause(text, lang, s, a)
    role = role_of(text, a, lang, lo)
    usd = a.stated_usd or a.usd
    base = _base(bases, role, usd) if role is not None and usd else None
    if base is None or (base in bases[2] and _other_topic(s, lo, base, mentions)):
        return []
    names = _payers(text, lang, s, lo, hi, base, mentions, role)
    source = names[0] if len(names) == 1 else (base.source if not names else None)
    if _OTHERS[lang].search(text[lo:hi]):
        source = None  # "the remaining $10 billion from other investors"
    if source == base.target or any(_same(k, base.kind, source, base.target, usd) for k in known):
        return []
    status = _status(text[lo:hi], lang, base.status)
    conf = round(max(0.05, base.confidence - 0.1), 2)
    note = f"amount binding: {role} {a.text!r} of the deal {base.evidence[:40]!r}"
    out = [replace(base, source=source, start=lo, end=hi, evidence=text[lo:hi], amount=a, amount_usd=Decimal(usd),
                   status=status, confidence=conf, notes=(*base.notes, note))]
    if len(names) > 1:  # "the remaining $10 billion from a syndicate including A and B": A and B invest too
        out.extend(replace(out[0], source=n, amount=None, amount_usd=None, notes=(*base.notes, note + f" (payer {n})"))
                   for n in names)
    return out


def _payers(text: str, lang: str, s: Any, lo: int, hi: int, base: Claim, mentions: Sequence[Any],
            role: str) -> list[str]:
    """The payers a part's clause names ("其中软银出资300亿美元"), or whose total it is ("OpenAI's total")."""
    start = s.start if role == "part" and lang != "en" and _lead_part(text, lang, s) else lo
    names = dict.fromkeys(m.entity for m in mentions if start <= m.start < hi and m.entity and m.entity != base.target)
    return list(names)


def _other_topic(s: Any, lo: int, base: Claim, mentions: Sequence[Any]) -> bool:
    """Round 22: "SoftBank, in the first round, up to ¥5.3 billion": a party named before the part's clause
    that is not in the earlier deal speaks of another deal."""
    return any(s.start <= m.start < lo and m.entity and m.entity not in (base.source, base.target) for m in mentions)


def _lead_part(text: str, lang: str, s: Any) -> bool:
    """The sentence opens with a part word (このうち…, 其中…): names before the amount pay each part."""
    rb = _rule(lang, "part_before")
    m = rb.search(s.text[:12]) if rb is not None else None
    return m is not None and m.start() == 0


def _same(k: Claim, kind: str, source: str | None, target: str | None, usd: Decimal) -> bool:
    return (k.kind == kind and k.source == source and k.target == target and k.amount_usd is not None
            and abs(k.amount_usd - usd) <= usd * Decimal("0.01"))


def _status(clause: str, lang: str, base: str) -> str:
    """A part paid in the past is completed; one still to come is announced (a cap is the whole's)."""
    if base in ("rumored", "denied", "proposed"):
        return base
    return "completed" if _PAST[lang].search(clause) else "announced"
