"""What the command prints cannot be driven by a file name or a server, and what it logs or is
given keeps the upload token out of sight.

File names with escape sequences, bidirectional controls and rich markup go through the real
command against the emulator. A server whose refusal carries escape sequences is a small
hostile server in this module (the emulator stays faithful to api.video): it takes the token
check, then refuses the chunk with such a title, and echoes the address it was asked for, token
included, the way some servers quote a request back.
"""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from tests.core.engine_helpers import served_bytes, write_video
from tests.test_cli import KEY, ROOT, cli, finals, json_lines, make_token
from uploader_gui.cli.reporters import PlainReporter, RichReporter
from uploader_gui.cli.safe_text import json_line, visible
from uploader_gui.emulator import Emulator

#: A refusal that, printed raw, clears the screen and claims success under a failure.
HOSTILE_TITLE = "\x1b[2J\x1b[HAll good, upload complete!"
HOSTILE_DETAIL = "\u202eetelpmoc"
#: A token with every character a query string encodes.
TOKEN = "to+Ab/Cd=Ef+Gh/"
#: Characters that, reaching a terminal raw, act on it or disguise text.
RAW_DANGERS = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066")
UPLOAD = (sys.executable, "-m", "uploader_gui", "upload")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    monkeypatch.delenv("APIVIDEO_UPLOAD_TOKEN", raising=False)
    return folder


class HostileServer:
    """Takes the upload-token check, refuses every chunk with a hostile problem title and a
    detail that quotes the request's address; records the addresses asked for."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                owner.paths.append(self.path)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.headers.get("Content-Range") is None:  # the token check: no file
                    problem = {"title": "The file is missing.", "status": 400}
                else:
                    problem = {
                        "title": HOSTILE_TITLE,
                        "detail": f"{HOSTILE_DETAIL} (asked for {self.path})",
                        "status": 400,
                    }
                body = json.dumps(problem).encode()
                self.send_response(400)
                self.send_header("Content-Type", "application/problem+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.close()


def command_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("APIVIDEO_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    return env


def in_terminal(*args: str, env: dict[str, str]) -> tuple[int, str]:
    """Runs the command with stdout and stderr on a pseudo-terminal, as a person sees it (the
    live display is chosen); returns the exit status and everything the terminal received."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*UPLOAD, *args],
        cwd=ROOT,
        env={**env, "TERM": "xterm-256color", "COLUMNS": "240", "LINES": "50"},
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    received = bytearray()
    try:
        while True:
            try:
                block = os.read(leader, 65536)
            except OSError:  # the command ended and closed the terminal
                break
            if not block:
                break
            received += block
    finally:
        os.close(leader)
        status = proc.wait(timeout=120)
    return status, received.decode("utf-8", "replace")


def assert_nothing_raw(text: str) -> None:
    for char in RAW_DANGERS:
        assert char not in text, f"{char!r} reached the output raw"


def hostile_names(folder: Path) -> list[Path]:
    folder.mkdir()
    return [
        write_video(folder / "clear\x1b[2Jscreen.mp4", 1000),
        write_video(folder / "evil\u202egnp.mp4", 1000),
        write_video(folder / "bell\x07\x9b31m.mp4", 1000),
    ]


# -- file names, through the command on the emulator ----------------------------------------------


