"""Round 19 precision_en: English sentences full of deal words that move no money between parties.

- A non-party object: "invested $8.2 billion in research and development", "invest $100 billion in new
  Arizona plants". The "in/into" slot is filled, by something that is no company and no reference to one
  ("the startup", "it", "the round"), so the article's main company must not be guessed as the investee;
  the candidate keeps a null target (which the checks allow only for spending on own assets).
- A metric, not a deal: a deal noun that is the subject of a change-of-level verb ("Azure and other cloud
  services grew 39%", "capital spending rose to $24 billion") states a business line's size.
- Raising a non-money thing: "raised the quarterly dividend", "raised its full-year forecast", "raised
  their price target": no funding round.
- Generic shareholders: "returned $9.4 billion to shareholders" is a payout, no holding in a company.
- A compute deal whose only party is a person ("Amy Hood said ... including finance leases"): the
  person is quoted, never a cloud customer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import SentenceView

_AMOUNT = r"(?:(?:about|around|roughly|nearly|almost|over|more than|some|an additional|another)\s+)?" \
          r"[$€£¥]\s?[\d.,]+(?:\s*(?:billion|million|trillion|bn|m|b))?\s+"
_OBJECT = re.compile(rf"^\s*(?:{_AMOUNT})?(?:in|into)\s+(?P<np>[^,;:.()]{{1,60}})", re.IGNORECASE)
_BARE_OBJECT = re.compile(r"^\s+(?P<np>[^,;:.()]{1,60})")
_REFERENTIAL = re.compile(
    r"^(?:it|them|him|her|us|one|both|each|either|several|many|some|others?|the other|"
    r"(?:the|its|their|this|that|these|those|his|her|our|a|an)\s+(?:[\w.&'’-]+\s+){0,4}?"
    r"(?:company|companies|startups?|start-ups?|firms?|labs?|developers?|makers?|chipmakers?|designers?|"
    r"groups?|ventures?|businesse?s?|unicorns?|rivals?|providers?|operators?|platforms?|outfits?|"
    r"specialists?|builders?|challengers?|newcomers?|upstarts?|parent|owner|subsidiary|units?|"
    r"round|raise|financing|funding|fundraise|fundraising|deal|offering|series\s+[a-h]|ipo|shares|stock|"
    r"stake|debt|bonds?|notes?|vehicle|fund|spac|entity|partner|customer|client))\b",
    re.IGNORECASE)
_NOT_OBJECT = re.compile(
    r"^(?:[\d$€£¥]|(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|early|late|mid|recent|total|cash|stock|equity|all|"
    r"exchange|return|addition|tranches?|installments?|stages?|phases?|parts?|fiscal|q[1-4]|h[12]|"
    r"(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?(?:past|last|first|second|third|fourth|next|coming|latest|"
    r"recent|same|meantime|end|year|quarter|month|week|process|form|shape|way|row))\b)",
    re.IGNORECASE)
_METRIC_VERB = re.compile(
    r"^\s*(?:(?:revenue|sales|business|unit|segment|spending|outlays)\s+)?"
    r"(?:grew|rose|increased|jumped|climbed|surged|soared|expanded|fell|declined|dropped|slid|slipped|"
    r"shrank|gained|doubled|tripled|accelerated|slowed|reached|totaled|totalled|hit|topped)\b",
    re.IGNORECASE)
_METRIC_KINDS = frozenset({"compute_commitment", "investment", "purchase", "loan"})
_RAISE = re.compile(r"^rais(?:e|es|ed|ing)$", re.IGNORECASE)
_RAISED_THING = re.compile(
    r"^\s+(?:the|its|their|his|her|our|a|an)\s+(?:[\w.&'’-]+\s+){0,3}?"
    r"(?P<noun>dividends?|forecasts?|guidance|outlook|targets?|estimates?|ratings?|prices?|rates?|wages?|"
    r"salar(?:y|ies)|pay|fees?|concerns?|questions?|doubts?|bar|stakes?|profile|awareness|expectations?|"
    r"projections?|views?|limits?|caps?|ceiling|output|production|bets?|offer|bid|payout|capex|"
    r"spending(?: plans?)?|budget)\b",
    re.IGNORECASE)
_BARE_HOLDERS = re.compile(r"^(?:share|stock)?holders$", re.IGNORECASE)
_HOLDERS_OF = re.compile(r"^\s+(?:of|in|include|included|including|such as|are|were|like)\b", re.IGNORECASE)


_PAYOUT_TO = re.compile(r"\b(?:to|for|with)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _before(view: SentenceView, c: Candidate) -> str:
    s = view.sentence
    return s.text[:c.trigger.start - s.start]


def _after(view: SentenceView, c: Candidate) -> str:
    s = view.sentence
    return s.text[c.trigger.end - s.start:]


def nonparty_object(view: SentenceView, c: Candidate) -> bool:
    """"invested $8.2 billion in research and development": the object slot holds no party (en only)."""
    if view.lang != "en" or c.kind != "investment" or c.targets or c.trigger.entry.frame != "give":
        return False
    ends_in = re.search(r"\b(?:in|into)$", c.trigger.text.strip(), re.IGNORECASE) is not None
    m = (_BARE_OBJECT if ends_in else _OBJECT).match(_after(view, c))
    np = re.split(r"\s(?:during|since|over|for|to|as|while|through|after|before|by|last|this|next|and \w+ed)\s",
                  m.group("np").strip())[0] if m is not None else ""
    if m is None or _REFERENTIAL.match(np) or _NOT_OBJECT.match(np) or re.search(r"[$€£¥]|\d", np):
        return False
    lo, hi = c.trigger.end + m.start("np"), c.trigger.end + m.end("np")
    if c.amount is not None and lo <= c.amount.start < hi:
        return False  # "put in as much as $2 billion of the equity": the slot holds the amount, not a place
    return not any(lo <= p.start < hi for p in view.parties)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Reject English candidates that state a metric, a payout or a raised forecast, not a deal."""
    if view.lang != "en":
        return cands
    for c in cands:
        if c.rejected is None:
            why = _why_not(view, c)
            if why is not None:
                c.rejected = why
    return cands


def _why_not(view: SentenceView, c: Candidate) -> str | None:
    after, word = _after(view, c), c.trigger.text.strip()
    if c.kind in _METRIC_KINDS and _METRIC_VERB.match(after) and not word.lower().endswith(("ed", "ing", "s to")):
        return f"'{word}' is the subject of a change of level: a business metric, not a deal"
    if c.trigger.entry.frame == "get" and _RAISE.match(word) and (m := _RAISED_THING.match(after)):
        if not m.group("noun").lower().startswith("stake"):
            return f"'{word} … {m.group('noun')}' raises a figure, not money"
    if c.kind in ("stake", "investment") and _BARE_HOLDERS.match(word) and c.pct is None and not _HOLDERS_OF.match(after) \
            and _PAYOUT_TO.search(_before(view, c)):
        return f"'{word}' are the company's investors at large, no holding in a named company"
    if c.kind == "compute_commitment" and c.sources and not c.targets \
            and all(p.type == "person" for p in c.sources):
        return "a person quoted is never a cloud customer"
    return None
