"""The Gegevens menu: backups and restores, passphrase change, retention and purge,
offboarding a client."""
