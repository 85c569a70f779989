"""Benchmarks: one module per feature, each exposing `main(argv)`; `python -m bench` runs all."""
