"""The headless command line: ``uploader-gui upload FILE...`` and ``uploader-gui watch
FOLDER...``, on the same upload session as the window (:mod:`uploader_gui.core.upload_session`).

:mod:`.arguments` parses, :mod:`.command` runs uploads, :mod:`.watch_command` watches folders,
:mod:`.reporters` shows (each file's bytes kept by :mod:`uploader_gui.core.file_progress`, as in
the window), :mod:`.status` names the exit statuses.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from uploader_gui.cli import command


def main(argv: Sequence[str]) -> int:
    """``argv[0]`` is the verb (``upload`` or ``watch``); returns the exit status."""
    if argv and argv[0] == "watch":
        from uploader_gui.cli.watch_command import main as watch_main

        return watch_main(argv, out=sys.stdout, err=sys.stderr)
    return command.main(argv)


__all__ = ["main"]
