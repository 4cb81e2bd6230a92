"""A deterministic Dawn-shaped demo news site and a loopback server for it.

:mod:`newscrawl.demo.sitegen` writes the static site (articles, listings, feeds, sitemaps,
traps and a route table); :mod:`newscrawl.demo.server` serves it on 127.0.0.1.

The names below load their module on first use, so ``python -m newscrawl.demo.sitegen``
does not import the module it is about to run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscrawl.demo.server import DemoSite
    from newscrawl.demo.sitegen import ORIGIN, SiteInfo, generate

_EXPORTS = {
    "DemoSite": "newscrawl.demo.server",
    "ORIGIN": "newscrawl.demo.sitegen",
    "SiteInfo": "newscrawl.demo.sitegen",
    "generate": "newscrawl.demo.sitegen",
}


def __getattr__(name: str) -> Any:
    """Lazy access to :data:`_EXPORTS`."""
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ORIGIN", "DemoSite", "SiteInfo", "generate"]
