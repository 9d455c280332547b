"""csc-scorecard."""
