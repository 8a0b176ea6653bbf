"""Round 22, area "context en": English parties that the evidence sentence names only by a word the
genre defines.

``rebind(text, sentences, mentions)`` (extractor.analyse, English only) rewrites the document's
mentions before any sentence is read:

- **Defined terms of a filing**: "CoreWeave, Inc. (the "Company") entered into ..." makes every later
  capitalised "the Company" (or "the Registrant", "the Issuer") that company, never the party named
  last ("Meta has committed to purchase capacity from the Company").
- **The corporate "we" of a transcript**: in an earnings call, an investor day or a prepared statement
  (the opening lines say "earnings call", "transcript", "prepared remarks" ...), "we", "us" and "our"
  outside quotation marks in the turn of a company speaker are the company whose call it is (the
  first company named in the headline): "we issued $18 billion of bonds", "awarded us up to ¥192.5
  billion". An analyst's, operator's or questioner's turn is left alone ("Analyst (bank): ... from
  you").

- **"It" opening an answer** (Q:/A:, HOST:/GUEST:) that names no party before it is the one company the
  question named ("HOST: How does Oracle pay for that? / GUEST: ... It sold $18 billion of bonds").
- **Head nouns**: "that partnership", "the authority", "the fund" is the nearest party whose name ends
  in that noun ("the AI Infrastructure Partnership"), when only one does.
- **"both companies" / "the two companies"**: when the resolver's pair was last named together ("A and
  B", "A v. B"), it becomes two parties (the pair has no entity of its own otherwise).

Hooks elsewhere: ``fronted`` (context._first_party, references._subject): "Beyond OpenAI, the group has
been shopping. It ..." - a party in a fronted phrase is no subject; ``subject_over_object``
(references._target): a sentence-initial "the company" after "an offer from Meta" is the previous
subject, not Meta; ``former_epithet`` (references): "the former bitcoin miner" is an epithet, not the
pronoun "the former"; ``link`` (extractor, linking): "Humain, the AI company owned by the PIF, is in
talks to borrow $10 billion": a party in an owner aside is no lender, payer or buyer.

Each rebinding needs its evidence in the text: a definition of the term, a transcript headline and a
speaker label that is not a questioner, a name ending in the noun, a pair named together; otherwise
nothing changes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from dealgraph.model import Mention

_DEFINED = re.compile(r"\(\s*(?:the\s+|collectively,?\s+)?[\"“”']\s*(Company|Registrant|Issuer)\s*[\"“”']")
_NAME_GAP = re.compile(r"^[\s,]*(?:(?:Inc|Corp|Corporation|Ltd|LLC|plc|Co|N\.V|S\.A|Holdings|Limited)\.?[\s,]*){0,2}$")
_TRANSCRIPT = re.compile(r"\b(?:earnings|conference|investor|analyst|results)\s+call\b|\btranscript\b|"
                         r"\bprepared\s+remarks\b|\binvestor\s+day\b|\bshareholder\s+letter\b|"
                         r"\bletter\s+to\s+shareholders\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur)\b")
_LABEL = re.compile(r"^[ \t]*(?:[-*•]\s*)?([A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,4}(?:[ \t]*\([^()\n]{1,80}\))?"
                    r"|PREPARED REMARKS\b[^\n]{0,80}?)[ \t]*(?::|—|–)[ \t]*", re.MULTILINE)
_ASKER = re.compile(r"^(?:analyst|question|q|operator|moderator|host|interviewer|participant|caller|"
                    r"unidentified|unknown)\b", re.IGNORECASE)
_SECTION = re.compile(r"^[ \t]*(?:QUESTIONS?[- ]AND[- ]ANSWERS?|QUESTION-AND-ANSWER SESSION|Q\s*&\s*A)\b[^\n]*$",
                      re.MULTILINE | re.IGNORECASE)


def rebind(text: str, sentences: Sequence[Any], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with defined "the Company" and a transcript's corporate "we" bound (sorted)."""
    added = _defined_terms(text, mentions) + _first_person(text, mentions) + _answer_pronouns(text, mentions)
    added += _head_nouns(text, mentions, added) + _object_it(text, mentions)
    added += [half for m in mentions if m.entity is None and m.unit and m.via == "reference"
              and _coordinated(text, mentions, m) for half in _pair(m)]
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b in spans)]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


_AND = re.compile(r"\s*(?:,?\s*and|&|v\.|vs\.?|and its partner|with)\s*")


def _coordinated(text: str, mentions: Sequence[Mention], m: Mention) -> bool:
    """The two parties of "both companies" were last named together ("A and B", "A v. B")."""
    names = (m.unit or "").split("|")
    last = {n: max((x for x in mentions if x.entity == n and x.end <= m.start and x.via != "reference"),
                   key=lambda x: x.start, default=None) for n in names}
    if len(names) != 2 or None in last.values():
        return False
    a, b = sorted(last.values(), key=lambda x: x.start)  # type: ignore[arg-type, type-var]
    return _AND.fullmatch(text, a.end, b.start) is not None


