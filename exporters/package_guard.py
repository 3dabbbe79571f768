"""Cheap structural checks of an untrusted workbook, run before any spreadsheet parser sees it.

A parser given a hostile file can take minutes, all the memory there is, or abort the whole
process (python-calamine aborts on a sheet claiming a cell at XFD1048576). These checks read
only the zip directory and stream each XML member once, at the declared sizes: a file that
passes them is bounded in size and shape, and the child process limits cover the rest.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from exporters import problems
from exporters.encryption import is_encrypted_workbook, is_ole_file
from exporters.problems import Problem

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
ZIP_MAGIC = b"PK\x03\x04"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
# A package of 10,000 activities has a 15.6 MB Activities sheet (8:1 compressed): these
# limits leave room for about 15 times that, and a parser gets through them in seconds.
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 1000
# Real sheets compress 5-15:1; a large member packed over 100:1 can only be filler.
MAX_RATIO, RATIO_FROM_BYTES = 100, 64 * 1024 * 1024
# The most a sheet may claim; a package has 23 columns and one row per activity.
MAX_COLUMNS, MAX_ROWS = 200, 500_000
PROLOG_BYTES = 64 * 1024  # the declarations before the root element; ours are 40 bytes
CHUNK = 1024 * 1024
DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*\bref=\"([^\"]*)\"")
SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData\b")
FORMULA = re.compile(rb"<(?:\w+:)?f[\s/>]")
CELL_START = re.compile(rb"<(?:\w+:)?c\b[^>]*\br=\"([A-Za-z]+[0-9]+)\"")
CELL_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


def check_package(path: Path | str, file: str | None = None) -> Problem | None:
    """The first structural reason not to parse the file, as a file-level Problem; else None.

    file is the name problems carry (the original name when path is a decrypted copy).
    """
    path = Path(path)
    file = file or path.name
    try:
        if not zipfile.is_zipfile(path):
            return _not_a_zip(path, file)
        with zipfile.ZipFile(path) as archive:
            return _check_archive(archive, file)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
            ElementTree.ParseError) as error:
        return _problem(file, None, problems.DAMAGED_ZIP, type(error).__name__)
    except OSError as error:
        return _problem(file, None, problems.UNREADABLE, type(error).__name__)


def _problem(file: str, sheet: str | None, code: str, value: str | None = None,
             row: int | None = None) -> Problem:
    return Problem(file, sheet, row, None, value, code)


def _not_a_zip(path: Path, file: str) -> Problem:
    """A legacy .xls (OLE), a cut-off zip, or something else entirely."""
    with open(path, "rb") as handle:
        start = handle.read(len(ZIP_MAGIC))
    if is_encrypted_workbook(path):  # callers decrypt first; checked alone it needs one
        return _problem(file, None, problems.PASSWORD_REQUIRED)
    if is_ole_file(path):
        return _problem(file, None, problems.LEGACY_XLS)
    if start == ZIP_MAGIC:
        return _problem(file, None, problems.DAMAGED_ZIP, "truncated")
    return _problem(file, None, problems.NOT_A_WORKBOOK)


def _check_archive(archive: zipfile.ZipFile, file: str) -> Problem | None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        return _problem(file, None, problems.TOO_LARGE, str(len(members)))
    names = {info.filename for info in members}
    if "mimetype" in names and _small_read(archive, "mimetype").strip() == ODS_MIMETYPE:
        return _problem(file, None, problems.ODS_FILE)
    if WORKBOOK not in names:
        return _problem(file, None, problems.NOT_A_WORKBOOK)
    found = _size_problem(members, file)
    if found:
        return found
    for name in (WORKBOOK, WORKBOOK_RELS):
        if name in names:
            found = _prolog_problem(_small_read(archive, name), file, None, name)
            if found:
                return found
    sheets = _sheet_names(archive, names)
    for info in members:
        if _is_xml(info.filename):
            found = _scan_member(archive, info, file, sheets.get(info.filename))
            if found:
                return found
    return None


def _size_problem(members: list[zipfile.ZipInfo], file: str) -> Problem | None:
    """Declared sizes: Python's zipfile never inflates a member past them (then CRC fails)."""
    total = 0
    for info in members:
        total += info.file_size
        packed = max(info.compress_size, 1)
        too_big = info.file_size > MAX_MEMBER_BYTES
        filler = info.file_size > RATIO_FROM_BYTES and info.file_size / packed > MAX_RATIO
        if too_big or filler:
            return _problem(file, None, problems.TOO_LARGE, str(info.file_size))
    if total > MAX_TOTAL_BYTES:
        return _problem(file, None, problems.TOO_LARGE, str(total))
    return None


def _small_read(archive: zipfile.ZipFile, name: str, limit: int = PROLOG_BYTES * 16) -> bytes:
    with archive.open(name) as member:
        return member.read(limit)


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels")) or name == "[Content_Types].xml"


