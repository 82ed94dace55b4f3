"""The keyring wrapper: real Secret Service when available, memory when the keyring fails."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null

from uploader_gui.core import secrets
from uploader_gui.core.environments import production, sandbox
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.redaction import RECENTLY_RELEASED, held_secrets, hold, redact, release
from uploader_gui.core.secrets import (
    MEMORY_ONLY,
    RedactingFilter,
    SecretStore,
)

PROD = production().keyring_name
SANDBOX = sandbox().keyring_name


def is_persistent(store: SecretStore) -> bool:
    """``store.persistent`` read through a call: a check made before an action must not
    narrow, for the type checker, what the same property says after it."""
    return store.persistent


def current_warning(store: SecretStore) -> Reason | None:
    """``store.warning`` read through a call, for the same reason as ``is_persistent``."""
    return store.warning


class DictBackend(keyring.backend.KeyringBackend):
    """A working keyring that lives in a dict, and can be told to start failing."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self.data: dict[tuple[str, str], str] = {}
        self.calls = 0
        self.error: Exception | None = None
        self.active = 0
        self.overlaps = 0

    def _enter(self) -> None:
        self.calls += 1
        self.active += 1
        if self.active > 1:
            self.overlaps += 1
        try:
            if self.error is not None:
                raise self.error
        finally:
            self.active -= 1

    def get_password(self, service: str, username: str) -> str | None:
        self._enter()
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._enter()
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._enter()
        if self.data.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


# -- no backend at all ---------------------------------------------------------------------------


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])  # type: ignore[no-untyped-call]
def test_backend_that_cannot_store_means_memory_only(
    backend: keyring.backend.KeyringBackend,
) -> None:
    store = SecretStore(backend)
    assert not store.persistent
    assert store.backend_description == MEMORY_ONLY
    assert store.warning == Reason(Why.KEYRING_UNAVAILABLE)
    assert store.get_api_key(PROD) is None
    store.set_api_key(PROD, "prod-key-123456")
    store.set_api_key(SANDBOX, "sandbox-key-654321")
    assert store.get_api_key(PROD) == "prod-key-123456"
    assert store.get_api_key(SANDBOX) == "sandbox-key-654321"
    store.delete_api_key(PROD)
    assert store.get_api_key(PROD) is None
    assert store.get_api_key(SANDBOX) == "sandbox-key-654321"


def test_memory_only_writes_nothing_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path))
    monkeypatch.chdir(tmp_path)
    store = SecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    store.set_api_key(PROD, "prod-key-123456")
    store.set_upload_token(PROD, "to1234567890")
    assert store.get_api_key(PROD) == "prod-key-123456"
    assert list(tmp_path.iterdir()) == []


# -- a backend that breaks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        keyring.errors.KeyringError("Secret Service is locked"),
        keyring.errors.InitError("Failed to create the collection"),
        ConnectionRefusedError(111, "Connection refused"),
    ],
    ids=["KeyringError", "InitError", "dbus-connection"],
)
def test_first_failure_switches_to_memory_and_keeps_the_key(error: Exception) -> None:
    backend = DictBackend()
    backend.error = error
    store = SecretStore(backend)
    assert is_persistent(store)
    assert current_warning(store) is None

    store.set_api_key(PROD, "typed-key-abcdef")  # must not raise

    assert not store.persistent
    assert store.backend_description == MEMORY_ONLY
    assert store.warning is not None
    assert store.warning.why is Why.KEYRING_FAILED
    assert store.get_api_key(PROD) == "typed-key-abcdef"
    assert store.get_api_key(SANDBOX) is None
    store.delete_api_key(SANDBOX)
    store.set_upload_token(PROD, "token-xyz-123")
    assert store.get_upload_token(PROD) == "token-xyz-123"
    assert backend.calls == 1, "a broken backend must not be asked again"


def test_failure_on_read_keeps_values_already_seen() -> None:
    backend = DictBackend()
    store = SecretStore(backend)
    store.set_api_key(PROD, "stored-key-abcdef")
    backend.error = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    assert store.get_api_key(PROD) == "stored-key-abcdef"
    assert not store.persistent
    assert store.warning is not None and "Failed to unlock" in store.warning.text("error")


