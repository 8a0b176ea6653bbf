"""Round 14, area "status": which clause a status cue belongs to.

A sentence often carries two deals with different statuses: "Nvidia bought $5 billion of Intel
stock in September and, according to people familiar with the talks, may put $2 billion into xAI";
"xAI今年7月完成了100亿美元融资，估值约为2000亿美元的新一轮融资仍在商谈之中". A rumour cue binds to a
trigger when

- both lie in the same *segment* (the sentence cut at ``boundary`` cues of ``status_<lang>.tsv``:
  semicolons, "while", "but", ", and,", 而/但/与此同时, が、/一方、), or
- the cue is an *attribution* (sources, a media report; not a ``talk`` cue such as "in talks",
  洽谈, 協議中) standing before the sentence's first trigger or after its last one, with no
  semicolon between, and the trigger's own clause does not state a finished deal;

and a ``talk`` cue in another comma clause never reaches a trigger whose own clause states a
finished deal ("完成了…融资，…仍在商谈之中"). A cue negated in place ("Not a rumour any more") is none.

Also here: standing facts in modifiers ("Anthropic, valued at $183 billion", 〜を保有する筆頭株主)
read as ``reported``, and ja noun triggers whose clause ends in an acquisition verb in the past
("株式49%を143億ドルで取得した") read as ``completed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dealgraph.extract.rules.lexicon import cues
from dealgraph.extract.rules.view import SentenceView, Trigger
from dealgraph.model import DateMention

_COMMA = re.compile(r"[,，、;；]")


def _status_cues(lang: str) -> dict[str, re.Pattern[str]]:
    from dealgraph.extract.rules.status import status_cues  # status.py imports this module
    return status_cues(lang)


def _local(view: SentenceView, name: str) -> re.Pattern[str] | None:
    return _status_cues(view.lang).get(name)


def rumor_matches(view: SentenceView) -> list[re.Match[str]]:
    """Every rumour cue of the sentence (``cues`` and ``status`` tables), in text order, not negated in place
    (found once per sentence: every trigger of it asks)."""
    if "rumors" in view.memo:
        return view.memo["rumors"]
    s = view.sentence
    found = [m for p in (cues(s.lang).get("rumored"), _local(view, "rumored")) if p is not None
             for m in p.finditer(s.text)]
    not_rumor = _local(view, "not_rumor")
    out = [m for m in sorted(found, key=lambda m: m.start())
           if not_rumor is None or not not_rumor.search(s.text, max(0, m.start() - 16), m.start())]
    view.memo["rumors"] = out
    return out


def _segments(view: SentenceView) -> list[tuple[int, int, str]]:
    """(start, end, boundary text before it) of each segment, sentence offsets (once per sentence)."""
    if "segments" in view.memo:
        return view.memo["segments"]
    s, bound = view.sentence, _local(view, "boundary")
    cuts = [] if bound is None else [(m.start(), m.end(), m.group()) for m in bound.finditer(s.text)]
    out, lo, before = [], 0, ""
    for a, b, text in cuts:
        if a > lo:
            out.append((lo, a, before))
        lo, before = b, text
    out.append((lo, len(s.text), before))
    view.memo["segments"] = out
    return out


def _segment_of(segs: list[tuple[int, int, str]], pos: int) -> int:
    return next((i for i, (_, hi, _) in enumerate(segs) if pos < hi), len(segs) - 1)


def _is_talk(view: SentenceView, m: re.Match[str]) -> bool:
    talk = _local(view, "talk")
    return talk is not None and talk.search(m.group()) is not None


def _comma_clause(view: SentenceView, pos: int) -> tuple[int, int]:
    text = view.sentence.text
    lo = max((m.end() for m in _COMMA.finditer(text, 0, pos)), default=0)
    nxt = _COMMA.search(text, pos)
    return lo, nxt.start() if nxt else len(text)


def binds(view: SentenceView, t: Trigger, m: re.Match[str], own_done: Callable[[], bool]) -> bool:
    """Does rumour cue ``m`` (sentence offsets) speak of trigger ``t``? ``own_done``: t's clause states a done deal."""
    s = view.sentence
    at = t.start - s.start
    if _is_talk(view, m) and _comma_clause(view, m.start()) != _comma_clause(view, at) and own_done():
        return False
    if _across_relative(view, at, m.start(), own_done):
        return False
    segs = _segments(view)
    k, j = _segment_of(segs, m.start()), _segment_of(segs, at)
    if k == j or _is_talk(view, m):
        return k == j
    starts = [x.start - s.start for x in view.triggers]
    semicolon = any(";" in b or "；" in b for _, _, b in segs[min(j, k) + 1:max(j, k) + 1])
    if m.end() <= min(starts, default=at):
        return True  # "According to people familiar, A will invest … while B …": the whole sentence
    if m.start() >= max(starts, default=at) and k == len(segs) - 1:
        return not semicolon and not own_done()
    return False


_RELATIVE = re.compile(r"[,(—–]\s*(?:which|who|whose)\b[^,;()—–]*", re.IGNORECASE)


