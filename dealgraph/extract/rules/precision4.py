"""Round 21 precision: sentences full of deal words that state no deal, in all three languages.

- Link lists under a read-more heading: the short lines after a bare "延伸阅读：", "Related:",
  "関連記事" line (up to the next blank line) are headlines of other articles (``link_block``).
- Questions: a headline or sentence that asks ("微软、英伟达入股Anthropic？", "Will Apple buy
  Mistral?", "トヨタは出資するのか？") asserts nothing; the trigger must sit in the asking clause.
- Shareholders at large: "approval of X's shareholders", "alongside a number of existing
  shareholders" name no holder, so no stake.
- Guarantees: "agreed to guarantee $1.8 billion of X's lease obligations", "backstops X's rent",
  为X的租约提供担保: the guarantor is neither the cloud customer nor an investor.
- A holding listed twice: 「Xの株主にはA、Bが名を連ねている」 gives the stakes; the listing verb is no investment.
- Figures the sentence itself says are no deal: "is the lab's own sales, not money from Microsoft",
  "只是历史轮次的加总，并不是一笔新交易", "这是误读", 「取引には当たらない」, "treat ... with suspicion" (a reported raise said to be no
  real raise, 「実際に調達した金額ではない」, is a ``denied`` claim instead: a cue row in cues_ja.tsv).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import SentenceView
    from dealgraph.extract.sentences import Sentence

_READ_MORE = re.compile(
    r"^\s*(?:[-•·*#>]\s*)?[【\[(（]?\s*(?:相关阅读|延伸阅读|相关新闻|推荐阅读|相关文章|相关报道|相關閱讀|延伸閱讀|"
    r"相關新聞|推薦閱讀|相關報導|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|"
    r"related(?: articles?| stories| coverage| news| reading)?|read more|more on this|see also|further reading)"
    r"\s*[】\])）]?\s*[:：]?\s*$", re.IGNORECASE)
_LINK_LINE_MAX = 80  # a headline, not a paragraph
_BACK = 600  # characters looked at before a sentence for its heading

_ASK_EN = re.compile(r"^\W*(?:will|would|is|are|was|were|does|do|did|can|could|should|has|have|had|who|what|why|"
                     r"how|which|when|where)\b", re.IGNORECASE)
_QUESTION_END = re.compile(r"[?？][\s\"'”’」』）)】]*$")
_BREAK = {"en": re.compile(r"[,;:—–]|\s-\s"), "zh": re.compile(r"[，,；;：:—]"), "ja": re.compile(r"[，,；;：:—]")}

_GENERIC_HOLDERS = re.compile(
    r"(?:(?:a number of|a group of|several|some|many|other|all|most|certain|minority|public|retail|"
    r"institutional|ordinary|common|existing|current|former|early|its|their|the company['’]s|the|[\w.&-]+['’]s?)"
    r"\s+)+(?:share|stock)holders\s*$", re.IGNORECASE)
_HOLDERS_NAMED = re.compile(r"^\s*(?:[:(（]|such as\b|including\b|like\b|led by\b|[A-Z][\w.&-]+ and [A-Z])")

_GUARANTEE = {
    "en": re.compile(r"\b(?:guarantee[sd]?|guaranteeing|backstop(?:s|ped|ping)?|underwrit(?:e|es|ing)|"
                     r"co-sign(?:s|ed)?|(?:act(?:s|ed)?|serv(?:e|es|ed)) as (?:a |the )?guarantor)\b"
                     r"(?:(?!\b(?:and|but|while)\b)(?:[^,;.]|\.(?=\d))){0,80}$", re.IGNORECASE),
    "zh": re.compile(r"担保|擔保|兜底"),
    "ja": re.compile(r"(?:保証|債務保証)"),
}
_GUARANTEE_KINDS = frozenset({"compute_commitment", "investment"})
_NOT_A_DEAL = {
    "en": re.compile(r"\bnot money from\b|\bwith suspicion\b|\b(?:is|are|was|were) not (?:a |an )?(?:new |separate |fresh )?"
                     r"(?:deal|transaction)s?\b|\bdoes not (?:represent|constitute) (?:a |an )?(?:new )?(?:deal|transaction)\b",
                     re.IGNORECASE),
    "zh": re.compile(r"(?:并|並)?(?:不是|并非|並非)一(?:笔|筆)(?:新的?)?交易|不(?:属于|屬於)(?:对外|對外|任何)?交易|"
                     r"(?:这|這)是(?:误读|誤讀)|(?:属于|屬於)(?:误读|誤讀)|本文未列入|未(?:计入|計入)本文|"
                     r"只是[^，。；]{0,10}(?:加总|加總|合计|合計|总和|總和)"),
    "ja": re.compile(r"取引ではない|取引には当たらない|取引に該当しない|誤読|本稿では(?:扱わない|含めない)"),
}


def link_block(text: str, sentence: Sentence) -> bool:
    """The sentence is one of the short lines under a bare read-more heading (no blank line between)."""
    lo = max(0, sentence.start - _BACK)
    head = text[lo:sentence.start]
    line_start = head.rfind("\n") + 1
    own_end = text.find("\n", sentence.start)
    own = text[lo + line_start:own_end if own_end >= 0 else len(text)]
    if len(own.strip()) > _LINK_LINE_MAX:
        return False
    lines = head[:line_start].split("\n")[:-1]  # complete lines before the sentence's own line
    for line in reversed(lines):
        stripped = line.strip()
        if not stripped:
            return False  # a blank line ends the block
        if _READ_MORE.match(stripped):
            return True
        if len(stripped) > _LINK_LINE_MAX:
            return False
    return False


def _not_a_deal(view: SentenceView) -> re.Match[str] | None:
    """The sentence's "is not a deal" phrase, searched once per sentence (view.memo)."""
    if "p4_not_a_deal" not in view.memo:
        pattern = _NOT_A_DEAL.get(view.lang)
        view.memo["p4_not_a_deal"] = None if pattern is None else pattern.search(view.sentence.text)
    return view.memo["p4_not_a_deal"]


