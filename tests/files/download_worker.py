"""A downloading process for the concurrent-download test: ``python -m tests.files.download_worker '<json>'``
waits for the test's go signal (a file), downloads an article into a folder and prints its results (or its
error) as one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from figshare import Figshare
from figshare.files import Downloader


def main(argument: str) -> None:
    settings = json.loads(argument)
    client = Figshare(
        token=settings["token"],
        base_url=settings["api_base_url"],
        rate_limit=None,
        trusted_hosts=settings["trusted_hosts"],
    )
    Path(settings["ready"]).touch()
    go = Path(settings["go"])
    while not go.exists():
        time.sleep(0.01)
    with client:
        try:
            results = Downloader(client).download(article_id=settings["article_id"], dest=settings["dest"])
        except Exception as error:  # reported to the test, which decides
            print(json.dumps({"error": type(error).__name__, "message": str(error)}))
            return
    print(json.dumps({"statuses": [result.status for result in results], "paths": [str(r.path) for r in results]}))


if __name__ == "__main__":
    main(sys.argv[1])
