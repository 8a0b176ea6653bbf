"""Compiled patterns for money amounts, built once from the TSV word lists.

The finder (:data:`FINDER`) starts with one character class, so the regex engine skips every
position that cannot begin an amount at C speed (a "charset prefix"); the alternatives behind it
dispatch with one-character look-behinds. :data:`FULL` then splits one matched string into its
parts, and the small ``*_BEFORE``/``*_AFTER`` patterns look around a match for qualifiers and
letter currency codes.
"""

from __future__ import annotations

import re

from dealgraph.amounts._lexicon import currencies, qualifiers, tokens
from dealgraph.amounts._numbers import BIG_UNITS, CJK_DIGITS, MORE, SEVERAL, SMALL_UNITS
from dealgraph.amounts._text import trie

SYM = r"$€£¥₩"
LEAD = rf"\d{CJK_DIGITS}{SMALL_UNITS}{SEVERAL}"
TAIL = (rf"(?:[\d{CJK_DIGITS}{SMALL_UNITS}{BIG_UNITS}{SEVERAL}{MORE}]|[.,](?=\d)"
        rf"|(?<=[{CJK_DIGITS}])[点點](?=[{CJK_DIGITS}])|(?<=[{BIG_UNITS}])\s(?=\d)|\s(?=[{BIG_UNITS}]))*+")  # possessive: no backtracking
SCALE = (r"(?:\s?(?:hundred million|Hundred Million|ten thousand|Ten Thousand|thousand|million|billion|trillion|Thousand|Million|Billion|Trillion|THOUSAND|MILLION|BILLION"
         r"|TRILLION|mln|bln|trn|mn|bn|tn|MN|BN|Bn|TN|MLN|BLN)"
         r"|[mbkMBKT])(?![A-Za-z])")
SEP = r"(?:\s?(?:-|–|—|~|〜|至|到|から)\s?|\s(?:to|through)\s)"
NUMRUN = rf"[{LEAD}]{TAIL}"


def _word_edges(token: str) -> str:
    """Escape a token; ASCII words get boundaries so 'won' does not match inside 'wonder'."""
    esc = re.escape(token)
    if token[:1].isascii() and token[:1].isalpha():
        esc = r"(?<![A-Za-z])" + esc
    if token[-1:].isascii() and token[-1:].isalpha():
        esc += r"(?![A-Za-z])"
    return _GUARD_BEFORE.get(token, "") + esc + _GUARD_AFTER.get(token, "")


# Tokens that are also the end or start of ordinary words: 最近 (recently), 合约/契約 (contract),
# 계약 (contract), 超过 (exceeds, a verb), 엔비디아 (Nvidia).
_GUARD_BEFORE = {"近": "(?<![最附])", "约": "(?<![合签簽契条條预預公节節制])",
                 "約": "(?<![契予規条集要節制合預])", "약": "(?<![가-힣])"}
_GUARD_AFTER = {"超": "(?![过過えエ])", "엔": "(?!비)", "余": "(?![额額地])"}


def _alt(words: list[str]) -> str:
    return "|".join(_word_edges(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _after_edge(token: str) -> str:
    """Guard after a complete suffix/qualifier token read forwards."""
    guard = _GUARD_AFTER.get(token, "")
    return guard + ("(?![A-Za-z])" if token[-1:].isascii() and token[-1:].isalpha() else "")


def _reversed_edge(token: str) -> str:
    """Guard after a token read backwards: what may not come before it in the text."""
    guard = _GUARD_BEFORE.get(token, "").replace("(?<!", "(?!")
    return guard + ("(?![A-Za-z])" if token[:1].isascii() and token[:1].isalpha() else "")


def backwards(tokens: list[str]) -> re.Pattern[str]:
    """A pattern for tokens that end right before a position, matched on the reversed text."""
    return re.compile(r"\s?(?:" + trie([t[::-1] for t in tokens], lambda r: _reversed_edge(r[::-1])) + ")")


def _headline_case(table: dict[str, str]) -> dict[str, str]:
    """Add "US Dollars" for "US dollars": headlines and press-release titles capitalise currency words."""
    def up(token: str) -> str:
        return " ".join(w[:1].upper() + w[1:] if w.isascii() and w.islower() else w for w in token.split(" "))
    return {**{up(t): code for t, code in table.items()}, **table}


SUFFIXES = _headline_case(tokens(currencies(), "suffix"))
PREFIXES = tokens(currencies(), "prefix")
SUFFIX = trie(list(SUFFIXES), _after_edge)
_RANGE = rf"(?:{SEP}(?:[A-Z]{{1,2}}\$|[{SYM}])?\s?{NUMRUN}(?:{SCALE})?)?"
_REST = rf"{TAIL}(?:{SCALE})?{_RANGE}"

FINDER = re.compile(
    rf"[{SYM}{LEAD}]"
    rf"(?:(?<=[{SYM}])\s?\d{_REST}(?:\s?(?:{SUFFIX}))?"
    rf"|(?:(?<=[A-Z]\d)|(?<=[A-Z]\s\d)|(?<=[币幣]\d)|(?<=[币幣]\s\d)){_REST}(?:\s?(?:{SUFFIX}))?"
    rf"|(?<=[{LEAD}]){_REST}\s?(?:{SUFFIX}))"
)
FULL = re.compile(
    rf"(?P<sym>[{SYM}])?\s?(?P<a>{NUMRUN})(?P<as>{SCALE})?"
    rf"(?:(?P<sep>{SEP})(?P<sym2>[A-Z]{{1,2}}\$|[{SYM}])?\s?(?P<b>{NUMRUN})(?P<bs>{SCALE})?)?"
    rf"(?:\s?(?P<suf>{SUFFIX}))?"
)
PREFIX_BEFORE = backwards(list(PREFIXES))

_PRE = tokens(qualifiers(), "pre")
_POST = tokens(qualifiers(), "post")
QUAL_BEFORE = backwards(list(_PRE))
QUAL_AFTER = re.compile(rf"\s?(?:{trie(list(_POST), _after_edge)})")
PRE_QUALIFIER = _PRE
POST_QUALIFIER = _POST
_EN_SUFFIXES = [t for t in SUFFIXES if t.isascii() and not t.isupper()]
WORD_CURRENCY_AFTER = re.compile(rf"(?:\s+of)?\s+(?:{_alt(_EN_SUFFIXES)})")



def before(pattern: re.Pattern[str], text: str, end: int, floor: int = 0, width: int = 24) -> tuple[int, str] | None:
    """The token of a :func:`backwards` pattern that ends at ``end`` (not before ``floor``): (start, token)."""
    m = pattern.match(text[max(floor, end - width):end][::-1])
    return (end - m.end(), m.group()[::-1].strip()) if m else None


WORD_SCALE = re.compile(r"(?:hundred|thousand|million|billion|trillion)s?(?![A-Za-z])")
