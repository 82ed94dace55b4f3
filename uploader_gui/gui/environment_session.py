"""Which environment the window uploads to, with which credential, and what the creator is told
about it (the badge, the "add your key" and "session only" banners).

Choosing an environment also lists the files saved for it. That list is read from the upload
store off the GUI thread, since a slow or network disk would otherwise freeze the window. The
read runs in turn with the drop checks (they save rows to the same store), so a read sees the
rows of every drop made before it and its answer arrives after theirs: a file is never listed
twice. An answer that arrives after the creator chose yet another environment is dropped, and
none arrives once the window has closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.durable_upload import resumable
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.store import AttachmentRecord, FileRecord
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.engine_jobs import EnvironmentAccess
from uploader_gui.gui.environment_badge import EnvironmentBadge
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.notice_bar import NoticeBar
from uploader_gui.gui.problem_words import error_words, reason_words
from uploader_gui.gui.settings_dialog import DEMO_KEY, EnvironmentResolver
from uploader_gui.gui.shown_text import tooltip
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate
from uploader_gui.gui.upload_manager import UploadManager

log = logging.getLogger(__name__)

#: The translation context of the setup banners' words.
CONTEXT = "EnvironmentSession"
MSG_NEEDS_KEY = QT_TRANSLATE_NOOP(
    "EnvironmentSession", "Add your api.video API key to start uploading."
)
MSG_NEEDS_KEY_ENV = QT_TRANSLATE_NOOP(
    "EnvironmentSession", "Add your API key for %1 to start uploading."
)
MSG_SESSION_ONLY = QT_TRANSLATE_NOOP(
    "EnvironmentSession",
    "Your API key is kept for this session only: the system keyring is not available, so you "
    "will be asked for the key again next time.",
)
MSG_BAD_ENVIRONMENT = QT_TRANSLATE_NOOP(
    "EnvironmentSession", "The upload address in Settings cannot be used: %1"
)
MSG_OPEN_SETTINGS = QT_TRANSLATE_NOOP("EnvironmentSession", "Open settings")
MSG_ADD_KEY = QT_TRANSLATE_NOOP("EnvironmentSession", "Add your API key")
MSG_TRY_DEMO = QT_TRANSLATE_NOOP("EnvironmentSession", "Try it with no account")
MSG_IN_DEMO = QT_TRANSLATE_NOOP(
    "EnvironmentSession",
    "This is the demo: videos go to a practice server on this computer and nothing reaches "
    "api.video. Add your API key to upload for real.",
)


def tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class SavedRead:
    """One read of the saved queue, answered: which request it was for, and what it found."""

    generation: int
    records: list[FileRecord] = field(default_factory=list)
    failed: bool = False
    #: Each listed file's captions, chapters and thumbnail, and how far they went (by row).
    attachments: dict[int, list[AttachmentRecord]] = field(default_factory=dict)


#: Runs ``work`` off the GUI thread and then ``done`` with its answer on it (the drop thread's
#: turn-taking runner, see ``FileScanner.in_turn``).
ReadRunner = Callable[[Callable[[], SavedRead], Callable[[SavedRead], None]], None]


def setup_message(env: Environment, access: EnvironmentAccess) -> str | None:
    """What the creator must do before files can go to ``env``; None when nothing is missing."""
    if access.usable:
        return None
    if env.kind is EnvironmentKind.PRODUCTION:
        return tr(MSG_NEEDS_KEY)
    return fill(tr(MSG_NEEDS_KEY_ENV), place(env))


def read_saved(
    generation: int,
    read: Callable[[], list[FileRecord]],
    attachments_of: Callable[[int], list[AttachmentRecord]] | None = None,
) -> SavedRead:
    """Runs off the GUI thread. A store that cannot be read is a problem of the disk, not a
    bug: it is logged and answered as ``failed``, and the window carries on without the list.
    ``attachments_of`` reads each file's attachments too, so the panel can show them."""
    try:
        records = read()
        attachments: dict[int, list[AttachmentRecord]] = {}
        if attachments_of is not None:
            for record in records:
                held = attachments_of(record.id)
                if held:
                    attachments[record.id] = held
        return SavedRead(generation, records, attachments=attachments)
    except Exception:
        log.exception("Could not read the saved upload list")
        return SavedRead(generation, failed=True)


