"""Workbook formats (sync packages, templates, reports): plain records in, files out; no Qt."""
