"""A real X server (Xvfb) and a person's keyboard on it (xdotool), for tests that start the
application as a separate program and use it as someone at the screen would."""

from __future__ import annotations

import os
import subprocess
import time

WAIT_SECONDS = 60


class XSession:
    """An Xvfb display of its own, with helpers to find windows and type into them."""

    def __init__(self, width: int = 1366, height: int = 768) -> None:
        read_end, write_end = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as announced:
            self.display = f":{announced.readline().strip()}"

    def environment(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *arguments: str) -> str:
        result = subprocess.run(["xdotool", *arguments], env=self.environment(),
                                capture_output=True, text=True, timeout=WAIT_SECONDS,
                                check=False)
        return result.stdout

    def wait_for_window(self, title: str, program: subprocess.Popen, min_width: int = 0) -> str:
        """The id of the visible window whose title is exactly `title`, at least min_width
        pixels wide (a splash and a main window may share a title)."""
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", f"^{title}$").split()
            wide = [window for window in found if self.width(window) >= min_width]
            if wide:
                return wide[0]
            if program.poll() is not None:
                raise AssertionError(f"the program ended (rc {program.returncode}) before "
                                     f"showing {title!r}")
            time.sleep(0.1)
        raise AssertionError(f"no window {title!r} within {WAIT_SECONDS} s")

    def width(self, window: str) -> int:
        shell_lines = self.xdotool("getwindowgeometry", "--shell", window).split()
        values = dict(line.split("=", 1) for line in shell_lines if "=" in line)
        return int(values.get("WIDTH", 0))

    def focus(self, window: str) -> None:
        self.xdotool("windowfocus", "--sync", window)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=WAIT_SECONDS)
