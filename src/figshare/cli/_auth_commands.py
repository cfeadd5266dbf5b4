"""``figshare login``, ``logout``, ``whoami`` and ``profiles``.

``login`` asks for a personal token (hidden input, or standard input with ``--with-token``) or, with
``--oauth``, signs in through the browser (OAuth authorization code with a redirect to 127.0.0.1). The token
is checked against ``GET /account`` before it is stored, so a mistyped token is never saved.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import Annotated, Any

import typer

from figshare._client_settings import DEFAULT_BASE_URL, STAGING_BASE_URL, TOKEN_VARIABLE
from figshare._secrets import Secret
from figshare.cli._config import Profile
from figshare.cli._credentials import Credential, OAuthCredential, PersonalToken, StoreChoice, secrets_of
from figshare.cli._failures import CliError, ExitCode
from figshare.cli._output import JsonOption
from figshare.cli._services import ClientSettings
from figshare.cli._session import TOKENS_PAGE, Session, checked_token, session_of

CLIENT_SECRET_VARIABLE = "FIGSHARE_CLIENT_SECRET"


def login(
    ctx: typer.Context,
    oauth: Annotated[
        bool, typer.Option("--oauth", help="Sign in through the browser with an OAuth application instead.")
    ] = False,
    with_token: Annotated[
        bool, typer.Option("--with-token", help="Read the personal token from standard input (for scripts).")
    ] = False,
    client_id: Annotated[
        str | None,
        typer.Option(
            envvar="FIGSHARE_CLIENT_ID",
            help="OAuth: the application's client id (its secret is asked "
            f"for, or read from {CLIENT_SECRET_VARIABLE}).",
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=65535,
            help="OAuth: the port of the application's redirect URI "
            "http://127.0.0.1:PORT/ (default: the profile's, else any free port).",
        ),
    ] = None,
    staging: Annotated[
        bool,
        typer.Option("--staging", help=f"Use Figshare's staging host ({STAGING_BASE_URL}) for this profile."),
    ] = False,
    store: Annotated[
        StoreChoice, typer.Option(help="Where to keep the token: the OS keyring, a file (mode 0600), or auto.")
    ] = "auto",
    timeout: Annotated[float, typer.Option(min=1, help="OAuth: seconds to wait for the browser sign-in.")] = 300,
    authorize_url: Annotated[
        str | None,
        typer.Option(
            help="OAuth: the authorization page (default: the profile's, else derived from the API root, "
            "https://figshare.com/account/applications/authorize for production).",
        ),
    ] = None,
    token_url: Annotated[
        str | None,
        typer.Option(help="OAuth: the token endpoint (default: the profile's, else API_ROOT/token)."),
    ] = None,
    pkce: Annotated[
        bool | None,
        typer.Option(
            "--pkce/--no-pkce",
            help="OAuth: send a PKCE challenge (RFC 7636; default: the profile's, else on). "
            "--no-pkce is for a server that refuses it; the choice is kept in the profile.",
        ),
    ] = None,
) -> None:
    """Sign in and store the token for this profile (--profile)."""
    session = session_of(ctx)
    if staging:
        session.use_base_url(STAGING_BASE_URL)
    profile = session.profile
    if session.base_url_override is not None:
        profile = replace(profile, base_url=session.base_url)
    if oauth:
        profile = replace(
            profile,
            authorize_url=authorize_url or profile.authorize_url,
            token_url=token_url or profile.token_url,
            pkce=pkce if pkce is not None else profile.pkce,
        )
        credential, profile = _oauth_login(session, profile, client_id, port, timeout)
    else:
        if any(option is not None for option in (client_id, port, authorize_url, token_url, pkce)):
            raise CliError(
                "--client-id, --port, --authorize-url, --token-url and --pkce/--no-pkce are for --oauth sign-in",
                exit_code=ExitCode.USAGE,
            )
        credential = PersonalToken(_read_token(session, with_token))
        profile = replace(profile, auth="token")
    token = credential.token if isinstance(credential, PersonalToken) else credential.token.access_token
    with session.services.make_client(ClientSettings(session.base_url, token=token)) as client:
        account = client.account.details()  # a mistyped token stops here, before it is stored
    location = session.credentials.save(session.profile_name, credential, where=store)
    session.config.save(profile)
    session.output.line(
        f"Signed in to {session.base_url} as {_describe_account(account)} "
        f"(profile {session.profile_name!r}; token stored in {_place(location)})."
    )


def logout(ctx: typer.Context) -> None:
    """Delete this profile's stored token (the profile's settings are kept)."""
    session = session_of(ctx)
    if removed := session.credentials.delete(session.profile_name):
        places = " and ".join(_place(place) for place in removed)
        session.output.line(f"Signed out of profile {session.profile_name!r} (removed the token from {places}).")
    else:
        session.output.line(f"Profile {session.profile_name!r} had no stored token.")
    if os.environ.get(TOKEN_VARIABLE):
        session.output.warn(f"{TOKEN_VARIABLE} is still set in the environment and will be used.")


def whoami(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show the account the current credentials belong to."""
    session = session_of(ctx)
    with session.client(signed_in=True) as client:
        account = client.account.details()
    authentication = session.authentication
    assert authentication is not None  # client(signed_in=True) refuses to run without one
    source = _place(authentication.location)
    method = "OAuth" if isinstance(authentication.credential, OAuthCredential) else "personal token"
    if as_json:
        session.output.json(
            {
                "profile": session.profile_name,
                "base_url": session.base_url,
                "credentials": {"type": method, "source": source},
                "account": account.to_dict(),
            }
        )
        return
    session.output.fields(
        _describe_account(account),
        [
            ("Account id", _value(account, "id")),
            ("User id", _value(account, "user_id")),
            ("Institution", _value(account, "institution_id")),
            ("ORCID", _value(account, "orcid_id")),
            ("Profile", session.profile_name),
            ("API", session.base_url),
            ("Signed in with", f"{method} from {source}"),
        ],
    )


