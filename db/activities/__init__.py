"""Follow-up activities: the editor's service, the list, and the rules against this database."""
