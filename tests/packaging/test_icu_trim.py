"""The Linux build's trimmed ICU data: what Qt reads stays, and a failed trim keeps it all."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import icu_trim  # noqa: E402 - packaging/ is no package

LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="PySide6 bundles ICU on Linux only")


def converter(folder: Path, name: str, max_bytes_per_char: int) -> None:
    """A .cnv item with just enough header for is_single_byte_converter."""
    header_size = 32
    data = bytearray(header_size + 100)
    struct.pack_into("<H", data, 0, header_size)
    data[header_size + 71] = max_bytes_per_char
    (folder / name).write_bytes(bytes(data))


@pytest.mark.parametrize("item", [
    "root.res", "pool.res", "res_index.res", "supplementalData.res", "metaZones.res",
    "zoneinfo64.res", "cnvalias.icu", "uts46.nrm", "fr.res", "ar_SA.res", "pt_BR.res",
    "coll/root.res", "coll/ucadata.icu", "coll/fr_CA.res", "coll/ar.res", "coll/sv.res",
    "coll/res_index.res", "coll/de_.res", "zone/pool.res", "zone/root.res", "zone/ru.res",
    "zone/es_419.res", "zone/tzdbNames.res",
])
def test_what_qt_reads_for_tenpoint_languages_stays(item, tmp_path):
    assert icu_trim.item_kept(item, tmp_path)


@pytest.mark.parametrize("item", [
    "lang/fr.res", "region/ar.res", "curr/pool.res", "unit/en.res", "rbnf/ru.res",
    "translit/root.res", "brkitr/cjdict.dict", "brkitr/line.brk", "unames.icu",
    "confusables.cfu", "rfc3491.spp", "de.res", "zh_Hant.res", "zone/de.res",
    "coll/zh.res", "coll/ja.res", "coll/ko.res", "coll/yue_Hant.res",
])
def test_data_qt_never_reads_goes(item, tmp_path):
    assert not icu_trim.item_kept(item, tmp_path)


def test_single_byte_code_pages_stay_and_multi_byte_ones_go(tmp_path):
    converter(tmp_path, "ibm-5348_P100-1997.cnv", 1)  # windows-1252
    converter(tmp_path, "gb18030.cnv", 4)
    assert icu_trim.item_kept("ibm-5348_P100-1997.cnv", tmp_path)
    assert not icu_trim.item_kept("gb18030.cnv", tmp_path)


@LINUX_ONLY
@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="needs binutils")
def test_the_rebuilt_library_exports_the_data_aligned_under_icus_symbol(tmp_path):
    data = tmp_path / "icudt99l.dat"
    data.write_bytes(bytes(range(256)) * 40)
    library = tmp_path / "libicudata.so.99"
    icu_trim.data_library(data, "icudt99_dat", library,
                          {"as": shutil.which("as"), "ld": shutil.which("ld")})
    name, offset, size = icu_trim.icu_data_symbol(library.read_bytes())
    assert (name, size) == ("icudt99_dat", data.stat().st_size)
    assert library.read_bytes()[offset:offset + size] == data.read_bytes()
    assert offset % 16 == 0


def test_a_build_without_icupkg_keeps_the_full_library(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(icu_trim.shutil, "which", lambda name: None)
    binaries = [("PySide6/Qt/lib/libicudata.so.73", "/wheel/libicudata.so.73", "BINARY"),
                ("PySide6/Qt/lib/libQt6Core.so.6", "/wheel/libQt6Core.so.6", "BINARY")]
    assert icu_trim.with_trimmed_icu_data(binaries, tmp_path) == binaries
    assert "icu-devtools" in capsys.readouterr().out


@LINUX_ONLY
@pytest.mark.skipif(not all(shutil.which(tool) for tool in ("icupkg", "as", "ld", "nm")),
                    reason="needs icupkg (icu-devtools) and binutils")
def test_qt_computes_the_same_with_the_trimmed_data(tmp_path, capsys):
    """The real thing: Qt's own library trimmed, then icu_check.py compared with both."""
    qt_lib = Path(pytest.importorskip("PySide6").__file__).parent / "Qt" / "lib"
    original = next(qt_lib.glob("libicudata.so.*"), None)
    if original is None:
        pytest.skip("this PySide6 uses the system's ICU")
    trimmed = icu_trim.trim(original, tmp_path, sorted(qt_lib.glob("libQt6*.so*")))
    assert trimmed.stat().st_size < original.stat().st_size / 4
    assert "checked with icu_check.py" in capsys.readouterr().out
