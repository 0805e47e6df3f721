"""Stage 6, compute: membership on a day, months, targets, indicators with provenance."""