def test_failure_message_never_contains_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    backend = DictBackend()
    backend.error = keyring.errors.PasswordSetError("cannot store secret-value-123456")
    store = SecretStore(backend)
    with caplog.at_level(logging.WARNING):
        store.set_api_key(PROD, "secret-value-123456")
    assert store.warning is not None
    assert "secret-value-123456" not in store.warning.saved()
    assert "secret-value-123456" not in caplog.text
    assert store.get_api_key(PROD) == "secret-value-123456"


# -- a working backend -----------------------------------------------------------------------------


def test_working_backend_persists_per_environment_and_kind() -> None:
    backend = DictBackend()
    store = SecretStore(backend, service="test-service")
    store.set_api_key(PROD, "prod-key-123456")
    store.set_api_key(SANDBOX, "sandbox-key-654321")
    store.set_upload_token(PROD, "to-prod-token")
    assert store.persistent
    assert store.warning is None

    again = SecretStore(backend, service="test-service")  # as on the next start of the app
    assert again.get_api_key(PROD) == "prod-key-123456"
    assert again.get_api_key(SANDBOX) == "sandbox-key-654321"
    assert again.get_upload_token(PROD) == "to-prod-token"
    assert again.get_upload_token(SANDBOX) is None
    assert again.get_api_key("custom:https://example.test") is None
    assert all(service == "test-service" for service, _ in backend.data)

    again.delete_api_key(PROD)
    again.delete_api_key(PROD)  # deleting what is not there is fine
    assert store.get_api_key(PROD) is None
    assert again.persistent


def test_keyring_is_the_truth_when_it_works() -> None:
    backend = DictBackend()
    store = SecretStore(backend)
    store.set_api_key(PROD, "old-key-123456")
    backend.data.clear()  # the user removed it in the system's password manager
    assert store.get_api_key(PROD) is None
    assert "old-key-123456" in store.known_secrets()  # still masked in logs for this run


def test_description_names_known_backends() -> None:
    from keyring.backends import SecretService

    assert "Secret Service" in SecretStore(SecretService.Keyring()).backend_description  # type: ignore[no-untyped-call]
    assert SecretStore(DictBackend()).backend_description  # some readable name


def test_calls_are_serialised_across_threads() -> None:
    backend = DictBackend()
    store = SecretStore(backend)
    errors: list[str] = []

    def work(n: int) -> None:
        env = f"custom:http://127.0.0.1:{n}"
        for i in range(50):
            store.set_api_key(env, f"key-{n}-{i:04d}")
            if store.get_api_key(env) != f"key-{n}-{i:04d}":
                errors.append(env)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert backend.overlaps == 0


def test_module_level_helpers_share_one_store(monkeypatch: pytest.MonkeyPatch) -> None:
    store = SecretStore(DictBackend())
    store.set_api_key(PROD, "shared-key-123456")
    monkeypatch.setattr(secrets, "_default", store)
    assert secrets.default_store() is store
    assert secrets.get_api_key(PROD) == "shared-key-123456"


# -- redaction ------------------------------------------------------------------------------------


def test_redact_masks_every_occurrence_longest_first() -> None:
    text = "key=abcdef123 other=abcdef123456 again abcdef123"
    assert redact(text, ["abcdef123", "abcdef123456"]) == "key=*** other=*** again ***"


def test_redact_ignores_short_and_empty_values_and_escapes_patterns() -> None:
    assert redact("a.b a+b (x) [yy]", ["", "a", "ab"]) == "a.b a+b (x) [yy]"
    assert redact("key a+b.c*d? here", ["a+b.c*d?"]) == "key *** here"
    assert redact("nothing", []) == "nothing"


