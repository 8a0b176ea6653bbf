"""Small hand-written sample data (en, zh, ja) and a synthetic generator, for tests, demos, benches.

The sample sentences are written for this project; the facts (who invested in whom) are public.
One sample article is hostile on purpose: it carries ``<script>`` and ``onerror=`` so that tests
can check that article text always renders inert.
"""

from __future__ import annotations

import random
from decimal import Decimal

from dealgraph._hashing import document_id
from dealgraph.model import CLAIM_KINDS, STATUSES, Claim, Document
from dealgraph.store import Store

EXTRACTOR = "test.v1"
XSS_TEXT = ('Evil Corp <script>window.__xss=1</script> paid <img src=x onerror="window.__xss=2"> '
            "$5 million to Acme Labs for a batch of GPUs.")

# (path, lang, published, title, text, [(kind, source, target, status, usd, pct, date, evidence), ...])
ARTICLES = [
    ("news/en-msft.txt", "en", "2023-01-23", "Microsoft deepens its OpenAI bet",
     "Microsoft said on Monday that it will invest $10 billion in OpenAI over several years. "
     "In a separate deal OpenAI agreed to spend $250 billion on Azure cloud services. "
     "People familiar with the talks said Nvidia could put up to $100 billion into OpenAI.",
     [("investment", "Microsoft", "OpenAI", "announced", 10e9, None, "2023-01",
       "Microsoft said on Monday that it will invest $10 billion in OpenAI over several years."),
      ("compute_commitment", "OpenAI", "Microsoft", "announced", 250e9, None, "2025-10",
       "OpenAI agreed to spend $250 billion on Azure cloud services."),
      ("investment", "Nvidia", "OpenAI", "up_to", 100e9, None, "2025-09",
       "Nvidia could put up to $100 billion into OpenAI.")]),
    ("news/en-stake.txt", "en", "2025-10-28", "OpenAI restructures",
     "Microsoft owned 49% of OpenAI's profit arm in 2023. After the restructuring its stake is about 27%.",
     [("stake", "Microsoft", "OpenAI", "reported", None, 49.0, "2023",
       "Microsoft owned 49% of OpenAI's profit arm in 2023."),
      ("stake", "Microsoft", "OpenAI", "completed", None, 27.0, "2025-10",
       "After the restructuring its stake is about 27%.")]),
    ("news/zh-google.txt", "zh", "2023-10-28", "谷歌加码Anthropic",
     "据报道，谷歌同意向Anthropic投资20亿美元。作为回报，Anthropic承诺在未来数年购买价值30亿美元的谷歌云服务。",
     [("investment", "Google", "Anthropic", "announced", 2e9, None, "2023-10", "谷歌同意向Anthropic投资20亿美元。"),
      ("compute_commitment", "Anthropic", "Google", "announced", 3e9, None, "2023-10",
       "Anthropic承诺在未来数年购买价值30亿美元的谷歌云服务。")]),
    ("news/ja-softbank.txt", "ja", "2025-03-31", "ソフトバンク、OpenAIに追加出資",
     "ソフトバンクグループは31日、OpenAIに最大400億ドルを出資すると発表した。関係者によると、"
     "OpenAIはオラクルのデータセンターを利用する契約も結んだ。",
     [("investment", "SoftBank", "OpenAI", "announced", 40e9, None, "2025-03",
       "ソフトバンクグループは31日、OpenAIに最大400億ドルを出資すると発表した。"),
      ("compute_commitment", "OpenAI", "Oracle", "rumored", 30e9, None, "2025-07",
       "OpenAIはオラクルのデータセンターを利用する契約も結んだ。")]),
    ("news/xss.html", "en", "2024-05-01", "<b>Hostile</b> title <script>window.__xss=3</script>", XSS_TEXT,
     [("purchase", "Evil Corp", "Acme Labs", "reported", 5e6, None, "2024-05", XSS_TEXT)]),
]


def _claim(doc: Document, kind: str, source: str | None, target: str | None, status: str, usd: float | None,
           pct: float | None, date: str, evidence: str) -> Claim:
    start = doc.text.index(evidence)
    return Claim(doc_id=doc.id, kind=kind, source=source, target=target, status=status, start=start,
                 end=start + len(evidence), evidence=evidence, extractor=EXTRACTOR, confidence=0.9,
                 amount_usd=Decimal(str(usd)).normalize() if usd is not None else None, pct=pct, date=date,
                 date_precision={4: "year", 7: "month"}.get(len(date), "day"))


def load_sample(store: Store) -> list[Document]:
    """Add the sample articles and their claims to ``store``; return the documents."""
    docs = []
    for path, lang, published, title, text, _ in ARTICLES:
        docs.append(Document(id=document_id(text), path=path, text=text, lang=lang, published=published,
                             date_source="sample", title=title, url=None, simhash=len(docs) * 0x0F0F0F0F0F))
    store.add_documents(docs)
    batch = [(d.id, EXTRACTOR, [_claim(d, *c) for c in a[5]]) for d, a in zip(docs, ARTICLES)]
    store.replace_claims_many(batch)
    return docs


def load_synthetic(store: Store, *, claims: int, per_doc: int = 10, entities: int = 300, seed: int = 7) -> int:
    """Add ``claims`` random claims (``per_doc`` per short synthetic document); return how many."""
    rng = random.Random(seed)
    names = [f"Company {i:03d}" for i in range(entities)]
    batch, docs = [], []
    for d in range(claims // per_doc):
        lines = [f"Synthetic report {d}, line {j}: money moved between two companies." for j in range(per_doc)]
        text = "\n".join(lines)
        doc = Document(id=document_id(text), path=f"synthetic/{d}.txt", text=text,
                       lang=rng.choice(("en", "en", "zh", "ja")), published=f"20{rng.randint(18, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                       simhash=rng.getrandbits(63))
        docs.append(doc)
        batch.append((doc.id, EXTRACTOR, [_random_claim(rng, doc, lines, j, names) for j in range(per_doc)]))
        if len(batch) >= 500:
            _flush(store, docs, batch)
    _flush(store, docs, batch)
    return (claims // per_doc) * per_doc


def _flush(store: Store, docs: list[Document], batch: list[tuple[str, str, list[Claim]]]) -> None:
    store.add_documents(docs)
    store.replace_claims_many(batch)
    docs.clear()
    batch.clear()


def _random_claim(rng: random.Random, doc: Document, lines: list[str], j: int, names: list[str]) -> Claim:
    source, target = rng.sample(names[: rng.choice((20, 60, len(names)))], 2)
    usd = round(10 ** rng.uniform(6, 11), -5)
    date = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}"
    return _claim(doc, rng.choice(CLAIM_KINDS), source, target, rng.choice(STATUSES), usd, None, date, lines[j])