def _prolog_problem(data: bytes, file: str, sheet: str | None, member: str) -> Problem | None:
    """A DOCTYPE (the door to entity bombs) anywhere before the root element refuses the file.

    The XML of a workbook never declares one; a prolog too long to reach its root is refused
    alike, so no declaration can hide behind a megabyte of comments.
    """
    text = _decoded(data[:PROLOG_BYTES])
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
        elif text.startswith("<?", position):
            position = _after(text, "?>", position)
        elif text.startswith("<!--", position):
            position = _after(text, "-->", position)
        elif text.startswith("<!", position):  # <!DOCTYPE, <!ENTITY and their kin
            return _problem(file, sheet, problems.ENTITY_DECLARATION, member)
        elif text.startswith("<", position):
            return None  # the root element: no declaration can follow
        else:
            break  # text before the root: let the parser say the XML is bad
    if position >= len(text) and len(data) >= PROLOG_BYTES:
        return _problem(file, sheet, problems.ENTITY_DECLARATION, member)
    return None


def _decoded(data: bytes) -> str:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                          (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without a byte order mark
        return data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", errors="replace")
    return data.decode("utf-8", errors="replace")


def _after(text: str, end: str, position: int) -> int:
    found = text.find(end, position)
    return len(text) if found < 0 else found + len(end)


def _sheet_names(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Worksheet member -> the sheet's name as its tab shows it (for the messages)."""
    if WORKBOOK_RELS not in names:
        return {}
    targets = {}
    for element in ElementTree.fromstring(_small_read(archive, WORKBOOK_RELS)):
        target = element.get("Target", "")
        member = target.lstrip("/") if target.startswith("/") else \
            str(PurePosixPath("xl") / target)
        targets[element.get("Id")] = member
    result = {}
    for element in ElementTree.fromstring(_small_read(archive, WORKBOOK)).iter():
        if element.tag.endswith("}sheet") or element.tag == "sheet":
            relation = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if relation in targets:
                result[targets[relation]] = element.get("name", "")
    return result


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str,
                 sheet: str | None) -> Problem | None:
    """Stream the member once (checks its CRC): prolog, then a worksheet's size and formulas."""
    is_sheet = sheet is not None
    with archive.open(info) as member:
        head = member.read(PROLOG_BYTES)
        found = _prolog_problem(head, file, sheet, info.filename)
        if found or not is_sheet:
            while not found and member.read(CHUNK):  # read to the end: the CRC is checked
                pass
            return found
        found = _dimension_problem(head, file, sheet)
        tail = b""
        chunk = head
        while chunk and not found:
            found = _formula_problem(tail + chunk, file, sheet)
            tail = chunk[-256:]
            chunk = member.read(CHUNK)
        return found


def _dimension_problem(head: bytes, file: str, sheet: str) -> Problem | None:
    """The used range a worksheet claims, read before its data; a parser may trust it."""
    data_start = SHEET_DATA.search(head)
    match = DIMENSION.search(head, 0, data_start.start() if data_start else len(head))
    if not match:
        return None
    ref = match.group(1).decode("ascii", errors="replace")
    last = ref.split(":")[-1]
    cell = CELL_REF.fullmatch(last)
    if cell is None:
        return None  # a malformed range claims nothing; the parser ignores it too
    column, row = column_number(cell.group(1)), int(cell.group(2))
    if column > MAX_COLUMNS or row > MAX_ROWS:
        return _problem(file, sheet, problems.SHEET_TOO_LARGE, ref)
    return None


def column_number(letters: str) -> int:
    """A column's 1-based number from its letters (A = 1, XFD = 16384)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _first_formula(data: bytes) -> int | None:
    """Where the first <f> (or <x:f>) element starts.

    FORMULA.search over a whole sheet stops at every "<", which is most of the guard's time;
    finding "<f" and ":f" first runs at memory speed and the pattern then confirms each.
    """
    found = None
    for marker in (b"<f", b":f"):
        position = data.find(marker)
        while position != -1 and (found is None or position < found):
            start = position if marker == b"<f" else data.rfind(b"<", max(0, position - 64),
                                                                 position)
            match = FORMULA.match(data, start) if start != -1 else None
            if match is not None and match.end() > position + 1:
                found = start
                break
            position = data.find(marker, position + 1)
    return found


def _formula_problem(data: bytes, file: str, sheet: str) -> Problem | None:
    """A package holds values only: a formula would import its last result, unseen."""
    start = _first_formula(data)
    if start is None:
        return None
    cells = list(CELL_START.finditer(data, 0, start))
    ref = cells[-1].group(1).decode("ascii") if cells else None
    row = int(CELL_REF.fullmatch(ref).group(2)) if ref else None
    return _problem(file, sheet, problems.FORMULA_CELL, ref, row)
