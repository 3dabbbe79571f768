"""Drops shared libraries that nothing kept in the build links to (used by tenpoint.spec).

PyInstaller resolves each collected plugin's libraries before the spec can drop the plugin,
so dropping the GTK platform theme leaves GTK, Cairo and Pango behind. Walking the link-time
dependencies again from what stays (Python extension modules, kept Qt plugins, libpython)
finds what is still needed. Done on Linux only: there the system libraries get bundled;
Windows and macOS builds carry no such strays.
"""

from __future__ import annotations

import posixpath
from pathlib import PurePosixPath

from PyInstaller.depend.bindepend import get_imports

# Libraries every Linux desktop has, taken from the system rather than from the build machine
# (as AppImage's exclude list does): the X11, font, D-Bus and GLib stacks and the compression
# libraries below them. Bundling them saves nothing for a person and can clash with the
# system's own configuration (fontconfig's above all). docs/install.md lists the packages.
LINUX_SYSTEM_LIBRARIES = frozenset({
    "libX11.so.6", "libX11-xcb.so.1", "libXau.so.6", "libXdmcp.so.6", "libxkbcommon.so.0",
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libpcre2-8.so.0", "libdbus-1.so.3",
    "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0", "libzstd.so.1", "liblz4.so.1",
    "liblzma.so.5", "libcap.so.2", "libfontconfig.so.1", "libfreetype.so.6", "libexpat.so.1",
    "libpng16.so.16", "libz.so.1", "libbz2.so.1.0", "libbrotlicommon.so.1",
    "libbrotlidec.so.1", "libbsd.so.0", "libmd.so.0", "libuuid.so.1",
})


def without_system_libraries(
        binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The binaries minus those the Linux system provides."""
    return [entry for entry in binaries
            if PurePosixPath(entry[0]).name not in LINUX_SYSTEM_LIBRARIES]


def _is_root(dest: str, typecode: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    return typecode == "EXTENSION" or "plugins" in parts or parts[-1].startswith("libpython")


def prune_unreferenced(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The binaries reachable through link-time dependencies from the roots."""
    by_name = {PurePosixPath(dest).name: (dest, src, typecode) for dest, src, typecode in binaries}
    reached = {PurePosixPath(dest).name for dest, _, typecode in binaries
               if _is_root(dest, typecode)}
    pending = list(reached)
    while pending:
        _, source, _ = by_name[pending.pop()]
        for name, path in get_imports(source):
            for candidate in {PurePosixPath(name).name, PurePosixPath(path or name).name}:
                if candidate in by_name and candidate not in reached:
                    reached.add(candidate)
                    pending.append(candidate)
    return [entry for entry in binaries if PurePosixPath(entry[0]).name in reached]


def drop_dangling_symlinks(datas: list[tuple[str, str, str]],
                           binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Data entries minus the symlinks (PyInstaller's "SYMLINK" entries) to dropped binaries."""
    kept = {posixpath.normpath(dest.replace("\\", "/")) for dest, _, _ in binaries}

    def target(dest: str, link: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")),
                                                 link.replace("\\", "/")))

    return [(dest, src, typecode) for dest, src, typecode in datas
            if typecode != "SYMLINK" or target(dest, src) in kept]
