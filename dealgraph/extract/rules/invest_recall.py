"""Round 14, area "investment recall": investors named around a round, and passing mentions.

English readings (called from ``lang_en``):

- ``drop_attribution(view)``: ", the company said (in a statement)." at the end of a sentence is the
  speaker; its reference ("the company" -> the last organisation) is no party of the deal, and would
  otherwise cut an investor list ("A, B and C also took part, the company said").
- ``adjust(view, cands)``:
  * "Amazon-backed Anthropic", "SoftBank- and Nvidia-backed X": investment A -> X, ``reported``
    (a standing fact told in passing, gold convention as "OpenAIが出資する米フィギュアAI");
  * "X, in which A and B have invested": X is the investee (the head of the relative clause);
  * "X, whose round ..., and which counts A and B among its investors": X counts them;
  * "X's $500 million Series D drew / attracted / included / came from A, B and C": the listed ones
    invested in the round (the amount stays on the round claim, source null).
- ``relative_head`` (used by ``verbs``): "X, …, and which counts A among its investors" -> X.

Chinese readings (called from ``lang_zh``): ``zh_adjust`` reads "由腾讯投资的月之暗面" / "阿里巴巴投资的智谱"
(reported, and the round after it belongs to the company after 的), "此前已获得A和B的投资" (A, B -> the
subject), "其投资者包括A和B" (其 names the company).
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_ATTRIBUTION = re.compile(r"^\s*(?:said|says|added|noted|stated|confirmed|announced|told\s+[\w\s]{0,30}?)"
                          r"(?:\s+(?:on|in|at|late|earlier)\s+[\w\s'’-]{1,40}?)?\s*[.!]?\s*$", re.IGNORECASE)
_BACKED = re.compile(r"^\s*(?:-|–)\s*(?:and\s+[\w.&'’ -]{1,30}?(?:-|–)\s*)?backed\s+", re.IGNORECASE)
_BACKED_GAP = re.compile(r"^(?:(?:the|a|an|its|rival|fellow|french|chinese|japanese|us|u\.s\.|british|canadian|"
                         r"ai|a\.i\.|artificial|intelligence|generative|robotics|chip|cloud|data-center|start-?up|"
                         r"lab|developer|company|firm|model|maker|chatbot|unicorn|search|engine|humanoid)\s+){0,4}$",
                         re.IGNORECASE)
_IN_WHICH = re.compile(r",\s*in which\s+$", re.IGNORECASE)
_WHICH_COUNTS = re.compile(r"(?:,\s*|\band\s+)which\s+(?:also\s+|now\s+)?$", re.IGNORECASE)
_ROUND_NOUN = re.compile(r"(?:round|raise|series [a-h]|financing|fundraising|fundraise|funding)$", re.IGNORECASE)
_ROUND_DREW = re.compile(r"^(?:\s*\([^)]{0,40}\))?\s*(?:,[^,;]{0,60},\s*)?(?:drew|attracted|included|featured|"
                         r"brought in|came from|was backed by|was funded by|was financed by|was bankrolled by|"
                         r"was joined by|counted|had)\s+(?:(?:investors|backers|participation from|money from|"
                         r"cash from|the likes of|such as|names like)\s+)*$", re.IGNORECASE)


def drop_attribution(view: SentenceView) -> None:
    """A reference right before a closing "said" is the speaker, not a party of the deal."""
    text, s0 = view.sentence.text, view.sentence.start
    view.parties[:] = [p for p in view.parties if not (
        p.via == "reference" and re.search(r",\s*$", text[:p.start - s0]) and _ATTRIBUTION.match(text[p.end - s0:]))]


def restore_backers(view: SentenceView) -> None:
    """"Amazon-backed Anthropic": the entity module marks "Amazon" a modifier; here it is the investor."""
    text, s0 = view.sentence.text, view.sentence.start
    if "-backed" not in text and "–backed" not in text:
        return
    from dealgraph.entities import find_mentions

    have = {(p.start, p.end) for p in view.parties}
    for m in find_mentions(text, "en"):
        if m.entity and m.via == "modifier" and (s0 + m.start, s0 + m.end) not in have and _BACKED.match(text[m.end:]):
            view.parties.append(Party(m.entity, s0 + m.start, s0 + m.end, m.text, type=m.type, via="modifier"))
    view.parties.sort(key=lambda p: p.start)


def staff_word_is_name(view: SentenceView, p: Party, length: int) -> bool:
    """"Mubadala and Founders Fund led it": the "staff" word after ``p`` starts another party's name."""
    return any(p.end < q.start < p.end + length for q in view.parties)


