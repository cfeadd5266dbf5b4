"""The generation pipeline: fetch, convert, apply overlays, normalise, validate, generate.

Each step is a small module with one job; ``python -m generator --help`` lists the commands the Makefile runs.
"""
