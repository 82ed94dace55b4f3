"""The headless command line: ``uploader-gui upload FILE...``, on the same upload session as
the window (:mod:`uploader_gui.core.upload_session`).

:mod:`.arguments` parses, :mod:`.command` runs, :mod:`.reporters` shows (each file's bytes
kept by :mod:`uploader_gui.core.file_progress`, as in the window), :mod:`.status` names the exit
statuses.
"""

from uploader_gui.cli.command import main

__all__ = ["main"]
