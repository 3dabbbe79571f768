"""Opens a workbook in LibreOffice with a password and prints its sheets and Activities!A2.

Run by the system Python that has LibreOffice's `uno` module (not the project's venv):

    /usr/bin/python3 tests/exporters/libreoffice_open.py FILE.xlsx PASSWORD

Prints "sheets: <names, comma-separated>" and "A2: <text>", and exits 0 when LibreOffice
opened the file; exits 1 when it did not (a wrong password), 2 when LibreOffice would not
start. It starts its own headless soffice with a throw-away profile, so it neither needs nor
disturbs a running LibreOffice.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # LibreOffice's bridge; it makes the com.sun.star modules importable
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

START_SECONDS = 90


def properties(**values) -> tuple:
    result = []
    for name, value in values.items():
        item = PropertyValue()
        item.Name, item.Value = name, value
        result.append(item)
    return tuple(result)


def start_office(profile: Path, pipe: str) -> subprocess.Popen:
    return subprocess.Popen(
        [shutil.which("soffice") or "soffice", "--headless", "--invisible", "--norestore",
         "--nologo", "--nodefault", f"-env:UserInstallation={profile.as_uri()}",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def connect(pipe: str, office: subprocess.Popen):
    """The office's Desktop, once soffice answers on the pipe (it takes a few seconds)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and office.poll() is None:
        try:
            context = resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context)
        except NoConnectException:
            time.sleep(0.5)
    return None


@contextlib.contextmanager
def running_office(name: str):
    """A headless soffice of its own, with a throw-away profile: its Desktop (None when it
    would not start), ended and waited for on leaving."""
    with tempfile.TemporaryDirectory(prefix="tenpoint-lo-") as folder:
        pipe = f"{name}_{os.getpid()}"
        office = start_office(Path(folder) / "profile", pipe)
        try:
            desktop = connect(pipe, office)
            yield desktop
            if desktop is not None:
                with contextlib.suppress(Exception):  # the bridge drops as soffice exits
                    desktop.terminate()
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()
                office.wait()


def open_and_describe(desktop, path: Path, password: str) -> list[str] | None:
    """The lines to print, or None when LibreOffice did not open the file."""
    try:
        document = desktop.loadComponentFromURL(
            path.resolve().as_uri(), "_blank", 0,
            properties(Hidden=True, ReadOnly=True, Password=password))
    except Exception as error:  # noqa: BLE001 - uno raises its own IOException and others
        print(f"not opened: {type(error).__name__}: {error}", file=sys.stderr)
        return None
    if document is None or not hasattr(document, "Sheets"):
        print("not opened: LibreOffice returned no spreadsheet", file=sys.stderr)
        return None
    try:
        names = list(document.Sheets.ElementNames)
        cell = (document.Sheets.getByName("Activities").getCellRangeByName("A2").getString()
                if "Activities" in names else "")
        return [f"sheets: {', '.join(names)}", f"A2: {cell}"]
    finally:
        document.close(True)


def main(arguments: list[str]) -> int:
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, password = Path(arguments[0]), arguments[1]
    with running_office("tenpoint") as desktop:
        if desktop is None:
            print("LibreOffice did not start", file=sys.stderr)
            return 2
        lines = open_and_describe(desktop, path, password)
    if lines is None:
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