class EnvironmentSession(QObject):
    """The environment in use and its credential, owned by the window.

    Signals:
    saved_queue_loaded(int): the files saved for the environment in use were read and listed;
        how many were not listed before.
    saved_queue_failed(str): the saved files could not be read; a sentence for the creator.
    """

    saved_queue_loaded = Signal(int)
    saved_queue_failed = Signal(str)

    def __init__(
        self,
        secrets: SecretStore,
        settings: AppSettings,
        resolve: EnvironmentResolver,
        manager: UploadManager,
        run_read: ReadRunner,
        *,
        badge: EnvironmentBadge,
        setup_banner: NoticeBar,
        session_banner: NoticeBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._settings = settings
        self._resolve = resolve
        self._manager = manager
        self._run_read = run_read
        self._badge = badge
        self._setup_banner = setup_banner
        self._session_banner = session_banner
        self.environment: Environment | None = None
        #: The environment whose saved files are listed, or being read.
        self._loaded_environment: Environment | None = None
        #: Bumped whenever the environment changes: an answer carrying an older number is for
        #: an environment no longer in use.
        self._generation = 0
        #: The read whose answer is awaited, if any.
        self._wanted: int | None = None
        #: Whether that read is the start-up one, which lists every environment's files.
        self._reading_all = False
        self._closed = False
        #: Whether the setup banner offers the demo beside "Add your API key".
        self.demo_offered = True

    @property
    def reading(self) -> bool:
        """Whether the saved files of the environment in use are still being read."""
        return self._wanted is not None

    def apply(self, prefs: UploadPreferences) -> None:
        """Use the environment of ``prefs`` from now on: new files go there."""
        try:
            env = self._resolve(prefs.environment, prefs.custom_url)
        except ValueError as exc:
            self.environment = None
            self._manager.set_connection(None)
            self._badge.setText(translate("EnvironmentSession", "No environment"))
            self._setup_banner.show_message(
                fill(tr(MSG_BAD_ENVIRONMENT), error_words(exc)), tr(MSG_OPEN_SETTINGS)
            )
            return
        self.environment = env
        self._badge.set_environment(env)
        access = self.access_for(env)
        self._show_saved_queue(env)
        self._manager.set_connection(access)
        text = setup_message(env, access)
        if env.kind is EnvironmentKind.DEMO:
            # Clearly a rehearsal: the banner says so for as long as the demo is in use.
            self._setup_banner.show_message(tr(MSG_IN_DEMO), tr(MSG_ADD_KEY))
        elif text is None:
            self._setup_banner.hide()
        elif self.demo_offered:
            # No key yet: the app can still be tried, with nothing leaving the computer.
            self._setup_banner.show_message(text, tr(MSG_ADD_KEY), tr(MSG_TRY_DEMO))
        else:
            self._setup_banner.show_message(text, tr(MSG_OPEN_SETTINGS))
        self.update_session_banner()

    def access_for(self, env: Environment) -> EnvironmentAccess:
        """``env`` with the credential kept for it (the demo's own key for the Local demo)."""
        if env.kind is EnvironmentKind.DEMO:
            return EnvironmentAccess(env, api_key=DEMO_KEY)
        name = env.keyring_name
        if self._settings.uses_upload_token(name):
            return EnvironmentAccess(env, upload_token=self._secrets.get_upload_token(name))
        return EnvironmentAccess(env, api_key=self._secrets.get_api_key(name))

    def update_session_banner(self) -> None:
        warning = self._secrets.warning
        env = self.environment
        # The local demo needs no key, so where keys are kept does not matter there.
        if warning and env is not None and env.kind is not EnvironmentKind.DEMO:
            self._session_banner.show_message(tr(MSG_SESSION_ONLY))
            self._session_banner.setToolTip(tooltip(reason_words(warning)))  # with its own words
        else:
            self._session_banner.hide()

    def shutdown(self) -> None:
        """The window is closing: an answer still on its way is no longer shown."""
        self._closed = True
        self._wanted = None

    # -- the saved queue -----------------------------------------------------------------
    def _show_saved_queue(self, env: Environment) -> None:
        """Show the files saved for ``env`` besides those already listed. Nothing leaves the
        list on a switch: each file keeps its environment, and those of another one say which
        they wait for. At start-up every environment's unfinished files are shown."""
        store = self._manager.store
        if store is None or self._closed or env == self._loaded_environment:
            return
        first = self._loaded_environment is None
        self._loaded_environment = env
        if self._reading_all:
            return  # the start-up read, still running, lists this environment's files too
        self._generation += 1  # an answer still on its way is for another environment
        self._wanted = None
        if env.kind is EnvironmentKind.DEMO and not first:
            return  # the practice server starts empty each time: nothing saved for it
        if first:
            read: Callable[[], list[FileRecord]] = store.unfinished
        else:
            read = partial(resumable, store, env, include_paused=True)
        self._wanted = self._generation
        self._reading_all = first
        self._run_read(
            partial(read_saved, self._generation, read, store.attachments), self._saved_read
        )

    def _saved_read(self, answer: SavedRead) -> None:
        if self._closed or answer.generation != self._wanted:
            log.debug("A read of the saved upload list for an earlier environment was dropped")
            return
        self._wanted = None
        self._reading_all = False
        if answer.failed:
            self.saved_queue_failed.emit(
                translate(
                    "EnvironmentSession",
                    "Could not read the unfinished uploads saved on this computer, so they "
                    "are not listed now. Nothing was deleted.",
                )
            )
            return
        shown = self._manager.load_records(answer.records, answer.attachments)
        self.saved_queue_loaded.emit(len(shown))
