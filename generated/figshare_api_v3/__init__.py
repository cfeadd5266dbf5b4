"""Figshare API: the generated models and resources of figshare-sdk (do not edit)."""
