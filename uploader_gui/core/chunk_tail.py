"""Sharing the end of a file among the connections, so they finish together.

Chunks of one size handed out in file order leave the connections idle at the end: the last
round of chunks is rarely full (a 100 MiB file in 16 MiB chunks on four connections is four
chunks, then two while two connections wait, then the rest), and connections that started their
chunks at different moments, or go at different speeds, free up at different moments. On a link
shared by the connections with a cap per connection (a long route, where one TCP connection
cannot fill the line) every idle connection is bandwidth lost.

So once what is left fits in one more chunk per connection, it is cut to fit the connections
instead: each connection takes what brings it to the same finishing line as the others, given
when it will be free and how fast it goes. api.video's rule still holds: every piece is at least
5 MiB (only the file's last chunk, sent on its own after all the others, may be smaller, and it
is not part of this sharing). So a connection that would need longer for the smallest piece than
the others need for everything takes nothing more: it stops, and they finish without it.

A pure function of estimates; :class:`~uploader_gui.core.chunk_schedule.ChunkSchedule` makes
them from the chunks in flight and acknowledged, and re-cuts its layout with the answer each
time a connection asks for its next chunk, so a wrong estimate is corrected at the next ask.
Until speeds are known (the first round of a small file) every connection counts as equally
fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from uploader_gui.core.limits import MIN_CHUNK_SIZE

#: The one asking takes nothing only when the others then finish in at most this share of the
#: time they would take with it.
PASS_GAIN = 0.8


@dataclass(frozen=True)
class Lane:
    """One connection as the sharing sees it."""

    #: Seconds until it has sent the chunk it is busy with (0: free now).
    busy_for: float
    #: Bytes per second it sends at (any unit, as long as every lane uses the same).
    speed: float

    def ready(self, nbytes: float) -> float:
        """When it would be done with ``nbytes`` more."""
        return self.busy_for + nbytes / self.speed


def tail_shares(
    remaining: int,
    asking: Lane,
    others: Sequence[Lane],
    *,
    max_pieces: int | None = None,
    minimum: int = MIN_CHUNK_SIZE,
    may_pass: bool = True,
) -> list[int]:
    """How to cut the ``remaining`` bytes not handed out yet so the connections finish together.

    ``asking`` is the connection asking for a chunk now, ``others`` the other connections that
    will ask later (busy now, or about to ask). Returns the pieces, each at least ``minimum``
    bytes and adding up to ``remaining``: the first for the one asking, then one for each of
    the others that take part, the first free first. Those that would finish after the others
    even with no piece get none, and so do those whose ``minimum`` would take them past the
    line the others reach without them (fewer pieces win a tie: fewer requests). That may be
    the one asking: a first piece of 0 means it should take nothing, as the others finish
    clearly sooner without it (:data:`PASS_GAIN`: a slow connection at the very end), unless
    ``may_pass`` is false.
    ``max_pieces`` caps the count (the API's part limit).

    Less than twice ``minimum`` is cut in no more than one piece.
    """
    if remaining <= 0:
        return []
    lanes = [asking, *others]
    most = min(len(lanes), remaining // minimum)
    if max_pieces is not None:
        most = min(most, max_pieces)
    most = max(1, most)
    # Who joins first: whoever would be done soonest with the minimum piece.
    order = sorted(range(1, len(lanes)), key=lambda i: (lanes[i].ready(minimum), i))

    def finish(team: list[int]) -> float:
        members = [lanes[i] for i in team]
        return max(_level(remaining, members), *(lane.ready(minimum) for lane in members))

    def best(teams: list[list[int]]) -> list[int]:
        return min(teams, key=lambda team: (finish(team), len(team)))

    team = best([[0, *order[: k - 1]] for k in range(1, most + 1)])
    if may_pass and order:
        # Stop a connection only when that clearly pays: speeds are estimates.
        without = best([order[:k] for k in range(1, min(most, len(order)) + 1)])
        if finish(without) <= PASS_GAIN * finish(team):
            team = without
    team = sorted(team, key=lambda i: (i != 0, lanes[i].busy_for))
    pieces = _fill(remaining, [lanes[i] for i in team], minimum)
    return pieces if team[0] == 0 else [0, *pieces]


def _level(remaining: float, lanes: Sequence[Lane]) -> float:
    """The moment at which ``lanes``, sending ``remaining`` bytes between them, all finish."""
    speed = sum(lane.speed for lane in lanes)
    return (remaining + sum(lane.busy_for * lane.speed for lane in lanes)) / speed


def _fill(remaining: int, lanes: list[Lane], minimum: int) -> list[int]:
    """``remaining`` bytes over ``lanes``, each piece bringing its lane to one common finishing
    line but never under ``minimum``: lanes that would need less take the minimum and finish
    later. What rounding leaves goes to the first."""
    if len(lanes) == 1:
        return [remaining]
    level = sorted(range(len(lanes)), key=lambda i: lanes[i].ready(minimum))
    floored: set[int] = set()
    while len(level) > 1:
        line = _level(remaining - len(floored) * minimum, [lanes[i] for i in level])
        if line >= lanes[level[-1]].ready(minimum):
            break
        floored.add(level.pop())
    line = _level(remaining - len(floored) * minimum, [lanes[i] for i in level])
    pieces = [
        minimum if i in floored else max(minimum, int((line - lane.busy_for) * lane.speed))
        for i, lane in enumerate(lanes)
    ]
    pieces[0] += remaining - sum(pieces)
    if min(pieces) < minimum:  # rounding at the very edge: cut evenly instead
        even = [remaining // len(lanes)] * len(lanes)
        even[0] += remaining - sum(even)
        return even
    return pieces
