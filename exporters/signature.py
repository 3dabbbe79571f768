"""Ed25519 package signatures over canonical cell content, so a re-save keeps them, an edit not."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from exporters.cells import utc_naive
from exporters.checksum import content_checksum
from exporters.records import CatalogChangeRow, CatalogRow, Manifest, PackageContent

PAYLOAD_VERSION = b"tenpoint-package-signature-1\n"  # a signature for nothing else
PUBLIC_KEY_BYTES = 32


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _manifest_fields(manifest: Manifest) -> list[str]:
    """The manifest values that say who sent what for whom; as a re-saved sheet reads back."""
    created = utc_naive(manifest.created_at)
    return [_text(manifest.package_id), _text(manifest.kind), _text(manifest.office_id),
            _text(manifest.office_name), _text(manifest.country).upper(),
            _text(manifest.region), _text(manifest.recipient_office_id),
            created.isoformat() if created else "", str(manifest.catalog_version),
            str(manifest.format_version), str(manifest.activity_count),
            str(manifest.deletion_count), str(manifest.acknowledgement_count)]


def _catalog_lines(rows: tuple[CatalogRow, ...]) -> list[list[str]]:
    """Catalog texts change the receiver's catalog, so they are signed too (in any order)."""
    return sorted([_text(r.code), _text(r.event), _text(r.kind), _text(r.text),
                   "1" if r.retired else "0"] for r in rows)


def _change_lines(rows: tuple[CatalogChangeRow, ...]) -> list[list[str]]:
    """Headquarters' catalog changes alter every receiver's catalog: signed, field by field."""
    return sorted([_text(r.change_id), str(r.edition), _text(r.action), _text(r.code),
                   _text(r.payload), _text(r.note), _text(r.changed_by), _text(r.office_id)]
                  for r in rows)


def signed_payload(content: PackageContent, checksum: str | None = None) -> bytes:
    """The canonical bytes a signature covers: data sheets (by their checksum), the manifest's
    meaningful fields and the catalog updates; never the file's bytes.

    checksum: content_checksum(content) when the caller already holds it (the writer just
    computed it, the reader just compared it): computing it again costs 0.25 s for a package
    of 20,000 activities."""
    document = {"content": checksum or content_checksum(content),
                "manifest": _manifest_fields(content.manifest),
                "catalog_updates": _catalog_lines(content.catalog_updates)}
    if content.catalog_changes:  # absent, the payload is what packages before them signed
        document["catalog_changes"] = _change_lines(content.catalog_changes)
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return PAYLOAD_VERSION + text.encode("utf-8")


def public_key_text(private_key: Ed25519PrivateKey) -> str:
    """The raw public key, base64: what the manifest and key files carry."""
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(private_key: Ed25519PrivateKey, payload: bytes) -> str:
    return base64.b64encode(private_key.sign(payload)).decode("ascii")


def _decode(text: str) -> bytes | None:
    try:
        return base64.b64decode((text or "").strip(), validate=True)
    except (binascii.Error, ValueError):
        return None


def valid_public_key(public_key_b64: str) -> bool:
    raw = _decode(public_key_b64)
    return raw is not None and len(raw) == PUBLIC_KEY_BYTES


def verify(public_key_b64: str, payload: bytes, signature_b64: str) -> bool:
    """True only when the signature is this key's over exactly this payload."""
    raw_key, raw_signature = _decode(public_key_b64), _decode(signature_b64)
    if raw_key is None or raw_signature is None or len(raw_key) != PUBLIC_KEY_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key_b64: str) -> str:
    """SHA-256 of the raw key, first 16 bytes as 8 groups of 4 hex digits: read over a phone."""
    raw = _decode(public_key_b64) or (public_key_b64 or "").encode("utf-8")
    digits = hashlib.sha256(raw).hexdigest()[:32].upper()
    return "-".join(digits[i:i + 4] for i in range(0, 32, 4))


def normalized_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, lower case, missing dashes) in its printed form."""
    digits = "".join(ch for ch in (text or "").upper() if ch in "0123456789ABCDEF")
    return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))


@dataclass(frozen=True)
class Signer:
    """Signs packages with one installation's private key (held by db/, passed to the writer)."""

    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return public_key_text(self.private_key)

    def signed(self, content: PackageContent) -> Manifest:
        """The content's manifest (counts and checksum already final) with key and signature."""
        manifest = replace(content.manifest, signing_key=self.public_key, signature="")
        payload = signed_payload(replace(content, manifest=manifest), manifest.checksum)
        return replace(manifest, signature=sign(self.private_key, payload))
