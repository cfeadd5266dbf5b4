"""One run of the command: the chosen profile, where its credentials come from, and the clients it makes.

Precedence, highest first:

- profile: ``--profile``, ``$FIGSHARE_PROFILE``, ``default``;
- API root: ``--base-url``, ``$FIGSHARE_BASE_URL``, the profile's ``base_url``, ``https://api.figshare.com/v2``;
- credentials: ``--token``, ``$FIGSHARE_TOKEN``, the profile's stored token (keyring, then file).
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

import httpx
import typer

from figshare._client_settings import BASE_URL_VARIABLE, DEFAULT_BASE_URL, TOKEN_VARIABLE
from figshare._hosts import DEFAULT_TRUSTED_HOSTS
from figshare._secrets import Secret, clean_token
from figshare.cli._config import DEFAULT_PROFILE, ConfigFile, Profile, check_profile_name, warn_if_exposed
from figshare.cli._credentials import (
    CredentialStore,
    OAuthCredential,
    PersonalToken,
    ProfileTokenStore,
    StoredCredential,
    secrets_of,
)
from figshare.cli._failures import SIGN_IN_HINT, CliError, ExitCode
from figshare.cli._output import Output
from figshare.cli._services import ClientSettings, OAuthSettings, Services

if TYPE_CHECKING:
    from figshare._client import Figshare
    from figshare.auth import OAuth2Client


PROFILE_VARIABLE = "FIGSHARE_PROFILE"
AUTHORIZE_PATH = "/account/applications/authorize"
TOKENS_PAGE = "Figshare > Applications > Personal tokens"


def checked_token(value: str | Secret, source: str) -> Secret:
    """A personal token from ``source`` with surrounding whitespace removed; a usage error (never showing the
    token) when it has whitespace or a control character inside it."""
    from figshare.errors import InvalidArgumentError

    try:
        return clean_token(value, source)
    except InvalidArgumentError as error:
        raise CliError(
            error.message,
            hint=f"Check {source}: copy the token again from {TOKENS_PAGE}.",
            exit_code=ExitCode.USAGE,
        ) from None


def authorize_url_for(base_url: str) -> str:
    """Figshare's OAuth authorization page for an API root: ``api.figsh.com`` -> ``https://figsh.com/...``."""
    url = httpx.URL(base_url)
    host = url.host[4:] if url.host.startswith("api.") else url.host
    return str(url.copy_with(host=host, path=AUTHORIZE_PATH, query=None))


