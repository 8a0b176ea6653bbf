"""Round 16, area "targets_cjk": the right company in Chinese and Japanese sentences naming several.

Before the roles are read (``prepare``):

- a conduit is no counterparty: "通过旗下愿景基金向OpenAI投资", "ビジョン・ファンド2を通じて実施し" —
  the fund is how the money moves (it rolls up to its owner, who is named or is the subject);
- ja "XはYも…子会社化した": Y marked も after the topic X in the same clause is the object, not a
  second actor.

After the shared rules (``adjust``):

- zh a round's leader: "A领投X的400亿美元融资", "A领投400亿美元" — the amount is the round's size
  (a null-investor claim), A invests without it; co-investors "B、C和D等跟投" join A's round in X;
- zh "X获得10亿元投资，出资方为A和B": the listed investors are the round's; the amount stays on the
  round (several investors) or goes to the one investor named;
- zh/ja "A与B分别向C投资X和Y", "AとBがそれぞれX、Yを出資": one amount per party, in order;
- ja "SBGが約90%を出資する英アーム": a percentage inside a describer is that holder's stake in the
  company described, not a number of the main clause.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import both_scripts
from dealgraph.extract.rules.roles import _group
from dealgraph.extract.rules.view import Party, SentenceView


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(both_scripts(pattern, "zh"))


_ZH_CONDUIT = _rx(r"(?:通过|经由|借助)(?:其|旗下|旗下的|下属|下属的)?$")
_ZH_CONDUIT_AFTER = _rx(r"^(?:基金|公司)?(?:向|对|投资|出资|注资|入股|参与|领投|认购)")
_JA_CONDUIT = re.compile(r"^(?:社|ファンド)?(?:を通じて|を通じ|を通して|経由で|を介して)")
_ZH_LEAD = _rx(r"领投|牵头|领衔|主导")
_ZH_JOIN = _rx(r"跟投|参投|参与|亦参与|也参与")
_ZH_ROUND_OF = _rx(r"^(?:公司|集团)?的[^，,。；;]{0,16}?(?:融资|轮)")
_JA_DESC_PCT = re.compile(r"^(?:社)?が\s*(?:約|およそ)?\s*[0-9０-９.．]+\s*[%％](?:を|の株式を)(?:出資|保有|所有)(?:する|している|した)"
                          r"(?:米|英|仏|中|独|韓|台|日|蘭)?$")


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


# -- before the roles ------------------------------------------------------------------------

def prepare(view: SentenceView) -> None:
    """Conduits give (never receive); in Japanese, read "XはYも" as X acting on Y."""
    for p in view.parties:
        if _conduit(view, p):
            p.slot = "AGENT"  # the money moves through it: its owner gives, it is never the receiver
    if view.lang == "ja":
        _also_object(view)


def _conduit(view: SentenceView, p: Party) -> bool:
    if p.via == "reference":
        return False
    if view.lang == "ja":
        return bool(_JA_CONDUIT.match(_rel(view, p.end, p.end + 8)))
    return bool(_ZH_CONDUIT.search(_rel(view, p.start - 6, p.start))
                and _ZH_CONDUIT_AFTER.match(_rel(view, p.end, p.end + 6)))


def _also_object(view: SentenceView) -> None:
    """"KDDIはAI開発のELYZAも3月に子会社化": ELYZA (も, after the は-topic, same clause) is the object."""
    topic = next((p for p in view.parties if p.slot == "SUBJ" and re.match(r"^(?:社)?は", _rel(view, p.end, p.end + 3))), None)
    if topic is None:
        return
    for p in view.parties:
        if p.start > topic.end and p.slot == "SUBJ" and not re.search(r"[、，,。；：]", _rel(view, topic.end, p.start)) \
                and re.match(r"^(?:[(（][^)）]{1,20}[)）])?(?:社)?も(?!の)", _rel(view, p.end, p.end + 24)):
            p.slot = "OBJ"


# -- after the shared rules ------------------------------------------------------------------

def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """Round-16 target corrections; returns the candidates (one per party for 分别/それぞれ)."""
    if view.lang == "zh":
        _lead_round(view, cands)
        _listed_round(view, cands)
    if view.lang == "ja":
        cands = cands + _describer_stake(view, cands)
    return cands + _respectively(view, cands)


def _investments(cands: list[C.Candidate]) -> list[C.Candidate]:
    return [c for c in cands if c.kind == "investment" and c.rejected is None]


def _lead_round(view: SentenceView, cands: list[C.Candidate]) -> None:
    """"A领投X的400亿美元融资，B、C等跟投", "A领投400亿美元": the round's size; co-investors join A's round."""
    for c in _investments(cands):
        if not _ZH_LEAD.search(c.trigger.text) or len(c.sources) != 1 or c.trigger.entry.frame == "get":
            continue
        company = _round_company(view, c)
        if company is not None and company.entity != c.sources[0].entity:
            c.targets = [company]
            c.note(f"targets_cjk: {company.entity}'s round, led by {c.sources[0].entity}")
        if c.amount is not None and c.trigger.end <= c.amount.start and view.same_clause(c.trigger.end, c.amount.start):
            c.note("entered the round: the amount after the lead word is the round's size (targets_cjk)")
        if c.targets:
            _join_lead(view, cands, c)


def _round_company(view: SentenceView, c: C.Candidate) -> Party | None:
    """The company whose round A leads: "领投了X的…融资" (X named right after the lead word)."""
    for p in view.parties:
        if p.start < c.trigger.end or not view.same_clause(c.trigger.end, p.start):
            continue
        if re.fullmatch(r"\s*(?:了|过|過)?\s*", _rel(view, c.trigger.end, p.start)) and _ZH_ROUND_OF.match(_rel(view, p.end, p.end + 24)):
            return p
        return None
    return None


def _join_lead(view: SentenceView, cands: list[C.Candidate], lead: C.Candidate) -> None:
    """Co-investors of the same sentence ("B、C和D等跟投", "B亦参与其中") invest in the lead's company."""
    company = lead.targets[0]
    for c in cands:
        if c is lead or c.kind != "investment" or not _ZH_JOIN.search(c.trigger.text):
            continue
        if c.rejected is not None and not c.rejected.startswith("amount given to"):
            continue
        named = [p for p in view.parties if p.end <= c.trigger.start and p.start > lead.trigger.end
                 and p.entity != company.entity and view.same_clause(p.end, c.trigger.start)]
        if not named:
            continue
        group = [p for p in _group(named[-1], view.parties) if p.entity != company.entity]
        c.sources, c.targets, c.amount, c.rejected = group, [company], None, None
        c.note(f"targets_cjk: co-investors in {company.entity}'s round led by {lead.sources[0].entity}")


