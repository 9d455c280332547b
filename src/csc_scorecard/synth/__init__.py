"""The synthetic council: an event-level simulation written in the real return formats."""
