"""Words the app did not write — file names, a server's titles and error messages, text typed in
Settings — made safe to show.

Anyone who sends the creator a file chooses its name, and a server chooses its words. Two things
in such text could mislead the creator:

* Qt reads a string that *looks like* HTML as HTML wherever the text format is ``AutoText`` (the
  default of labels, message boxes and tooltips): ``<b>x</b>.mp4`` would show in bold,
  ``<a href=…>`` as a link, ``<img src=…>`` as a picture from this computer's disk. Labels and
  message boxes that show such text are set to ``Qt.TextFormat.PlainText``; a tooltip has no
  such setting, so :func:`tooltip` hands Qt the text already escaped as HTML.
* Invisible characters could disguise a name: a right-to-left override (U+202E) makes
  ``evil\\u202egnp.mp4`` read as ``evilmp4.png``, and control characters (escape, NUL, a line
  break) break a one-line layout. :func:`shown` writes each of them out as its code, so the
  creator sees that it is there.

Only what is *shown* changes: a link copied to the clipboard or opened in the browser, and what
is sent to api.video, stay exactly as they were.
"""

from __future__ import annotations

from PySide6.QtGui import Qt

from uploader_gui.core.visible_text import visible


def shown(text: str) -> str:
    """``text`` with every invisible or layout-changing character written as its code
    (``\\u202e``, ``\\x1b``, ``\\n``), so a name cannot hide what it is: the rule both fronts
    share (:func:`uploader_gui.core.visible_text.visible`)."""
    return visible(text)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: :func:`shown`, then escaped and wrapped as HTML,
    since Qt decides by looking at a tooltip whether it is HTML and has no plain-text switch."""
    if not text:
        return ""
    return Qt.convertFromPlainText(shown(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)