def _asks(view: SentenceView, c: Candidate) -> bool:
    """The trigger stands in a clause that ends in a question mark."""
    s = view.sentence
    if ("?" not in s.text and "？" not in s.text) or not _QUESTION_END.search(s.text):
        return False  # (the substring test first: most sentences ask nothing)
    rel = c.trigger.start - s.start
    if view.lang == "en" and _ASK_EN.match(s.text):
        return True
    return not _BREAK.get(view.lang, _BREAK["zh"]).search(s.text, rel)


def _generic_holders(view: SentenceView, c: Candidate) -> bool:
    if view.lang != "en" or c.kind != "stake" or c.pct is not None:
        return False
    word = c.trigger.text.strip().lower()
    if word not in ("shareholders", "stockholders"):
        return False
    s = view.sentence
    before = s.text[max(0, c.trigger.start - s.start - 60):c.trigger.end - s.start]
    after = s.text[c.trigger.end - s.start:]
    return bool(_GENERIC_HOLDERS.search(before)) and not _HOLDERS_NAMED.match(after)


def _guarantor(view: SentenceView, c: Candidate) -> bool:
    """"Google agreed to guarantee $1.8 billion of Fluidstack's lease obligations": a guarantee, no deal."""
    if c.kind not in _GUARANTEE_KINDS:
        return False
    pattern = _GUARANTEE.get(view.lang)
    if pattern is None:
        return False
    s = view.sentence
    rel = c.trigger.start - s.start
    if view.lang == "en":
        return pattern.search(s.text[max(0, rel - 90):rel]) is not None
    window = s.text[max(0, rel - 14):c.trigger.end - s.start + 8]
    return pattern.search(window) is not None


_JA_LISTED = re.compile(r"名を連ね")
_HOLDER_WORD = re.compile(r"株主|股东|股東")


def _holding_restated(c: Candidate, cands: list[Candidate]) -> bool:
    """ja "Xの株主にはA、Bが名を連ねている": the listing verb restates the holding the 株主 stake already gives."""
    if c.kind != "investment" or c.amount is not None or not _JA_LISTED.search(c.trigger.text):
        return False
    key = ({p.entity for p in c.sources}, {p.entity for p in c.targets})
    return any(o is not c and o.rejected is None and o.kind == "stake" and _HOLDER_WORD.search(o.trigger.text)
               and ({p.entity for p in o.sources}, {p.entity for p in o.targets}) == key for o in cands)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Reject candidates of questions, shareholders at large, guarantees and figures said to be no deal."""
    for c in cands:
        if c.rejected is not None:
            continue
        if _asks(view, c):
            c.rejected = "round 21 precision: the sentence asks, it states no deal"
        elif _generic_holders(view, c):
            c.rejected = "round 21 precision: shareholders at large, no named holder"
        elif _holding_restated(c, cands):
            c.rejected = "round 21 precision: the listing restates the holding (株主には…名を連ねる), no new investment"
        elif _guarantor(view, c):
            c.rejected = "round 21 precision: a guarantee of someone else's obligations, no deal"
        elif (m := _not_a_deal(view)) is not None:
            c.rejected = f"round 21 precision: the sentence says the figure is no deal ({m.group()!r})"
    return cands
