"""API keys and upload tokens, kept in the operating system's keyring.

One API key (and at most one upload token) per environment, stored under the app's name so the
user can find and remove them in the system's password manager. Keyrings fail in many ways on
real desktops (no backend installed, a locked or absent Secret Service, a D-Bus that stopped
answering), and none of them may cost the user the key they just typed or freeze the app: the
first failure switches the store to memory for the rest of the run and says so in ``warning``.
Nothing here ever writes a secret to a file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

import keyring
import keyring.backend
import keyring.errors

from uploader_gui import APP_NAME
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.redaction import held_secrets, redact

log = logging.getLogger(__name__)

#: The description of the store when it cannot keep secrets beyond this run.
MEMORY_ONLY = "memory only"


_API_KEY = "api-key"
_UPLOAD_TOKEN = "upload-token"

# Backends that never persist anything, recognised by module and class name so that no
# platform-specific module is imported to compare against.
_NON_PERSISTENT = {
    ("keyring.backends.fail", "Keyring"),
    ("keyring.backends.null", "Keyring"),
}
_FRIENDLY_NAMES = {
    ("keyring.backends.SecretService", "Keyring"): "Secret Service (GNOME Keyring, KWallet…)",
    ("keyring.backends.libsecret", "Keyring"): "Secret Service (libsecret)",
    ("keyring.backends.kwallet", "DBusKeyring"): "KDE Wallet",
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"): "KDE Wallet",
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Manager",
}


def _backend_key(backend: object) -> tuple[str, str]:
    cls = type(backend)
    return cls.__module__, cls.__qualname__


def _describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    children = getattr(backend, "backends", None)
    if isinstance(children, list | tuple) and children:
        return " + ".join(_describe_backend(child) for child in children)
    name = _FRIENDLY_NAMES.get(_backend_key(backend))
    return name if name is not None else str(getattr(type(backend), "name", type(backend).__name__))


class SecretStore:
    """Keys and tokens for every environment, in the keyring when it works, else in memory.

    Every value the store has seen is also kept in memory, so a keyring that breaks in the
    middle of a run loses nothing already typed. Calls are serialised by a lock: keyring
    backends are not documented as thread-safe, and the window and the upload workers both ask.
    """

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        *,
        service: str = APP_NAME,
    ) -> None:
        self._lock = threading.RLock()
        self._service = service
        self._memory: dict[str, str] = {}
        # Every value seen this run, even after deletion (an upload may still be logging it).
        # Replaced, never mutated, so log filters read it without waiting for the lock, which
        # may be held during a slow keyring call.
        self._seen: frozenset[str] = frozenset()
        self._failure: str | None = None
        self._backend: keyring.backend.KeyringBackend | None
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except Exception as exc:  # a misconfigured keyring must not stop the app
                log.warning("No keyring backend could be loaded: %s", type(exc).__name__)
                backend = None
        if backend is not None and _backend_key(backend) in _NON_PERSISTENT:
            backend = None
        self._backend = backend
        self._description = MEMORY_ONLY if backend is None else _describe_backend(backend)

    # -- state ---------------------------------------------------------------------------------

    @property
    def persistent(self) -> bool:
        """False when secrets only live in memory for this run."""
        with self._lock:
            return self._backend is not None

    @property
    def backend_description(self) -> str:
        with self._lock:
            return self._description if self._backend is not None else MEMORY_ONLY

    @property
    def warning(self) -> Reason | None:
        """Why secrets are not persistent (for a banner the fronts word), else None."""
        with self._lock:
            if self._backend is not None:
                return None
            if self._failure is not None:
                return because(Why.KEYRING_FAILED, error=self._failure)
            return Reason(Why.KEYRING_UNAVAILABLE)

    def known_secrets(self) -> list[str]:
        """Every key and token this store has seen in this run, for log redaction."""
        return list(self._seen)

    def _remember(self, account: str, value: str) -> None:
        self._memory[account] = value
        if value not in self._seen:
            self._seen = self._seen | {value}

    # -- API keys and upload tokens --------------------------------------------------------------

    def get_api_key(self, env_name: str) -> str | None:
        return self._get(f"{_API_KEY}:{env_name}")

    def set_api_key(self, env_name: str, key: str) -> None:
        self._set(f"{_API_KEY}:{env_name}", key)

    def delete_api_key(self, env_name: str) -> None:
        self._delete(f"{_API_KEY}:{env_name}")

    def get_upload_token(self, env_name: str) -> str | None:
        return self._get(f"{_UPLOAD_TOKEN}:{env_name}")

    def set_upload_token(self, env_name: str, token: str) -> None:
        self._set(f"{_UPLOAD_TOKEN}:{env_name}", token)

    def delete_upload_token(self, env_name: str) -> None:
        self._delete(f"{_UPLOAD_TOKEN}:{env_name}")

    # -- the one place that talks to the backend -------------------------------------------------

    def _give_up(self, exc: BaseException, secret: str | None = None) -> None:
        """Switch to memory for the rest of the run, after the first failure."""
        error = str(exc) or type(exc).__name__
        if secret:
            error = redact(error, [secret])
        log.warning(
            "Keyring %s failed (%s: %s); keeping secrets in memory for this run",
            self._description,
            type(exc).__name__,
            error,
        )
        self._failure = error
        self._backend = None

    def _get(self, account: str) -> str | None:
        with self._lock:
            backend = self._backend
            if backend is None:
                return self._memory.get(account)
            try:
                value = backend.get_password(self._service, account)
            except Exception as exc:  # every keyring and D-Bus failure means the same to a user
                self._give_up(exc)
                return self._memory.get(account)
            if value is None:
                self._memory.pop(account, None)
            else:
                self._remember(account, value)
            return value

    def _set(self, account: str, value: str) -> None:
        with self._lock:
            self._remember(account, value)
            backend = self._backend
            if backend is None:
                return
            try:
                backend.set_password(self._service, account, value)
            except Exception as exc:  # every keyring and D-Bus failure means the same to a user
                self._give_up(exc, value)

    def _delete(self, account: str) -> None:
        with self._lock:
            self._memory.pop(account, None)
            backend = self._backend
            if backend is None:
                return
            try:
                backend.delete_password(self._service, account)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing was stored: already the wanted outcome
            except Exception as exc:  # every keyring and D-Bus failure means the same to a user
                self._give_up(exc)


_default_lock = threading.Lock()
_default: SecretStore | None = None


def default_store() -> SecretStore:
    """The store the app shares, created on first use (loading a keyring may touch D-Bus)."""
    global _default  # noqa: PLW0603
    with _default_lock:
        if _default is None:
            _default = SecretStore()
        return _default


def get_api_key(env_name: str) -> str | None:
    return default_store().get_api_key(env_name)


def _default_known_secrets() -> list[str]:
    # No lock: logging from inside default_store() (keyring logs while loading) must not wait
    # for itself, and reading one reference is atomic.
    store = _default
    return store.known_secrets() if store is not None else []


class RedactingFilter(logging.Filter):
    """Masks known keys and tokens in log records before any handler writes them.

    Install it on handlers (a logger's filters do not run for records from child loggers).
    ``source`` lists the secrets; by default, those the shared store has seen. Secrets that come
    from elsewhere (a command-line option, an environment variable) are added with ``add``.
    Whatever the source, the secrets open API clients hold are masked too: their key or token,
    and the access and refresh tokens they were given (see
    :func:`~uploader_gui.core.redaction.hold`).
    """

    def __init__(self, source: Callable[[], Iterable[str]] | None = None) -> None:
        super().__init__()
        self._source = source if source is not None else _default_known_secrets
        self._extra: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str) -> None:
        with self._lock:
            self._extra.add(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            secrets = [*self._extra, *held_secrets(), *self._source()]
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: the handler reports it, the filter must not raise
            return True
        record.msg = redact(message, secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets)
        return True
