"""Allow ``python -m csc_scorecard``."""

from csc_scorecard.cli import main

main()
