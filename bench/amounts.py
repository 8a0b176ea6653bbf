"""Benchmark the amount finder on a generated mixed-language corpus (~2 MB).

Prints amounts found per second and characters per second for ``find_amounts``, beside the
time of one plain ``re.finditer(r"\\d+")`` pass over the same text, and the ratio of the two;
then the same rates for ``find_dates`` and ``find_percentages``, and µs per 3,000 characters.

    .venv/bin/python bench/amounts.py [--mb 2]
"""

from __future__ import annotations

import argparse
import random
import re
import time

from dealgraph.amounts import find_amounts, find_dates, find_percentages

TEMPLATES = [
    "The company said on Tuesday it would invest ${a} billion in data centres over {y} years, up from {p}% last year. ",
    "Analysts expect revenue of about ${a}.{b} billion in Q{q} 2024, while the Model 3 and H100 lines grew {p}%. ",
    "谷歌同意向这家初创公司投资{a}亿美元，后者此前同意在{y}年内支付{a}{b}多亿元的云服务费用。",
    "据报道，该交易规模约为{a}.{b}万亿日元，较{y}年增长{p}%，另有三百亿元的配套资金。",
    "同社は{a}兆{b}000億円規模の投資を発表し、最大{a}00億ドル（約{b}兆円）を拠出する。",
    "現在{a}{b}0億ドルの価値がある企業は、2018年{q}月に{y}年の計画を示した。",
    "삼성전자는 {a}억{b}000만 달러를 투자하고 {y}년까지 {a}조 원 규모의 설비를 늘린다. ",
    "Shares rose {p} percent after it raised US${a}{b}0 million and {y},{b}00 units shipped. ",
]


FILLER = [
    "Executives described the partnership as a long-term bet on computing capacity and new customers. ",
    "该公司表示，双方将在芯片、云计算和模型研发方面展开更深入的合作，并共同开拓海外市场。",
    "関係者によると、両社は今後の協業の範囲について協議を続けており、詳細は明らかにしていない。",
    "업계에서는 이번 협력이 인공지능 인프라 경쟁을 더욱 가속할 것으로 보고 있다. ",
]


def corpus(megabytes: float, seed: int = 7, filler: float = 0.0) -> list[str]:
    """Articles of ~2,000 characters each, filled from the templates with random numbers;
    ``filler`` is the share of sentences without any number (news prose)."""
    rng = random.Random(seed)
    docs, size, doc = [], 0, []
    while size < megabytes * 1_000_000:
        if rng.random() < filler:
            t = rng.choice(FILLER)
            doc.append(t)
            size += len(t)
            continue
        t = rng.choice(TEMPLATES).format(a=rng.randint(1, 9), b=rng.randint(1, 9), y=rng.randint(2, 9),
                                         p=rng.randint(1, 99), q=rng.randint(1, 4))
        doc.append(t)
        size += len(t)
        if sum(map(len, doc)) > 2000:
            docs.append("".join(doc))
            doc = []
    return docs + ["".join(doc)]


def best_of(fn, repeat: int = 3) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of characters (default 2)")
    args = ap.parse_args()
    for name, filler in (("dense (every sentence has numbers)", 0.0), ("news-like (80% plain prose)", 0.8)):
        print(f"== {name}")
        run(corpus(args.mb, filler=filler))


def run(docs: list[str]) -> None:
    chars = sum(map(len, docs))
    digits = re.compile(r"\d+")
    t_re, n_re = best_of(lambda: sum(1 for d in docs for _ in digits.finditer(d)))
    t_am, n_am = best_of(lambda: sum(len(find_amounts(d)) for d in docs))
    print(f"corpus: {len(docs)} documents, {chars:,} characters")
    print(f"plain re.finditer(r'\\d+'): {t_re:.3f} s, {n_re:,} matches, {chars / t_re / 1e6:.1f} M chars/s")
    print(f"find_amounts:              {t_am:.3f} s, {n_am:,} amounts, {n_am / t_am:,.0f} amounts/s, "
          f"{chars / t_am / 1e6:.1f} M chars/s")
    print(f"ratio find_amounts / plain regex pass: {t_am / t_re:.1f}x")
    for name, fn in (("find_amounts", find_amounts), ("find_dates", lambda d: find_dates(d, published="2024-11-22")),
                     ("find_percentages", find_percentages)):
        t, n = best_of(lambda: sum(len(fn(d)) for d in docs))
        print(f"{name + ':':<18} {t:.3f} s, {n:,} found, {n / t:,.0f}/s, {chars / t / 1e6:.2f} M chars/s, "
              f"{t / chars * 3000 * 1e6:,.0f} µs per 3,000 characters, {t / t_re:.1f}x the plain pass")


if __name__ == "__main__":
    main()
