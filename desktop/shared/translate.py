"""Translating outside a widget's own self.tr().

Call translate("context", "text") with both as literals, so lupdate files the text under its
context; a table of labels is marked with QT_TRANSLATE_NOOP("context", ...) and worded with
translated_label. (A helper such as tr = lambda text: translate("sync", text) hides the
context from lupdate, which then files its texts under no context at all.)
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the person's language; n chooses the plural form of a "%n" text."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translated_label(context: str, table: Mapping[str, str], code: str | None) -> str:
    """The translated label of a code from a table of marked labels; an unknown code as
    itself, and None as nothing."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code
