"""The system's word that the network is back wakes waiting uploads once per return."""

from __future__ import annotations

from typing import Any

from PySide6.QtNetwork import QNetworkInformation

from uploader_gui.gui.online_watch import OnlineWatch

R = QNetworkInformation.Reachability


def test_online_is_told_on_each_return_not_on_every_report(qtbot: Any) -> None:
    watch = OnlineWatch()
    told: list[str] = []
    watch.online.connect(lambda: told.append("online"))
    for reachability in (R.Disconnected, R.Online, R.Online, R.Local, R.Online):
        watch.changed(reachability)
    assert told == ["online", "online"]
