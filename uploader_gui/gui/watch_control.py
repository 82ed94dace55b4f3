"""Watched folders in the running window: the settings turned into folders to watch, the files
they bring queued as rows, and each uploaded file kept, moved or deleted as asked.

The watching itself (events, rules, disk reads) is :class:`FolderWatcher`'s, off the GUI
thread; this only decides where each folder's files go and what the window shows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.after_upload import AfterUpload, AfterUploadKind, AfterUploadResult
from uploader_gui.core.environments import Environment, EnvironmentKind, production, sandbox
from uploader_gui.core.store import AuthKind, UploadStore
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.folder_watcher import FolderWatcher, Pickup, WatchTarget
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.upload_manager import UploadManager
from uploader_gui.gui.watch_words import after_words, unwatchable_words


class WatchControl(QObject):
    """Signals:
    changed(): the number of watched folders changed (see :attr:`count`).
    message(str): something to tell in the status bar.
    """

    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        manager: UploadManager,
        settings: AppSettings,
        store: UploadStore | None,
        environment: Callable[[], Environment | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._manager = manager
        self._settings = settings
        self._environment = environment
        self.watcher = FolderWatcher(store, self)
        self.watcher.picked.connect(self._picked)
        self.watcher.unwatchable.connect(
            lambda folder, why: self.message.emit(unwatchable_words(folder, why))
        )
        self.watcher.after_done.connect(self._after_done)
        manager.item_changed.connect(self._item_changed)
        self._after = AfterUpload()
        #: Rows from watched folders whose upload has not ended yet, with their files.
        self._rows: dict[int, Path] = {}
        #: How many folders are watched.
        self.count = 0

    def apply(self) -> None:
        """Watch the folders of the settings now (after a change, or a change of environment:
        the folders that follow the environment in use go with it)."""
        watch = self._settings.watch()
        self._after = watch.after
        in_use = self._environment()
        targets = []
        for folder in watch.folders:
            env = _environment_for(folder.environment, in_use)
            if env is None:
                continue
            template = dataclasses.replace(
                self._settings.template(env.keyring_name), title_pattern=folder.title_pattern
            )
            targets.append(
                WatchTarget(
                    folder.path,
                    env,
                    self._auth_for(env),
                    template,
                    self._manager.options.chunk_size,
                )
            )
        self.watcher.watch(targets, self._settings.recording_settle)
        if len(watch.folders) != self.count:
            self.count = len(watch.folders)
            self.changed.emit()

    def close(self) -> None:
        self.watcher.close()

    def _auth_for(self, env: Environment) -> AuthKind:
        connection = self._manager.connection
        if connection is not None and connection.environment == env:
            return "upload_token" if connection.upload_token else "api_key"
        return "upload_token" if self._settings.uses_upload_token(env.keyring_name) else "api_key"

    def _picked(self, pickup: Pickup) -> None:
        manager = self._manager
        path = pickup.path
        for item in manager.model.items:
            if item.path == path and not item.state.finished:
                # Its row is there already (read from the saved queue, or queued by hand): the
                # file is news again once that upload ends.
                self._rows.setdefault(item.id, path)
                return
        added = manager.add_files(
            [(path, pickup.size)],
            {path: pickup.store_id} if pickup.store_id is not None else None,
            {path: pickup.metadata},
            environment=pickup.environment,
            recording={path} if pickup.recording else (),
            watched={path},
        )
        for item in added:
            self._rows[item.id] = path
        if not added:
            self.watcher.release(path)

    def _item_changed(self, item_id: int) -> None:
        path = self._rows.get(item_id)
        if path is None:
            return
        item = self._manager.model.find(item_id)
        if item is None or not item.state.finished or item_id in self._manager.active_ids():
            return
        del self._rows[item_id]
        self.watcher.release(path)
        uploaded = item.state in (ItemState.READY, ItemState.UPLOADED)
        if uploaded and self._after.kind is not AfterUploadKind.KEEP and item.store_id is not None:
            playable = item.state is ItemState.READY
            self.watcher.after_upload(path, item.store_id, self._after, playable)

    def _after_done(self, path: Path, result: AfterUploadResult) -> None:
        self.message.emit(after_words(path, result))


def _environment_for(
    kind: EnvironmentKind | None, in_use: Environment | None
) -> Environment | None:
    if kind is EnvironmentKind.SANDBOX:
        return sandbox()
    if kind is EnvironmentKind.PRODUCTION:
        return production()
    return in_use
