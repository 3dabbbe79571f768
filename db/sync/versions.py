"""Version vectors: {office uuid: edits made there}, and how two versions of one activity relate."""

from __future__ import annotations

import json

DOMINATES = "dominates"  # has seen every edit the other has, and more
DOMINATED = "dominated"  # older: the other has seen all of this one's edits
EQUAL = "equal"
CONCURRENT = "concurrent"  # each has edits the other has not seen


def parse_vector(text: str | None) -> dict[str, int]:
    return json.loads(text) if text else {}


def vector_text(vector: dict[str, int]) -> str:
    """The stored form: JSON with sorted keys, so equal vectors have equal text."""
    return json.dumps(vector, sort_keys=True)


def compare(left: dict[str, int], right: dict[str, int]) -> str:
    """How the left version relates to the right one."""
    keys = left.keys() | right.keys()
    ahead = any(left.get(k, 0) > right.get(k, 0) for k in keys)
    behind = any(left.get(k, 0) < right.get(k, 0) for k in keys)
    if ahead and behind:
        return CONCURRENT
    if ahead:
        return DOMINATES
    return DOMINATED if behind else EQUAL


def merged(*vectors: dict[str, int]) -> dict[str, int]:
    """The smallest vector that has seen every given version (used when resolving a conflict)."""
    result: dict[str, int] = {}
    for vector in vectors:
        for office, count in vector.items():
            result[office] = max(result.get(office, 0), count)
    return result


def bumped(vector: dict[str, int], office_uuid: str) -> dict[str, int]:
    """The vector after one more edit at office_uuid."""
    result = dict(vector)
    result[office_uuid] = result.get(office_uuid, 0) + 1
    return result
