"""Sub-commands of `tenpoint`: each module adds its parser and runs its command.

A command module has `register(subparsers)` and `run(args, context) -> int`; list it in
COMMANDS (desktop/cli.py) under the name it registers.
"""
