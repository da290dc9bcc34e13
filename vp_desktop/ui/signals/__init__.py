"""The Signalen section: signals of the active client's cases, its advice log and jaarplan."""
