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
# Where the cells holding a value may lie: a package has 23 columns and one row per activity.
# A parser allocates the rectangle from A1 to the farthest of them (python-calamine aborts on
# one at XFD1048576), so the cells present are judged, never the <dimension> a spreadsheet
# declares: LibreOffice declares A1:W1048576 once a row was deleted. Empty rows and cells
# (formatting, LibreOffice's row 1048576) cost a parser nothing and are not counted.
MAX_COLUMNS, MAX_ROWS = 200, 500_000
PROLOG_BYTES = 64 * 1024  # the declarations before the root element; ours are 40 bytes
CHUNK = 1024 * 1024
# A tag is a few dozen bytes; one longer than this is no spreadsheet's (and is not carried
# from chunk to chunk without end).
MAX_TAG_BYTES = 1024 * 1024
PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
QUOTED_TAG_BODY = rb"""(?:[^>"']|"[^"]*"|'[^']*')*"""
# A row or cell start tag, whole (a ">" inside a quoted attribute value does not end it).
SHEET_TAG = re.compile(rb"<" + PREFIX + rb"(row|c)(?=[\s/>])(" + QUOTED_TAG_BODY + rb")>")
TAG = re.compile(rb"<" + QUOTED_TAG_BODY + rb">")
# How Tenpoint, Excel and LibreOffice write rows and cells: a row's r first or none, every
# cell's r first. A sheet written otherwise is read tag by tag.
IRREGULAR_ROW = re.compile(rb'<row(?=[\s/>])(?! r="[0-9]{1,7}")(?=[^>]*\sr\s*=)')
PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:(?:c|row)[\s/>]")
ROW_TAG_ENDS = (b" ", b">", b"/", b"\t", b"\n", b"\r")
# Any cell but a regular one within A1:GR499999 (column 200, row 499,999): a regular one
# past them is checked exactly, any other sends the sheet to be read tag by tag.
NOT_NEAR_CELL = re.compile(rb'<c(?=[\s/>])(?! r="(?:[A-Z]|[A-F][A-Z]|G[A-R])'
                           rb'(?:[1-9][0-9]{0,4}|[1-4][0-9]{5})")')
REGULAR_CELL = re.compile(rb'<c r="[A-Z]{1,3}[0-9]{1,7}"')
ATTRIBUTE_R = re.compile(rb"""(?:^|\s)r\s*=\s*["']([^"']*)["']""")
ATTRIBUTE_T = re.compile(rb"""(?:^|\s)t\s*=\s*["']([^"']*)["']""")
FORMULA = re.compile(rb"<(?:\w+:)?f[\s/>]")
# What a spreadsheet writes for a typed TRUE or FALSE: LibreOffice saves a boolean cell as
# <c t="b"><f aca="false">TRUE()</f><v>1</v></c>. Only this constant, in a boolean cell whose
# stored value is the constant's, is not a formula; anything else in <f> is one.
CONSTANT_BOOLEAN = re.compile(
    rb"<(?P<p>" + PREFIX + rb")f(?:\s+(?:aca|ca)\s*=\s*(?:\"[^\"]*\"|'[^']*')"
    rb"""|\s+t\s*=\s*(?:"normal"|'normal'))*\s*>"""
    rb"\s*=?\s*((?i:true|false))\s*(?:\(\s*\))?\s*</(?P=p)f\s*>"
    rb"\s*<(?P=p)v\s*>\s*([01])\s*</(?P=p)v\s*>\s*</(?P=p)c\s*>")
FORMULA_WINDOW = 4096  # far more than a constant boolean cell takes
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
    """Stream the member once (checks its CRC): prolog, then a worksheet's cells."""
    with archive.open(info) as member:
        data = member.read(PROLOG_BYTES)
        found = _prolog_problem(data, file, sheet, info.filename)
        if found or sheet is None:
            while not found and member.read(CHUNK):  # read to the end: the CRC is checked
                pass
            return found
        cells = _SheetCells(file, sheet)
        while True:
            chunk = member.read(CHUNK)
            used = cells.read(data, final=not chunk)
            if cells.problem or not chunk:
                return cells.problem
            data = data[used:] + chunk
            if len(data) - len(chunk) > MAX_TAG_BYTES:
                return _problem(file, sheet, problems.TOO_LARGE, str(info.file_size))


