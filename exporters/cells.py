"""Cell values both ways: safe text on writing, tolerant parsing of re-saved cells on reading."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

# A string starting with these could be taken for a formula (or DDE) by a spreadsheet.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
EXCEL_EPOCH = datetime(1899, 12, 30)
HALF_SECOND = timedelta(microseconds=500_000)
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
# Characters XML 1.0 cannot carry; a workbook holding them would not open.
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class CellError(ValueError):
    """A cell whose value cannot be read as its column's type; code says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def needs_text_guard(value: str) -> bool:
    """Whether a string must be forced to text so no spreadsheet evaluates it."""
    return value.startswith(FORMULA_TRIGGERS)


def clean_text_for_xml(value: str) -> str:
    return ILLEGAL_XML.sub("", value)


def utc_naive(value: datetime | None) -> datetime | None:
    """A UTC time as a spreadsheet holds it: no zone, whole seconds."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def version_text(vector: dict[str, int]) -> str:
    """A version vector as compact, canonical JSON."""
    return json.dumps(vector, sort_keys=True, separators=(",", ":"))


def read_text(value: object) -> str:
    """Any cell as text: trimmed, line ends normalised, whole numbers without '.0'."""
    if value is None:
        return ""
    if type(value) is str and "\r" not in value and "_x000D_" not in value:
        return value.strip()  # the common case, first: this runs for every cell read
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).replace("_x000D_", "").replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def read_text_column(values: list) -> list[str]:
    """read_text over a whole column, with the common case inlined (it is most cells)."""
    return [value.strip() if type(value) is str and "\r" not in value
            and "_x000D_" not in value else read_text(value) for value in values]


def read_version_column(values: list) -> list[dict[str, int]]:
    """read_version over a column; most rows of a package share a few versions."""
    parsed: dict[str, dict[str, int]] = {}
    result = []
    for value in values:
        text = read_text(value)
        if not text:
            result.append({})
            continue
        if text not in parsed:
            parsed[text] = read_version(text)
        result.append(dict(parsed[text]))  # a copy each: rows never share a mutable dict
    return result


def read_optional_text(value: object) -> str | None:
    return read_text(value) or None


def _from_serial(number: float) -> datetime:
    if not 1 <= number < 2_958_466:  # Excel's range: 1900-01-01 to 9999-12-31
        raise CellError("invalid_date")
    return EXCEL_EPOCH + timedelta(days=number)


def read_date(value: object) -> date | None:
    """A date from a date cell, a serial number, ISO text or day-first text (31/12/2026)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return _from_serial(float(value)).date()
    text = read_text(value)
    if not text:
        return None
    try:
        return _parse_date_text(text)
    except ValueError as error:
        raise CellError("invalid_date") from error


def _parse_date_text(text: str) -> date:
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _from_serial(float(text)).date()
    match = ISO_DATE.match(text)
    if match:
        return date(*(int(part) for part in match.groups()))
    match = DAY_FIRST_DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def read_datetime(value: object) -> datetime | None:
    """A UTC time from a datetime cell, a serial number or ISO text; rounded to the second."""
    if value is None or value == "":
        return None
    if type(value) is datetime and value.tzinfo is None:  # a date-time cell: most of them
        if value.microsecond < 500_000:
            return value.replace(microsecond=0, tzinfo=UTC)
        return (value + HALF_SECOND).replace(microsecond=0, tzinfo=UTC)
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float):
        result = _from_serial(float(value))
    else:
        result = _parse_datetime_text(read_text(value))
        if result is None:
            return None
    if result.tzinfo is not None:
        result = result.astimezone(UTC).replace(tzinfo=None)
    return (result + HALF_SECOND).replace(microsecond=0, tzinfo=UTC)


def read_datetime_column(values: list) -> list[datetime | None]:
    """read_datetime over a whole column, with its common case (a date-time cell) inlined."""
    return [(value if value.microsecond < 500_000 else value + HALF_SECOND).replace(
                microsecond=0, tzinfo=UTC)
            if type(value) is datetime and value.tzinfo is None else read_datetime(value)
            for value in values]


def _parse_datetime_text(text: str) -> datetime | None:
    if not text:
        return None
    try:
        if re.fullmatch(r"\d+(\.\d+)?", text):
            return _from_serial(float(text))
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise CellError("invalid_date") from error


def read_integer(value: object) -> int | None:
    """A whole number from a number cell or text such as ' 1,200 ' or '1200.0'."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError("invalid_number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError("invalid_number")
        return int(value)
    text = read_text(value).replace(",", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError as error:
        raise CellError("invalid_number") from error
    if not number.is_integer():
        raise CellError("invalid_number")
    return int(number)


def read_codes(value: object) -> tuple[str, ...]:
    """Item codes separated by ';', ',' or line breaks, order kept, no repeats.

    Case is left as typed: the importing database matches codes without regard to case.
    """
    parts = read_text(value).replace(",", ";").replace("\n", ";").split(";")
    return tuple(dict.fromkeys(part.strip() for part in parts if part and not part.isspace()))


def read_version(value: object) -> dict[str, int]:
    """A version vector from its JSON text; anything else is invalid."""
    text = read_text(value)
    try:
        vector = json.loads(text)
    except ValueError as error:
        raise CellError("invalid_version") from error
    if not isinstance(vector, dict) or not vector or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0
            for k, v in vector.items()):
        raise CellError("invalid_version")
    return {k: vector[k] for k in sorted(vector)}
