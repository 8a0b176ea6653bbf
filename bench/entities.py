"""Entity matching throughput with the shipped KB and with a synthetic 40,000-alias KB.

    .venv/bin/python bench/entities.py

Matching is one Aho-Corasick pass over the folded text, so characters/s should stay about the
same when the KB grows from ~3,000 to 40,000+ aliases (only the one-off automaton build grows).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dealgraph.entities import KnowledgeBase, Resolver, default_kb, find_mentions  # noqa: E402
from dealgraph.entities.kb import Entity  # noqa: E402

SENTENCES = [
    "Microsoft agreed to put another $10 billion into OpenAI, and the latter will run on Azure.",
    "Amazon Web Services signed a deal with Anthropic; the company will train models on Trainium.",
    "Nvidia invested in CoreWeave, which then bought more Nvidia GPUs with a loan from Blackstone.",
    "谷歌同意向Anthropic投资20亿美元，后者同意向谷歌云支付费用。双方此前已有合作。",
    "软银集团与OpenAI成立合资公司，甲骨文和英伟达也参与了星际之门项目。",
    "ソフトバンクグループはOpenAIに出資し、同社の株式を取得した。マスク氏は反発した。",
    "マイクロソフトとオラクルはデータセンター契約を結んだ。両社は協議を続ける。",
    "마이크로소프트와 엔비디아가 앤트로픽에 투자했다. 구글도 참여했다.",
    "Analysts at Morgan Stanley said the arrangement ties the companies closely together.",
    "The startup Kindo Labs raised money from Zeta Rivers Capital and Sequoia.",
]
CHARS = "abcdefghijklmnopqrstuvwxyz"
HAN = "云星智算芯海天宇光明华盛泰安恒远达信诚鑫瑞丰"
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"


def corpus(chars: int, rng: random.Random) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        parts.append(rng.choice(SENTENCES))
    return "\n".join(parts)


def synthetic_kb(aliases: int, rng: random.Random) -> KnowledgeBase:
    """The shipped KB plus entities with 4 aliases each (Latin, Latin+suffix, Han, katakana)."""
    extra = []
    for i in range(aliases // 4):
        latin = "".join(rng.choice(CHARS) for _ in range(7)).capitalize() + f"{i}"
        han = "".join(rng.choice(HAN) for _ in range(4)) + f"{i}"
        kana = "".join(rng.choice(KANA) for _ in range(5)) + f"{i}"
        extra.append(Entity(f"{latin} Corp", "company", aliases=(latin, f"{latin} Holdings", han, kana)))
    return KnowledgeBase.from_entities([*default_kb(), *extra], ambiguous=default_kb().ambiguous)


def run(label: str, resolver: Resolver, text: str, repeat: int = 3) -> None:
    find_mentions(text[:2000], resolver=resolver)  # warm the fold table
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = len(find_mentions(text, resolver=resolver))
        best = min(best, time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(repeat):
        resolver.hits(text)
    match_s = (time.perf_counter() - t0) / repeat
    print(f"{label:30} aliases={len(resolver.table):>6,}  mentions={count:>6,}  "
          f"{count / best:>9,.0f} mentions/s  {len(text) / best / 1e6:5.2f} M chars/s (full)  "
          f"{len(text) / match_s / 1e6:5.2f} M chars/s (alias pass only)")


def main() -> None:
    rng = random.Random(7)
    text = corpus(300_000, rng)
    print(f"text: {len(text):,} characters (en/zh/ja/ko mix)")
    t0 = time.perf_counter()
    shipped = Resolver(default_kb())
    print(f"build shipped resolver: {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    big = Resolver(synthetic_kb(40_000, rng))
    print(f"build 40k-alias resolver: {time.perf_counter() - t0:.2f} s")
    run("shipped KB", shipped, text)
    run("synthetic KB (+40,000 aliases)", big, text)


if __name__ == "__main__":
    main()
