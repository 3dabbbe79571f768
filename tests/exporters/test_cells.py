"""Reading cells as people and spreadsheets leave them: dates and numbers as text, spaces."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exporters import cells


@pytest.mark.parametrize("value, expected", [
    (date(2026, 3, 31), date(2026, 3, 31)),
    (datetime(2026, 3, 31, 0, 0), date(2026, 3, 31)),
    ("2026-03-31", date(2026, 3, 31)),
    (" 2026-03-31 ", date(2026, 3, 31)),
    ("31/03/2026", date(2026, 3, 31)),
    ("31.03.2026", date(2026, 3, 31)),
    (46112, date(2026, 3, 31)),  # an Excel serial number
    ("46112", date(2026, 3, 31)),
    (None, None),
    ("", None),
])
def test_dates_are_read_from_every_form_a_resave_leaves(value, expected):
    assert cells.read_date(value) == expected


@pytest.mark.parametrize("value", ["tomorrow", "31/31/2026", "2026-02-30", -5])
def test_impossible_dates_are_problems_not_guesses(value):
    with pytest.raises(cells.CellError) as raised:
        cells.read_date(value)
    assert raised.value.code == "invalid_date"


@pytest.mark.parametrize("value, expected", [
    (1200, 1200), (1200.0, 1200), ("1200", 1200), (" 1,200 ", 1200), ("1200.0", 1200),
    ("", None), (None, None),
])
def test_numbers_stored_as_text_are_read(value, expected):
    assert cells.read_integer(value) == expected


@pytest.mark.parametrize("value", ["12.5", "many", 3.2, True])
def test_non_whole_numbers_are_problems(value):
    with pytest.raises(cells.CellError):
        cells.read_integer(value)


def test_text_is_trimmed_and_line_ends_normalised():
    assert cells.read_text("  a\r\nb_x000D_\n  ") == "a\nb"
    assert cells.read_text(2024.0) == "2024"


def test_item_codes_split_on_semicolons_commas_and_lines_without_repeats():
    assert cells.read_codes("DES-SR-III-01; des-ap-i-a03,\nDES-SR-III-01") == (
        "DES-SR-III-01", "des-ap-i-a03")


def test_datetimes_come_back_as_utc_rounded_to_the_second():
    """LibreOffice stores times as fractions of a day; a re-save may shift them by a hair."""
    assert cells.read_datetime(datetime(2026, 3, 1, 14, 2, 8, 999_990)) == datetime(
        2026, 3, 1, 14, 2, 9, tzinfo=UTC)
    assert cells.read_datetime("2026-03-01T14:02:09Z") == datetime(2026, 3, 1, 14, 2, 9,
                                                                   tzinfo=UTC)


def test_a_datetime_column_reads_as_each_cell_would():
    column = [datetime(2026, 3, 1, 14, 2, 9), datetime(2026, 3, 1, 14, 2, 8, 999_990),
              datetime(2026, 3, 1, 14, 2, 9, 400_000), "2026-03-01T14:02:09Z", 46082.5, None,
              "", date(2026, 3, 1), datetime(2026, 3, 1, 17, tzinfo=timezone(timedelta(hours=3)))]
    assert cells.read_datetime_column(column) == [cells.read_datetime(v) for v in column]
    with pytest.raises(cells.CellError):
        cells.read_datetime_column([datetime(2026, 3, 1), "2026-02-30"])


@pytest.mark.parametrize("text", ['{"a": 0}', "[]", "{}", "v3", '{"a": "1"}'])
def test_a_changed_version_cell_is_invalid(text):
    with pytest.raises(cells.CellError):
        cells.read_version(text)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_every_date_survives_iso_text_and_day_first_text(day):
    assert cells.read_date(day.isoformat()) == day
    assert cells.read_date(day.strftime("%d/%m/%Y")) == day


@pytest.mark.parametrize("text", ["=1+1", "+254", "-5", "@sum", "\tx", "\rx", "\nx"])
def test_strings_that_a_spreadsheet_could_evaluate_need_the_text_guard(text):
    assert cells.needs_text_guard(text)
