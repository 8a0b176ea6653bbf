"""Status, negation and date of a claim, read from cues around its trigger.

Decision procedure (the first step that fires decides; the cue tables are data: ``cues_<lang>.tsv``
for denied / rumored / up_to / proposed / announced / completed, ``status_<lang>.tsv`` for the
tense and aspect reading):

1. **denied** — a denial anywhere in the sentence ("denied", 否认, 否定).
2. **rumored** — sources, talks or a media report anywhere in the sentence ("people familiar",
   "reportedly", 据知情人士, 据报道, 関係者によると, と報じた, a ja headline closing in 〜か).
   Hearsay (据悉, 获悉) is rumored before a deal still to come (将, 考虑), reported before a done fact.
   Round 14: a cue binds to its own clause in a sentence with two deals, and a cue negated in place
   ("Not a rumour any more") is none (``status_scope.py``).
3. **up_to** — the amount is a ceiling ("up to", 最多, 最大), or the deal's quantity is ("up to one
   million TPU chips", 最大100万個).
4. **proposed** — a bid, offer or plan in the trigger's clause ("offered", "plans to", 拟, 検討),
   unless a company statement makes it an announcement ("said it would", 宣布计划, 計画を発表).
5. **announced** — an explicit announcement or agreement in the clause ("agreed", "signed", 宣布,
   签署, 発表, 合意); a future or scheduled deal ("will", "is putting", 将, 〜する予定, 〜へ).
6. **reported** — a figure cited from filings, data or estimates (according to filings, 据统计,
   据悉, 推計); a standing fact, not an event (owns, holds, 持有, 股东包括, 保有している).
7. **announced** — kinds that state an obligation or a filing, never a finished payment:
   compute commitments, lawsuits, joint ventures.
8. **completed** — the deal lies in the past: a completion word near the trigger ("closed", 完成,
   完了); the trigger in the past simple or perfect ("invested", "has put", "was acquired");
   aspect (投资了, 已, 累计, 〜した, 〜してきた, 〜している); a past marker ("to date", "since
   2019", これまでに); a date before the publication month; a zh round record ("投资方：").
9. Valuations, stakes and revenue take the status of the deal in the same sentence ("closed a round
   at a $61.5 billion valuation" is completed), else **reported** (a background figure).
10. Otherwise **announced** (news of a deal).
"""

from __future__ import annotations

import re
from functools import cache

from dealgraph.extract.rules import status_scope
from dealgraph.extract.rules import status_en
from dealgraph.extract.rules import status4
from dealgraph.extract.rules.lexicon import _rows, both_scripts, guarded
from dealgraph.extract.rules.view import SentenceView, Trigger
from dealgraph.model import Amount, DateMention

_DESCRIPTIVE_KINDS = frozenset({"valuation", "revenue", "stake"})
_OBLIGATION_KINDS = frozenset({"compute_commitment", "lawsuit", "joint_venture"})
_NEWS_STATUSES = frozenset({"rumored", "denied", "announced", "proposed", "up_to"})
_HOLDER_NOUN = re.compile(r"investor|backer|shareholder|owner|股东|股東|株主|出資者", re.IGNORECASE)


@cache
def status_cues(lang: str) -> dict[str, re.Pattern[str]]:
    """Cue name -> compiled regex from ``status_<lang>.tsv`` (rows with the same cue are alternatives)."""
    grouped: dict[str, list[str]] = {}
    for cue, pattern in _rows(f"status_{lang}.tsv"):
        grouped.setdefault(cue, []).append(f"(?:{both_scripts(pattern, lang)})")
    return {cue: guarded("|".join(ps)) for cue, ps in grouped.items()}


def _scue(view: SentenceView, name: str, lo: int, hi: int, *, at: bool = False) -> re.Match[str] | None:
    """The first match of status cue ``name`` in ``text[lo:hi]`` (clipped to the sentence); ``at``: starting at ``lo``."""
    s = view.sentence
    lo, hi = max(lo, s.start), min(hi, s.end)
    key = (name, lo, hi, at)  # four parts: never a key of SentenceView.cue
    if key in view.found:
        return view.found[key]
    pattern = status_cues(s.lang).get(name)
    m = None if pattern is None or lo >= hi else (pattern.match if at else pattern.search)(
        s.text, lo - s.start, hi - s.start)
    view.found[key] = m
    return m


