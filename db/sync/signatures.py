"""Whether a package was signed by the office it claims to come from, and what that allows."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import Session

from db.installation.signing import SOURCE_CONFIRMED, register_key, registered_key
from exporters import layout, problems
from exporters.problems import Problem
from exporters.reader import ReadPackage
from exporters.signature import fingerprint, normalized_fingerprint, signed_payload, verify

VERIFIED = "verified"  # valid, by the key registered for the office (or this installation's)
NEW_KEY = "new_key"  # valid, but no key is registered for the office yet
UNSIGNED = "unsigned"  # no signature: templates, hand-made files
BAD_SIGNATURE = "bad_signature"  # a signature that does not match: edited or tampered with
KEY_MISMATCH = "key_mismatch"  # valid, by a key other than the office's registered one
NEEDS_ACCEPT_UNSIGNED = frozenset({UNSIGNED, BAD_SIGNATURE})


@dataclass(frozen=True)
class SignatureCheck:
    """What the signature says about a package; fingerprints are of the package's key and of
    the key registered for its office (when there is one)."""

    status: str
    fingerprint: str | None
    office_id: str
    office_name: str
    public_key: str = ""
    registered_fingerprint: str | None = None


def check_signature(session: Session, read: ReadPackage, own_key: str | None = None,
                    local_office_id: str | None = None) -> SignatureCheck:
    """Check the content as read against the signature and the trusted keys.

    own_key is this installation's public key: a package it signed itself counts as verified.
    """
    manifest = read.content.manifest
    office_id, office_name = manifest.office_id, manifest.office_name
    if not manifest.signature and not manifest.signing_key:
        return SignatureCheck(UNSIGNED, None, office_id, office_name)
    key = manifest.signing_key
    found = fingerprint(key) if key else None
    # The signature covers the package as exported: every row of it. A row added, removed
    # or changed since (one the reader rejected too, which the content leaves out, so the
    # rest may still verify) makes the whole file data changed after signing.
    # A checksum the reader found equal to the content's is the content's: not computed again.
    checksum = manifest.checksum if read.checksum_matches else None
    if read.checksum_matches is False or not verify(
            key, signed_payload(read.content, checksum), manifest.signature):
        return SignatureCheck(BAD_SIGNATURE, found, office_id, office_name, key)
    registered = own_key if own_key and office_id == local_office_id else None
    if registered is None:
        row = registered_key(session, office_id)
        registered = row.public_key if row else None
    if registered is None:
        return SignatureCheck(NEW_KEY, found, office_id, office_name, key)
    status = VERIFIED if registered == key else KEY_MISMATCH
    return SignatureCheck(status, found, office_id, office_name, key, fingerprint(registered))


def refusal(file: str, check: SignatureCheck, accept_unsigned: bool,
            trusted_fingerprints: Collection[str]) -> Problem | None:
    """The file-level problem that keeps the package out, or None when it may be imported."""
    code = None
    if check.status == KEY_MISMATCH:
        code = problems.KEY_MISMATCH
    elif check.status == NEW_KEY and not is_trusted(check, trusted_fingerprints):
        code = problems.UNTRUSTED_KEY
    elif check.status == UNSIGNED and not accept_unsigned:
        code = problems.UNSIGNED
    elif check.status == BAD_SIGNATURE and not accept_unsigned:
        code = problems.SIGNATURE_INVALID
    if code is None:
        return None
    return Problem(file, layout.MANIFEST_SHEET, None, "signature", check.fingerprint, code)


def is_trusted(check: SignatureCheck, trusted_fingerprints: Collection[str]) -> bool:
    """A person confirmed this key's fingerprint (as typed, in any case or spacing)."""
    return check.fingerprint in {normalized_fingerprint(f) for f in trusted_fingerprints}


def record_confirmed_key(session: Session, check: SignatureCheck, user: str) -> None:
    """A new office key a person confirmed: trusted from now on (in the import's transaction)."""
    register_key(session, check.office_id, check.office_name, check.public_key, user,
                 SOURCE_CONFIRMED)
