"""`tenpoint keys [export FILE | trust FILE | remove OFFICE]`: package signing keys."""

from __future__ import annotations

import argparse
import sys

from db.errors import SigningKeyError
from db.installation.signing import (
    KeyInfo,
    export_key_file,
    own_fingerprint,
    register_key_file,
    remove_trusted_key,
    trusted_keys,
)
from desktop.context import AppContext
from desktop.shared.formatting import local_time_text
from desktop.shared.messages import error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.translate import translate

NAME = "keys"


def register(commands) -> None:
    keys = commands.add_parser(
        NAME, help=translate("cli", "this installation's signing key and the trusted office keys"))
    actions = keys.add_subparsers(dest="keys_command", metavar=translate("cli", "ACTION"))
    actions.add_parser("list", help=translate("cli", "this installation's fingerprint and the "
                                                     "trusted keys (default)"))
    export = actions.add_parser("export",
                                help=translate("cli", "write this installation's public key to "
                                                  "a file, for headquarters' IT"))
    export.add_argument("file", metavar=translate("cli", "FILE"))
    trust = actions.add_parser("trust",
                               help=translate("cli", "trust an office's key from the file its IT "
                                                "provides"))
    trust.add_argument("file", metavar=translate("cli", "FILE"))
    remove = actions.add_parser("remove",
                                help=translate("cli", "forget an office's key (e.g. the office "
                                                  "was reinstalled): its next package asks "
                                                  "to confirm the new one"))
    remove.add_argument("office", metavar=translate("cli", "OFFICE"),
                        help=translate("cli", "office ID or name"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    """Errors (SigningKeyError) are worded by the caller, like every command's, but for a
    key file's own (too large, say), worded with the other key errors."""
    action = args.keys_command
    if action == "export":
        path = export_key_file(context.database, args.file)
        print(translate("cli", "Public key written to {path} (fingerprint {fingerprint}). It is "
                               "not secret; give it to headquarters' IT.").format(
            path=path, fingerprint=own_fingerprint(context.database)))
    elif action == "trust":
        try:
            info = register_key_file(context.database, args.file, context.user)
        except SigningKeyError as error:
            print(sync_error_message(error) or error_message(error), file=sys.stderr)
            return 1
        print(translate("cli", "Trusted the key of {office}: fingerprint {fingerprint}.").format(
            office=info.office_name, fingerprint=info.fingerprint))
    elif action == "remove":
        info = remove_trusted_key(context.database, args.office)
        print(translate("cli", "Removed the key of {office} ({fingerprint}). Its next package "
                               "shows "
                               "the key's fingerprint to confirm.").format(office=info.office_name,
                                                        fingerprint=info.fingerprint))
    else:
        print(format_keys(own_fingerprint(context.database), trusted_keys(context.database)))
    return 0


def _source(info: KeyInfo) -> str:
    if info.source == "file":
        return translate("cli", "from a key file")
    return translate("cli", "confirmed on import")


def format_keys(own: str, keys: list[KeyInfo]) -> str:
    lines = [translate("cli", "This installation's key: {fingerprint}").format(fingerprint=own), ""]
    if not keys:
        lines.append(translate("cli", "No office keys are trusted yet."))
    for info in keys:
        lines.append(f"{info.office_name}  {info.fingerprint}")
        lines.append("    " + translate("cli", "{office_id}, "
                                               "registered {when} by {user}, {source}").format(
            office_id=info.office_id, when=local_time_text(info.registered_at),
            user=info.registered_by or "?", source=_source(info)))
    return "\n".join(lines)
