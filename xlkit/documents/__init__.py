"""The documents xlkit renders: each module says which figures, names and prose its document
holds."""
