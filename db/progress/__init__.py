"""Progress: coverage of the catalog by follow-up, late follow-up, Action Plan targets, reports."""
