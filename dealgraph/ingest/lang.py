"""Language of an article: "en", "zh", "ja", "ko" or "und".

Script counts decide almost every article in microseconds: kana means Japanese, hangul Korean,
Han alone Chinese (simplified or traditional), Latin with English function words English. The
lingua detector (built for EN/ZH/JA/KO only, lazily, once) is asked only about a short sample of
texts whose scripts are evenly mixed. The decision follows the majority of letters, so an English
article under a Chinese headline is English.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np

# Codepoint ranges (inclusive start, exclusive end) and the script each one counts for. The katakana
# middle dot ・ (U+30FB) counts for none: Chinese pages use it as a list bullet and between names.
_RANGES = (
    (0x41, 0x5B, "latin"), (0x61, 0x7B, "latin"), (0xC0, 0x250, "latin"),
    (0x1100, 0x1200, "hangul"), (0x3040, 0x30FB, "kana"), (0x30FC, 0x3100, "kana"), (0x3130, 0x3190, "hangul"),
    (0x31F0, 0x3200, "kana"), (0x3400, 0x4DC0, "han"), (0x4E00, 0xA000, "han"),
    (0xAC00, 0xD7B0, "hangul"), (0xF900, 0xFB00, "han"), (0xFF66, 0xFFA0, "kana"),
    (0x20000, 0x30000, "han"),
)
_SCRIPTS = ("other", "latin", "han", "kana", "hangul")
_EDGES = np.array([e for lo, hi, _ in _RANGES for e in (lo, hi)], dtype=np.uint32)
# searchsorted(side="right") gives 2*i+1 inside range i and an even index outside every range.
_LABELS = np.array([0] + [x for _, _, s in _RANGES for x in (_SCRIPTS.index(s), 0)], dtype=np.intp)

_CJK_WEIGHT = 2  # one Han/kana/hangul character carries about as much as two Latin letters
_MIXED_BAND = (0.4, 0.6)  # CJK share of weighted letters where the scripts alone cannot decide
_MIN_LETTERS = 12
_MIN_CJK_SHARE = 0.2  # Latin-majority text without English words but this much CJK: names in a CJK text
_KANA_SURE = 0.05  # kana share of Han+kana above which a text is Japanese without asking lingua
_SAMPLE = 2000

_WORD = re.compile(r"[a-z]+")
_EN_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it on was with as by at from he she they his her their its be "
    "are has have had this which but not or an will would said says we you i who were been than "
    "also more after about into over our can there all one new".split())
_EN_MIN_RATIO = 0.12


def detect_language(text: str) -> str:
    """ISO code of the language most of ``text``'s letters are written in; "und" when unsure."""
    counts = script_counts(text)
    cjk = counts["han"] + counts["kana"] + counts["hangul"]
    weighted = _CJK_WEIGHT * cjk + counts["latin"]
    if weighted < _MIN_LETTERS:
        return "und"
    share = _CJK_WEIGHT * cjk / weighted
    if _MIXED_BAND[0] <= share <= _MIXED_BAND[1]:
        asked = _ask_lingua(text)
        if asked:
            return asked
    if share > 0.5:
        return _cjk_language(counts, text)
    if _is_english(text):
        return "en"
    return _cjk_language(counts, text) if share >= _MIN_CJK_SHARE else "und"


def script_counts(text: str) -> dict[str, int]:
    """How many characters of ``text`` are Latin letters, Han, kana and hangul (numpy, no Python loop)."""
    codepoints = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    labels = _LABELS[np.searchsorted(_EDGES, codepoints, side="right")]
    counts = np.bincount(labels, minlength=len(_SCRIPTS))
    return {name: int(counts[i]) for i, name in enumerate(_SCRIPTS)}


def _cjk_language(counts: dict[str, int], text: str) -> str:
    """Japanese if kana is common, Korean if hangul leads, else Chinese; lingua for a trace of kana."""
    if counts["hangul"] > counts["han"] + counts["kana"]:
        return "ko"
    kana_share = counts["kana"] / max(1, counts["han"] + counts["kana"])
    if kana_share >= _KANA_SURE:
        return "ja"
    if counts["kana"] == 0:
        return "zh"
    return _ask_lingua(_cjk_sample(text)) or "zh"


def _is_english(text: str) -> bool:
    """Whether English function words are common among the Latin words (other Latin languages are not)."""
    words = _WORD.findall(text[:_SAMPLE].lower())
    hits = sum(1 for w in words if w in _EN_FUNCTION_WORDS)
    return bool(words) and hits / len(words) >= _EN_MIN_RATIO


def _cjk_sample(text: str) -> str:
    """The lines of ``text`` that hold kana, where a Japanese/Chinese decision is made."""
    lines = [line for line in text.splitlines() if re.search("[\u3040-\u30fa\u30fc-\u30ff]", line)]
    return "\n".join(lines)[:_SAMPLE // 4]


def _ask_lingua(text: str) -> str | None:
    """lingua's answer for a short sample of ``text``, as an ISO code, or None."""
    sample = text[len(text) // 2 - _SAMPLE // 8:][:_SAMPLE // 4] if len(text) > _SAMPLE // 4 else text
    language = _detector().detect_language_of(sample)
    return None if language is None else language.iso_code_639_1.name.lower()


@lru_cache(maxsize=1)
def _detector() -> Any:
    """The lingua detector for the four languages dealgraph reads; built on first use only."""
    from lingua import Language, LanguageDetectorBuilder

    languages = (Language.ENGLISH, Language.CHINESE, Language.JAPANESE, Language.KOREAN)
    return LanguageDetectorBuilder.from_languages(*languages).build()