def _relative_of(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """The en non-restrictive relative clause (", which …,", "(who …)") holding sentence offset ``pos``."""
    if view.lang != "en":
        return None
    if "relatives" not in view.memo:
        view.memo["relatives"] = [(m.start(), m.end()) for m in _RELATIVE.finditer(view.sentence.text)]
    return next(((a, b) for a, b in view.memo["relatives"] if a <= pos < b), None)


def _across_relative(view: SentenceView, at: int, cue: int, own_done: Callable[[], bool]) -> bool:
    """Round 20: "Microsoft, which invested $13 billion in OpenAI, is in talks to …, people familiar said":
    a rumour cue and a trigger on the two sides of a relative clause's edge do not bind when the trigger
    states a done deal or a standing fact (a background fact, not the rumoured news)."""
    rel_t, rel_m = _relative_of(view, at), _relative_of(view, cue)
    if rel_t == rel_m:
        return False
    state = _local(view, "state")
    if own_done():
        return True
    return rel_t is not None and state is not None and state.search(view.sentence.text, *rel_t) is not None


def rumor_cue(view: SentenceView, t: Trigger, own_done: Callable[[], bool]) -> re.Match[str] | None:
    """The first rumour cue that binds to trigger ``t`` (see the module docstring), or None."""
    return next((m for m in rumor_matches(view) if binds(view, t, m, own_done)), None)


def appositive_value(view: SentenceView, t: Trigger) -> bool:
    """"Anthropic, valued at $183 billion, …": a participle after a comma describes, it reports no event."""
    if view.lang != "en" or t.entry.kind != "valuation":
        return False
    s = view.sentence
    head = s.text[max(0, t.start - s.start - 24):t.start - s.start]
    return re.search(r",\s*(?:(?:now|currently|most recently|recently|last|already|then)\s+)?$", head) is not None


def standing_after(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    """ja: a stative verb closing the trigger's clause ("株式の約90%を保有する筆頭株主だ"); zh: a stative
    verb opening it ("目前持有该公司约36%的股份", not "将持有"): a standing fact."""
    if view.lang == "zh":
        return _zh_standing(view, t)
    if view.lang != "ja":
        return None
    s = view.sentence
    lo = t.end - s.start
    end = _COMMA.search(s.text, lo)
    pattern = _local(view, "state_after")
    return None if pattern is None else pattern.match(s.text, lo, end.start() if end else len(s.text))


def ja_acquired(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    """ja: "株式49%を143億ドルで取得した": the noun trigger's clause ends in an acquisition verb in the past."""
    if view.lang != "ja":
        return None
    s = view.sentence
    lo = t.end - s.start
    end = _COMMA.search(s.text, lo)
    pattern = _local(view, "acquired_after")
    return None if pattern is None else pattern.match(s.text, lo, end.start() if end else len(s.text))


def _zh_standing(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    s = view.sentence
    lo, _ = _comma_clause(view, t.start - s.start)
    state, future = _local(view, "state"), _local(view, "future")
    if state is None or (future is not None and future.search(s.text, lo, t.start - s.start)):
        return None
    return state.search(s.text, lo, t.start - s.start)


def clause_date(view: SentenceView, t: Trigger) -> DateMention:
    """The date of trigger ``t``: the nearest in its own clause; else (zh, ja: the time comes before the
    verb, "SBGは今年3月、…出資すると発表しており、4月に…払い込んだ") the nearest before it; else the nearest."""
    def near(ds: list[DateMention]) -> DateMention:
        return min(ds, key=lambda d: abs(d.start - t.start))
    s = view.sentence
    def same(d: DateMention) -> bool:
        lo, hi = sorted((d.start - s.start, t.start - s.start))
        return view.same_clause(d.start, t.start) and not (view.lang == "ja" and "、" in s.text[max(lo, 0):hi])
    own = [d for d in view.dates if same(d)]
    if own:
        return near(own)
    before = [d for d in view.dates if d.end <= t.start]
    return near(before) if before and view.lang in ("zh", "ja") else near(view.dates)


_NUMBER_NEXT = re.compile(r"\s*(?:about |around |roughly )?(?!(?:19|20)\d\d(?!\d|[,.]\d))[\d０-９一二三四五六七八九十百千万亿億兆]|\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|a million|a billion)\b",
                          re.IGNORECASE)


def quantity_ceiling(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    """"agreed to supply up to one million TPU chips", 最大100万個のTPUを利用する: a ceiling on the deal's
    quantity, in the trigger's comma clause (a ceiling on the amount itself is the amount's qualifier)."""
    s = view.sentence
    lo, hi = _comma_clause(view, t.start - s.start)
    pattern = cues(view.lang).get("up_to")
    if pattern is None:
        return None
    for m in pattern.finditer(s.text, lo, hi):
        if _NUMBER_NEXT.match(s.text, m.end()):
            return m
    return None


def done_in_clause(view: SentenceView, t: Trigger, clause_start: int) -> re.Match[str] | None:
    """Round 19: a completion verb of the trigger's own clause outranks an announcement word elsewhere in
    the sentence: zh before the trigger ("宣布，已正式完成对Ampere的收购"), ja right after it
    ("アンペアの買収を完了したと発表した")."""
    s = view.sentence
    if view.lang == "zh":
        pattern = _local(view, "done")
        return None if pattern is None else pattern.search(s.text, clause_start - s.start, t.start - s.start)
    if view.lang == "ja":
        pattern = _local(view, "done_after")
        return None if pattern is None else pattern.match(s.text, t.end - s.start, min(len(s.text), t.end - s.start + 12))
    return None
