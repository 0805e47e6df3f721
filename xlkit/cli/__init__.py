"""Stage 14, cli: the command line (typer): parse, call one command, show, exit."""
