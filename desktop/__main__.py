"""`python -m desktop` runs the same entry point as the `tenpoint` command."""

import multiprocessing
import sys

# First thing: in the frozen app, the child process that reads untrusted packages
# (exporters/isolated_read.py) starts here too; it must not load Qt or the command line.
multiprocessing.freeze_support()

from desktop.startup import main  # noqa: E402

sys.exit(main())
