"""Dump packages (ZIP) checked against their manifests while they stream, without any network I/O.

Members are staged to temporary files as they are unzipped, counted and hashed on the way. A manifest given
up front (the package's ``rs:ln rel="contents"``) checks each member as soon as it ends; otherwise the
package's own ``manifest.xml`` is used once it has been read. Nothing is handed out before the whole
package has been read and every member checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from figshare.resourcesync._errors import DumpError, VerificationError
from figshare.resourcesync._model import Entry
from figshare.resourcesync._verify import ALL_ALGORITHMS, VerifyingWriter
from figshare.resourcesync._xml import DocumentLimits, SitemapParser

MANIFEST_NAME = "manifest.xml"


@dataclass(slots=True)
class StagedMember:
    """A member of a package, checked against its manifest entry and waiting in the staging folder."""

    entry: Entry
    writer: VerifyingWriter


class DumpExtractor:
    """Receives the members of one ZIP package (names and chunks) and checks them against the manifest."""

    def __init__(
        self,
        package_url: str,
        staging_dir: Path,
        manifest: Iterable[Entry] | None = None,
        limits: DocumentLimits | None = None,
    ) -> None:
        self.package_url = package_url
        self.limits = limits
        self.staging_dir = staging_dir
        self._manifest = self._index(manifest) if manifest is not None else None
        self._staged: dict[str, VerifyingWriter] = {}
        self._own_manifest: SitemapParser | None = None
        self._own_entries: list[Entry] = []
        self._current: VerifyingWriter | None = None
        self._current_name: str | None = None

    @staticmethod
    def _index(entries: Iterable[Entry]) -> dict[str, Entry]:
        return {entry.metadata.path.lstrip("/"): entry for entry in entries if entry.metadata.path is not None}

    def start_member(self, name: str) -> None:
        self._current_name = name
        if name == MANIFEST_NAME:
            self._own_manifest = SitemapParser(f"{self.package_url}#{MANIFEST_NAME}", self.limits)
            return
        if name in self._staged:
            raise DumpError(self.package_url, f"member {name!r} appears twice")
        expected = self._manifest.get(name) if self._manifest is not None else None
        if self._manifest is not None and expected is None:
            raise DumpError(self.package_url, f"member {name!r} is not in the manifest")
        if expected is None:  # checked by finish(), against the package's own manifest
            writer = VerifyingWriter(f"{self.package_url}#{name}", self.staging_dir, algorithms=ALL_ALGORITHMS)
        else:
            writer = VerifyingWriter(expected.uri, self.staging_dir, length=expected.length, hashes=expected.hashes)
        self._current = self._staged[name] = writer

    def write(self, chunk: bytes) -> None:
        if self._own_manifest is not None and self._current_name == MANIFEST_NAME:
            self._own_entries += self._own_manifest.feed(chunk)
        elif self._current is not None:
            self._current.write(chunk)

    def end_member(self) -> None:
        if self._current_name == MANIFEST_NAME and self._own_manifest is not None:
            self._own_entries += self._own_manifest.close()
        self._current = None
        self._current_name = None

    def finish(self) -> list[StagedMember]:
        """The members, each verified against its manifest entry (``DumpError``: no manifest, or package and
        manifest disagree; ``VerificationError``: a member's length or digest differs)."""
        manifest = self._manifest
        if manifest is None:
            if self._own_manifest is None:
                self.abort()
                raise DumpError(self.package_url, f"the package has no {MANIFEST_NAME} and no manifest link")
            manifest = self._index(self._own_entries)
        missing = sorted(set(manifest) - set(self._staged))
        unlisted = sorted(set(self._staged) - set(manifest))
        if missing or unlisted:
            self.abort()
            detail = f"missing from the package: {missing[:5]}" if missing else f"not in the manifest: {unlisted[:5]}"
            raise DumpError(self.package_url, f"package and manifest disagree ({detail})")
        staged = []
        try:
            for name, writer in self._staged.items():
                entry = manifest[name]
                writer.check(uri=entry.uri, length=entry.length, hashes=entry.hashes)
                staged.append(StagedMember(entry, writer))
        except VerificationError:
            self.abort()
            raise
        return staged

    def abort(self) -> None:
        for writer in self._staged.values():
            writer.abort()
        self._staged.clear()
