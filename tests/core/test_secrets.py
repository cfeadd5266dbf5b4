"""Secret wrapper and redaction helpers."""

from __future__ import annotations

import pytest

from figshare._secrets import REDACTED, Secret, as_secret, redact_headers, redact_text, redact_url


def test_secret_hides_its_value_in_repr_str_and_format() -> None:
    secret = Secret("s3cr3t-value")
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret]), repr({"t": secret})):
        assert "s3cr3t-value" not in shown
    assert secret.get_secret_value() == "s3cr3t-value"


def test_secret_equality_truthiness_and_wrapping() -> None:
    assert Secret("a") == Secret("a")
    assert Secret("a") != Secret("b")
    assert Secret("a") != "a"
    assert not Secret("")
    assert len(Secret("abc")) == 3
    wrapped = Secret("x")
    assert as_secret(wrapped) is wrapped
    assert Secret(wrapped).get_secret_value() == "x"
    assert hash(Secret("a")) == hash(Secret("a"))


def test_secret_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        Secret(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://api.figshare.com/v2/token?access_token=abc123",
            f"https://api.figshare.com/v2/token?access_token={REDACTED}",
        ),
        (
            "https://api.figshare.com/v2/x?page=2&TOKEN=abc&client_secret=s&password=p&refresh_token=r&q=1",
            f"https://api.figshare.com/v2/x?page=2&TOKEN={REDACTED}&client_secret={REDACTED}"
            f"&password={REDACTED}&refresh_token={REDACTED}&q=1",
        ),
        ("https://api.figshare.com/v2/articles?search_for=token%3Dx", None),
        ("https://api.figshare.com/v2/articles", None),
        ("https://user:pw@example.org/a", f"https://user:{REDACTED}@example.org/a"),
        (
            "https://api.figshare.com/v2/x?access%5Ftoken=abc",
            f"https://api.figshare.com/v2/x?access%5Ftoken={REDACTED}",
        ),
    ],
)
def test_redact_url(url: str, expected: str | None) -> None:
    assert redact_url(url) == (expected if expected is not None else url)


def test_redact_url_of_an_unparseable_url_still_scrubs_the_token() -> None:
    assert "abc" not in redact_url("http://[::1?access_token=abc")


def test_redact_url_of_an_unparseable_url_still_scrubs_the_password() -> None:
    assert redact_url("https://user:abc@[::1/x") == f"https://user:{REDACTED}@[::1/x"


def test_redact_headers() -> None:
    headers = redact_headers({"Authorization": "token abc", "Set-Cookie": "s=1", "Retry-After": "3"})
    assert headers["authorization"] == REDACTED
    assert headers["set-cookie"] == REDACTED
    assert headers["retry-after"] == "3"


@pytest.mark.parametrize(
    "text",
    [
        "see ?access_token=abc123&x=1",
        '{"access_token": "abc123", "n": 1}',
        '{"refresh_token":"abc123"}',
        "Authorization: token abc123",
        "authorization: Bearer abc123",
        "{'Authorization': 'token abc123'}",
        "fetching https://harvester:abc123@oai.example.org/oai failed",
    ],
)
def test_redact_text_scrubs_secret_shapes(text: str) -> None:
    redacted = redact_text(text)
    assert "abc123" not in redacted
    assert REDACTED in redacted


def test_redact_text_scrubs_given_secrets() -> None:
    assert redact_text("the value zz-99 leaked", [Secret("zz-99"), ""]) == f"the value {REDACTED} leaked"


def test_oauth_code_is_redacted_but_figshare_error_codes_are_kept() -> None:
    assert redact_url("http://127.0.0.1:8000/?code=abc&state=s") == f"http://127.0.0.1:8000/?code={REDACTED}&state=s"
    assert redact_text("grant_type=authorization_code&code=abc") == f"grant_type=authorization_code&code={REDACTED}"
    body = '{"message": "Entity not found", "code": "EntityNotFound", "error_code=x": 1}'
    assert redact_text(body) == body
