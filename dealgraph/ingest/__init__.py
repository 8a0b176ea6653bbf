"""RawDoc -> Document: decode, clean, language, date, fingerprint (pure functions, no storage).

    build_document(raw)          the whole stage; InputError (code, hint) for unusable input
    decode_bytes(data)           -> (text, encoding)
    clean_text(text)             -> Cleaned(text, title, removed)
    detect_language(text)        -> "en" | "zh" | "ja" | "ko" | "und"
    publication_date(text, ...)  -> (iso_date | None, date_source | None)
    simhash64(text)              -> 64-bit near-duplicate fingerprint; hamming(a, b)
"""

from dealgraph.ingest.build import build_document
from dealgraph.ingest.clean import Cleaned, clean_text
from dealgraph.ingest.dates import publication_date
from dealgraph.ingest.decode import decode_bytes
from dealgraph.ingest.dedup import hamming, is_near_duplicate, simhash64
from dealgraph.ingest.lang import detect_language

__all__ = [
    "Cleaned",
    "build_document",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "hamming",
    "is_near_duplicate",
    "publication_date",
    "simhash64",
]
