"""Entry point: ``uploader-gui`` and ``python -m uploader_gui``.

``upload`` (and the other command-line verbs) run headless on the engine; anything else opens the
window. Qt is imported only for the window, so the command line starts fast and works without a
display.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = frozenset({"upload", "watch"})


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CLI_COMMANDS:
        from uploader_gui.cli import main as cli_main

        return cli_main(args)
    from uploader_gui.gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
