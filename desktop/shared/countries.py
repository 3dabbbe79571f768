"""Countries as a person reads and finds them: named in the interface language (CLDR), found
by that name, the English one or the code."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop.translations import language_switcher
from exporters.country_names import localised_name, search_keys

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # a country's names and code, as typing finds them


def country_label(code: str | None, english: str | None) -> str:
    """The country's name in the interface language (the catalog's English name as fallback)."""
    if not code:
        return english or ""
    return localised_name(code, english or code, language_switcher().language)


def country_with_code(code: str | None, english: str | None) -> str:
    """ "Sénégal (SN)": the name in the interface language, with the code every language shares."""
    return f"{country_label(code, english)} ({code})" if code else ""


def country_keys(code: str, english: str) -> tuple[str, ...]:
    """What typing finds this country by: its local name, its English name, its code."""
    return search_keys(code, (country_label(code, english), english))


class _LabelCompleter(QCompleter):
    """Filters on a country's search keys, but puts its label in the box when chosen."""

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt's name
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def fill_country_box(combo: QComboBox, rows: Iterable[tuple[str, str]],
                     offered: Collection[str] | None = None) -> dict[str, str]:
    """An editable combo box of countries, named in the interface language and sorted as it
    sorts them, after an empty entry (no country); typing finds a country by its local name,
    its English name or its code, with or without accents ("Sén", "Seneg", "SN").

    rows: (ISO code, English name); offered: the codes the box lists (default all; the others
    are still recognised when typed, so a form can say why one is refused rather than call it
    unknown). Returns what may stand in the box for each country (its label, names and code,
    case folded) -> its code."""
    collator = QCollator(QLocale())
    entries = sorted(((country_label(code, english), code, english) for code, english in rows),
                     key=lambda entry: collator.sortKey(entry[0]))
    combo.addItem("", None)
    search = QStandardItemModel(combo)
    known: dict[str, str] = {}
    for name, code, english in entries:
        label = f"{name} ({code})"
        keys = country_keys(code, english)
        for text in (label, name, english, code, *keys):
            known[text.casefold()] = code
        if offered is not None and code not in offered:
            continue
        combo.addItem(label, code)
        item = QStandardItem(label)
        # What the completer filters on: the names as written and as typed without accents.
        item.setData(" | ".join((label, english, *keys)), SEARCH_ROLE)
        search.appendRow(item)
    completer = _LabelCompleter(search, combo)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return known
