"""Stage 4, guard: her files are sacred: the guard, the atomic write, the ledger."""