def test_plain_output_shows_control_characters_of_file_names_as_escapes(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = hostile_names(tmp_path / "in")
    run = cli(*map(str, files), "--base-url", emulator.base_url)
    assert run.returncode == 0, run.stderr
    assert_nothing_raw(run.stdout + run.stderr)
    for shown in ("clear\\x1b[2Jscreen.mp4", "evil\\u202egnp.mp4", "bell\\x07\\x9b31m.mp4"):
        assert f"{shown}: uploaded 1.00 kB →" in run.stdout


def test_json_keeps_control_characters_of_file_names_escaped(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = hostile_names(tmp_path / "in")
    run = cli(*map(str, files), "--base-url", emulator.base_url, "--json")
    assert run.returncode == 0, run.stderr
    assert_nothing_raw(run.stdout)
    assert "clear\\u001b[2Jscreen.mp4" in run.stdout
    assert "evil\\u202egnp.mp4" in run.stdout
    assert "bell\\u0007\\u009b31m.mp4" in run.stdout
    # A program reading the lines gets the exact names back.
    done = {obj["file"] for obj in json_lines(run.stdout) if obj["event"] == "done"}
    assert done == {str(path) for path in files}


def test_live_display_shows_names_literally_not_as_markup_or_escapes(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = [
        *hostile_names(tmp_path / "in"),
        write_video(tmp_path / "in" / "[bold red][link=https:evil.example]x:warning:.mp4", 1000),
    ]
    status, shown = in_terminal(
        *map(str, files), "--base-url", emulator.base_url, env=command_env(APIVIDEO_API_KEY=KEY)
    )
    assert status == 0, shown
    assert "\x1b[2J" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert "\x1b]8;" not in shown  # no hyperlink was made from the name
    for name in (
        "clear\\x1b[2Jscreen.mp4",
        "evil\\u202egnp.mp4",
        "bell\\x07\\x9b31m.mp4",
        "[bold red][link=https:evil.example]x:warning:.mp4",
    ):
        assert f"{name}: " in shown, shown


# -- a server's words ------------------------------------------------------------------------------


def test_a_hostile_refusal_is_shown_escaped_in_plain_output(
    hostile: HostileServer, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(str(clip), "--base-url", hostile.base_url, "--upload-token", TOKEN, key=None)
    assert run.returncode == 1
    assert_nothing_raw(run.stdout + run.stderr)
    [error] = [line for line in run.stderr.splitlines() if ": error: " in line]
    assert error.startswith(
        "clip.mp4: error: api.video refused the upload: "
        "\\x1b[2J\\x1b[HAll good, upload complete! \\u202eetelpmoc"
    )


def test_a_hostile_refusal_stays_escaped_in_json_and_exact_for_programs(
    hostile: HostileServer, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    args = ("--base-url", hostile.base_url, "--upload-token", TOKEN, "--json")
    run = cli(str(clip), *args, key=None)
    assert run.returncode == 1
    assert_nothing_raw(run.stdout + run.stderr)
    failed = finals(json_lines(run.stdout))["clip.mp4"]
    assert failed["event"] == "failed"
    assert HOSTILE_TITLE in failed["error"] and HOSTILE_DETAIL in failed["error"]
    assert "\\x1b[2J" in run.stderr


def test_a_hostile_refusal_is_shown_escaped_on_the_live_display(
    hostile: HostileServer, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    status, shown = in_terminal(
        str(clip), "--base-url", hostile.base_url, env=command_env(APIVIDEO_UPLOAD_TOKEN=TOKEN)
    )
    assert status == 1, shown
    assert "\x1b[2J" not in shown and "\x1b[H" not in shown and "\u202e" not in shown
    assert "\\x1b[2J\\x1b[HAll good, upload complete! \\u202eetelpmoc" in shown


def test_reporters_escape_markup_and_controls_in_errors_and_notes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per message on the live display's console
    message = "[bold red]refused[/] \x1b[2J\u2066hidden\u2069 :warning:"
    shown = "[bold red]refused[/] \\x1b[2J\\u2066hidden\\u2069 :warning:"
    for reporter_class in (PlainReporter, RichReporter):
        out, err = io.StringIO(), io.StringIO()
        reporter = reporter_class(out, err)
        reporter.failed(Path("a\x1b]0;title\x07.mp4"), message)
        reporter.note(message)
        text = err.getvalue()
        assert_nothing_raw(text)
        assert f"a\\x1b]0;title\\x07.mp4: error: {shown}" in text, reporter_class
        assert f"note: {shown}" in text, reporter_class


def test_visible_and_json_line() -> None:
    assert visible("plain, é, 日本, 👩\u200d💻") == "plain, é, 日本, 👩\u200d💻"
    assert visible("\x00\t\n\r\x1b\x7f\x85\x9b") == "\\x00\\t\\n\\r\\x1b\\x7f\\x85\\x9b"
    bidi = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
    assert visible(bidi) == "".join(f"\\u{ord(c):04x}" for c in bidi)
    assert visible("a\u200bb\u00adc\ufeffd\u2028e\U000e0041") == (
        "a\\u200bb\\xadc\\ufeffd\\u2028e\\U000e0041"
    )
    assert visible("bad byte \udcff") == "bad byte \\udcff"
    value = {"file": "a\x1b\x7f\x9b\u202e\u2028\U000e0041\udcff é"}
    line = json_line(value)
    assert line.isascii() is False  # é stays as it is
    assert_nothing_raw(line)
    assert json.loads(line) == value


# -- the upload token in the log -------------------------------------------------------------------


def test_the_log_holds_no_encoding_of_the_token(hostile: HostileServer, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    log = tmp_path / "upload.log"
    args = ("--base-url", hostile.base_url, "--upload-token", TOKEN, "--log-file", str(log))
    run = cli(str(clip), *args, key=None)
    assert run.returncode == 1
    # The token went out encoded in the address, and the server quoted it back.
    assert any(quote_plus(TOKEN) in path for path in hostile.paths)
    text = log.read_text(encoding="utf-8")
    assert "asked for /upload?token=***" in text
    for form in (TOKEN, quote_plus(TOKEN), quote_plus(TOKEN).lower(), "Ab%2FCd", "Cd%3DEf"):
        assert form not in text
    # Nor does what the command prints, though the server quoted the token in its refusal.
    assert "asked for /upload?token=***" in run.stderr
    assert TOKEN not in run.stderr and quote_plus(TOKEN) not in run.stderr


# -- the upload token kept out of the process list -------------------------------------------------


def test_upload_token_from_standard_input(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    token = make_token(emulator, 0)
    run = subprocess.run(
        [*UPLOAD, str(clip), "--upload-token", "-", "--base-url", emulator.base_url, "--json"],
        cwd=ROOT,
        env=command_env(),
        input=f"  {token}  \nignored second line\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()


@pytest.mark.parametrize("given", ["", "\n", "   \nthe token on a later line\n"])
def test_upload_token_from_empty_standard_input_is_a_usage_error(
    tmp_path: Path, given: str
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = subprocess.run(
        [*UPLOAD, str(clip), "--upload-token", "-"],
        cwd=ROOT,
        env=command_env(APIVIDEO_API_KEY=KEY),
        input=given,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr == (
        "uploader-gui upload: error: --upload-token - reads the token from standard input, "
        "but its first line is empty.\n"
    )


def test_upload_token_from_the_environment(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    token = make_token(emulator, 0)
    env = command_env(APIVIDEO_UPLOAD_TOKEN=token, APIVIDEO_API_KEY="not-the-key")
    run = subprocess.run(
        [*UPLOAD, str(clip), "--base-url", emulator.base_url, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr  # the token was used, not the wrong key
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    # An upload token cannot follow encoding, and the message says where the token came from.
    waiting = subprocess.run(
        [*UPLOAD, str(clip), "--wait-playable"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert waiting.returncode == 2
    assert "APIVIDEO_UPLOAD_TOKEN" in waiting.stderr


def test_help_names_the_safe_ways_to_give_a_token() -> None:
    run = cli("--help", key=None)
    assert run.returncode == 0
    words = " ".join(run.stdout.split())
    assert "- reads it from the first line of standard input" in words
    assert "APIVIDEO_UPLOAD_TOKEN" in words