def _pair(m: Mention) -> list[Mention]:
    """"both companies" (unit "A|B"): A on its first word, B on the rest, so the rules read two parties."""
    names = m.unit.split("|") if m.unit else []
    cut = m.text.find(" ")
    if len(names) != 2 or cut <= 0 or not m.text.isascii():
        return []
    return [Mention(m.start, m.start + cut, m.text[:cut], names[0], m.type, via="reference"),
            Mention(m.start + cut + 1, m.end, m.text[cut + 1:], names[1], m.type, via="reference")]


# -- defined terms ----------------------------------------------------------------------------

def _defined_terms(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Every capitalised "the Company" after "X, Inc. (the "Company")" is X."""
    if "Company" not in text and "Registrant" not in text and "Issuer" not in text:
        return []
    out: list[Mention] = []
    for d in _DEFINED.finditer(text):
        named = [m for m in mentions if m.entity and m.type in ("company", None) and m.end <= d.start()
                 and _NAME_GAP.match(text[m.end:d.start()])]
        if not named:
            continue
        entity, word = named[-1], d.group(1)
        for ref in re.finditer(rf"\b[Tt]he {word}\b(?![\"“”'])", text[d.end():]):
            at = d.end() + ref.start()
            out.append(Mention(at, at + len(ref.group()), ref.group(), entity.entity, entity.type, via="reference"))
        return out
    return out


# -- the corporate "we" of a transcript ---------------------------------------------------------

def _first_person(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """"we"/"us"/"our" in a company speaker's turn of a call transcript: the company of the call."""
    head = text[:600]
    if _TRANSCRIPT.search(head) is None:
        return []
    host = _host(text, mentions)
    if host is None:
        return []
    named = [(m.start, m.end) for m in mentions]
    out = []
    for w in _WE.finditer(text):
        if _quoted(text, w.start()) or any(a <= w.start() < b for a, b in named) or not _company_turn(text, w.start()):
            continue
        out.append(Mention(w.start(), w.end(), w.group(), host.entity, host.type, via="reference"))
    return out


def _host(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The first company named on the headline line (the call's company)."""
    first_line = text.find("\n")
    first_line = len(text) if first_line < 0 else first_line
    return next((m for m in mentions if m.start < first_line and m.entity and m.type in ("company", None)), None)


def _company_turn(text: str, at: int) -> bool:
    """The nearest speaker label before ``at`` is a company speaker (not an analyst, operator, host)."""
    line_start = text.rfind("\n", 0, at) + 1
    qa = [m.start() for m in _SECTION.finditer(text, 0, at)]
    labels = [m for m in _LABEL.finditer(text, 0, at) if m.end() <= at and m.start() >= (qa[-1] if qa else 0)]
    labels = [m for m in labels if not _ordinary_clause(m.group(1))]
    if not labels:
        return False
    label = labels[-1]
    same_line = text.rfind("\n", 0, label.start()) + 1 == line_start
    return (same_line or label.start() < line_start) and _ASKER.match(label.group(1).strip()) is None


def _ordinary_clause(label: str) -> bool:
    """"Thanks, Ken" or "As a reminder" before a colon is no speaker: a label has no lowercase function word
    first and at most five words."""
    words = label.split("(")[0].split()
    return not words or len(words) > 5 or any(w.lower() in ("the", "we", "our", "it", "this", "that", "as", "on", "in")
                                              for w in words[:1])


def _quoted(text: str, at: int) -> bool:
    """An odd number of quotation marks on the paragraph before ``at``: inside a quote."""
    chunk = text[max(text.rfind("\n", 0, at), 0):at]
    return chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1


# -- "that partnership" is the AI Infrastructure Partnership named just before ---------------------------

_HEAD_NOUN = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(partnership|fund|authority|consortium|alliance|trust|"
                        r"foundation|ministry|agency|commission|bank)\b(?!\s+[A-Z0-9])(?!['’]s\s+[A-Z])")
_HEAD_WINDOW = 500


def _head_nouns(text: str, mentions: Sequence[Mention], taken: Sequence[Mention]) -> list[Mention]:
    """"MGX co-founded the AI Infrastructure Partnership. That partnership agreed to buy Aligned": a
    definite noun that is the last word of the name of the nearest party before it (within 500
    characters, no other party of that head noun between) is that party."""
    if not any(w in text for w in ("artnership", "und", "uthority", "onsortium", "lliance", "rust", "oundation",
                                   "inistry", "gency", "ommission", "ank")):
        return []
    out = []
    for h in _HEAD_NOUN.finditer(text):
        if any(m.start < h.end() and h.start() < m.end and m.via != "reference" for m in mentions) or \
                any(m.start < h.end() and h.start() < m.end for m in taken):
            continue
        noun = h.group(1).lower()
        near = [m for m in mentions if m.entity and h.start() - _HEAD_WINDOW <= m.end <= h.start() and m.via != "reference"
                and m.text.split()[-1:] and m.text.split()[-1].lower().strip(".,") == noun]
        if len({m.entity for m in near}) == 1:
            m = near[-1]
            out.append(Mention(h.start(), h.end(), h.group(), m.entity, m.type, via="reference"))
    return out


# -- "Google pays it $60 million": the object "it" is the previous subject -------------------------------

_GIVE_IT = re.compile(r"\b(?:lent|lends|lend|loaned|paid|pays|pay|gave|gives|give|owes|owed|handed|granted|"
                      r"awarded|offered)\s+(it)\s+(?:(?:about|roughly|around|nearly|some|up to|more than|over|"
                      r"almost|an additional|another)\s+)?(?:[$€£¥]|\d[\d.,]*\s*(?:billion|million|trillion|bn)\b)")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n]\s*)[\"“‘']?(?:(?:already|also|now|meanwhile|separately)\s+)?$")


def _object_it(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """"Reddit licenses its posts. Google pays it about $60 million a year": "it" after a verb of paying
    or lending, before an amount, is the nearest earlier clause subject other than the payer."""
    if " it " not in text:
        return []
    out = []
    for g in _GIVE_IT.finditer(text):
        before = [m for m in mentions if m.entity and g.start() - 400 <= m.start and m.end <= g.start()]
        if not before or before[-1].via == "reference":
            continue
        payer = before[-1].entity
        subjects = [m for m in before[:-1] if m.entity != payer and m.type in _ORG
                    and _CLAUSE_START.search(text, max(0, m.start - 40), m.start)]
        if subjects:
            m = subjects[-1]
            out.append(Mention(g.start(1), g.end(1), "it", m.entity, m.type, via="reference"))
    return out


# -- "It" opening an answer is the question's company ---------------------------------------------------

_TURN = re.compile(r"^[ \t]*(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|Q|A)[ \t]*:[ \t]*", re.MULTILINE)
_IT = re.compile(r"(?:^|(?<=[.!?]\s))(It|Its)\b(?!['’]s)")
_ORG = ("company", "joint_venture", "fund", "government")


def _answer_pronouns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """"HOST: How does Oracle pay for that? / GUEST: With other people's money. It sold $18 billion of
    bonds": a sentence-initial "It" of an answer that names no party before it is the one company the
    question named."""
    turns = [t for t in _TURN.finditer(text) if not _ordinary_clause(t.group().rstrip(": \t"))]
    if len(turns) < 2:
        return []
    out = []
    for q, a in zip(turns, turns[1:]):
        a_end = text.find("\n", a.end())
        a_end = len(text) if a_end < 0 else a_end
        it = _IT.search(text, a.end(), a_end)
        if it is None or _label_of(q) == _label_of(a):
            continue
        if any(a.end() <= m.start < it.start() for m in mentions if m.entity):
            continue  # the answer names a party first: the pronoun's own antecedent
        asked = {m.entity for m in mentions if q.end() <= m.start < a.start() and m.entity and m.type in _ORG}
        if len(asked) == 1:
            entity = next(m for m in mentions if m.entity in asked and q.end() <= m.start < a.start())
            out.append(Mention(it.start(1), it.end(1), it.group(1), entity.entity, entity.type, via="reference"))
    return out


def _label_of(turn: re.Match[str]) -> str:
    return turn.group().strip(" \t:").upper()


# -- a fronted phrase is not the subject ------------------------------------------------------------

_FRONTED = re.compile(r"^[\s\"“‘'(-]*(?:beyond|besides|apart from|aside from|unlike|like|after|before|following|"
                      r"despite|without|outside(?: of)?|except for|in addition to|as well as|compared (?:with|to)|"
                      r"as with|along with|together with|rather than|instead of|other than|alongside|unlike with)\s+"
                      r"(?:the\s+)?(?:[A-Za-z.&'’-]+\s+){0,2}$", re.IGNORECASE)
_FRONT_END = re.compile(r"^(?:['’]s(?:\s+[\w-]+){1,3}|\s+(?:and|or)\s+(?:[A-Z][\w.&-]*\s*){1,3})?\s*,")  # "X," "X's deal," "X and Y,"


def fronted(before: str, after: str) -> bool:
    """A party named in a phrase fronted before the subject ("Beyond OpenAI, the group has been shopping.",
    "Unlike Meta, Google ..."): ``before`` is its sentence up to the party, ``after`` the text after it."""
    return _FRONTED.match(before) is not None and "," not in before and _FRONT_END.match(after) is not None


# -- "the company" is the subject, not the object of "from" ----------------------------------------

_OPENING = re.compile(r"^[\s\"“‘'*#-]*(?:(?:after|before|following|despite|since|when|while|having|in|on|at|by|"
                      r"for|last|this|earlier|later|then|still|instead|meanwhile|separately|so|yet|but|and)\b"
                      r"[^,;:.!?\"“”]{0,40},\s*)?$", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"\b(?:from|by|to|with|against)\s+(?:the\s+)?$", re.IGNORECASE)


def subject_over_object(doc: Any, start: int, parties: list[Mention]) -> list[Mention]:
    """"FuriosaAI turned down an offer from Meta. The company ..." / "After declining, the company ...": a
    sentence-initial "the company" (or one after a short opening clause) is the previous subject, not the
    party named last when that party is the object of "from"/"by"/"with"; and never a party of a phrase
    fronted before it ("Beyond OpenAI, the group ...") (``doc``: references._Doc)."""
    if not doc.text[start:start + 4].lower().startswith("the "):
        return parties
    text, starts = doc.text, doc.sentence_starts()
    i = bisect_right(starts, start) - 1
    lo = starts[i] if i >= 0 else 0
    parties = [m for m in parties if not (lo <= m.start and fronted(text[lo:m.start], text[m.end:start + 1]))]
    if len(parties) < 2:
        return parties  # "Beyond OpenAI, the group ...": the group is not OpenAI
    if i < 0 or not _OPENING.match(text[starts[i]:start]):
        return parties
    recent = parties[0]
    if recent.via == "reference" or not _OBJECT_BEFORE.search(text, max(0, recent.start - 14), recent.start):
        return parties
    j = bisect_right(starts, recent.start) - 1
    first = next((m for m in doc.history.between(starts[j], recent.start) if m.entity), None)
    if first is None or not _OPENING.match(text[starts[j]:first.start]) or first.entity == recent.entity:
        return parties
    if first.entity not in {p.entity for p in parties}:
        return parties
    return sorted(parties, key=lambda m: m.entity != first.entity)


# -- "X, the company owned by Y, borrowed ...": Y only describes X ----------------------------------------

_OWNER_ASIDE = re.compile(r",\s*(?:(?:the|a|an)\s+[^,;()]{0,60}?\s+)?(?:owned|controlled|backed|founded|co-founded|"
                          r"created|launched|set up|run|chaired|spun out|majority-owned|wholly owned|funded)\s+by\s+"
                          r"[^,;()]{1,80}?,\s*$")
_ASIDE_KINDS = ("loan", "compute_commitment", "purchase", "revenue", "lawsuit", "acquisition")


def link(view: Any, cands: list[Any]) -> None:
    """A lender, payer or buyer named only in an aside that describes the subject ("Humain, the AI company
    owned by the PIF, is in talks to borrow $10 billion") is no party of the deal."""
    if view.lang != "en" or " by " not in view.sentence.text:
        return
    s0, text = view.sentence.start, view.sentence.text
    for c in cands:
        if c.kind not in _ASIDE_KINDS or c.rejected is not None or not c.sources:
            continue
        aside = [p for p in c.sources if p.end <= c.trigger.start and _in_owner_aside(text, p.start - s0, c.trigger.start - s0)]
        if aside:
            c.sources = [p for p in c.sources if p not in aside]
            c.note(f"{aside[0].entity} only describes the subject (an aside: owned/backed by)", -0.05)


def _in_owner_aside(text: str, at: int, trigger: int) -> bool:
    """``at`` lies in ", the ... owned by Y," closed before the trigger, after the sentence's first name."""
    comma = text.rfind(",", 0, at)
    close = text.find(",", at)
    if comma < 0 or close < 0 or close > trigger:
        return False
    return _OWNER_ASIDE.search(text[:close + 1]) is not None and _OWNER_ASIDE.search(text[:close + 1]).start() == comma


# -- "the former bitcoin miner" ------------------------------------------------------------------------

_FORMER = re.compile(r"[Tt]he\s+(?:former|onetime|one-time|erstwhile|ex-)\s*(?=[a-z])")


def former_epithet(text: str, start: int) -> Any:
    """"The former bitcoin miner" is the epithet "bitcoin miner" (an EpithetHit over the whole phrase), not
    the pronoun "the former"; None when no epithet follows."""
    from dealgraph.entities.epithets import EpithetHit, match_english

    m = _FORMER.match(text, start)
    if m is None:
        return None
    hit = match_english("the " + text[m.end():m.end() + 80], 0)
    if hit is None:
        return None
    shift = m.end() - 4
    return EpithetHit(start, hit.head + shift, hit.end + shift, hit.target)
