"""The fenced Python examples of the documentation site (docs/*.md), as the test suite runs them.

Every ```` ```python ```` block of a page runs, in page order, in one fresh Python process that shares one
namespace between the page's blocks (a later block may use what an earlier one defined, as a reader would).
Mark-up, in HTML comments that the site does not show:

- ``<!-- examples: prism, files -->`` anywhere in a page: the local services its examples talk to (see
  `tests/docs/services.py`: ``prism``, ``files``, ``stats``, ``oai``, ``resourcesync``, ``fs``). Requests to
  Figshare's hosts are routed to them; any other non-loopback request fails, so no example reaches the
  internet. A page without the comment gets no service.
- ``<!-- not run: REASON -->`` on the line before a block: the block is not run, for REASON (keep these few:
  a browser sign-in, a web framework's callback handler).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"

SERVICES_COMMENT = re.compile(r"<!--\s*examples:\s*([\w,\s-]+?)\s*-->")
NOT_RUN_COMMENT = re.compile(r"<!--\s*not run:\s*(.+?)\s*-->\s*$")
FENCE = re.compile(r"^```python\s*$")


@dataclass(frozen=True)
class Block:
    """One fenced Python block: where it starts (the first code line, 1-based) and its code."""

    page: Path
    line: int
    code: str
    not_run: str | None = None

    @property
    def name(self) -> str:
        return f"{self.page.name}:{self.line}"


@dataclass
class Page:
    """A documentation page's Python blocks and the services they need."""

    path: Path
    services: tuple[str, ...] = ()
    blocks: list[Block] = field(default_factory=list)

    @property
    def runnable(self) -> list[Block]:
        return [block for block in self.blocks if block.not_run is None]


def read_page(path: Path) -> Page:
    """Parse one Markdown page."""
    lines = path.read_text(encoding="utf-8").splitlines()
    services: list[str] = []
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        for match in SERVICES_COMMENT.finditer(line):
            services.extend(name.strip() for name in match.group(1).split(",") if name.strip())
        if FENCE.match(line):
            start = index + 1
            end = start
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            previous = lines[index - 1] if index > 0 else ""
            not_run = NOT_RUN_COMMENT.search(previous)
            blocks.append(
                Block(path, start + 1, "\n".join(lines[start:end]) + "\n", not_run.group(1) if not_run else None)
            )
            index = end
        index += 1
    return Page(path, tuple(dict.fromkeys(services)), blocks)


def pages_with_examples(folder: Path = DOCS) -> list[Page]:
    """Every page of the site that has a Python block, sorted by name."""
    pages = [read_page(path) for path in sorted(folder.rglob("*.md"))]
    return [page for page in pages if page.blocks]
