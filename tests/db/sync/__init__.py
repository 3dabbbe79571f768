"""Tests of db/sync/."""
