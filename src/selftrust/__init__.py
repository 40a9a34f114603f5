"""selftrust: a private, local-first companion for rebuilding trust in yourself."""

# Kept as a literal (not read from package metadata) so `selftrust --version` starts fast.
__version__ = "0.1.0"
