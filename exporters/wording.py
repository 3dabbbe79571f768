"""The words of a workbook: written in one language, read in any of them.

Exporters has no Qt. Its sentences, headers and labels are English source texts marked with
QT_TRANSLATE_NOOP("context", "text") (aliased `_`), which lupdate files for the translators;
the desktop injects the translations:

- Wording: how a workbook is worded when written, a translate(context, text) function (the
  interface's language; English by default, the source texts as they are);
- ReadingWords: what a workbook may say when read, each marked header and label in every
  language Tenpoint speaks. It is plain data, so it travels to the reading child process.

Sheet names and Manifest keys are never translated: they are how Tenpoint finds things. Values
are stored as codes (a status, a kind), so the checksum and the signature, computed over what
was read, do not depend on the language a package was written in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

WORKBOOK_CONTEXT = "workbook"  # the translation context of the workbooks' own texts
RIGHT_TO_LEFT = frozenset({"ar"})  # languages whose sheets run from the right edge


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks a text for translation without Qt (the Wording translates it); returns it as is."""
    return text


Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Wording:
    """How a workbook is written: translate(context, text) gives a marked text in the writing
    installation's language; language (an ISO 639-1 code) names country names' language."""

    translate: Translate = _english
    language: str = "en"

    def text(self, context: str, text: str) -> str:
        """A marked text in this language ("" stays ""; a missing translation is English)."""
        if not text:
            return text
        return self.translate(context, text) or text

    def workbook(self, text: str) -> str:
        """A text marked in the workbook context."""
        return self.text(WORKBOOK_CONTEXT, text)

    @property
    def right_to_left(self) -> bool:
        """Sheets shown from the right edge, as a person reading Arabic expects."""
        return self.language in RIGHT_TO_LEFT


ENGLISH = Wording()


def fold(text: object) -> str:
    """A word as compared when reading: case, accents, spacing and invisible marks (the
    direction marks of right-to-left text, say) ignored, compatible forms unified."""
    value = unicodedata.normalize("NFKD", str(text or "").casefold())
    value = "".join(c for c in value
                    if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(value.split())


@dataclass(frozen=True)
class ReadingWords:
    """Every other spelling of each marked header and label: (context, English text) -> its
    translations. Plain, picklable data; no translations reads English only."""

    words: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def spellings(self, context: str, text: str) -> tuple[str, ...]:
        """The English text first, then its translations."""
        return (text, *self.words.get((context, text), ()))

    @classmethod
    def of(cls, texts: Iterable[tuple[str, str]], translators: Iterable[Translate]
           ) -> ReadingWords:
        """The translations each translator (one per language) gives each (context, text);
        an empty or English one adds nothing."""
        texts, found = tuple(dict.fromkeys(texts)), {}
        for translate in translators:
            for context, text in texts:
                translated = (translate(context, text) or "").strip()
                if translated and translated != text:
                    found.setdefault((context, text), []).append(translated)
        return cls({key: tuple(dict.fromkeys(values)) for key, values in found.items()})


ENGLISH_ONLY = ReadingWords()
