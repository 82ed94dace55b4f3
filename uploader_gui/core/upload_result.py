"""What a confirmed upload hands back: the video id, its size and the Video as api.video
described it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.video_links import VideoLinks, links_in, links_of


@dataclass(frozen=True)
class UploadResult:
    """A file the server confirmed holding in full.

    The links come from the Video the server sent back. An upload token cannot read a video:
    when the answer to its completing chunk was lost and the retry was told "already uploaded",
    all that is known is the video id, so the links are ``None``; :attr:`links_note` then says
    why, for the fronts to word.
    """

    video_id: str
    size: int
    #: The Video as api.video describes it (``assets`` holds the links).
    video: dict[str, Any]

    @property
    def has_links(self) -> bool:
        return links_of(self.video) is not None

    @property
    def links(self) -> VideoLinks:
        """The video's links (empty when the server gave none)."""
        return links_in(self.video)

    @property
    def links_note(self) -> Reason | None:
        """Why there are no links to show, or ``None`` when there are."""
        return None if self.has_links else Reason(Why.NO_LINKS_WITH_TOKEN)
