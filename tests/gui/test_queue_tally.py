"""The queue's running totals agree with a count made row by row, whatever changes a row."""

from __future__ import annotations

import random
from pathlib import Path

from uploader_gui.gui.queue_item import COMPLETE_STATES, NOT_SENT_STATES, ItemState, QueueItem
from uploader_gui.gui.queue_model import QueueModel


def counted(model: QueueModel) -> tuple[dict[ItemState, int], int, int, int]:
    """The totals the slow way: every row, one by one."""
    counts: dict[ItemState, int] = {}
    total = done = waiting = 0
    for item in model.items:
        counts[item.state] = counts.get(item.state, 0) + 1
        if item.state in NOT_SENT_STATES:
            continue
        total += item.size
        done += item.size if item.state in COMPLETE_STATES else item.bytes_done
        if item.state is ItemState.WAITING:
            waiting += max(0, item.size - item.bytes_done)
    return counts, total, done, waiting


def tallied(model: QueueModel) -> tuple[dict[ItemState, int], int, int, int]:
    tally = model.tally
    return dict(tally.counts), tally.total_bytes, tally.done_bytes, tally.waiting_left


def test_totals_follow_every_change_to_a_row() -> None:
    model = QueueModel()
    rng = random.Random(7)
    states = list(ItemState)
    removed: list[QueueItem] = []
    for step in range(3000):
        items = list(model.items)
        action = rng.random()
        if action < 0.15 or not items:
            model.add(
                QueueItem(path=Path(f"v{step}-{n}.mp4"), size=rng.randrange(1, 10**9))
                for n in range(rng.randrange(1, 4))
            )
        elif action < 0.25:
            gone = rng.choice(items)
            model.remove(gone.id)
            removed.append(gone)
        elif action < 0.55:
            rng.choice(items).state = rng.choice(states)
        elif action < 0.85:
            item = rng.choice(items)
            item.bytes_done = rng.randrange(0, item.size + 1)
        elif action < 0.95:
            rng.choice(items).size = rng.randrange(1, 10**9)
        else:
            model.move(rng.choice(items).id, rng.choice((-1, 1)))
        if removed and rng.random() < 0.1:
            # A row that left the queue changes no total, whatever happens to it later.
            rng.choice(removed).state = rng.choice(states)
        assert tallied(model) == counted(model), f"step {step}"
    assert sum(model.tally.counts.values()) == model.rowCount()


def test_a_queue_emptied_counts_nothing() -> None:
    model = QueueModel()
    model.add(QueueItem(path=Path(f"{n}.mp4"), size=100, state=ItemState.PAUSED) for n in range(5))
    model.item(0).state = ItemState.READY
    for item in list(model.items):
        model.remove(item.id)
    assert tallied(model) == ({}, 0, 0, 0)