@pytest.mark.parametrize(
    "form",
    [
        "to+Ab/Cd=Ef Gh",  # as it is
        "to%2BAb%2FCd%3DEf%20Gh",  # percent-encoded
        "to%2bAb%2fCd%3dEf%20Gh",  # in lower case
        "to%2BAb%2FCd%3DEf+Gh",  # form-encoded: a space is a plus
        "to%2BAb/Cd%3DEf%20Gh",  # in a path, where the slash stays
        "to%252BAb%252FCd%253DEf%2520Gh",  # encoded twice
        "to+Ab\\/Cd=Ef Gh",  # JSON with the slash escaped
        "to\\u002bAb\\u002FCd\\u003dEf\\u0020Gh",  # JSON with \\u escapes
    ],
)
def test_redact_finds_every_encoding_of_a_secret(form: str) -> None:
    assert redact(f"POST /upload?token={form}&x=1 failed", ["to+Ab/Cd=Ef Gh"]) == (
        "POST /upload?token=***&x=1 failed"
    )


def test_redact_leaves_other_letters_alone() -> None:
    # The secret is case-sensitive: only hexadecimal digits may change case.
    assert redact("token=TO+AB/CD=EF", ["to+Ab/Cd=Ef"]) == "token=TO+AB/CD=EF"


def test_redact_finds_a_secret_among_other_encoded_text() -> None:
    # Text with something encoded elsewhere, or a plus for a space, is searched for every form.
    assert redact("x=%41 key=abc-def-123 y", ["abc-def-123"]) == "x=%41 key=*** y"
    assert redact("q=my+pass+phrase", ["my pass phrase"]) == "q=***"


def test_masking_many_tokens_keeps_nothing_for_them() -> None:
    # Access tokens are long and new at every login; the window logs in once per file. Masking
    # them, encoded text included, must not keep anything per token (a compiled pattern of a
    # 900-character token takes about 180 KiB).
    def token() -> str:
        return f"eyJ.{uuid.uuid4().hex * 28}.s/g+"

    for _ in range(20):  # warm-up: the interpreter's own caches
        redact(f"Bearer {token()} %20", [token()])
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        for _ in range(500):
            secret = token()
            encoded = quote(secret, safe="")
            assert redact(f"a={encoded} b={secret} %20", [secret]) == "a=*** b=*** %20"
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert after - before < 256 * 1024


def test_held_secrets_are_masked_by_every_filter_and_stay_bounded() -> None:
    live = f"live-{uuid.uuid4()}"
    hold(live)
    try:
        gone = [f"gone-{uuid.uuid4()}" for _ in range(3 * RECENTLY_RELEASED)]
        for secret in gone:
            hold(secret)
            hold(secret)  # two clients with one key: the first to close keeps it masked
            release(secret)
            assert secret in held_secrets()
            release(secret)
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s", (live,), None)
        assert RedactingFilter(lambda: []).filter(record)
        assert record.getMessage() == "***"
        assert live in held_secrets()
        # The latest released stay masked a while; older ones do not pile up.
        assert set(gone[-RECENTLY_RELEASED:]) <= held_secrets()
        assert not set(gone[:-RECENTLY_RELEASED]) & held_secrets()
    finally:
        release(live)


def test_redacting_filter_masks_messages_args_and_tracebacks() -> None:
    store = SecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    store.set_api_key(PROD, "live-key-abcdef")
    filt = RedactingFilter(store.known_secrets)
    filt.add("cli-key-987654")
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect()
    handler.addFilter(filt)
    logger = logging.getLogger("test_secrets.redaction")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.warning("sending %s and %s", "live-key-abcdef", "cli-key-987654")
        try:
            raise ValueError("bad key live-key-abcdef")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    joined = "\n".join(records)
    assert "sending *** and ***" in joined
    assert "bad key ***" in joined
    assert "live-key-abcdef" not in joined
    assert "cli-key-987654" not in joined


def test_default_filter_reads_the_shared_store(monkeypatch: pytest.MonkeyPatch) -> None:
    store = SecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    store.set_upload_token(SANDBOX, "to-shared-654321")
    monkeypatch.setattr(secrets, "_default", store)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "t=%s", ("to-shared-654321",), None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "t=***"


