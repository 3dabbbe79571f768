"""Shrinks Qt's ICU data library in Linux builds to the parts Qt reads (32 MB down to about 7).

    python packaging/icu_trim.py PySide6/Qt/lib/libicudata.so.73 OUTPUT_FOLDER

Linux PySide6 wheels bundle ICU; Windows and macOS ones use the system's. ICU's data is one
"common data" package exported by libicudata.so.NN as the symbol icudtNN_dat. icupkg (Debian
and Ubuntu: icu-devtools) removes items from it, and as and ld (binutils, which PyInstaller
needs anyway) wrap the rest into a library exporting the same symbol under the same name.

What stays is decided by what Qt calls (KNOWN_QT_ICU_FUNCTIONS, taken from `nm -D` of the
bundled Qt): collation (QCollator; QFileDialog sorts names with it), locale-aware casing,
time-zone display names and legacy code pages. What goes: display names of languages,
countries, currencies and units (Qt has its own CLDR tables), number spell-out rules,
transliteration, break iterators and their dictionaries, character names, StringPrep and
spoof-check data, multi-byte CJK code pages, time-zone names and locale data outside
Tenpoint's languages, and the Chinese, Japanese and Korean collation tailorings (other
languages' tailorings are small and keep file dialogs sorting as people expect).

Before a build uses the result, packaging/icu_check.py runs against both libraries and must
print the same; if Qt calls ICU functions not listed here, a tool is missing or the check
differs, the build keeps Qt's full library and says why.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK_SCRIPT = HERE / "icu_check.py"
ICU_DATA_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
ICU_LIBRARY = re.compile(r"^libicu[a-z0-9]*\.so")

# The ICU C functions bundled Qt libraries call (Qt 6.12), without ICU's version suffix.
KNOWN_QT_ICU_FUNCTIONS = frozenset({
    "u_strToLower", "u_strToUpper",
    "ucal_close", "ucal_getCanonicalTimeZoneID", "ucal_getTimeZoneDisplayName", "ucal_open",
    "ucnv_cbFromUWriteUChars", "ucnv_cbToUWriteUChars", "ucnv_close", "ucnv_countAvailable",
    "ucnv_fromUCountPending", "ucnv_fromUnicode", "ucnv_getAvailableName",
    "ucnv_getFromUCallBack", "ucnv_getMaxCharSize", "ucnv_getName", "ucnv_getStandardName",
    "ucnv_getToUCallBack", "ucnv_open", "ucnv_reset", "ucnv_setFromUCallBack",
    "ucnv_setToUCallBack", "ucnv_toUCountPending", "ucnv_toUnicode",
    "ucol_close", "ucol_getSortKey", "ucol_open", "ucol_setAttribute", "ucol_strcoll",
})

# Whole trees of data none of those functions reads.
DROPPED_TREES = frozenset({"brkitr", "curr", "lang", "rbnf", "region", "translit", "unit"})
# Character names (u_charName), spoof checks (uspoof), StringPrep profiles (usprep).
DROPPED_FILES = frozenset({"unames.icu", "confusables.cfu"})
DROPPED_SUFFIXES = (".spp",)
# Locale data (top level and time-zone names) kept: Tenpoint's languages and their parents.
KEPT_LANGUAGES = frozenset({"root", "en", "fr", "ar", "es", "ru", "pt"})
# The only large collation tailorings (1.2 MB of 3.3): Chinese, Japanese, Korean, Cantonese.
DROPPED_COLLATIONS = frozenset({"ja", "ko", "yue", "zh"})
LOCALE_FILE = re.compile(r"^(root|[a-z]{2,3}(_\w+)?)\.res$")
NOT_LOCALES = frozenset({"res_index.res", "pool.res"})


class TrimError(Exception):
    """Why the full ICU data library stays (worded for the build log)."""


def icu_data_symbol(library: bytes) -> tuple[str, int, int]:
    """Name, file offset and size of the icudtNN_dat symbol of a 64-bit little-endian ELF."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise TrimError("not a 64-bit little-endian ELF library")
    section_offset, = struct.unpack_from("<Q", library, 0x28)
    entry_size, count = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, section_offset + i * entry_size)
                for i in range(count)]
    for _, kind, _, _, offset, size, link, _, _, symbol_size in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings_offset = sections[link][4]
        for start in range(offset, offset + size, symbol_size):
            name_at, _, _, index, value, length = struct.unpack_from("<IBBHQQ", library, start)
            end = library.index(b"\0", strings_offset + name_at)
            name = library[strings_offset + name_at:end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name):
                address, file_offset = sections[index][3], sections[index][4]
                return name, value - address + file_offset, length
    raise TrimError("no icudtNN_dat symbol in the library")


