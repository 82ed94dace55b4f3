"""What a creator says about a video before it is uploaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class VideoMetadata:
    """The fields of the ``POST /videos`` payload that the uploader lets people set.

    ``metadata`` is a plain mapping here because that is how people think of it; the API wants
    a list of ``{key, value}`` pairs, which :meth:`to_payload` builds.
    """

    title: str
    description: str = ""
    tags: list[str] = field(default_factory=list)
    public: bool = True
    panoramic: bool = False
    mp4_support: bool = True
    metadata: dict[str, str] = field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "title": self.title,
            "public": self.public,
            "panoramic": self.panoramic,
            "mp4Support": self.mp4_support,
        }
        if self.description:
            payload["description"] = self.description
        if self.tags:
            payload["tags"] = list(self.tags)
        if self.metadata:
            payload["metadata"] = [{"key": k, "value": v} for k, v in self.metadata.items()]
        return payload
