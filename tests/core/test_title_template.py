"""Title patterns and per-environment defaults for a drop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from uploader_gui.core.title_template import (
    MAX_TITLE,
    DropNumbers,
    MetadataTemplate,
    parse_tags,
    render_title,
    tidy_name,
    unknown_fields,
)

DAY = date(2026, 11, 29)
CLIP = Path("/cards/Physics 101/lecture_07.mp4")


def test_placeholders_fill_in_and_unknown_ones_stay_visible() -> None:
    assert render_title("{name}", CLIP) == "lecture 07"
    assert render_title("{folder} – {name} ({date})", CLIP, today=DAY) == (
        "Physics 101 – lecture 07 (2026-11-29)"
    )
    assert render_title("Part {n}: {file}", CLIP, 3) == "Part 3: lecture_07"
    assert render_title("{nam} {name}", CLIP) == "{nam} lecture 07"


def test_blank_or_huge_results_fall_back_to_something_sensible() -> None:
    assert render_title("", CLIP) == "lecture 07"
    assert render_title("   ", CLIP) == "lecture 07"
    assert len(render_title("x" * 500, CLIP)) == MAX_TITLE
    assert tidy_name(Path("noext")) == "noext" and tidy_name(Path("__.mp4")) == "__.mp4"


def test_a_template_gives_every_file_of_a_drop_its_metadata() -> None:
    template = MetadataTemplate("{name} #{n}", ("class", "2026"), public=False)
    numbers = DropNumbers()
    first, second = Path("a_b.mp4"), Path("c.mov")
    metas = [template.metadata_for(p, numbers.number(p)) for p in (first, second, first)]
    assert [m.title for m in metas] == ["a b #1", "c #2", "a b #1"]
    assert all(m.tags == ["class", "2026"] and m.public is False for m in metas)
    metas[0].tags.append("x")
    assert template.tags == ("class", "2026")


def test_tags_are_split_trimmed_and_deduplicated() -> None:
    assert parse_tags(" travel, 2026,,travel , summer ") == ["travel", "2026", "summer"]
    assert parse_tags("") == []


def test_unknown_fields_are_the_braced_words_no_placeholder_names() -> None:
    assert unknown_fields("{name} – {date} #{n} {file} in {folder}") == []
    assert unknown_fields("{nmae} {Name} {nmae} {} plain") == ["{nmae}", "{Name}", "{}"]
    assert unknown_fields("no braces, { spaced }") == []
