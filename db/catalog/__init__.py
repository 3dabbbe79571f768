"""The recommendations catalog: loading the bundled files, browsing, searching, regions."""