def _window(view: SentenceView, t: Trigger, where: str) -> tuple[int, int]:
    s = view.sentence
    if where == "sentence":
        return s.start, s.end
    if where == "near":
        if view.lang == "en":
            return max(s.start, t.start - 40), t.end + 3
        return max(s.start, t.start - 6), t.end + 6
    if where == "before":
        return _clause_start(view, t), t.end
    after = 30 if view.lang == "ja" else 12  # ja: the verb phrase (〜する計画だ) ends the clause
    return max(s.start, t.start - (80 if view.lang == "en" else 30)), min(s.end, t.end + after)


def _clause_start(view: SentenceView, t: Trigger) -> int:
    """Start of the trigger's clause: after the last , ; : 。 ， before it (at most 80/30 characters back)."""
    starts = view.memo.setdefault("clause_starts", {})  # asked several times per trigger
    if t.start in starts:
        return starts[t.start]
    s = view.sentence
    lo = max(s.start, t.start - (80 if view.lang == "en" else 30))
    head = s.text[lo - s.start:t.start - s.start]
    cut = max(head.rfind(ch) for ch in ",;:，；：。、")
    starts[t.start] = out = lo + cut + 1 if cut >= 0 else lo
    return out


def negated(view: SentenceView, t: Trigger) -> bool:
    """A negation right before (en, zh) or right after (ja) the trigger."""
    if view.lang == "en":
        return view.cue("negation", t.start - 30, t.start) is not None
    if view.lang == "zh":
        return view.cue("negation", t.start - 4, t.start) is not None
    return view.cue("negation", t.end, t.end + 10) is not None


def hypothetical(view: SentenceView, t: Trigger) -> bool:
    """"the opportunity to invest"; a raise someone urged or proposed: 調達するよう促した, "urged it to raise"."""
    lo, hi = {"ja": (t.start, t.end + 45), "zh": (t.start - 14, t.end + 6)}.get(view.lang, (t.start - 50, t.end + 2))
    if view.cue("opportunity", lo, hi) is not None:
        return True
    return t.entry.frame == "get" and view.cue("hypothetical", lo, hi) is not None


def status_of(view: SentenceView, t: Trigger, amount: Amount | None,
              published: str | None = None) -> tuple[str, str]:
    """(status, why) for the claim of trigger ``t`` (the procedure in the module docstring)."""
    if view.cue("denied") is not None and not status4.denial_negated(view):  # round 21: "did not deny" is none
        return "denied", "denial cue in the sentence"
    s = view.sentence
    if (m := status_scope.rumor_cue(view, t, lambda: _own_done(view, t))) is not None:  # round 14: bound to its clause
        return "rumored", f"rumored cue {m.group()!r}"  # gold convention: rumored ranks above up_to
    if (m := _scue(view, "hearsay", s.start, s.end)) is not None:
        return _hearsay(view, t, amount, published, m)
    if amount is not None and (amount.qualifier == "up_to" or _up_to_cue(view, amount)):
        return "up_to", f"amount {amount.text!r} is a ceiling"
    if (m := status_scope.quantity_ceiling(view, t)) is not None:
        return "up_to", f"a ceiling on the quantity ({m.group()!r})"
    found = _reading(view, t, published)
    if found is not None:
        return found
    if t.entry.kind in _DESCRIPTIVE_KINDS or _HOLDER_NOUN.search(t.text):
        return _inherited(view, t, published) or ("reported", "descriptive background fact")
    return "announced", "default"


def _hearsay(view: SentenceView, t: Trigger, amount: Amount | None, published: str | None,
             m: re.Match[str]) -> tuple[str, str]:
    """"据悉" before a deal still to come (将, 考虑) is a rumour; before a done fact it cites a known fact."""
    found = _reading(view, t, published)
    if found is not None and found[0] in ("proposed", "announced"):
        return "rumored", f"hearsay {m.group()!r} of a deal still to come ({found[1]})"
    if amount is not None and (amount.qualifier == "up_to" or _up_to_cue(view, amount)):
        return "up_to", f"amount {amount.text!r} is a ceiling"
    return "reported", f"hearsay {m.group()!r} of a done fact"


def _reading(view: SentenceView, t: Trigger, published: str | None) -> tuple[str, str] | None:
    """Steps 4-8 of the procedure: proposed, announced, reported, completed, or None (memoised per
    sentence: ``_inherited`` reads the other triggers of the sentence again)."""
    memo = view.memo.setdefault("readings", {})
    key = (t, published)
    if key not in memo:
        memo[key] = _read(view, t, published)
    return memo[key]