def profiles(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the profiles and where their tokens are stored."""
    session = session_of(ctx)
    configured = {profile.name: profile for profile in session.config.profiles()}
    rows = []
    for name in dict.fromkeys([*configured, *session.credentials.profiles()]):
        profile = configured.get(name, Profile(name))
        stored = session.credentials.load(name)
        rows.append(
            {
                "name": name,
                "current": name == session.profile_name,
                "base_url": profile.base_url or DEFAULT_BASE_URL,
                "auth": profile.auth,
                "token": None if stored is None else ("keyring" if stored.location == "keyring" else "file"),
            }
        )
    if as_json:
        session.output.json(rows)
        return
    table = (
        ["*" if row["current"] else "", row["name"], row["base_url"], row["auth"], row["token"] or "none"]
        for row in rows
    )
    session.output.table(["", "Profile", "API", "Sign-in", "Token"], table)
    if not rows:
        session.output.info("No profiles yet: `figshare login` creates the default one.")


# -- helpers ------------------------------------------------------------------------------------------


def _read_token(session: Session, with_token: bool) -> Secret:
    if with_token or not sys.stdin.isatty():  # without a terminal there is no hidden prompt: read the token
        text = sys.stdin.read().strip()
    else:
        session.output.info(f"Create a personal token at {TOKENS_PAGE}, then paste it here (it is not shown).")
        text = typer.prompt("Personal token", hide_input=True, err=True).strip()
    if not text:
        raise CliError("no token was given", exit_code=ExitCode.USAGE)
    session.secrets.append(Secret(text))
    return checked_token(text, "the token")


def _oauth_login(
    session: Session, profile: Profile, client_id: str | None, port: int | None, timeout: float
) -> tuple[Credential, Profile]:
    from figshare.auth import loopback_login

    if not (client_id := client_id or profile.client_id):
        raise CliError(
            "OAuth sign-in needs the application's client id",
            hint="Give --client-id (Figshare > Applications shows it), or sign in with a personal token.",
            exit_code=ExitCode.USAGE,
        )
    client_secret = session.ask_secret(CLIENT_SECRET_VARIABLE, "Client secret", strip=True)
    port = port if port is not None else (profile.oauth_port or 0)
    oauth = session.oauth_client(session.oauth_settings(client_id, client_secret, profile))
    session.output.info("Opening the browser to sign in to Figshare…")
    token = loopback_login(oauth, open_browser=session.services.open_browser, port=port, timeout=timeout)
    credential = OAuthCredential(token, client_secret)
    session.secrets.extend(secrets_of(credential))
    updated = replace(profile, auth="oauth", client_id=client_id, oauth_port=port or profile.oauth_port)
    return credential, updated


def _describe_account(account: Any) -> str:
    name = " ".join(part for part in (_value(account, "first_name"), _value(account, "last_name")) if part)
    email = _value(account, "email")
    described = name or f"account {_value(account, 'id')}"
    return f"{described} <{email}>" if email else described


def _place(location: str) -> str:
    return "the system keyring" if location == "keyring" else location


def _value(model: Any, name: str) -> Any:
    value = getattr(model, name, None)
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None
