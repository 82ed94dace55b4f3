"""What the command line knows of each file's bytes, from the engine's events."""

from __future__ import annotations

from dataclasses import dataclass, field

from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)


@dataclass
class FileProgress:
    """Bytes of one file known to be sent: acknowledged chunks plus the ones in flight."""

    size: int = 0
    chunk_sizes: dict[int, int] = field(default_factory=dict)
    acked: set[int] = field(default_factory=set)
    in_flight: dict[int, int] = field(default_factory=dict)
    video_id: str | None = None

    @property
    def complete(self) -> bool:
        """Every chunk is acknowledged by the server."""
        return bool(self.chunk_sizes) and self.acked.issuperset(self.chunk_sizes)

    def update(self, event: UploadEvent) -> None:
        if isinstance(event, UploadPlanned):
            self.size = event.total_bytes
            self.chunk_sizes = {c.index: c.size for c in event.chunks}
            self.acked = set(event.already_done)
        elif isinstance(event, BytesSent):
            self.in_flight[event.chunk_index] = event.chunk_sent
        elif isinstance(event, ChunkAcknowledged):
            self.acked.add(event.chunk_index)
            self.in_flight.pop(event.chunk_index, None)
        elif isinstance(event, VideoCreated):
            self.video_id = event.video_id

    @property
    def sent(self) -> int:
        """Never the whole size before every chunk is acknowledged: bytes that left the
        computer are not yet bytes the server kept."""
        done = sum(self.chunk_sizes.get(i, 0) for i in self.acked)
        total = done + sum(v for k, v in self.in_flight.items() if k not in self.acked)
        if self.chunk_sizes and not self.complete:
            return min(total, self.size - 1)
        return total
