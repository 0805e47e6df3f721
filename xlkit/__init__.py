"""xlkit: the party cell's standard workbook — check it, compute its indicators, render its documents."""

__version__ = "0.1.0"