class Session:
    """The settings of one run, resolved from options, environment and the profile."""

    def __init__(
        self,
        services: Services,
        *,
        profile: str | None = None,
        token: str | None = None,
        base_url: str | None = None,
        quiet: bool = False,
    ) -> None:
        self.services = services
        self.output = Output(quiet=quiet)
        self.profile_name = check_profile_name(profile or os.environ.get(PROFILE_VARIABLE) or DEFAULT_PROFILE)
        self.config = ConfigFile(services.config_dir / "config.ini")
        self.credentials = CredentialStore(
            services.config_dir / "credentials.json", services.find_keyring, warn=self.output.warn
        )
        self._base_url_option = base_url
        variable = os.environ.get(TOKEN_VARIABLE)
        self.secrets = [Secret(raw) for raw in (token, variable) if raw and len(raw.strip()) >= 4]
        """Every secret this run has seen (given ones before they are checked): scrubbed from all it prints."""
        self._token_option = checked_token(token, "--token") if token and token.strip() else None
        warn_if_exposed(services.config_dir, self.output.warn)

    @cached_property
    def profile(self) -> Profile:
        """The settings of the chosen profile."""
        return self.config.get(self.profile_name)

    @property
    def base_url_override(self) -> str | None:
        """The API root given for this run (``--base-url`` or ``$FIGSHARE_BASE_URL``), if any."""
        chosen = self._base_url_option or os.environ.get(BASE_URL_VARIABLE)
        return chosen.rstrip("/") if chosen else None

    @property
    def base_url(self) -> str:
        """The API root this run talks to."""
        return self.base_url_override or (self.profile.base_url or DEFAULT_BASE_URL).rstrip("/")

    def use_base_url(self, base_url: str) -> None:
        """Talk to ``base_url`` for the rest of this run (``login --staging``)."""
        self._base_url_option = base_url

    @cached_property
    def authentication(self) -> StoredCredential | None:
        """The credential to send and where it came from (``--token``, ``FIGSHARE_TOKEN``, ...), or None."""
        variable = os.environ.get(TOKEN_VARIABLE)
        if self._token_option is not None:
            found: StoredCredential | None = StoredCredential(PersonalToken(self._token_option), "--token")
        elif variable and variable.strip():
            found = StoredCredential(PersonalToken(checked_token(variable, TOKEN_VARIABLE)), TOKEN_VARIABLE)
        else:
            found = self.credentials.load(self.profile_name)
        if found is not None:
            self.secrets.extend(secrets_of(found.credential))
        return found

    def client(self, *, signed_in: bool = False) -> Figshare:
        """The REST API client; with ``signed_in`` a usage error when there is no credential."""
        if (authentication := self.authentication) is None:
            if signed_in:
                raise CliError(
                    f"not signed in (profile {self.profile_name!r})", hint=SIGN_IN_HINT, exit_code=ExitCode.AUTH
                )
            return self.services.make_client(ClientSettings(self.base_url))
        credential = authentication.credential
        if isinstance(credential, PersonalToken):
            return self.services.make_client(ClientSettings(self.base_url, token=credential.token))
        return self.services.make_client(ClientSettings(self.base_url, auth=self._oauth_auth(credential)))

    def oauth_settings(self, client_id: str, client_secret: Secret, profile: Profile | None = None) -> OAuthSettings:
        """The OAuth application settings for this run's host, from ``profile`` (default: this run's)."""
        profile = profile or self.profile
        authorize_url = profile.authorize_url or authorize_url_for(self.base_url)
        pkce = profile.pkce if profile.pkce is not None else True
        return OAuthSettings(client_id, client_secret, self.base_url, authorize_url, profile.token_url, pkce)

    def oauth_client(self, settings: OAuthSettings) -> OAuth2Client:
        """The OAuth client for ``settings``; a bad endpoint in them is a usage error naming the setting."""
        try:
            return self.services.make_oauth_client(settings)
        except ValueError as error:
            raise CliError(
                f"cannot use the OAuth settings of profile {self.profile_name!r}: {error}",
                hint="Fix base_url, authorize_url or token_url (--base-url, --authorize-url, --token-url, "
                "or the profile in config.ini).",
                exit_code=ExitCode.USAGE,
            ) from None

    def ask_secret(self, variable: str, prompt: str, *, strip: bool = False) -> Secret:
        """``$variable``, else typed at a hidden prompt; scrubbed from this run's output like the others."""
        text: str = os.environ.get(variable) or typer.prompt(prompt, hide_input=True, err=True)
        secret = Secret(text.strip() if strip else text)
        self.secrets.append(secret)
        return secret

    def _oauth_auth(self, credential: OAuthCredential) -> httpx.Auth:
        from figshare.auth import OAuth2Auth

        if not (client_id := self.profile.client_id):
            raise CliError(
                f"profile {self.profile_name!r} holds OAuth tokens but no client_id",
                hint="Sign in again with `figshare login --oauth --client-id ID`.",
                exit_code=ExitCode.AUTH,
            )
        oauth = self.oauth_client(self.oauth_settings(client_id, credential.client_secret))
        store = ProfileTokenStore(self.credentials, self.profile_name, credential.client_secret)
        api_host = httpx.URL(self.base_url).host
        return OAuth2Auth(oauth, credential.token, store=store, trusted_hosts=(api_host, *DEFAULT_TRUSTED_HOSTS))


def session_of(ctx: typer.Context) -> Session:
    """The `Session` the root command made for this run."""
    session = ctx.find_object(Session)
    if session is None:  # only when a command is invoked without the root group
        raise RuntimeError("no figshare Session in the command context")
    return session
