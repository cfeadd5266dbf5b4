"""Which addresses OAuth may use: https endpoints (RFC 6749 section 3.1 and 3.2: they carry the client secret,
codes and tokens; plain http only for a stand-in on this machine), and loopback redirects (RFC 8252 section 7.3
and 8.3: a loopback IP literal, a port and a path of the app's choosing).
"""

from __future__ import annotations

import ipaddress
import re

import httpx

from figshare._validate import text, web_url
from figshare.errors import InvalidArgumentError

# RFC 3986 path characters (pchar and "/"), without "?" and "#" which would end the path.
_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def is_loopback_host(host: str) -> bool:
    """Whether `host` names this machine: `localhost`, an address in 127.0.0.0/8, or `::1`."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint_url(url: str, name: str, *, query: bool = True) -> str:
    """`url` without surrounding whitespace if it can carry OAuth secrets: a `figshare._validate.web_url` (with a
    ?query only when ``query``) that is https, or http to this machine; else `InvalidArgumentError` naming
    ``name`` (`InvalidArgumentTypeError` for a non-str)."""
    address = web_url(url, name, query=query)
    parsed = httpx.URL(address)
    if parsed.scheme == "http" and not is_loopback_host(parsed.host):
        raise InvalidArgumentError(
            f"{name} must use https:// (it carries credentials: tokens, client secrets); plain http:// is allowed "
            f"only for this machine (127.0.0.1, ::1, localhost), not for {parsed.host!r}",
            argument=name,
        )
    return address


def loopback_bind_address(host: str) -> str:
    """The address to listen on for a loopback redirect to `host` (`localhost` listens on 127.0.0.1); else
    `InvalidArgumentError` (listening on `0.0.0.0` or a LAN address would let other machines send the redirect)."""
    bare = text(host, "host").strip("[]")
    if bare.endswith(".") or not is_loopback_host(bare):
        raise InvalidArgumentError(
            f"host must be a loopback address such as 127.0.0.1 or ::1 (RFC 8252 section 8.3), not {host!r}",
            argument="host",
        )
    return "127.0.0.1" if bare.lower() == "localhost" else str(ipaddress.ip_address(bare))


def check_redirect_path(path: str) -> str:
    """Return `path` if it is a plain absolute path (so that `http://127.0.0.1:PORT{path}` stays on this machine
    whatever a browser makes of it); else `InvalidArgumentError` saying why."""
    problem = None
    if not _PATH.fullmatch(text(path, "path")):
        problem = "it must start with '/' and hold only URL path characters (no '?', '#', '\\', spaces)"
    elif path.startswith("//"):
        problem = "it must not start with '//'"
    elif _PERCENT.search(path):
        problem = "a '%' must start a %XX escape"
    elif any(segment in (".", "..") for segment in path.split("/")):
        problem = "it must not hold '.' or '..' segments"
    if problem is not None:
        raise InvalidArgumentError(f"path {path!r} is not a redirect URI path: {problem}", argument="path")
    return path
