"""Which parts of Qt and Python the frozen build leaves out (used by tenpoint.spec).

Tenpoint is a QtWidgets application: it needs QtCore, QtGui and QtWidgets (and QtCharts, from
the Addons, with the two OpenGL libraries it links to), a platform plugin
per OS (plus "offscreen" for --smoke-test), input methods for typing accents, and Qt's own
translations for the languages it ships. PyInstaller's Qt hooks collect every plugin a module
may use; these rules drop the rest, together with the Qt libraries only those plugins load.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# Python modules never needed at run time: test tools, other GUI toolkits, optional pretty
# printers that pydantic and mako import only if present (rich, pygments), pydoc's topics,
# OpenSSL's hashes (hashlib falls back to its built-in SHA-256), the Chinese, Japanese
# and Korean codecs (1 MB; workbooks are UTF-8, and an unknown codec is a clean LookupError),
# unused Qt modules. Python's ssl stays: psycopg imports it to share OpenSSL's set-up with
# libpq, whose TLS a headquarters' connection to its PostgreSQL server may use.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "IPython",
    "numpy", "pandas", "PIL", "importlinter", "ruff", "rich", "pygments", "markdown_it",
    "mdurl", "pydoc_data", "_hashlib", "_multibytecodec", "_codecs_cn",
    "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    *(f"PySide6.{module}" for module in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickWidgets", "QtQuickTest",
        "QtQmlFeatures", "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtDesigner",
        "QtHelp", "QtUiTools", "QtXml", "QtConcurrent", "QtDBus", "QtSvg",
        "QtSvgWidgets", "QtLabsStyleKit", "QtPdf", "QtPdfWidgets")),
]

# Plugin folders kept, and within them the plugins kept (None: all of the folder).
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # xcb on Linux (Wayland sessions run it through XWayland), the native one elsewhere.
    "platforms": {"xcb", "offscreen", "windows", "cocoa"},
    # Compose keys and IBus: how people type accented and non-Latin letters on Linux.
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    # Native file dialogs through the desktop portal; gtk3 would drag GTK into the bundle.
    "platformthemes": {"xdgdesktopportal"},
    # Icon themes on Linux are SVG; macOS styles need their plugin.
    "iconengines": None,
    "imageformats": {"svg"},
    # Printing the Progress area's report: CUPS on Linux (Qt 6 prints natively elsewhere).
    "printsupport": {"cupsprintersupport"},
    "styles": None,
}

# Qt languages shipped: the working languages of the conferences' regions (Arabic for the
# Gulf of Aden, French for West Africa, Spanish for the Americas, Russian for Central Asia);
# English is Qt's own.
QT_LANGUAGES = ("ar", "es", "fr", "ru")
# Babel's CLDR data (country names, exporters/country_names.py) for the same languages, English
# and the root they inherit from; the other 800 locales would add 30 MB.
BABEL_LOCALES = frozenset({"root", "en", *QT_LANGUAGES})

# Qt libraries that only the dropped plugins and modules load. (Qt6OpenGL and
# Qt6OpenGLWidgets stay: libQt6Charts links to them, though it paints with the raster engine.)
DROPPED_QT_LIBRARIES = (
    "pdf", "qml", "quick", "virtualkeyboard", "network", "wayland", "wl", "eglfs",
    "sql", "test", "designer", "uitools", "help", "labs", "concurrent",
    # The Addons' other modules, should a hook collect them.
    "webengine", "webchannel", "websockets", "3d", "multimedia", "datavisualization", "graphs",
    "location", "positioning", "sensors", "serialport", "bluetooth", "nfc", "scxml",
    "spatialaudio", "texttospeech", "remoteobjects", "shadertools", "statemachine",
    "httpserver",
)


# Windows: Mesa's software OpenGL (20 MB), which QtWidgets' raster painting never loads.
DROPPED_FILES = frozenset({"opengl32sw.dll"})

# Linux: what only the CUPS print plugin links to (9 MB). Every desktop that prints has them,
# and CUPS's own must match the system's print service, so they load from the system; where
# they are missing, the plugin does not load and Qt prints to PDF files only. Each name ends
# where the system's does: psycopg's wheel carries its own Kerberos for libpq, named
# libkrb5-<hash>.so, which must stay.
SYSTEM_PRINTING_LIBRARIES = (
    "libcups.", "libgnutls.", "libavahi-", "libkrb5.", "libkrb5support.", "libgssapi_krb5.",
    "libk5crypto.",
    "libcom_err.", "libkeyutils.", "libp11-kit.", "libtasn1.", "libidn2.", "libunistring.",
    "libnettle.", "libhogweed.", "libgmp.",
)


def _plugin_kept(folder: str, file_name: str) -> bool:
    """libqxcb.so, qxcb.dll and libqxcb.dylib are all the plugin "xcb"."""
    wanted = KEPT_PLUGINS.get(folder, set())
    if wanted is None:
        return True
    stem = file_name.split(".")[0].removeprefix("lib")
    return stem in wanted or stem.removeprefix("q") in wanted


def _qt_library_name(file_name: str) -> str | None:
    """"network" for libQt6Network.so.6, Qt6Network.dll or the QtNetwork framework."""
    lowered = file_name.lower()
    for prefix in ("libqt6", "qt6", "qt"):
        if lowered.startswith(prefix):
            return lowered[len(prefix):].split(".")[0]
    return None


def keep_binary(dest: str, platform: str) -> bool:
    """Whether a collected binary (its path inside the bundle) stays in the build."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts:
        index = parts.index("plugins")
        if index + 2 < len(parts):
            return _plugin_kept(parts[index + 1], parts[-1])
        return True
    if "PySide6" not in parts or parts[-1].lower() in DROPPED_FILES:
        return "PySide6" not in parts and not parts[-1].startswith(SYSTEM_PRINTING_LIBRARIES)
    if platform == "darwin":
        # Qt frameworks are folders of symlinks, signed as a whole: leave them intact.
        return True
    library = next((name for part in parts if (name := _qt_library_name(part))), None)
    return not (library and any(library.startswith(d) for d in DROPPED_QT_LIBRARIES))


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays: of Qt's translations only qtbase in QT_LANGUAGES,
    of Babel's locales only BABEL_LOCALES."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if "PySide6" in path.parts and "translations" in path.parts:
        return path.name in {f"qtbase_{language}.qm" for language in QT_LANGUAGES}
    if "PySide6" in path.parts and "plugins" in path.parts:
        return keep_binary(dest, "data")
    if "babel" in path.parts and "locale-data" in path.parts:
        return path.stem in BABEL_LOCALES
    return True
