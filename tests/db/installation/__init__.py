"""tests/db/installation"""
