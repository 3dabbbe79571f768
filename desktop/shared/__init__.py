"""What the desktop areas and the command line share: translation, labels, sentences for the
services' errors, formatting, workers and the generic table model."""
