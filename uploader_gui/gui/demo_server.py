"""The Local demo environment: the built-in api.video emulator, started when first needed, so
anyone can try the whole flow with no account and nothing leaving the computer."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from uploader_gui.emulator import Emulator, Faults
from uploader_gui.gui.settings_dialog import DEMO_KEY

log = logging.getLogger(__name__)

#: Seconds the demo takes to "encode" a video: long enough to see Processing, short enough to wait.
DEMO_ENCODING_DELAY = 4.0

#: The first bytes of an MP4 file (an ``ftyp`` box), so generated demo files pass the video check.
MP4_HEADER = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


SAMPLE_NAMES = (
    "Wedding highlights.mp4",
    "Interview take 2.mov",
    "Kitchen tour 4K.mp4",
    "Product teaser v3.mp4",
    "Lecture 07 – thermodynamics.mp4",
    "Cat vs. cardboard box.mp4",
    "Morning run – drone.mp4",
    "Timelapse sunset.mp4",
)


#: Captions and chapters written beside the first demo videos (``--demo --demo-files N``), so
#: the details panel's "Captions & chapters" section has something to show: good files, and
#: one that is not subtitles, to show how a problem is told and tried again.
DEMO_SIDECARS = {
    0: {
        ".srt": "1\n00:00:01,000 --> 00:00:03,000\nWelcome, everyone!\n",
        ".fr.srt": "1\n00:00:01,000 --> 00:00:03,000\nBienvenue à tous !\n",
        ".chapters.txt": "0:00 Arrival\n0:05 The vows\n0:12 First dance\n",
    },
    1: {".de.srt": "Notes for the interview, not subtitles.\n"},
}


class DemoServer:
    """Owns the emulator and its temporary data folder."""

    def __init__(
        self,
        *,
        encoding_delay: float = DEMO_ENCODING_DELAY,
        bandwidth: float = 0.0,
        root: Path | None = None,
    ) -> None:
        self._own_root = root is None
        self.root = (
            root if root is not None else Path(tempfile.mkdtemp(prefix="uploader-gui-demo-"))
        )
        self._encoding_delay = encoding_delay
        self._bandwidth = bandwidth
        self.emulator: Emulator | None = None

    @property
    def running(self) -> bool:
        return self.emulator is not None

    def base_url(self) -> str:
        """The emulator's address, starting it on first use."""
        if self.emulator is None:
            faults = Faults(bandwidth=self._bandwidth)
            emulator = Emulator(
                self.root / "server",
                api_keys=(DEMO_KEY,),
                encoding_delay=self._encoding_delay,
                faults=faults,
            )
            emulator.start()
            self.emulator = emulator
            log.info("Local demo server listening on %s", emulator.base_url)
        return self.emulator.base_url

    def make_sample_files(
        self,
        count: int,
        sizes_mib: list[int] | None = None,
        *,
        first: int = 0,
        sidecars: bool = False,
    ) -> list[Path]:
        """``count`` small video-like files (an MP4 header, then sparse zeros) to try uploads.
        ``first`` numbers them on from an earlier batch, so every name is new; each file's
        content is distinct too, so none is taken for an upload of another. ``sidecars`` writes
        :data:`DEMO_SIDECARS` beside the first ones."""
        folder = self.root / "sample videos"
        folder.mkdir(parents=True, exist_ok=True)
        sizes = sizes_mib or [256, 23, 137, 41, 88, 12, 64, 17]
        files = []
        for i in range(first, first + count):
            name = SAMPLE_NAMES[i % len(SAMPLE_NAMES)]
            if i >= len(SAMPLE_NAMES):
                stem, ext = os.path.splitext(name)
                name = f"{stem} ({i // len(SAMPLE_NAMES) + 1}){ext}"
            path = folder / name
            write_sample_video(path, sizes[i % len(sizes)] * 1024 * 1024, tag=f"{self.root}:{i}")
            for suffix, text in (DEMO_SIDECARS.get(i, {}) if sidecars else {}).items():
                (folder / (path.stem + suffix)).write_text(text, encoding="utf-8")
            files.append(path)
        return files

    def stop(self) -> None:
        if self.emulator is not None:
            self.emulator.stop()
            self.emulator = None
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)


def write_sample_video(path: Path, size: int, *, random_body: bool = False, tag: str = "") -> None:
    """A file that looks like an MP4 to the video check; ``random_body`` makes its bytes
    distinct (to prove an upload kept them), otherwise it is sparse and costs no disk. ``tag``
    goes right after the header, so sparse files of one size still differ."""
    with open(path, "wb") as f:
        f.write(MP4_HEADER)
        f.write(tag.encode("utf-8"))
        if random_body:
            remaining = size - f.tell()
            block = 1024 * 1024
            while remaining > 0:
                n = min(block, remaining)
                f.write(os.urandom(n))
                remaining -= n
        else:
            f.truncate(size)
