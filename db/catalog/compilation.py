"""The June 2011 compilation as a source of follow-up: its office and how its reported
activities are named. Light on purpose: the first screen's filters read it too."""

from __future__ import annotations

import uuid

# Fixed namespace, so every installation derives the same UUIDs for the 2011 activities and
# packages from different offices refer to them alike.
TENPOINT_NAMESPACE = uuid.UUID("5b0a3c1e-7d0e-4f6a-9a57-10b0e1a2c011")
COMPILATION_OFFICE_UUID = str(uuid.uuid5(TENPOINT_NAMESPACE, "office:compilation-2011"))
COMPILATION_OFFICE_NAME = "UNHCR compilation, June 2011"
COMPILATION_USER = "compilation-2011"
# The catalog items that report follow-up (the Selected pages); they become the activities.
FOLLOWUP_KINDS = ("selected_followup", "followup_outcome")
