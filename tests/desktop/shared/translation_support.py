"""A translation made in a test: a few messages compiled as lrelease compiles a translator's
file, installed over the others and removed again, with the locale of its language."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tools.translations.update import qt_tool

# (context, source) or (context, source, disambiguation) -> a translation, or a plural's forms
Messages = Mapping[tuple[str, ...], str | tuple[str, ...]]


def _message(key: tuple[str, ...], translation: str | tuple[str, ...]) -> str:
    source = f"<source>{escape(key[1])}</source>"
    comment = f"<comment>{escape(key[2])}</comment>" if len(key) > 2 else ""
    if isinstance(translation, str):
        return f"<message>{source}{comment}<translation>{escape(translation)}</translation>" \
               "</message>"
    forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
    return f'<message numerus="yes">{source}{comment}<translation>{forms}</translation></message>'


def _ts(language: str, messages: Messages) -> str:
    contexts: dict[str, list[str]] = {}
    for key, translation in messages.items():
        contexts.setdefault(key[0], []).append(_message(key, translation))
    body = "".join(f"<context><name>{escape(name)}</name>{''.join(found)}</context>"
                   for name, found in contexts.items())
    return (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
            f'language="{language}" sourcelanguage="en">{body}</TS>')


@contextmanager
def translation(folder: Path, language: str, messages: Messages) -> Iterator[None]:
    """These messages translated into language (its plural rules), while the block runs."""
    ts_file, qm_file = folder / f"test_{language}.ts", folder / f"test_{language}.qm"
    ts_file.write_text(_ts(language, messages), encoding="utf-8")
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)
