"""figshare: the typed Python SDK for Figshare."""