def _listed_round(view: SentenceView, cands: list[C.Candidate]) -> None:
    """"X获得10亿元投资，出资方为A和B等": the round keeps its amount; one listed investor takes it."""
    lists = [c for c in _investments(cands) if c.trigger.entry.frame == "investors" and c.sources]
    for c in cands:
        if c.kind != "investment" or c.amount is None or c.sources or len(c.targets) != 1 or not lists:
            continue
        if c.rejected is not None and not c.rejected.startswith("no source"):
            continue
        lst = next((l for l in lists if (not l.targets or l.targets[0].entity == c.targets[0].entity)
                    and l.amount is None and c.targets[0].entity not in {p.entity for p in l.sources}), None)
        if lst is None:
            continue
        lst.targets = lst.targets or list(c.targets)
        if len({p.entity for p in lst.sources}) == 1:
            lst.amount, c.rejected = c.amount, "amount given to the one investor listed (targets_cjk)"
            continue
        c.rejected = None
        c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="get"))  # no subject carried over
        c.notes.append(C.UNNAMED_INVESTORS)
        c.note("targets_cjk: the round's size; its investors are listed without it")


def _respectively(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"A与B分别向C投资最多50亿美元和100亿美元": the i-th party takes the i-th amount."""
    if view.cue("each") is None:
        return []
    out: list[C.Candidate] = []
    for c in cands:
        if c.rejected is not None or c.amount is None or c.kind not in ("investment", "loan", "purchase", "compute_commitment"):
            continue
        side = "sources" if len(c.sources) > 1 else "targets" if len(c.targets) > 1 else None
        parties = getattr(c, side) if side else []
        amounts = [a for a in view.amounts if view.same_clause(c.amount.start, a.start)]
        if side is None or len({p.entity for p in parties}) != len(amounts) or len(amounts) < 2:
            continue
        if c.amount is not amounts[0]:
            c.amount, c.status = amounts[0], c.status
        for p, a in zip(parties[1:], amounts[1:]):
            twin = copy.copy(c)
            twin.sources, twin.targets = list(c.sources), list(c.targets)
            setattr(twin, side, [p])
            twin.amount, twin.notes = a, [*c.notes, f"targets_cjk: respectively: {p.entity} takes {a.text!r}"]
            out.append(twin)
        setattr(c, side, parties[:1])
        c.note(f"targets_cjk: respectively: {parties[0].entity} takes {c.amount.text!r}")
    return out


def _describer_stake(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"SBGが約90%を出資する英アーム": a stake SBG -> Arm; the percentage is no number of the main clause."""
    out: list[C.Candidate] = []
    for i, p in enumerate(view.parties[:-1]):
        head = view.parties[i + 1]
        pct = next((x for x in view.percentages if p.end < x.start and x.end < head.start), None)
        if pct is None or head.entity == p.entity or not _JA_DESC_PCT.match(_rel(view, p.end, head.start)):
            continue
        base = next((c for c in cands if p.end < c.trigger.start < head.start), None)
        if base is None:
            continue
        for c in cands:
            if c.pct is pct and c is not base:
                c.pct = None
                c.note("targets_cjk: the percentage belongs to a describer")
        stake = copy.copy(base)
        stake.kind, stake.sources, stake.targets, stake.pct, stake.amount = "stake", [p], [head], pct, None
        stake.rejected, stake.status = None, "reported"
        stake.notes = [*base.notes, f"targets_cjk: describer: {p.entity} holds {pct.text} of {head.entity}"]
        base.rejected = base.rejected or "targets_cjk: the describer's holding is read as a stake"
        out.append(stake)
    return out
