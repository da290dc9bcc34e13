"""The adviser's activities for a client (information sessions, advice, contacts
with the board)."""
