"""HTML pages to article text with trafilatura (used as a library): paragraphs as lines, title, date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealgraph.errors import InputError

_NO_TEXT_HINT = ("The page has no article body trafilatura can find "
                 "(an index page, a login wall or a script-only page).")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What trafilatura found in a page: the body text and the page's own title and date metadata."""

    text: str
    title: str | None
    date: str | None
    url: str | None


def extract_html(html: str, *, url: str | None = None, today: dt.date | None = None) -> HtmlArticle:
    """Main text (one paragraph a line), title and published date of an HTML page."""
    found = _extract(html, url, today, favor_recall=False) or _extract(html, url, today, favor_recall=True)
    if found is None or not (found.text or "").strip():
        raise InputError("no article text found in this HTML page", code="DG104", hint=_NO_TEXT_HINT)
    return HtmlArticle(text=found.text, title=found.title or None, date=found.date or None,
                       url=found.url or url)


def _extract(html: str, url: str | None, today: dt.date | None, *, favor_recall: bool):  # noqa: ANN202
    """One trafilatura run; the date comes from metadata only (no guessing from the page text)."""
    import trafilatura

    params = {"extensive_search": False, "original_date": True,
              "max_date": (today or dt.date.today()).isoformat()}
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_recall=favor_recall, date_extraction_params=params, deduplicate=False)
    return result if result is not None and (result.text or "").strip() else None
