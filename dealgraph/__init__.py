"""dealgraph: read business news (en, zh, ja) into a sourced graph of money between AI-industry players.

    import dealgraph
    store = dealgraph.open_store("sqlite:///deals.db")
    report = dealgraph.ingest_paths(["examples/news"], store)
    deals = dealgraph.load_deals(store)
    cycles = dealgraph.find_cycles(deals, max_len=5)

Names are imported lazily, so ``import dealgraph`` stays cheap.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from dealgraph.version import __version__

_LAZY = {
    "Amount": "dealgraph.model",
    "Claim": "dealgraph.model",
    "DateMention": "dealgraph.model",
    "Deal": "dealgraph.analyze",
    "DealgraphError": "dealgraph.errors",
    "Document": "dealgraph.model",
    "IngestReport": "dealgraph.pipeline",
    "Mention": "dealgraph.model",
    "Percentage": "dealgraph.model",
    "Problem": "dealgraph.model",
    "RawDoc": "dealgraph.model",
    "Review": "dealgraph.model",
    "Store": "dealgraph.store",
    "build_document": "dealgraph.ingest",
    "consolidate": "dealgraph.analyze",
    "create_app": "dealgraph.server",
    "create_extractor": "dealgraph.extract",
    "default_kb": "dealgraph.entities",
    "exposure": "dealgraph.analyze",
    "extract_document": "dealgraph.extract",
    "find_amounts": "dealgraph.amounts",
    "find_cycles": "dealgraph.analyze",
    "find_dates": "dealgraph.amounts",
    "find_mentions": "dealgraph.entities",
    "find_percentages": "dealgraph.amounts",
    "import_deals_csv": "dealgraph.analyze",
    "ingest_paths": "dealgraph.pipeline",
    "ingest_raw": "dealgraph.pipeline",
    "load_deals": "dealgraph.analyze",
    "money_graph": "dealgraph.analyze",
    "open_store": "dealgraph.store",
    "read_paths": "dealgraph.sources",
    "reextract": "dealgraph.pipeline",
    "stake_history": "dealgraph.analyze",
    "stress": "dealgraph.analyze",
    "write_claims": "dealgraph.export",
}

__all__ = sorted([*_LAZY, "__version__"])

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'dealgraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
