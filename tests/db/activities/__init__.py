"""Tests of db/activities/."""
