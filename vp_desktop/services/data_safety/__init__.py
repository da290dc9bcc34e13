"""Keeping the vault safe: creating and opening it, the passphrase, backups and
restores, retention and purge, offboarding a client, cleaning up after an interrupted start."""
