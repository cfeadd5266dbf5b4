from typing import Literal

CreateOAuthTokenGrantType = Literal["authorization_code", "client_credentials", "password", "refresh_token"]
"""The allowed values."""

CREATE_O_AUTH_TOKEN_GRANT_TYPE_VALUES: frozenset[CreateOAuthTokenGrantType] = frozenset(
    (
        "authorization_code",
        "client_credentials",
        "password",
        "refresh_token",
    )
)
"""Every value of `CreateOAuthTokenGrantType`."""
