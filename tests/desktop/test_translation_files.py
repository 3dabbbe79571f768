"""The translation files are complete and safe: every message translated in every language,
nothing vanished or obsolete left behind, and no translation that drops or adds a placeholder
or a keyboard accelerator (a lost {name} would show raw braces or crash the formatting)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.translations import ENGLISH, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d|%L?n")
# One "&" marks the access key; "&&" is a literal ampersand, "&amp;" and the like are HTML.
ACCELERATOR = re.compile(r"&(?!&)(?![A-Za-z]+;|#\d+;)(?<!&&)")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"tenpoint_{language}.ts"


def messages(language: str):
    for context in ET.parse(ts_file(language)).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def forms(message) -> list[str]:
    translation = message.find("translation")
    found = [form.text or "" for form in translation.iter("numerusform")]
    return found or [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p not in ("%n", "%Ln"))


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]


@pytest.mark.parametrize("language", [*TRANSLATED, ENGLISH])
def test_every_message_is_translated_and_nothing_is_left_over(language):
    left = [(context, message.findtext("source"), message.find("translation").get("type"))
            for context, message in messages(language)
            if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not any(forms(message))]
    assert not left, f"{len(left)} messages of {ts_file(language).name}: {left[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_drops_or_adds_a_placeholder_or_an_accelerator(language):
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        for form in forms(message):
            if form and placeholders(form) != placeholders(source):
                wrong.append((context, source, form, "placeholders"))
            if form and accelerators(form) != accelerators(source):
                wrong.append((context, source, form, "accelerator"))
        counted = "%n" in source or "%Ln" in source  # some plurals only change a noun
        if counted and not any("%n" in f or "%Ln" in f for f in forms(message)):
            wrong.append((context, source, forms(message), "%n"))
    assert not wrong, f"{len(wrong)} in {ts_file(language).name}: {wrong[:5]}"


def test_the_files_list_every_text_of_the_code():
    """A text added or changed in the code and not yet in the .ts files fails here: run
    tools/translations/update.py and translate it."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "translations" / "update.py"),
                           "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
