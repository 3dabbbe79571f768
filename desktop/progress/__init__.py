"""The Progress area: coverage of the catalog by follow-up, Action Plan targets, late follow-up."""
