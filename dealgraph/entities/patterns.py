"""Provisional organisations: names not in the KB, recognised by shape (corporate cues).

English: capitalised words ending in a cue (Inc, Corp, Capital, Labs, AI ...) or named right after
"startup"/"firm". Chinese: 2-6 characters before 公司/集团/资本/科技/控股 after a delimiter, or a Latin
name after 初创公司/创企. Japanese: katakana + 社/ホールディングス/グループ, or a katakana name that is the
subject (は/が) of a deal verb. Precision first: generic words are stop-listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STOP_FILE = Path(__file__).resolve().parent / "data" / "stopwords.tsv"
_CAP = r"(?:[A-Z][A-Za-z0-9&'.\-]*[A-Za-z0-9]|[A-Z])"
EN_CUES = r"Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Capital|Partners|Labs|AI|Technologies|Ventures|Holdings|Group|Systems"
EN_CUE_RE = re.compile(rf"\b({_CAP}(?:[ ](?:{_CAP}|&))*)[ ,]+({EN_CUES})(?![A-Za-z])")
EN_DESC_RE = re.compile(rf"\b(?:[Ss]tart-?up|[Ff]irm|company|[Ll]ab|developer|provider|maker)[ ,]+({_CAP}(?:[ ]{_CAP})?)\b")
ZH_DELIM = r"(?:(?<=[\s，。、；：“”\"（）《》()!?！？向与和及对由被将从把给跟在是,.])|^)"
ZH_CUE_RE = re.compile(ZH_DELIM + r"([\u4e00-\u9fff]{2,6}?)(公司|集团|集團|资本|資本|科技|控股)")
ZH_DESC_RE = re.compile(r"(?:初创公司|初創公司|创企|創企|初创企业|独角兽|云服务商|投资机构|风投机构|风投|新興企業|スタートアップ)"
                        rf"\s*({_CAP}(?:[ ]{_CAP})?)(?![A-Za-z])")
ZH_FUNCTION = set("向与和及对由被将从把给跟在是的了为于其这那该此每各某他她它我你您咱")
JA_CUE_RE = re.compile(r"(?<![ァ-ヴー・A-Za-z0-9])([ァ-ヴ][ァ-ヴー・]{1,15})(社|ホールディングス|グループ)")
JA_SUBJ_RE = re.compile(r"(?<![ァ-ヴー・A-Za-z0-9])([ァ-ヴ][ァ-ヴー・]{2,15})(?:は|が)[^。]{0,30}?(?:出資|投資|買収|提携|契約|調達|融資)")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
KANA_RE = re.compile(r"[ァ-ヴ]")
SENTENCE_END = ".!?。！？\n[]:|"
ZH_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两几]+(?:年|月|日|季|家|个|個|位|名|成|倍|亿|万)")
LATIN_SHA_RE = re.compile(rf"({_CAP})社")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    name: str


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """Stop lists by kind ("en_first", "en_name", "zh", "ja") from data/stopwords.tsv."""
    out: dict[str, set[str]] = {}
    for line in STOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, words = line.split("\t", 1)
            out.setdefault(kind, set()).update(w.strip() for w in words.split("|") if w.strip())
    return {k: frozenset(v) for k, v in out.items()}


def find_provisional(text: str, lang: str | None = None) -> list[Candidate]:
    """All shape-based organisation candidates (may overlap; the caller drops KB overlaps)."""
    out: list[Candidate] = []
    if lang in (None, "en", "zh", "ja", "ko", "und"):
        out += _english(text) + _after_descriptor(text)
    if lang in (None, "zh", "und") and HAN_RE.search(text):
        out += _chinese(text)
    if lang in (None, "ja", "und") and KANA_RE.search(text):
        out += _japanese(text)
    return out


def strip_possessive(name: str) -> str:
    """``name`` without a trailing English possessive ("Humanloop's" -> "Humanloop")."""
    return re.sub(r"(?:'s|’s|'|’)$", "", name)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in SENTENCE_END


def _english(text: str) -> list[Candidate]:
    stop = stopwords()
    out = []
    for m in EN_CUE_RE.finditer(text):
        words = m.group(1).split(" ")
        while words and words[0] in stop["en_first"]:
            words.pop(0)
        if not words or all(w in stop["en_name"] for w in words):
            continue
        start = m.start(1) + len(m.group(1)) - len(" ".join(words))
        if words[0] in stop["en_common"] and _sentence_initial(text, start):
            continue
        cue = m.group(2).rstrip(".")
        if words[-1] != strip_possessive(words[-1]):  # round 20: "Acme Labs's" is the possessor, not a name
            continue
        out.append(Candidate(start, m.end(), f"{' '.join(words)} {cue}" if cue in ("AI", "Labs", "Capital",
                   "Partners", "Ventures", "Technologies", "Systems", "Holdings", "Group") else " ".join(words)))
    return out


def _after_descriptor(text: str) -> list[Candidate]:
    stop = stopwords()
    out = []
    for regex in (EN_DESC_RE, ZH_DESC_RE, LATIN_SHA_RE):
        for m in regex.finditer(text):
            name = strip_possessive(m.group(1).rstrip("."))  # round 20: never "Humanloop's"
            if name and name.split(" ")[0] not in stop["en_first"] and name not in stop["en_name"]:
                out.append(Candidate(m.start(1), m.start(1) + len(name), name))
    return out


def _chinese(text: str) -> list[Candidate]:
    out = []
    for m in ZH_CUE_RE.finditer(text):
        name, cue = m.group(1), m.group(2)
        if _generic_zh(name, cue, text[m.end():m.end() + 2]):
            continue
        out.append(Candidate(m.start(1), m.end(), name if cue == "公司" else name + cue))
    return out


def _generic_zh(name: str, cue: str, after: str) -> bool:
    """True for time words, fragments and common nouns: 未来三年(公司), 全年资本(开支), 离开(公司)."""
    stop = stopwords()
    if name in stop["zh"] or name[0] in ZH_FUNCTION or any(w in name for w in stop["zh_part"]):
        return True
    if name.startswith(tuple(stop["zh_head"])) or ZH_NUMERAL.search(name):
        return True
    if cue == "公司" and len(name) < 3:
        return True
    return cue != "公司" and after.startswith(tuple(stop["zh_after"]))


def _japanese(text: str) -> list[Candidate]:
    stop, before = stopwords()["ja"], tuple(stopwords()["ja_before"])
    out = []
    for regex in (JA_CUE_RE, JA_SUBJ_RE):
        for m in regex.finditer(text):
            name = m.group(1)
            if regex is JA_SUBJ_RE and text[max(0, m.start() - 2):m.start()].endswith(before):
                continue
            if name not in stop and name.strip("・") == name:
                full = name + m.group(2) if regex is JA_CUE_RE and m.group(2) != "社" else name
                out.append(Candidate(m.start(1), m.start(1) + len(full), full))
    return out
