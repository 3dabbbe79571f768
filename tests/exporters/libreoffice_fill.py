"""Fills cells of a workbook in LibreOffice, as a person types them, and saves it as .xlsx.

Run by the system Python that has LibreOffice's `uno` module (not the project's venv):

    /usr/bin/python3 tests/exporters/libreoffice_fill.py SOURCE.xlsx TARGET.xlsx CELLS.json

CELLS.json is a list of [sheet, cell, text] (e.g. ["Events", "G2", "2013-05-06"]): each text
is entered as typed input, so LibreOffice turns a date into a date cell and a number into a
number, as it does for a person. Exits 0 once TARGET is stored, 2 when LibreOffice would not
start. Like libreoffice_open.py, it starts its own headless soffice with a throw-away profile.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.exporters.libreoffice_open import properties, running_office  # noqa: E402

EXCEL_FILTER = "Calc MS Excel 2007 XML"


def fill(desktop, source: Path, target: Path, cells: list) -> None:
    document = desktop.loadComponentFromURL(source.resolve().as_uri(), "_blank", 0,
                                            properties(Hidden=True))
    try:
        for sheet, cell, text in cells:
            # setFormula of a text without "=" is typed input: dates and numbers are parsed.
            document.Sheets.getByName(sheet).getCellRangeByName(cell).setFormula(text)
        document.storeToURL(target.resolve().as_uri(),
                            properties(FilterName=EXCEL_FILTER, Overwrite=True))
    finally:
        document.close(True)


def main(arguments: list[str]) -> int:
    if len(arguments) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(arguments[0]), Path(arguments[1])
    cells = json.loads(Path(arguments[2]).read_text(encoding="utf-8"))
    with running_office("tenpoint_fill") as desktop:
        if desktop is None:
            print("LibreOffice did not start", file=sys.stderr)
            return 2
        fill(desktop, source, target, cells)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
