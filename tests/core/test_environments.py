"""Which custom server addresses are accepted, and the plain reason when one is not."""

from __future__ import annotations

import pytest

from uploader_gui.cli.words import error_words
from uploader_gui.core.environments import (
    validate_base_url,
)
from uploader_gui.core.reasons import ReasonError, Why


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("https://api.example.com", "https://api.example.com"),
        ("https://api.example.com/", "https://api.example.com"),
        ("  https://api.example.com/prefix/v1/ ", "https://api.example.com/prefix/v1"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:8080/emu", "http://localhost:8080/emu"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_accepted_addresses(given: str, kept: str) -> None:
    assert validate_base_url(given) == kept


@pytest.mark.parametrize(
    "given",
    [
        "https://api.example.com/path?q=1",
        "https://api.example.com?q=1",
        "https://api.example.com/?",
        "https://api.example.com/#top",
        "https://api.example.com#",
    ],
)
def test_query_and_fragment_are_refused(given: str) -> None:
    with pytest.raises(ValueError) as caught:
        validate_base_url(given)
    assert isinstance(caught.value, ReasonError)
    assert caught.value.reason.why is Why.URL_QUERY


@pytest.mark.parametrize(
    "given",
    [
        "http://user:pw@127.0.0.1",
        "https://user@api.example.com",
        "https://:secret@api.example.com/x",
        "https://@api.example.com",
    ],
)
def test_user_name_and_password_are_refused(given: str) -> None:
    with pytest.raises(ValueError) as caught:
        validate_base_url(given)
    assert isinstance(caught.value, ReasonError)
    assert caught.value.reason.why is Why.URL_USER_INFO and not caught.value.reason.facts
    assert "pw" not in str(caught.value) and "secret" not in str(caught.value)


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("ftp://api.example.com", "not a web address"),
        ("api.example.com", "not a web address"),
        ("http://api.example.com", "Plain http"),
        ("http://127.0.0.1:99999", "no usable port"),
        ("http://127.0.0.1:0", "no usable port"),
        ("https://api.example.com:http", "no usable port"),
    ],
)
def test_other_refusals(given: str, words: str) -> None:
    with pytest.raises(ValueError) as caught:
        validate_base_url(given)
    assert words in error_words(caught.value)
