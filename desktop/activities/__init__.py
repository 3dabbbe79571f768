"""The Activities area: the list of follow-up activities, the activity editor and histories."""