def _read(view: SentenceView, t: Trigger, published: str | None) -> tuple[str, str] | None:
    if (why := _own_past_first(view, t)) is not None:
        return "completed", why
    if (m := status_en.failed_deal(view, t)) is not None:  # round 19 (status_en): a deal that fell through
        return "proposed", f"the deal fell through ({m.group()!r})"
    if (m := status_en.pending_deal(view, t)) is not None:  # round 20: "is being acquired", "awaits approval"
        return "announced", f"the deal has not closed ({m.group()!r})"
    if (m := status_scope.done_in_clause(view, t, _clause_start(view, t))) is not None:
        return "completed", f"completion stated in the trigger's clause ({m.group()!r})"  # round 19: 宣布，已正式完成对X的收购; 買収を完了したと発表した
    if (m := view.cue("proposed", *_window(view, t, "clause"))) is not None:
        if not _speech_for_plan(view, t, view.sentence.start + m.start(), view.sentence.start + m.end()):
            return "proposed", f"proposed cue {m.group()!r}"
        return "announced", f"a statement of a plan ({m.group()!r})"
    if (m := view.cue("announced", *_window(view, t, "clause"))) is not None:
        return "announced", f"announced cue {m.group()!r}"
    if _stative(view, t) and (m := status_scope.standing_after(view, t)) is not None:
        return "reported", f"a standing fact ({m.group()!r})"  # ja 〜を保有する is no future
    if (m := _future(view, t)) is not None:
        return "announced", f"future or scheduled ({m.group()!r})"
    if (m := _scue(view, "cited", view.sentence.start, view.sentence.end)) is not None:
        return "reported", f"figure cited from {m.group()!r}"
    if _stative(view, t) and (m := _scue(view, "state", *_window(view, t, "near"))) is not None:
        return "reported", f"a standing fact ({m.group()!r})"
    if t.entry.kind in _OBLIGATION_KINDS:
        return "announced", f"{t.entry.kind}: an obligation or filing, announced"
    return _completed(view, t, published)


def _own_past_first(view: SentenceView, t: Trigger) -> str | None:
    """en/ja round 14: "It agreed to buy X in September, took a stake in Nokia in October" and
    "出資すると発表しており、4月に100億ドルを払い込んだ": a trigger in the past tense keeps its own
    reading when the plan or announcement word stands in an earlier comma clause."""
    if view.lang not in ("en", "ja") or (why := _past_form(view, t)) is None or _future(view, t) is not None:
        return None
    lo, hi = _window(view, t, "clause")
    own = _clause_start(view, t)
    if view.cue("proposed", own, hi) is not None or view.cue("announced", own, hi) is not None:
        return None
    if view.cue("proposed", lo, own) is None and view.cue("announced", lo, own) is None:
        return None
    return f"{why}; the plan or announcement word belongs to an earlier clause"


def _speech_for_plan(view: SentenceView, t: Trigger, start: int, end: int) -> bool:
    """"said it would", 宣布计划 (speech before the plan word); ja 計画を発表した (speech right after it)."""
    if view.lang == "ja":
        return _scue(view, "speech", end, end + 4) is not None
    return _scue(view, "speech", _window(view, t, "clause")[0], start) is not None


def _own_done(view: SentenceView, t: Trigger) -> bool:
    """The trigger's own clause states a finished deal ("closed", 完成了…融资, 出資した)."""
    return (view.cue("completed", *_window(view, t, "near")) is not None or _past_form(view, t) is not None
            or _scue(view, "done", _clause_start(view, t), t.end) is not None)


def _stative(view: SentenceView, t: Trigger) -> bool:
    return t.entry.kind in _DESCRIPTIVE_KINDS or bool(_HOLDER_NOUN.search(t.text))


