"""The words of the workbooks Tenpoint writes and reads, from its translations.

exporters/ has no Qt: it marks its English texts and takes their translations injected
(exporters/wording.py). Here they are made:

- writing_wording(): templates, packages and error workbooks are written in the language of
  the interface (the translators installed by desktop/translations.py);
- reading_words(): every header and choice label in each language Tenpoint speaks, from the
  compiled translations (tenpoint_<language>.qm) loaded apart from the interface's, so an
  installation in English reads a template filled in French, and the other way round;
  catalog_reading_words() the same for the catalog workbook.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QTranslator

from db.resources import translations_dir
from desktop.translations import ENGLISH, LANGUAGES, language_switcher
from exporters.catalog_sheets import readable_texts as catalog_readable_texts
from exporters.layout import readable_texts
from exporters.wording import ReadingWords, Translate, Wording


def _interface_translation(context: str, text: str) -> str:
    # Thread-safe: exports run off the GUI thread.
    return QCoreApplication.translate(context, text)


def writing_wording() -> Wording:
    """Workbooks written now: in the interface's language."""
    language = language_switcher().language if QCoreApplication.instance() else ENGLISH
    return Wording(_interface_translation, language)


def _translation_of(translator: QTranslator) -> Translate:
    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or ""
    return translate


@cache
def _words_in(folder: str, languages: tuple[str, ...], catalog: bool = False) -> ReadingWords:
    translators = []
    for language in languages:
        translator = QTranslator()
        if translator.load(f"tenpoint_{language}", folder):
            translators.append(translator)
    texts = catalog_readable_texts() if catalog else readable_texts()
    return ReadingWords.of(texts, [_translation_of(t) for t in translators])


def reading_words(folder: str | None = None) -> ReadingWords:
    """The headers and labels of workbooks in every language Tenpoint has translations for
    (plain data: the reading child process gets it). Loaded once per folder."""
    others = tuple(code for code in LANGUAGES if code != ENGLISH)
    return _words_in(folder or str(translations_dir()), others)


def catalog_reading_words(folder: str | None = None) -> ReadingWords:
    """The catalog workbook's headers and choice labels in every language Tenpoint has
    translations for, as reading_words gives a package's."""
    others = tuple(code for code in LANGUAGES if code != ENGLISH)
    return _words_in(folder or str(translations_dir()), others, catalog=True)
