"""The monthly pack: HTML, PDF and Excel from the same figures, charts and words."""
