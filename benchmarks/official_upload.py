"""Upload one file with the official ``api-video`` Python client, for the benchmark.

Run as a child process (``python -m benchmarks.official_upload FILE BASE_URL CHUNK_SIZE`` with
``APIVIDEO_API_KEY`` set) so its CPU time and memory are measured on their own. Prints one JSON
line: the video id and the mp4 link of the finished upload.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import apivideo
from apivideo.apis import VideosApi
from apivideo.configuration import Configuration
from apivideo.model.video_creation_payload import (
    VideoCreationPayload,
)


def main(argv: list[str]) -> int:
    path, base_url, chunk_size = Path(argv[0]), argv[1], int(argv[2])
    client = apivideo.AuthenticatedApiClient(
        os.environ["APIVIDEO_API_KEY"], configuration=Configuration(chunk_size=chunk_size)
    )
    # The client sets production's address in its constructor; point it here afterwards.
    client.configuration.host = base_url
    with client:
        api = VideosApi(client)
        video = api.create(VideoCreationPayload(title=path.stem))
        with open(path, "rb") as f:
            done = api.upload(video.video_id, f)
    print(json.dumps({"videoId": done.video_id, "mp4Url": done.assets.mp4}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
