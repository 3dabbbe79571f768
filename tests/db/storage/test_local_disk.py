"""Refusing a data folder on a network share, from mount tables given as text."""

from __future__ import annotations

import pytest

from db.errors import NetworkShareError
from db.storage.database import open_database
from db.storage.local_disk import (
    DRIVE_REMOTE,
    Mount,
    check_local_disk,
    is_network_path,
    is_unc_path,
    mount_for,
    parse_mac_mount,
    parse_mountinfo,
    parse_proc_mounts,
    windows_share_type,
)

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
60 27 0:50 / /home/amina rw,relatime shared:5 - ext4 /dev/sdb1 rw
61 60 0:51 / /home/amina/office rw,relatime shared:6 master:1 - cifs //fs01/office rw,vers=3.0
62 27 0:52 /exports /mnt/nfs rw,relatime - nfs4 fs02:/exports rw
63 27 0:53 / /mnt/laptop rw,nosuid - fuse.sshfs amina@laptop:/ rw
64 27 0:54 / /var/lib/docker/overlay2/abc/merged rw - overlay overlay rw
65 27 0:55 / /mnt/my\\040share rw - smb3 //fs03/share rw
"""


@pytest.fixture
def mounts() -> list[Mount]:
    return parse_mountinfo(MOUNTINFO)


def test_mountinfo_gives_mount_points_and_types_with_escaped_spaces(mounts):
    assert Mount("/home/amina/office", "cifs") in mounts
    assert Mount("/mnt/nfs", "nfs4") in mounts
    assert Mount("/mnt/my share", "smb3") in mounts


@pytest.mark.parametrize("path, share", [
    ("/home/amina/office/Tenpoint", "cifs"),
    ("/home/amina/office", "cifs"),
    ("/mnt/nfs/tenpoint", "nfs4"),
    ("/mnt/laptop/data", "fuse.sshfs"),
    ("/mnt/my share/Tenpoint", "smb3"),
    ("/home/amina/.local/share/Tenpoint", None),  # ext4 under a share's parent
    ("/home/amina/officework", None),  # a prefix of the name is not the folder
    ("/var/lib/docker/overlay2/abc/merged/data", None),
    ("/srv/tenpoint", None),
])
def test_the_longest_mount_point_decides(mounts, path, share):
    assert is_network_path(path, mounts) == (share is not None)
    if share:
        assert mount_for(path, mounts).fs_type == share


def test_a_later_mount_on_the_same_point_hides_the_earlier(mounts):
    stacked = [*mounts, Mount("/mnt/nfs", "ext4")]
    assert not is_network_path("/mnt/nfs/tenpoint", stacked)


def test_the_error_names_the_folder_and_the_share_type(mounts):
    with pytest.raises(NetworkShareError) as raised:
        check_local_disk("/mnt/nfs/tenpoint", mounts)
    assert (raised.value.path, raised.value.fs_type) == ("/mnt/nfs/tenpoint", "nfs4")


def test_a_symlink_into_a_share_is_followed(tmp_path):
    target = tmp_path / "share"
    target.mkdir()
    (tmp_path / "link").symlink_to(target)
    mounts = [Mount("/", "ext4"), Mount(str(target.resolve()), "nfs")]
    assert is_network_path(tmp_path / "link" / "not-yet-created", mounts)


def test_an_unreadable_mount_table_lets_the_folder_through(tmp_path):
    assert not is_network_path(tmp_path, [])


def test_proc_mounts_and_mac_mount_output_are_read_too():
    assert parse_proc_mounts("fs01:/x /mnt/x nfs rw 0 0\n/dev/vda / ext4 rw 0 0\n") == [
        Mount("/mnt/x", "nfs"), Mount("/", "ext4")]
    mac = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
           "//amina@fs01/office on /Volumes/office (smbfs, nodev, nosuid, mounted by amina)\n")
    mounts = parse_mac_mount(mac)
    assert mounts == [Mount("/", "apfs"), Mount("/Volumes/office", "smbfs")]
    assert is_network_path("/Volumes/office/Tenpoint", mounts)


@pytest.mark.parametrize("path, unc", [
    (r"\\fs01\office\Tenpoint", True),
    ("//fs01/office/Tenpoint", True),
    (r"\\?\UNC\fs01\office", True),
    (r"\\?\C:\Users\amina", False),
    (r"\\.\PhysicalDrive0", False),
    (r"C:\Users\amina\AppData", False),
])
def test_windows_unc_paths(path, unc):
    assert is_unc_path(path) == unc


def test_windows_mapped_network_drives():
    drive_types = {"C:\\": 3, "Z:\\": DRIVE_REMOTE}
    assert windows_share_type(r"Z:\Tenpoint", drive_types.get) == "network-drive"
    assert windows_share_type(r"C:\Tenpoint", drive_types.get) is None
    assert windows_share_type(r"\\fs01\office", drive_types.get) == "unc"


def test_opening_a_database_here_passes_the_check(tmp_path):
    """This machine's own mount table: the test folder is on a local disk."""
    open_database(tmp_path / "local.sqlite").close()
