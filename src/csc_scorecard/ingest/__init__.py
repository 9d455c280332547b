"""Loaders: one module per source format, each producing canonical rows and quarantine."""
