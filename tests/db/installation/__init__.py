"""Tests of db/installation/."""
