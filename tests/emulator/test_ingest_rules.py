"""The upload rules as pure functions: any valid split, in any order, completes exactly once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uploader_gui.emulator.content_range import ContentRange, parse_content_range
from uploader_gui.emulator.errors import ApiError
from uploader_gui.emulator.ingest import check_chunk, received_bytes, record_chunk
from uploader_gui.emulator.state import Source

MIN = 5 * 1024 * 1024


@st.composite
def splits(draw: st.DrawFn) -> list[int]:
    """Chunk sizes: each at least 5 MiB, except the last."""
    sizes = draw(st.lists(st.integers(MIN, 3 * MIN), min_size=0, max_size=8))
    sizes.append(draw(st.integers(1, 3 * MIN)))
    return sizes


@given(sizes=splits(), data=st.data())
def test_bytes_form_any_order(sizes: list[int], data: st.DataObject) -> None:
    total = sum(sizes)
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    order = data.draw(st.permutations(range(len(sizes))))
    source = Source()

    def listed(indices: list[int]) -> list[dict[str, int]]:
        """One range per chunk, in file order, neighbours not merged."""
        return [
            {"from": starts[i], "to": starts[i] + sizes[i] - 1, "total": total}
            for i in sorted(indices)
        ]

    for n, i in enumerate(order):
        cr = ContentRange("bytes", total, start=starts[i], end=starts[i] + sizes[i] - 1)
        check_chunk(source, cr, sizes[i])
        done = record_chunk(source, cr, sizes[i], f"c{i}")
        assert done == (n == len(order) - 1)
        assert received_bytes(source) == listed(order[: n + 1])
        if not done:
            with pytest.raises(ApiError) as again:
                check_chunk(source, cr, sizes[i])
            assert again.value.slug == "video-content-range-by-bytes-range-overlap"
    assert source.filesize == total


@given(sizes=splits(), data=st.data())
def test_part_form_any_order(sizes: list[int], data: st.DataObject) -> None:
    count = len(sizes)
    order = data.draw(st.permutations(range(count)))
    source = Source()
    starts = [sum(sizes[:i]) for i in range(count)]
    for n, i in enumerate(order):
        cr = ContentRange("part", count, part=i + 1)
        check_chunk(source, cr, sizes[i])
        done = record_chunk(source, cr, sizes[i], f"p{i}")
        assert done == (n == count - 1)
        if not done:
            # Only the run of parts from part 1 has known offsets: one range per part.
            held = set(order[: n + 1])
            run = 0
            while run in held:
                run += 1
            assert [(r["from"], r["to"]) for r in received_bytes(source)] == [
                (starts[j], starts[j] + sizes[j] - 1) for j in range(run)
            ]
    assert [c.start for c in source.chunks] == starts
    assert received_bytes(source) == [
        {"from": starts[j], "to": starts[j] + sizes[j] - 1, "total": sum(sizes)}
        for j in range(count)
    ]
    with pytest.raises(ApiError) as late:
        check_chunk(source, ContentRange("part", count, part=1), 10)
    assert late.value.slug == "video-source-already-uploaded"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("bytes 0-9/10", ContentRange("bytes", 10, start=0, end=9)),
        ("bytes 5-9/*", ContentRange("bytes", None, start=5, end=9)),
        ("part 2/*", ContentRange("part", None, part=2)),
        ("part 3/3", ContentRange("part", 3, part=3)),
    ],
)
def test_parse_forms(value: str, expected: ContentRange) -> None:
    assert parse_content_range(value) == expected


@pytest.mark.parametrize(
    "value", ["", "bytes 0-9", "bytes -1-9/10", "part /3", "parts 1/2", "bytes 0-9/10 extra"]
)
def test_parse_rejects(value: str) -> None:
    with pytest.raises(ApiError) as err:
        parse_content_range(value)
    assert err.value.slug == "video-content-range-malformed"
    assert err.value.status == 400
