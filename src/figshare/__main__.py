"""``python -m figshare``: the ``figshare`` command-line tool."""

from figshare.cli import main

main()
