"""The version xlkit says it is (in a package's manifest, a mail's headers, `--version`).

Its own module so that what stamps it never imports the package facade (an import cycle).
"""

__version__ = "0.1.0"
