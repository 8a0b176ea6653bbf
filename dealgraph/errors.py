"""Errors dealgraph raises. Each has a ``code`` and a ``hint`` that says what to do.

    DealgraphError
     ├── InputError        a file or record cannot be read (the batch goes on)
     ├── ConfigError       a bad option, setting or database URL
     ├── StoreError        the database refused an operation
     └── ExtractionError   an extractor failed on one document
"""

from __future__ import annotations


class DealgraphError(Exception):
    code = "DG000"
    hint = ""

    def __init__(self, message: str, *, code: str | None = None, hint: str | None = None):
        super().__init__(message)
        if code:
            self.code = code
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return self.args[0] if self.args else self.__class__.__name__


class InputError(DealgraphError):
    code = "DG100"


class ConfigError(DealgraphError):
    code = "DG200"


class StoreError(DealgraphError):
    code = "DG300"


class ExtractionError(DealgraphError):
    code = "DG400"
