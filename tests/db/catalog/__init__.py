"""Tests of db/catalog/."""