def relative_head(view: SentenceView, start: int) -> list[Party]:
    """"X, whose …, and which counts A among its investors": [X], the head of the "which" clause at ``start``."""
    if not _WHICH_COUNTS.search(_rel(view, view.sentence.start, start)):
        return []
    return [p for p in view.parties if p.end <= start and re.match(r"\s*,", _rel(view, p.end, start))][:1]


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """English investment readings of round 14 (see the module docstring)."""
    for c in cands:
        if c.kind != "investment":
            continue
        _backed_adjective(view, c)
        _in_which(view, c)
        _round_drew(view, c)
    return cands


def _rel(view: SentenceView, a: int, b: int) -> str:
    s0 = view.sentence.start
    return view.sentence.text[a - s0:b - s0]


def _backed_adjective(view: SentenceView, c: Candidate) -> None:
    """"Amazon-backed Anthropic": the name before "-backed" invested in the name after it."""
    if c.trigger.text.lower() != "backed":
        return
    backers = [p for p in view.parties if p.end <= c.trigger.start
               and _BACKED.fullmatch(_rel(view, p.end, c.trigger.end) + " ")][-1:]
    if not backers:
        return
    first = backers[0]
    before = [p for p in view.parties if p.end <= first.start and p.end <= c.trigger.start
              and re.fullmatch(r"\s*[-–]\s*and\s+", _rel(view, p.end, first.start))]
    target = next((p for p in view.parties if p.start >= c.trigger.end), None)
    if target is None or not _BACKED_GAP.match(_rel(view, c.trigger.end, target.start).lstrip()):
        c.rejected = c.rejected or "'-backed' without the company it describes"
        return
    c.sources, c.targets = before + [first], [target]
    c.status, c.rejected = "reported", None
    c.note(f"{first.entity}-backed {target.entity}: a standing investment told in passing")


def _in_which(view: SentenceView, c: Candidate) -> None:
    """"Skild AI, in which SoftBank and Nvidia have invested, ...": the head is the investee."""
    if c.trigger.entry.frame != "give" or c.targets or not c.sources:
        return
    first = c.sources[0]
    head = next((p for p in reversed(view.parties) if p.end <= first.start
                 and _IN_WHICH.search(_rel(view, p.end, first.start))), None)
    if head is None or not re.fullmatch(r"[\w\s,&.'’-]*?(?:has|have|had)?\s*(?:also\s+|previously\s+|already\s+)?",
                                        _rel(view, c.sources[-1].end, c.trigger.start)):
        return
    c.targets = [head]
    c.status, c.rejected = "reported", None
    c.note(f"target: {head.entity}, the head of 'in which ... invested'")


def _round_drew(view: SentenceView, c: Candidate) -> None:
    """"X's $500 million Series D drew A, B and C": the listed parties are the round's investors."""
    if c.trigger.entry.frame != "get" or not _ROUND_NOUN.search(c.trigger.text.lower()):
        return
    after = [p for p in view.parties if p.start >= c.trigger.end]
    if not after or not _ROUND_DREW.match(_rel(view, c.trigger.end, after[0].start)):
        return
    listed = _leading_run(view, after)
    targets = [p for p in c.targets if p.entity not in {q.entity for q in listed}]
    if not targets:
        return
    c.sources, c.targets = listed, targets[:1]
    c.rejected = None
    if len(listed) == 1:
        c.notes.append("entered the round: the round's size, not this investor's cheque")  # see extractor._led_round
    c.note(f"investors listed after the round: {', '.join(p.entity for p in listed)}")


def _leading_run(view: SentenceView, after: list[Party]) -> list[Party]:
    """The first party and the ones coordinated with it ("A, B and C")."""
    run = [after[0]]
    for p in after[1:]:
        gap = _rel(view, run[-1].end, p.start)
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|,?\s*and\s+|&\s*|,?\s*as well as\s+)"
                            r"(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*(?:,\s*(?:and\s+)?|,?\s+and\s+))*", gap):
            break
        run.append(p)
    return run


# -- Chinese (called from lang_zh) -----------------------------------------------------------

_ZH_BACKED = re.compile(r"^\s*(?:共同|联合|參與|参与|战略|戰略|领|領|早期)?(?:投资|投資|注资|注資|入股|孵化|支持|参股|參股)(?:过|過|了)?的\s*"
                        r"(?:[^\s，,。；、]{0,8}?(?:公司|企业|企業|初创|新创|独角兽|獨角獸|实验室|實驗室|明星|厂商|廠商))?$")
