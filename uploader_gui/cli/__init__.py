"""The headless command line: ``uploader-gui upload FILE...``, on the same upload session as
the window (:mod:`uploader_gui.core.upload_session`).

:mod:`.arguments` parses, :mod:`.command` runs, :mod:`.reporters` shows (with
:mod:`.progress` keeping each file's bytes), :mod:`.status` names the exit statuses.
"""

from uploader_gui.cli.command import main

__all__ = ["main"]