class _SheetCells:
    """A worksheet's cells as they stream past: whether one holding a value lies past the
    limits, and whether one holds a formula.

    Positions follow the parsers: a row or cell without its r attribute comes after the one
    before it. A cell holds a value unless it is empty (<c r="A5" s="1"/>); rows and cells
    without values (formatting, LibreOffice's empty row 1048576) cost a parser nothing.
    """

    def __init__(self, file: str, sheet: str) -> None:
        self.file, self.sheet = file, sheet
        self.row = self.column = 0  # the current cell's
        self.boolean = False  # whether the current cell is of type b
        self.problem: Problem | None = None

    def read(self, data: bytes, final: bool) -> int:
        """Read data's whole tags; return how much was read (the rest comes again, longer)."""
        end = len(data) if final else _incomplete_tag(data)
        if _is_regular(data, end) and self._read_regular(data, end):
            return end
        if self.problem:
            return len(data)
        return self._read_tag_by_tag(data, final)

    def _read_regular(self, data: bytes, end: int) -> bool:
        """Read a sheet whose cells all name their place; False when one does not.

        Only the cells past the limits and the last one matter then: a 16 MB sheet takes a
        few hundredths of a second, ten times less than tag by tag.
        """
        for cell in NOT_NEAR_CELL.finditer(data, 0, end):
            if not REGULAR_CELL.match(data, cell.start()):
                return False
            self._cell(SHEET_TAG.match(data, cell.start()).group(2))
            if self.problem:
                return False
        after = 0
        last_cell = data.rfind(b'<c r="', 0, end)
        if last_cell != -1:
            self._cell(SHEET_TAG.match(data, last_cell).group(2))
            after = last_cell + 1
        last_row = data.rfind(b'<row r="', after, end)
        if last_row != -1:
            self._row(SHEET_TAG.match(data, last_row).group(2))
            after = last_row + 1
        unnumbered = sum(data.count(b"<row" + space, after, end) for space in ROW_TAG_ENDS)
        if unnumbered:
            self.row += unnumbered
            self.column = 0
        return True

    def _read_tag_by_tag(self, data: bytes, final: bool) -> int:
        position = 0
        formula = _first_formula(data)
        while True:
            end = len(data) if formula is None else formula
            for tag in SHEET_TAG.finditer(data, position, end):
                if tag.group(1) == b"c":
                    self._cell(tag.group(2))
                else:
                    self._row(tag.group(2))
                if self.problem:
                    return len(data)
            if formula is None:
                return len(data) if final else _incomplete_tag(data)
            constant = CONSTANT_BOOLEAN.match(data, formula)
            if constant is None or not self._is_constant(constant):
                if not final and len(data) - formula < FORMULA_WINDOW:
                    return formula  # perhaps cut short: again with the next chunk
                self.problem = _problem(self.file, self.sheet, problems.FORMULA_CELL,
                                        self._ref(), self.row or None)
                return len(data)
            position = constant.end()
            formula = _first_formula(data, position)

    def _row(self, attributes: bytes) -> None:
        found = ATTRIBUTE_R.search(attributes)
        number = found.group(1) if found else b""
        self.row = int(number) if number.isdigit() else self.row + 1
        self.column = 0

    def _cell(self, attributes: bytes) -> None:
        found = ATTRIBUTE_R.search(attributes)
        ref = CELL_REF.fullmatch(found.group(1).decode("ascii", "replace")) if found else None
        if ref:
            self.column, self.row = column_number(ref.group(1)), int(ref.group(2))
        else:
            self.column += 1
        kind = ATTRIBUTE_T.search(attributes)
        self.boolean = kind is not None and kind.group(1) == b"b"
        if (self.column > MAX_COLUMNS or self.row > MAX_ROWS) \
                and not attributes.rstrip().endswith(b"/"):  # <c .../> is an empty cell
            self.problem = _problem(self.file, self.sheet, problems.SHEET_TOO_LARGE,
                                    f"A1:{self._ref()}")

    def _is_constant(self, constant: re.Match) -> bool:
        """TRUE() in a boolean cell storing 1, or FALSE() storing 0."""
        value = constant.group(3) == b"1"
        return self.boolean and value == (constant.group(2).lower() == b"true")

    def _ref(self) -> str | None:
        return f"{column_letters(self.column)}{self.row}" if self.column and self.row else None


def _is_regular(data: bytes, end: int) -> bool:
    """No formula, no namespace prefix on rows or cells, and no row's r but first."""
    return (_first_formula(data) is None and IRREGULAR_ROW.search(data, 0, end) is None
            and _first_prefixed_cell(data, end) is None)


def _first_prefixed_cell(data: bytes, end: int) -> int | None:
    """Where the first <x:c> or <x:row> starts (found by ":c" and ":r", at memory speed)."""
    for marker in (b":c", b":r"):
        position = data.find(marker, 0, end)
        while position != -1:
            opening = data.rfind(b"<", max(0, position - 64), position)
            if opening != -1 and PREFIXED_CELL.match(data, opening, end):
                return opening
            position = data.find(marker, position + 1, end)
    return None


def _incomplete_tag(data: bytes) -> int:
    """Where the tag the data ends in starts, when the next chunk completes it; else the end.

    A "<" only ever starts markup: text and attribute values escape it.
    """
    last = data.rfind(b"<")
    if last == -1 or TAG.match(data, last):
        return len(data)
    return last


def column_letters(number: int) -> str:
    """A column's letters from its 1-based number (1 = A, 16384 = XFD)."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    """A column's 1-based number from its letters (A = 1, XFD = 16384)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _first_formula(data: bytes, start: int = 0) -> int | None:
    """Where the first <f> (or <x:f>) element from start begins.

    FORMULA.search over a whole sheet stops at every "<", which is most of the guard's time;
    finding "<f" and ":f" first runs at memory speed and the pattern then confirms each.
    """
    found = None
    for marker in (b"<f", b":f"):  # ":f" only before the first "<f": each call is short
        limit = len(data) if found is None else found
        position = data.find(marker, start, limit)
        while position != -1:
            opening = position if marker == b"<f" else data.rfind(
                b"<", max(start, position - 64), position)
            match = FORMULA.match(data, opening) if opening != -1 else None
            if match is not None and match.end() > position + 1:
                found = opening
                break
            position = data.find(marker, position + 1, limit)
    return found
