"""Compose the ingest steps: RawDoc -> Document (decode, extract/clean, date, language, fingerprint, id)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealgraph._hashing import document_id
from dealgraph.errors import InputError
from dealgraph.ingest.clean import clean_text, normalise_newlines, strip_markdown
from dealgraph.ingest.dates import publication_date
from dealgraph.ingest.decode import decode_bytes
from dealgraph.ingest.dedup import simhash64
from dealgraph.ingest.html import extract_html
from dealgraph.ingest.lang import detect_language
from dealgraph.model import Document, RawDoc

_HTML = "text/html"
_EMPTY_HINT = "The file holds only site chrome (menus, copyright, links) or nothing at all; check it."
_EMPTY = "Nothing to read; remove the file or fill it."


@dataclass(frozen=True, slots=True)
class _Source:
    """Article text before chrome removal, with what the source itself said about it."""

    text: str
    encoding: str | None
    title: str | None
    published: str | None
    date_source: str
    url: str | None


def build_document(raw: RawDoc, *, today: dt.date | None = None) -> Document:
    """Clean one raw article into a Document; InputError (with a hint) when it has no usable text."""
    source = _source_text(raw, today)
    markdown = raw.media_type == "text/markdown"
    plain = strip_markdown(source.text) if markdown else source.text
    cleaned = clean_text(plain)
    if not any(ch.isalnum() for ch in cleaned.text):
        raise InputError("no article text is left after removing site chrome", code="DG105", hint=_EMPTY_HINT)
    published, date_source = publication_date(plain, metadata=source.published,
                                              metadata_source=source.date_source, today=today)
    title = source.title or cleaned.title
    return Document(
        id=document_id(cleaned.text), path=raw.path, text=cleaned.text,
        lang=detect_language(_body(cleaned.text, title)), published=published, date_source=date_source,
        title=title, url=source.url, encoding=source.encoding, simhash=simhash64(cleaned.text))


def _source_text(raw: RawDoc, today: dt.date | None) -> _Source:
    """Decoded text (HTML already reduced to its article) and the source's own metadata."""
    encoding = None
    if raw.data is not None:
        text, encoding = decode_bytes(raw.data, html=raw.media_type == _HTML)
    else:
        text = raw.html if raw.html is not None else (raw.text or "")
    if not text.strip():
        raise InputError("the article is empty", code="DG101", hint=_EMPTY)
    meta_source = "jsonl" if raw.data is None else "metadata"
    if raw.media_type != _HTML and raw.html is None:
        return _Source(normalise_newlines(text), encoding, raw.title, raw.published, meta_source, raw.url)
    page = extract_html(text, url=raw.url, today=today)
    published, date_source = (raw.published, meta_source) if raw.published else (page.date, "html-meta")
    return _Source(normalise_newlines(page.text), encoding, raw.title or page.title, published, date_source,
                   raw.url or page.url)


def _body(text: str, title: str | None) -> str:
    """The text without its headline, so a headline in another language does not decide the language."""
    if title and text.startswith(title):
        return text[len(title):]
    return text
