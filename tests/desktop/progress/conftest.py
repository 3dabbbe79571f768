"""A headquarters with two activities, and its Progress area once its first page is read."""

from __future__ import annotations

from datetime import date

import pytest

from db.installation.office import setup_office
from desktop.progress.area import ProgressArea
from tests.desktop.progress.helpers import make, wait_for_figures


@pytest.fixture
def headquarters(app_context):
    return setup_office(app_context.database, "UNHCR HQ", None, is_headquarters=True)


@pytest.fixture
def area(qtbot, app_context, headquarters):
    make(app_context, ["DES-SR-I-01"], title="Law review", status="completed")
    make(app_context, ["DES-SR-I-02"], title="Ratification", status="ongoing", country="TZ",
         end_date=date(2020, 1, 1))
    area = ProgressArea(app_context)
    qtbot.addWidget(area)
    area.resize(1366, 720)
    area.show()  # a hidden area reads nothing
    wait_for_figures(qtbot, area)
    yield area
    area.wait_for_reads()
