"""The interface language: which one (chosen, preset by IT, or the system's), and switching to
it at once, with Tenpoint's translations and Qt's own (standard buttons)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from db.resources import fonts_dir, translations_dir

log = logging.getLogger(__name__)

ENGLISH = "en"
# The person's choice, in the data folder's settings.ini (desktop/settings.py keeps the others):
# read here, before the first window, so that window is already in the chosen language.
LANGUAGE_SETTING = "preferences/language"
# The languages Tenpoint speaks, each named in itself (a person looking for theirs reads it
# there whatever the current language), in the order the conferences' regions use them.
LANGUAGES = {
    ENGLISH: "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
}


def language_code(name: str | None) -> str | None:
    """The language part of a code ("fr_SN" -> "fr"), if Tenpoint speaks it."""
    code = (name or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def saved_language(settings_file: Path) -> str | None:
    """The language the person chose, from the data folder's settings.ini."""
    if not settings_file.exists():
        return None
    return language_setting(QSettings(str(settings_file), QSettings.Format.IniFormat))


def language_setting(settings: QSettings) -> str | None:
    """The language the person chose, as these settings hold it (None: none chosen)."""
    value = settings.value(LANGUAGE_SETTING)
    return value if isinstance(value, str) and value else None


def chosen_language(choice: str | None, preset: str | None,
                    system: QLocale | None = None) -> str:
    """The person's own choice, else IT's preset (tenpoint.ini), else the system's language
    when Tenpoint speaks it, else English."""
    system_name = (system or QLocale.system()).name()
    for candidate in (choice, preset, system_name):
        code = language_code(candidate)
        if code:
            return code
    return ENGLISH


def locale_for(language: str, preset: str | None = None,
               system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the system's conventions when they are of this language (French of
    Senegal stays French of Senegal), else the language's own."""
    for name in (preset, (system or QLocale.system()).name()):
        if language_code(name) == language:
            return QLocale(name)
    return QLocale(language)


class LanguageSwitcher:
    """Installs the translators of one language and replaces them when the language changes.

    Installing or removing a translator makes Qt send LanguageChange to every widget; the
    main window rebuilds itself on it (desktop/main_window.py).
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ENGLISH
        self._base_font: QFont | None = None  # the platform's, before Arabic's font joined it

    def switch(self, language: str, locale: QLocale | None = None) -> QLocale:
        """Use language ("fr", "ar", ...): translations, layout direction, locale."""
        locale = locale or QLocale(language)
        QLocale.setDefault(locale)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = [t for t in (self._load("qtbase", _qt_folder(), locale),
                                       self._load("tenpoint", str(translations_dir()), locale))
                           if t is not None]
        # Arabic mirrors every window; set here, not left to Qt's guess from a translation
        # (a command line's bare core application has no windows to mirror).
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                                         else Qt.LayoutDirection.LeftToRight)
            self._set_script_font(language)
        self.language = language
        log.info("interface language %s (%s), translations loaded: %d", language,
                 locale.name(), len(self._installed))
        return locale

    def _set_script_font(self, language: str) -> None:
        """Arabic gets the Noto Sans Arabic UI Tenpoint carries, after the platform's own font:
        Latin text keeps the platform's look, and Arabic shows, well shaped, even where no
        system font has it (a bare Linux); other languages get the platform's font back."""
        if self._base_font is None:
            self._base_font = QGuiApplication.font()
        font = QFont(self._base_font)
        if language == "ar":
            font.setFamilies([*self._base_font.families(), *bundled_families(ARABIC_FONTS)])
        QGuiApplication.setFont(font)

    def _load(self, name: str, folder: str, locale: QLocale) -> QTranslator | None:
        translator = QTranslator(self._app)  # the application owns it, so it lives as long
        if not translator.load(locale, name, "_", folder):
            return None
        self._app.installTranslator(translator)
        return translator


ARABIC_FONTS = ("NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf")
_loaded_families: dict[str, tuple[str, ...]] = {}


def bundled_families(files: tuple[str, ...]) -> list[str]:
    """The families of the bundled font files, registered with Qt once per file."""
    families: list[str] = []
    for name in files:
        if name not in _loaded_families:
            font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
            _loaded_families[name] = tuple(
                QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()
            if font_id < 0:
                log.warning("font %s could not be loaded", name)
        families += [f for f in _loaded_families[name] if f not in families]
    return families


def _qt_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_switcher: LanguageSwitcher | None = None


def language_switcher(app: QCoreApplication | None = None) -> LanguageSwitcher:
    """The application's one switcher (made on first use)."""
    global _switcher
    app = app or QCoreApplication.instance()
    if _switcher is None or _switcher._app is not app:
        _switcher = LanguageSwitcher(app)
    return _switcher


def install_translators(app: QCoreApplication, language: str | None,
                        choice: str | None = None) -> QLocale:
    """At start: the language chosen (choice), else preset (language), else the system's."""
    code = chosen_language(choice, language)
    return language_switcher(app).switch(code, locale_for(code, language))
