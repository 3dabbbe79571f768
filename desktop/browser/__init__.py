"""The Recommendations browser area of the main window: search, filters, tree and detail."""
