"""Extraction: Documents in, Claims out, through named and versioned extractors.

    >>> from dealgraph.extract import create_extractor, extract_document
    >>> result = extract_document(doc, [create_extractor("rules.v1")])  # doctest: +SKIP
"""

from dealgraph.extract.base import Extractor, ExtractorInfo, info_of
from dealgraph.extract.pipeline import ExtractionResult, Failure, extract_document, extract_many, raise_errors
from dealgraph.extract.registry import (
    DEFAULT_EXTRACTOR,
    available_extractors,
    create_extractor,
    describe_extractors,
    register_extractor,
    unregister_extractor,
)
from dealgraph.extract.sentences import Sentence, split_sentences

__all__ = [
    "DEFAULT_EXTRACTOR",
    "ExtractionResult",
    "Extractor",
    "ExtractorInfo",
    "Failure",
    "Sentence",
    "available_extractors",
    "create_extractor",
    "describe_extractors",
    "extract_document",
    "extract_many",
    "info_of",
    "raise_errors",
    "register_extractor",
    "split_sentences",
    "unregister_extractor",
]
