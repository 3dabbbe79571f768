"""Loading the interface language: Tenpoint's translations and Qt's own (standard buttons)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from db.resources import translations_dir

log = logging.getLogger(__name__)


def install_translators(app: QApplication, language: str | None) -> QLocale:
    """Use language ("fr", "ar", ...) or, without one, the system's; returns the locale.

    Qt sets the layout direction from the translation, so Arabic mirrors the windows. A
    language without a translation file keeps the English texts, with the locale's dates
    and numbers.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = [name for name, folder in (("qtbase", qt_folder),
                                        ("tenpoint", str(translations_dir())))
              if _install(app, locale, name, folder)]
    log.info("interface language %s, translations loaded: %s", locale.name(),
             ", ".join(loaded) or "none")
    return locale


def _install(app: QApplication, locale: QLocale, name: str, folder: str) -> bool:
    translator = QTranslator(app)  # the application owns it, so it lives as long
    if not translator.load(locale, name, "_", folder):
        return False
    return app.installTranslator(translator)
