"""Tenpoint's desktop application: start-up, command line, windows; the only package using Qt."""

APP_NAME = "Tenpoint"
ORGANIZATION = "Tenpoint"