def is_single_byte_converter(path: Path) -> bool:
    """Whether a .cnv converter is a single-byte code page (UConverterStaticData.maxBytes)."""
    data = path.read_bytes()
    header_size, = struct.unpack_from("<H", data, 0)
    return data[header_size + 71] == 1


def item_kept(item: str, items_folder: Path) -> bool:
    """Whether an item of the common data (as icupkg -l names it) stays."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name in DROPPED_FILES or name.endswith(DROPPED_SUFFIXES):
        return False
    if name.endswith(".cnv"):
        return is_single_byte_converter(items_folder / item)
    if name in NOT_LOCALES or not LOCALE_FILE.match(name):
        return True
    language = name.removesuffix(".res").split("_")[0]
    if tree == "coll":
        return language not in DROPPED_COLLATIONS
    return language in KEPT_LANGUAGES


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def required_tools() -> dict[str, str]:
    tools = {name: shutil.which(name) for name in ("icupkg", "as", "ld", "nm")}
    missing = sorted(name for name, path in tools.items() if not path)
    if missing:
        raise TrimError(f"{', '.join(missing)} not found (Debian/Ubuntu: apt-get install "
                        "icu-devtools binutils)")
    return tools


def icu_functions_called(binaries: list[Path], nm: str) -> set[str]:
    """ICU C functions (version suffix removed) the binaries other than ICU's own import."""
    called = set()
    for binary in binaries:
        if ICU_LIBRARY.match(binary.name):
            continue
        symbols = run([nm, "-D", "--undefined-only", str(binary)]).stdout.split()
        called |= {match[1] for symbol in symbols
                   if (match := re.fullmatch(r"(u[a-z]*_\w+?)_\d{2,3}", symbol))}
    return called


def trimmed_common_data(data: Path, folder: Path, icupkg: str) -> tuple[Path, int, int]:
    """The trimmed copy of data, with how many items it kept of how many."""
    items = run([icupkg, "-l", str(data)]).stdout.split()
    converters = folder / "converters.txt"
    converters.write_text("\n".join(i for i in items if i.endswith(".cnv")) + "\n")
    extracted = folder / "items"
    extracted.mkdir()
    run([icupkg, "-d", str(extracted), "-x", str(converters), str(data)])
    dropped = [item for item in items if not item_kept(item, extracted)]
    (folder / "dropped.txt").write_text("\n".join(dropped) + "\n")
    # The output keeps the input's file name: icupkg names the package (and so every item's
    # path inside it) after that file, and ICU looks items up under its own name.
    trimmed = folder / "trimmed" / data.name
    trimmed.parent.mkdir()
    run([icupkg, "-r", str(folder / "dropped.txt"), str(data), str(trimmed)])
    return trimmed, len(items) - len(dropped), len(items)


def data_library(data: Path, symbol: str, output: Path, tools: dict[str, str]) -> None:
    """A shared library exporting data as symbol, 16-byte aligned as ICU expects."""
    source = output.with_suffix(".s")
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, STT_OBJECT\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{data}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",%progbits\n', encoding="ascii")
    run([tools["as"], "-o", str(source.with_suffix(".o")), str(source)])
    run([tools["ld"], "-shared", "-s", "-z", "noexecstack", "-soname", output.name, "-o",
         str(output), str(source.with_suffix(".o"))])
    source.unlink()
    source.with_suffix(".o").unlink()


