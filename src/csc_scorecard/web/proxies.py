"""The client's address and scheme, taking forwarded headers only from configured proxies.

Anyone can send ``X-Forwarded-For``; believing it from any peer let one address pretend to be
many and so escape the per-address sign-in backoff (uvicorn believes it from 127.0.0.1 by
default, which ``serve`` now turns off). Here the headers count only when the connection
comes from an address in ``--trusted-proxies`` (none by default). Then the client is the
right-most ``X-Forwarded-For`` entry that is not itself a trusted proxy, and the scheme is the
last ``X-Forwarded-Proto`` (so HSTS and Secure cookies follow what the browser used).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(entries: Iterable[str]) -> list[Network]:
    """Addresses or CIDR ranges (``10.0.0.5``, ``10.0.0.0/8``); ValueError names a bad one."""
    networks = []
    for entry in entries:
        for part in entry.split(","):
            if part.strip():
                try:
                    networks.append(ipaddress.ip_network(part.strip(), strict=False))
                except ValueError as error:
                    raise ValueError(f"not an address or range: {part.strip()!r}") from error
    return networks


def _trusted(address: str, networks: list[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def _header(scope: Scope, name: bytes) -> list[str]:
    """Every comma-separated value of a header, in order, over repeated headers."""
    values: list[str] = []
    for key, value in scope.get("headers", []):
        if key == name:
            values.extend(v.strip() for v in value.decode("latin-1").split(","))
    return [v for v in values if v]


class TrustedProxies:
    """ASGI middleware: rewrites ``client`` and ``scheme`` from a trusted proxy's headers."""

    def __init__(self, app: ASGIApp, networks: list[Network]) -> None:
        self.app, self.networks = app, networks

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Leave the scope alone unless the peer is a trusted proxy."""
        client = scope.get("client")
        if scope["type"] == "http" and client and _trusted(str(client[0]), self.networks):
            scope = dict(scope)
            chain = _header(scope, b"x-forwarded-for")
            for address in reversed(chain):
                if not _trusted(address, self.networks):
                    scope["client"] = (address, 0)
                    break
            protos = _header(scope, b"x-forwarded-proto")
            if protos and protos[-1].lower() in ("http", "https"):
                scope["scheme"] = protos[-1].lower()
        await self.app(scope, receive, send)