@pytest.mark.timeout(20)
def test_logging_does_not_wait_for_a_slow_keyring() -> None:
    release = threading.Event()
    entered = threading.Event()

    class SlowBackend(DictBackend):
        def get_password(self, service: str, username: str) -> str | None:
            entered.set()
            release.wait(15)
            return super().get_password(service, username)

    store = SecretStore(SlowBackend())
    store.set_api_key(PROD, "known-key-123456")
    reader = threading.Thread(target=store.get_api_key, args=(PROD,))
    reader.start()
    try:
        assert entered.wait(5)
        record = logging.LogRecord(
            "x", logging.INFO, __file__, 1, "%s", ("known-key-123456",), None
        )
        log_filter = RedactingFilter(store.known_secrets)
        logging_thread = threading.Thread(target=log_filter.filter, args=(record,))
        logging_thread.start()
        logging_thread.join(3)
        assert not logging_thread.is_alive(), "the log filter waited for the keyring"
        assert record.getMessage() == "***"
    finally:
        release.set()
        reader.join()


# -- a real Secret Service ------------------------------------------------------------------------

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("UPLOADER_GUI_SECRET_SERVICE"),
    reason="needs a Secret Service on the session bus: run the suite with scripts/run-tests",
)


@pytest.fixture
def secret_service() -> Iterator[tuple[keyring.backend.KeyringBackend, str]]:
    from keyring.backends import SecretService

    backend = SecretService.Keyring()  # type: ignore[no-untyped-call]
    service = f"uploader-gui-test-{uuid.uuid4().hex[:8]}"
    yield backend, service
    for kind in ("api-key", "upload-token"):
        for env in (PROD, SANDBOX):
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                backend.delete_password(service, f"{kind}:{env}")  # type: ignore[no-untyped-call]


@pytest.mark.keyring
@needs_secret_service
def test_real_secret_service_round_trip(
    secret_service: tuple[keyring.backend.KeyringBackend, str],
) -> None:
    backend, service = secret_service
    store = SecretStore(backend, service=service)
    assert store.persistent
    assert "Secret Service" in store.backend_description
    store.set_api_key(PROD, "real-prod-key-123456")
    store.set_api_key(SANDBOX, "real-sandbox-key-654321")
    store.set_upload_token(PROD, "to-real-token-1")

    again = SecretStore(type(backend)(), service=service)  # a fresh connection
    assert again.get_api_key(PROD) == "real-prod-key-123456"
    assert again.get_api_key(SANDBOX) == "real-sandbox-key-654321"
    assert again.get_upload_token(PROD) == "to-real-token-1"
    assert again.get_upload_token(SANDBOX) is None

    again.delete_api_key(PROD)
    again.delete_api_key(PROD)
    assert store.get_api_key(PROD) is None
    assert store.get_api_key(SANDBOX) == "real-sandbox-key-654321"
    assert store.persistent and again.persistent
    assert backend.get_password(service, f"api-key:{SANDBOX}") == "real-sandbox-key-654321"


@pytest.mark.keyring
@needs_secret_service
def test_real_secret_service_overwrites_in_place(
    secret_service: tuple[keyring.backend.KeyringBackend, str],
) -> None:
    backend, service = secret_service
    store = SecretStore(backend, service=service)
    store.set_api_key(PROD, "first-key-123456")
    store.set_api_key(PROD, "second-key-123456")
    assert SecretStore(backend, service=service).get_api_key(PROD) == "second-key-123456"


def test_secret_service_without_a_session_bus_falls_back_to_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    store = SecretStore(SecretService.Keyring(), service="uploader-gui-test-nobus")  # type: ignore[no-untyped-call]
    assert is_persistent(store)  # not known until the first call
    store.set_api_key(PROD, "typed-key-abcdef")
    assert not store.persistent
    assert store.warning is not None
    assert store.get_api_key(PROD) == "typed-key-abcdef"


def test_an_encoded_percent_before_a_secret_does_not_hide_it() -> None:
    # "%25ab" reads as "%ab" (encoded once) or as the byte 0xab (twice): both readings count.
    assert redact("q=100%25ab%2Bcd%2Fef%3Dgh12", ["ab+cd/ef=gh12"]) == "q=100%25***"


def test_secrets_that_overlap_in_the_text_are_masked_together() -> None:
    assert redact("k=aaaaaaXXXXXXbbbbbb end", ["aaaaaaXXXXXX", "XXXXXXbbbbbb"]) == "k=*** end"
    assert redact("k=aaaaaa%58XXXXXbbbbbb", ["aaaaaaXXXXXX", "XXXXXXbbbbbb"]) == "k=***"
