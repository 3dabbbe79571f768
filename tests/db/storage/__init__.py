"""Tests of db/storage/."""
