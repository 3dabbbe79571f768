"""Reports a person prints or sends: the follow-up compilation as a PDF."""