def check_output(library_folder: Path, expected_library: Path) -> str:
    """icu_check.py's report with the ICU data library found first in library_folder."""
    environment = dict(os.environ, LD_LIBRARY_PATH=str(library_folder),
                       QT_QPA_PLATFORM="offscreen")
    result = run([sys.executable, str(CHECK_SCRIPT)], env=environment)
    if f"icu data: {expected_library.resolve()}" not in result.stderr:
        raise TrimError(f"icu_check.py did not load {expected_library}: {result.stderr[-300:]}")
    return result.stdout


def verify(original: Path, trimmed: Path) -> None:
    """Raises unless Qt computes the same with both libraries."""
    expected, actual = check_output(original.parent, original), check_output(trimmed.parent,
                                                                              trimmed)
    if expected != actual:
        difference = difflib.unified_diff(expected.splitlines(), actual.splitlines(), lineterm="")
        raise TrimError("Qt computes differently with the trimmed data:\n"
                        + "\n".join(list(difference)[:20]))


def cache_key(original: Path) -> str:
    digest = hashlib.sha256(original.read_bytes())
    for script in (Path(__file__), CHECK_SCRIPT):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:16]


def trim(original: Path, output_folder: Path, users: list[Path]) -> Path:
    """The trimmed, verified copy of original in output_folder (made once per original)."""
    tools = required_tools()
    unknown = icu_functions_called(users, tools["nm"]) - KNOWN_QT_ICU_FUNCTIONS
    if unknown:
        raise TrimError(f"Qt calls ICU functions this trim was not checked for: "
                        f"{', '.join(sorted(unknown))}")
    output = output_folder / cache_key(original) / original.name
    if output.exists():
        print(f"ICU data trimmed: {output.stat().st_size / 1e6:.1f} MB (made earlier, {output})")
        return output
    library = original.read_bytes()
    symbol, offset, size = icu_data_symbol(library)
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as temporary:
        folder = Path(temporary)
        # icupkg wants the package's own name: icudt73l.dat for icudt73_dat, little-endian.
        data = folder / f"{symbol.removesuffix('_dat')}l.dat"
        data.write_bytes(library[offset:offset + size])
        trimmed, kept, total = trimmed_common_data(data, folder, tools["icupkg"])
        candidate = folder / "library" / original.name
        candidate.parent.mkdir()
        data_library(trimmed, symbol, candidate, tools)
        verify(original, candidate)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(candidate, output)
    print(f"ICU data trimmed: {size / 1e6:.1f} MB -> {output.stat().st_size / 1e6:.1f} MB "
          f"({kept} of {total} items kept; checked with icu_check.py)")
    return output


def with_trimmed_icu_data(binaries: list[tuple[str, str, str]],
                          output_folder: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with Qt's libicudata replaced by its trimmed copy, if it can be."""
    users = [Path(source) for _, source, _ in binaries]
    result = []
    for dest, source, typecode in binaries:
        if ICU_DATA_LIBRARY.match(Path(dest).name):
            try:
                source = str(trim(Path(source), output_folder, users))
            except (TrimError, subprocess.CalledProcessError, OSError) as error:
                detail = error.stderr if isinstance(error, subprocess.CalledProcessError) else ""
                print(f"ICU data NOT trimmed, the build keeps Qt's full {Path(dest).name} "
                      f"(about 27 MB more): {error} {detail or ''}".rstrip())
        result.append((dest, source, typecode))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path, help="Qt's libicudata.so.NN")
    parser.add_argument("output", type=Path, help="folder for the trimmed copy")
    args = parser.parse_args(argv)
    qt_libraries = sorted(args.library.parent.glob("libQt6*.so*"))
    try:
        print(trim(args.library, args.output, qt_libraries))
    except TrimError as error:
        print(f"ICU data not trimmed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
