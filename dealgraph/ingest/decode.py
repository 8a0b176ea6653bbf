"""Bytes to text: strict UTF-8 first, then a BOM, then charset-normalizer; binary data is refused.

``decode_bytes(data)`` returns ``(text, encoding)``. The encoding name is the one recorded on the
Document ("utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", "cp932", "euc_jis_2004", ...).
"""

from __future__ import annotations

import codecs
import re

from dealgraph.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_MAX_CONTROL_RATIO = 0.05
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)

_EMPTY_HINT = "Nothing to read; remove the file or fill it."
_BINARY_HINT = "Only text articles (.txt, .md, .html, .jsonl) can be read; convert the file to text first."
_ENCODING_HINT = "Save the file as UTF-8 (for example: iconv -f ORIGINAL -t UTF-8 file > file.utf8.txt)."


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode ``data`` to text and name the encoding; raise InputError for empty, binary or unknown data."""
    bom = _bom_encoding(data)
    if bom:
        text, encoding = _strict(data, bom), bom
    elif b"\x00" in data[:_SNIFF]:
        raise InputError("this is a binary file (it contains NUL bytes), not text", code="DG102",
                         hint=_BINARY_HINT)
    else:
        text, encoding = _try_utf8(data) or _try_declared(data, html) or _detect(data)
    if not text.strip():
        raise InputError("the file is empty", code="DG101", hint=_EMPTY_HINT)
    return _checked(text, encoding), encoding


def _strict(data: bytes, encoding: str) -> str:
    """Decode with the encoding a BOM names; a broken body is an encoding error, not a guess."""
    try:
        return data.decode(encoding, errors="strict")
    except UnicodeDecodeError as e:
        raise InputError(f"the file starts with a {encoding} byte-order mark but is not valid {encoding} "
                         f"(at byte {e.start})", code="DG103", hint=_ENCODING_HINT) from e


def _bom_encoding(data: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of ``data``, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _try_utf8(data: bytes) -> tuple[str, str] | None:
    """Strict UTF-8: by far the most common case, and unambiguous when it succeeds."""
    try:
        return data.decode("utf-8", errors="strict"), "utf-8"
    except UnicodeDecodeError:
        return None


def _try_declared(data: bytes, html: bool) -> tuple[str, str] | None:
    """For HTML: the charset a ``<meta>`` tag declares, when it decodes the whole page strictly."""
    if not html:
        return None
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
        return data.decode(name, errors="strict"), name
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes) -> tuple[str, str]:
    """charset-normalizer's best reading of ``data``; InputError when it finds none."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("the text encoding could not be recognised (not UTF-8, GB18030, Big5, "
                         "Shift_JIS, EUC-JP, UTF-16 or another known encoding)", code="DG103",
                         hint=_ENCODING_HINT)
    return str(best), best.encoding


def _checked(text: str, encoding: str) -> str:
    """Refuse decoded text that is mostly control characters: binary data that happened to decode."""
    sample = text[:_SNIFF]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO:
        raise InputError(f"this looks like a binary file (too many control characters as {encoding})",
                         code="DG102", hint=_BINARY_HINT)
    return text
