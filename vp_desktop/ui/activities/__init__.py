"""The adviser's activities for a client."""
