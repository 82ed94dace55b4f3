"""Authentication: API key as Basic, bearer access tokens, rotating refresh tokens."""

from __future__ import annotations

import requests

from tests.conftest import ManualClock
from uploader_gui.emulator import Emulator

from .helpers import TIMEOUT, assert_problem


def login(emu: Emulator, key: str = "test-key") -> requests.Response:
    return requests.post(f"{emu.base_url}/auth/api-key", json={"apiKey": key}, timeout=TIMEOUT)


def get_videos(emu: Emulator, **headers: str) -> requests.Response:
    return requests.get(f"{emu.base_url}/videos", headers=headers, timeout=TIMEOUT)


def test_api_key_login_and_bearer(emulator: Emulator) -> None:
    r = login(emulator)
    assert r.status_code == 200
    token = r.json()
    assert token["token_type"] == "Bearer"
    assert token["expires_in"] == 3600
    assert token["access_token"].count(".") == 2 and token["refresh_token"]
    ok = get_videos(emulator, Authorization=f"Bearer {token['access_token']}")
    assert ok.status_code == 200


def test_bad_api_key_login(emulator: Emulator) -> None:
    assert_problem(login(emulator, "nope"), 400, "authentication-invalid-user-credentials")


def test_bad_login_payloads(emulator: Emulator) -> None:
    url = f"{emulator.base_url}/auth/api-key"
    r = requests.post(url, data=b"{not json", timeout=TIMEOUT)
    assert_problem(r, 400, "invalid-payload")
    assert_problem(requests.post(url, json={}, timeout=TIMEOUT), 400, "invalid-attribute")


def test_basic_auth_with_key(emulator: Emulator) -> None:
    ok = requests.get(f"{emulator.base_url}/videos", auth=("test-key", ""), timeout=TIMEOUT)
    assert ok.status_code == 200
    bad = requests.get(f"{emulator.base_url}/videos", auth=("wrong", ""), timeout=TIMEOUT)
    assert_problem(bad, 401, "authentication-invalid-api-key")


def test_missing_and_malformed_authorization(emulator: Emulator) -> None:
    assert_problem(get_videos(emulator), 401, "authentication-missing-authorization-header")
    for value in ("Token abc", "Basic !!!", "Bearer", "Basic " + "bm9jb2xvbg=="):
        assert_problem(
            get_videos(emulator, Authorization=value),
            401,
            "authentication-invalid-authorization-header-value",
        )
    assert_problem(
        get_videos(emulator, Authorization="Bearer forged"),
        401,
        "authentication-invalid-access-token",
    )


def test_access_token_expires(emulator: Emulator, clock: ManualClock) -> None:
    emulator.access_token_ttl = 1
    token = login(emulator).json()
    assert token["expires_in"] == 1
    auth = f"Bearer {token['access_token']}"
    assert get_videos(emulator, Authorization=auth).status_code == 200
    clock.advance(1.1)
    assert_problem(
        get_videos(emulator, Authorization=auth), 401, "authentication-invalid-access-token"
    )


def test_refresh_rotates(emulator: Emulator) -> None:
    first = login(emulator).json()
    url = f"{emulator.base_url}/auth/refresh"
    r = requests.post(url, json={"refreshToken": first["refresh_token"]}, timeout=TIMEOUT)
    assert r.status_code == 200
    second = r.json()
    assert second["access_token"] != first["access_token"]
    assert get_videos(emulator, Authorization=f"Bearer {second['access_token']}").ok
    again = requests.post(url, json={"refreshToken": first["refresh_token"]}, timeout=TIMEOUT)
    assert_problem(again, 401, "authentication-invalid-refresh-token")
    third = requests.post(url, json={"refreshToken": second["refresh_token"]}, timeout=TIMEOUT)
    assert third.status_code == 200
