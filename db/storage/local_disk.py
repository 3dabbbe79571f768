"""Refusing a data folder on a network share: SQLite's locks and syncs cannot be trusted there.

Linux reads the mount table (/proc/self/mountinfo), macOS parses `mount`, and both take the
mount holding the folder (longest mount point prefix of its real path). Windows refuses UNC
paths and mapped network drives. When the mount table cannot be read, the folder is taken as
local: a check that cannot decide must not lock a person out of their data.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from db.errors import NetworkShareError

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smb2", "smbfs", "ncpfs", "afs", "9p", "sshfs",
    "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs", "davfs2", "ceph", "fuse.ceph",
    "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "afpfs", "webdav", "ftp",
})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")
_MAC_MOUNT_LINE = re.compile(r"^.+ on (?P<point>.+) \((?P<type>[^,)]+)")


@dataclass(frozen=True)
class Mount:
    """One entry of the mount table."""

    mount_point: str
    fs_type: str


def _unescape(field: str) -> str:
    """Mount tables write a space in a path as \\040."""
    return _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """/proc/self/mountinfo: the mount point is field 5, the type follows the "-" field."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        separator = fields.index("-")
        if separator + 1 < len(fields):
            mounts.append(Mount(_unescape(fields[4]), fields[separator + 1]))
    return mounts


def parse_proc_mounts(text: str) -> list[Mount]:
    """/proc/mounts (fstab format): device, mount point, type."""
    return [Mount(_unescape(f[1]), f[2]) for f in (line.split() for line in text.splitlines())
            if len(f) >= 3]


def parse_mac_mount(text: str) -> list[Mount]:
    """macOS `mount`: "//me@server/share on /Volumes/share (smbfs, nodev, ...)"."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_MOUNT_LINE.match(line)
        if match:
            mounts.append(Mount(match["point"], match["type"].strip()))
    return mounts


def system_mounts() -> list[Mount]:
    """This computer's mount table; empty when it cannot be read."""
    try:
        if sys.platform == "darwin":
            output = subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                                    timeout=5, check=False).stdout
            return parse_mac_mount(output)
        for source, parse in (("/proc/self/mountinfo", parse_mountinfo),
                              ("/proc/mounts", parse_proc_mounts)):
            if os.path.exists(source):
                return parse(Path(source).read_text(encoding="utf-8", errors="replace"))
    except (OSError, subprocess.SubprocessError):
        pass
    return []


def _inside(path: str, mount_point: str) -> bool:
    if mount_point == "/":
        return path.startswith("/")
    return path == mount_point or path.startswith(mount_point.rstrip("/") + "/")


def mount_for(path: str, mounts: Sequence[Mount]) -> Mount | None:
    """The mount holding path: the longest mount point containing it; of equal ones the
    last, since a later mount hides an earlier one on the same point."""
    best = None
    for mount in mounts:
        if _inside(path, mount.mount_point) and (
                best is None or len(mount.mount_point) >= len(best.mount_point)):
            best = mount
    return best


def is_network_fs_type(fs_type: str) -> bool:
    return fs_type.lower() in NETWORK_FS_TYPES


def existing_real_path(path: Path) -> str:
    """The folder's path with the links of its existing part resolved (it may not exist yet)."""
    path, missing = Path(os.path.abspath(path)), []
    while not path.exists() and path.parent != path:
        missing.append(path.name)
        path = path.parent
    return str(Path(os.path.realpath(path)).joinpath(*reversed(missing)))


# --- Windows ---------------------------------------------------------------------------
def is_unc_path(path: str) -> bool:
    r"""\\server\share\..., also as \\?\UNC\server\share; not \\?\C:\ or \\.\ devices."""
    normalised = path.replace("/", "\\")
    if normalised.upper().startswith("\\\\?\\UNC\\"):
        return True
    return normalised.startswith("\\\\") and not normalised.startswith(("\\\\?\\", "\\\\.\\"))


def windows_share_type(path: str, drive_type: Callable[[str], int]) -> str | None:
    """"unc" or "network-drive" for a path on a share, None for a local one; drive_type is
    GetDriveTypeW (injected, so the logic is tested anywhere)."""
    if is_unc_path(path):
        return "unc"
    drive = path.replace("/", "\\")[:2]
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return "network-drive"
    return None


def _get_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)


# --- the check ---------------------------------------------------------------------------
def network_share_type(path: Path, mounts: Sequence[Mount] | None = None) -> str | None:
    """The share type when path is on a network share, else None (mounts: for tests)."""
    if sys.platform == "win32" and mounts is None:  # pragma: no cover - Windows only
        return windows_share_type(os.path.abspath(path), _get_drive_type)
    real = existing_real_path(path)
    mount = mount_for(real, system_mounts() if mounts is None else mounts)
    return mount.fs_type if mount and is_network_fs_type(mount.fs_type) else None


def is_network_path(path: Path, mounts: Sequence[Mount] | None = None) -> bool:
    return network_share_type(path, mounts) is not None


def check_local_disk(path: Path, mounts: Sequence[Mount] | None = None) -> None:
    """Raise NetworkShareError when the folder path is on a network share."""
    share = network_share_type(path, mounts)
    if share is not None:
        raise NetworkShareError(str(path), share)
