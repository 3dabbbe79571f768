"""What the frozen build keeps of Qt: the platform plugins it needs, not what bloats it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from qt_selection import keep_binary, keep_data  # noqa: E402 - packaging/ is no package


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # --smoke-test runs offscreen
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6\\Qt6Core.dll",
    "PySide6/Qt/lib/libQt6Charts.so.6",  # the Progress area's charts, and what they link to
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
    "libpython3.12.so.1.0",
    # psycopg's own libpq and Kerberos, named by their hash: a headquarters' server driver
    "psycopg_binary.libs/libkrb5-f18b4d11.so.3.3",
    "psycopg_binary.libs/libkrb5support-93fbab13.so.0.1",
    "psycopg_binary.libs/libpq-e9b5c9ac.so.5.18",
])
def test_what_the_application_needs_is_kept(dest):
    assert keep_binary(dest, "linux") and keep_binary(dest, "win32")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6\\Qt6Pdf.dll",
    "PySide6\\opengl32sw.dll",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",  # other Addons
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "libcups.so.2",  # the CUPS plugin's libraries come from the system
    "libgnutls.so.30",
    "libkrb5.so.3",
    "libkrb5support.so.0",
])
def test_unused_qt_is_left_out(dest):
    assert not keep_binary(dest, "linux") and not keep_binary(dest, "win32")


def test_macos_frameworks_stay_whole():
    """Frameworks are signed folders of symlinks; only plugins are picked there."""
    assert keep_binary("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "darwin")
    assert not keep_binary("PySide6/Qt/plugins/imageformats/libqpdf.dylib", "darwin")


def test_only_the_shipped_qt_translations_are_kept():
    assert keep_data("PySide6/Qt/translations/qtbase_ar.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_data("PySide6/Qt/translations/assistant_fr.qm")
    assert keep_data("resources/catalog/meta.json")


def test_the_languages_shipped_are_the_ones_tenpoint_speaks():
    from qt_selection import BABEL_LOCALES, QT_LANGUAGES

    from desktop.translations import ENGLISH, LANGUAGES
    assert set(QT_LANGUAGES) == set(LANGUAGES) - {ENGLISH}
    assert {"root", *LANGUAGES} == BABEL_LOCALES


@pytest.mark.parametrize(("dest", "kept"), [
    ("babel/locale-data/fr.dat", True), ("babel/locale-data/ar.dat", True),
    ("babel/locale-data/root.dat", True), ("babel/global.dat", True),
    ("babel/locale-data/de.dat", False), ("babel/locale-data/fr_SN.dat", False)])
def test_only_the_cldr_data_of_those_languages_is_bundled(dest, kept):
    assert keep_data(dest) is kept
