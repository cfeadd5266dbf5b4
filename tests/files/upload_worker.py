"""A client process for the killed-client test: ``python -m tests.files.upload_worker '<json>'`` uploads one
file with `Uploader` (concurrency 1) and exits; the test kills it in the middle of a part."""

from __future__ import annotations

import json
import sys

from figshare import Figshare
from figshare.files import Uploader


def main(argument: str) -> None:
    settings = json.loads(argument)
    client = Figshare(
        token=settings["token"],
        base_url=settings["api_base_url"],
        rate_limit=None,
        trusted_hosts=settings["trusted_hosts"],
    )
    with client:
        Uploader(client, concurrency=1, state_dir=settings["state_dir"]).upload(
            settings["article_id"], settings["path"]
        )


if __name__ == "__main__":
    main(sys.argv[1])
