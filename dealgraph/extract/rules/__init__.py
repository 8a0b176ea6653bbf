"""The default rule-based extractor (``rules.v1``): deterministic, no model, no network."""

from dealgraph.extract.rules.extractor import Explanation, RuleExtractor, SentenceTrace

__all__ = ["Explanation", "RuleExtractor", "SentenceTrace"]
