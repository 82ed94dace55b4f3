"""When chunks grow, and by how much, to stay under the per-minute upload limit."""

from __future__ import annotations

import pytest

from uploader_gui.core.chunk_sizing import (
    HEADROOM,
    ThroughputMeter,
    grown_chunk_size,
    needed_chunk_size,
    uploads_per_minute_for,
)
from uploader_gui.core.environments import PRODUCTION_URL, SANDBOX_URL
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MIB, UPLOADS_PER_MINUTE
from uploader_gui.core.upload_options import UploadOptions


def test_the_needed_size_keeps_requests_under_the_limit() -> None:
    for speed in (1e6, 30e6, 80e6, 300e6):
        for limit in (40, 100):
            size = needed_chunk_size(speed, limit)
            per_minute = speed * 60 / size
            assert per_minute <= limit * HEADROOM
            # …and not wastefully: one MiB less would go over.
            assert size == MIB or speed * 60 / (size - MIB) > limit * HEADROOM


def test_a_shared_budget_needs_larger_chunks() -> None:
    assert needed_chunk_size(20e6, 100, sharing=2) >= 2 * needed_chunk_size(20e6, 100) - MIB


def test_chunks_grow_only_when_worth_it_and_never_past_the_maximum() -> None:
    fifty = 50 * MIB
    # 40 MB/s in production needs 30 MiB chunks: 50 MiB is already enough.
    assert grown_chunk_size(fifty, 40e6, 100) is None
    # 100 MB/s needs 72 MiB.
    assert grown_chunk_size(fifty, 100e6, 100) == 72 * MIB
    # Only a little over: not worth changing the layout.
    assert grown_chunk_size(fifty, 60e6, 100) is None
    assert grown_chunk_size(fifty, 1e9, 100) == MAX_CHUNK_SIZE
    assert grown_chunk_size(MAX_CHUNK_SIZE, 1e9, 100) is None


def test_the_limit_follows_the_environment() -> None:
    assert uploads_per_minute_for(PRODUCTION_URL + "/") == UPLOADS_PER_MINUTE["production"]
    assert uploads_per_minute_for(SANDBOX_URL) == UPLOADS_PER_MINUTE["sandbox"]
    assert uploads_per_minute_for("http://127.0.0.1:8080") is None
    auto = UploadOptions()
    assert auto.request_limit(PRODUCTION_URL) == 100
    assert auto.request_limit(SANDBOX_URL) == 40
    assert auto.request_limit("http://127.0.0.1:8080") is None
    forced = UploadOptions(adaptive_chunks=True)
    assert forced.request_limit("http://127.0.0.1:8080") == 100
    assert UploadOptions(adaptive_chunks=True, uploads_per_minute=7).request_limit("x") == 7
    assert UploadOptions(adaptive_chunks=False).request_limit(PRODUCTION_URL) is None
    # Part numbers fix the layout: the part form never adapts.
    assert UploadOptions(range_form="part").request_limit(PRODUCTION_URL) is None


def test_the_meter_waits_for_enough_bytes() -> None:
    now = [0.0]
    meter = ThroughputMeter(clock=lambda: now[0])
    meter.started()
    now[0] = 1.0
    assert meter.acknowledged(5 * MIB) is None
    now[0] = 2.0
    assert meter.acknowledged(5 * MIB) == pytest.approx(5 * MIB)
