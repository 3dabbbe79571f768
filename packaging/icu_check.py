"""Prints what Qt computes with ICU, so a trimmed ICU data library can be compared with Qt's own.

    python packaging/icu_check.py
    LD_LIBRARY_PATH=build/icu/<key> python packaging/icu_check.py

The output must be the same line for line with either library; packaging/icu_trim.py runs it
both ways before a build uses the trimmed one. Qt reads ICU data for collation (QCollator,
sorting in file dialogs), locale-aware casing, time-zone display names and legacy code pages
(QStringDecoder, XML encoding declarations); locale formatting and text shaping are Qt's own,
checked too so that a broken library cannot hide behind them.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402 - the platform must be chosen before Qt loads
    QBuffer,
    QByteArray,
    QCollator,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QStringDecoder,
    QStringEncoder,
    Qt,
    QTime,
    QTimeZone,
    QXmlStreamReader,
)
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

# Tenpoint's languages, then system locales whose tailorings are kept (see icu_trim.py).
LANGUAGES = ("en", "fr", "ar", "es", "ru", "pt")
OTHER_COLLATIONS = ("de", "sv", "tr", "pl", "vi", "fa", "sw", "am")
WORDS = ("cote", "côte", "coté", "côté", "Côte", "zèbre", "Zebra", "éclair", "Eclair", "eclair",
         "ñandú", "nube", "Ötzi", "ozone", "ärger", "zulu", "ёж", "еда", "Елена", "жук",
         "عربي", "أمل", "ابن", "إيمان", "Kabul", "file10", "file2", "file1", "ch", "cz", "ı",
         "i", "İ", "Łódź", "lodz", "Ås", "ås", "aa", "ă", "đ", "d", "-a", "a-b", "ab", "", " b")
CASING = ("istanbul IŞIK iı", "ΌΣΟΣ ΆΝΘΡΩΠΟΣ", "straße Ĳssel ĳs", "Lietuva i̇̀ ï", "Ёлка")
ZONES = (b"UTC", b"Europe/Paris", b"Africa/Nairobi", b"Asia/Amman", b"America/Bogota",
         b"Asia/Kabul", b"Africa/Abidjan", b"Europe/Moscow", b"America/Sao_Paulo")
# Single-byte code pages (kept) and the built-in Unicode ones (Qt's own); multi-byte CJK
# tables are dropped on purpose and so are not checked.
CODE_PAGES = ("windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
              "windows-1256", "ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6",
              "ISO-8859-15", "KOI8-R", "KOI8-U", "IBM866", "IBM850", "macintosh", "UTF-8",
              "UTF-16", "UTF-16LE", "UTF-32", "US-ASCII")
SAMPLE = "Réfugiés: Привет, мир! مرحبا €"


def collation() -> Iterator[str]:
    for name in LANGUAGES + OTHER_COLLATIONS:
        collator = QCollator(QLocale(name))
        yield f"collate {name}: {' | '.join(sorted(WORDS, key=collator.sortKey))}"
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setIgnorePunctuation(True)
        yield f"collate {name} numeric: {' | '.join(sorted(WORDS, key=collator.sortKey))}"
        pairs = zip(WORDS, WORDS[1:], strict=False)
        yield f"compare {name}: {[collator.compare(a, b) for a, b in pairs]}"


def casing() -> Iterator[str]:
    for name in LANGUAGES + ("tr", "az", "lt", "el", "nl", "de"):
        locale = QLocale(name)
        for text in CASING:
            yield f"case {name}: {locale.toUpper(text)} / {locale.toLower(text)}"


def formatting() -> Iterator[str]:
    moment = QDateTime(QDate(2024, 2, 29), QTime(13, 5, 9), QTimeZone.utc())
    for name in LANGUAGES:
        locale = QLocale(name)
        yield (f"format {name}: {locale.toString(1234567.891, 'f', 2)} "
               f"{locale.toString(moment, QLocale.FormatType.ShortFormat)} "
               f"{locale.toString(moment, QLocale.FormatType.LongFormat)} "
               f"{locale.monthName(2)} {locale.dayName(4)}")


def time_zones() -> Iterator[str]:
    winter = QDateTime(QDate(2024, 1, 15), QTime(12, 0), QTimeZone.utc())
    for zone_id in ZONES:
        zone = QTimeZone(zone_id)
        yield f"zone {zone_id.decode()}: valid {zone.isValid()} offset {zone.offsetFromUtc(winter)}"
        for name in LANGUAGES:
            locale = QLocale(name)
            names = [zone.displayName(kind, style, locale)
                     for kind in (QTimeZone.TimeType.StandardTime,
                                  QTimeZone.TimeType.DaylightTime)
                     for style in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName,
                                   QTimeZone.NameType.OffsetName)]
            yield f"zone {zone_id.decode()} {name}: {' | '.join(names)}"


def decoded_xml(encoding: str) -> str:
    """SAMPLE encoded in a code page, read back through Qt's XML reader (ICU converts)."""
    document = f'<?xml version="1.0" encoding="{encoding}"?><a>{SAMPLE}</a>'
    try:
        encoded = document.encode(encoding, errors="replace")
    except LookupError:
        return "(Python lacks it)"
    buffer = QBuffer()
    buffer.setData(QByteArray(encoded))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    text = []
    while not reader.atEnd():
        reader.readNext()
        if reader.isCharacters():
            text.append(reader.text())
    return "".join(text) + (f" (error: {reader.errorString()})" if reader.hasError() else "")


def code_pages() -> Iterator[str]:
    for name in CODE_PAGES:
        decoder, encoder = QStringDecoder(name), QStringEncoder(name)
        yield (f"codec {name}: {decoder.isValid()} {decoder.name()} {encoder.isValid()} "
               f"{decoded_xml(name)}")


def arabic_label() -> Iterator[str]:
    """Arabic in a label, painted: shaped, joined and not blank."""
    label = QLabel("مرحبا بالعالم — Tenpoint ١٠ نقاط")
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.adjustSize()
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixelColor(0, 0)
    inked = sum(1 for y in range(image.height()) for x in range(image.width())
                if image.pixelColor(x, y) != background)
    digest = hashlib.sha256(bytes(image.constBits())).hexdigest()[:16]
    yield (f"arabic label: {image.width()}x{image.height()} inked {inked > 50} "
           f"{inked} pixels, image {digest}, dark text {background != QColor('black')}")


def report() -> Iterator[str]:
    for section in (collation, casing, formatting, time_zones, code_pages, arabic_label):
        yield from section()


def loaded_icu_data() -> str:
    """The ICU data library this process mapped (Linux), so callers know which was checked."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8").splitlines()
    except OSError:
        return "unknown"
    return next((line.split(maxsplit=5)[5] for line in maps if "libicudata" in line), "none")


def main() -> int:
    application = QApplication(sys.argv[:1])  # noqa: F841 - widgets need it alive
    for line in report():
        print(line)
    print(f"icu data: {loaded_icu_data()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