def _future(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    """A future or scheduled deal: "will"/"is putting" before the trigger, 将 in its clause, 〜する/予定 after it (ja)."""
    if view.lang == "ja":
        return _scue(view, "future_after", t.end, t.end + 14, at=True)
    return _scue(view, "future", *_window(view, t, "before"))


def _completed(view: SentenceView, t: Trigger, published: str | None) -> tuple[str, str] | None:
    """Step 8: the deal lies in the past (tense, aspect, past markers, a date before publication)."""
    if (m := view.cue("completed", *_window(view, t, "near"))) is not None:
        return "completed", f"completed cue {m.group()!r}"
    if (why := _past_form(view, t)) is not None:
        return "completed", why
    if (why := _continuative_past(view, t)) is not None:
        return "completed", why
    if (m := status_scope.ja_acquired(view, t)) is not None:
        return "completed", f"the clause ends in a past acquisition verb ({m.group()!r})"
    if (m := _scue(view, "past", *_window(view, t, "before"))) is not None:
        return "completed", f"past marker {m.group()!r}"
    if (m := _scue(view, "done", view.sentence.start, t.start)) is not None:
        return "completed", f"completion stated earlier in the sentence ({m.group()!r})"
    if (m := _scue(view, "record", view.sentence.start, view.sentence.end)) is not None:
        return "completed", f"a round record ({m.group().strip()!r})"
    if (d := _past_date(view, t, published)) is not None:
        return "completed", f"date {d.text!r} before the publication month"
    return None


def _past_form(view: SentenceView, t: Trigger) -> str | None:
    """The trigger's verb in the past: "invested" (not "to invest"), 投资了, 出資した / 出資している."""
    if view.lang == "ja":
        m = _scue(view, "past_after", t.end, t.end + 14, at=True)
        return f"past or perfect verb after the trigger ({m.group()!r})" if m else None
    if view.lang == "zh":
        m = _scue(view, "past_after", t.end, t.end + 6, at=True)
        return f"aspect {m.group()!r} after the trigger" if m else None
    if _scue(view, "not_past", t.start - 12, t.start) or status_scope.appositive_value(view, t):
        return None
    if _scue(view, "past_verb", t.start, t.end, at=True) is not None:
        return f"trigger {t.text.split()[0]!r} in the past"
    m = _scue(view, "past_np", _clause_start(view, t), t.start)  # "closed a $2.6 billion term loan"
    return f"past verb {m.group().split()[0]!r} governs the trigger" if m else None


_JA_CONT = re.compile(r"^[^。、，]{0,6}?(?<![るたい])(?:して|し|じて|じ|されて|され)、")
_JA_PAST_END = re.compile(r"(?:た|ました|ている|ていた|ています|ておる)[」』）)]?[。．\s]*$")
_JA_NOT_OWN = re.compile(r"と(?:発表|表明|公表|述べ|話し|明らかに|報じ|伝え)|予定|計画|方針|見通し|目指|検討|構想")


def _continuative_past(view: SentenceView, t: Trigger) -> str | None:
    """ja round 9: "Xを調達し、…名を連ねた": a clause in the continuative form (〜し、〜して) takes the
    tense of the sentence's final verb (completed when it ends in 〜た), unless a statement or plan follows."""
    if view.lang != "ja":
        return None
    s = view.sentence
    m = _JA_CONT.match(s.text[t.end - s.start:t.end - s.start + 14])
    if m is None:
        return None
    rest = s.text[t.end - s.start + m.end():]
    if not _JA_PAST_END.search(rest) or _JA_NOT_OWN.search(rest):
        return None
    return "continuative clause: the sentence ends in the past"


def _past_date(view: SentenceView, t: Trigger, published: str | None) -> DateMention | None:
    """A year or month in the sentence before the publication month (a day is news of the week)."""
    if not published or not view.dates:
        return None
    d = min(view.dates, key=lambda d: abs(d.start - t.start))
    if d.precision not in ("year", "month") or not d.value:
        return None
    return d if d.value < published[:len(d.value)] else None


def _inherited(view: SentenceView, t: Trigger, published: str | None) -> tuple[str, str] | None:
    """A valuation or stake of a deal in the same sentence takes that deal's status."""
    for other in view.triggers:
        if other is t or other.entry.kind in _DESCRIPTIVE_KINDS or _HOLDER_NOUN.search(other.text):
            continue
        found = _reading(view, other, published)
        if found is not None and found[0] in ("completed", "announced"):
            return found[0], f"status of the deal {other.text!r} in the sentence: {found[1]}"
    if (m := view.cue("completed", view.sentence.start, t.start)) is not None:
        return "completed", f"the deal it prices is done ({m.group()!r})"
    return None


def _up_to_cue(view: SentenceView, amount: Amount) -> bool:
    lo = amount.start - (30 if view.lang == "en" else 6)
    return view.cue("up_to", lo, amount.end + 2) is not None


def date_of(view: SentenceView, t: Trigger, published: str | None,
            status: str | None = None) -> tuple[str | None, str | None, str]:
    """(date, precision, why): the nearest date in the sentence, else the published date coarsened:
    the month for the news of the day (a rumour, an announcement, a plan, a denial), the year for a
    done deal or background (``completed``, ``reported``: it may lie anywhere before the article)."""
    if view.dates:
        d: DateMention = status_scope.clause_date(view, t)  # round 14: the trigger's own clause first
        return d.value, d.precision, f"date {d.text!r} in the sentence"
    if not published:
        return None, None, "no date"
    if view.cue("recency") is not None and len(published) >= 7:
        return published[:7], "month", "recent event: publication month"
    if status in _NEWS_STATUSES and len(published) >= 7:
        return published[:7], "month", f"{status}: news of the publication month"
    return published[:4], "year", "publication year"