_ZH_GOT_FROM = re.compile(r"(?:获得|獲得|获|獲|得到|拿到|引入)了?\s*$")
_ZH_OF_INVEST = re.compile(r"^\s*的?\s*(?:战略|戰略|巨额|巨額|首轮|首輪|新一轮|新一輪)?(?:投资|投資|注资|注資)")


def _zh_all_names(view: SentenceView) -> list[Party]:
    """Every named mention of the sentence, describers included ("由腾讯投资的X" drops 腾讯 as a party)."""
    from dealgraph.entities import find_mentions

    s0 = view.sentence.start
    return [Party(m.entity, s0 + m.start, s0 + m.end, m.text, type=m.type, via=m.via)
            for m in find_mentions(view.sentence.text, "zh") if m.entity and m.via != "reference"
            and m.type in ("company", "fund", "person", "government", None)]


def zh_adjust(view: SentenceView, cands: list[Candidate]) -> None:
    """Chinese investment readings of round 14 (passing 由A投资的B, 获得A的投资, 其投资者包括A)."""
    for c in cands:
        if c.kind != "investment" or c.rejected is not None:
            continue
        if _zh_passing(view, c, cands):
            continue
        _zh_got_from(view, c)
        _zh_its_investors(view, c)


def _zh_passing(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
    """"由腾讯投资的月之暗面", "阿里巴巴投资的MiniMax": A invested in B, told in passing (reported)."""
    if c.trigger.entry.frame != "give":
        return False
    head = next((p for p in view.parties if p.start >= c.trigger.end), None)
    if head is None or not _ZH_BACKED.match(_rel(view, c.trigger.start, head.start)):
        return False
    backers = [p for p in _zh_all_names(view) if p.end <= c.trigger.start and p.entity != head.entity]
    if not backers or not re.fullmatch(r"\s*(?:共同|联合)?\s*", _rel(view, backers[-1].end, c.trigger.start)):
        return False
    run = [backers[-1]]
    for p in reversed(backers[:-1]):
        if not re.fullmatch(r"\s*(?:、|和|与|與|及|以及|,|，)\s*", _rel(view, p.end, run[0].start)):
            break
        run.insert(0, p)
    if _ZH_GOT_FROM.search(_rel(view, view.sentence.start, run[0].start)):
        return False  # "获得谷歌投资的Anthropic" is left as a description (round 4 table)
    c.sources, c.targets, c.status = run, [head], "reported"
    c.note(f"{run[0].entity}投资的{head.entity}: a standing investment told in passing")
    if head.slot == "AGENT":
        head.slot = "NONE"  # 由 marked the investor, not the company after 的
    for o in cands:  # the round of the company after 的 ("…的月之暗面完成了3亿美元的融资") is its own
        if o is not c and o.trigger.entry.frame == "get" and o.trigger.start > head.end:
            o.sources = [p for p in o.sources if p.entity not in {q.entity for q in run} and p.entity != head.entity]
            o.targets = [head]
            o.note(f"target: {head.entity}, the subject after the passing investor")
    return True


def _zh_got_from(view: SentenceView, c: Candidate) -> None:
    """"此前已获得腾讯和小红书的投资": the ones before 的投资 invested in the sentence's subject."""
    if c.trigger.entry.frame != "give":
        return
    inside = [p for p in view.parties if p.end <= c.trigger.start and _ZH_OF_INVEST.match(_rel(view, p.end, c.trigger.end))]
    if not inside:
        return
    last = inside[-1]
    run = [last]
    for p in reversed([p for p in view.parties if p.end <= run[0].start]):
        if not re.fullmatch(r"\s*(?:、|和|与|與|及|以及|,|，)\s*", _rel(view, p.end, run[0].start)):
            break
        run.insert(0, p)
    if not _ZH_GOT_FROM.search(_rel(view, view.sentence.start, run[0].start)):
        return
    subject = [p for p in view.parties if p.end <= run[0].start and p.entity not in {q.entity for q in run}]
    if not subject:
        return
    c.sources, c.targets = run, subject[:1]
    c.note(f"获得…的投资: {', '.join(p.entity for p in run)} invested in {subject[0].entity}")


def _zh_its_investors(view: SentenceView, c: Candidate) -> None:
    """"其投资者包括A和B": 其 is the company whose investors are listed."""
    if c.trigger.entry.frame != "investors" or c.targets:
        return
    ref = next((p for p in view.parties if p.via == "reference" and c.trigger.start <= p.start < c.trigger.end), None)
    if ref is None:
        return
    c.targets = [ref]
    c.sources = [p for p in c.sources if p.entity != ref.entity]
    c.note(f"target: {ref.entity}, 其 of the investor list")
