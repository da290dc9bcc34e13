"""The adviser's professional development beyond logging activities: the annual report's PE
section (as of the report year's end), the client's own norm, the PE log import, the adviser's
credentials with their expiry, and the recertification dossier."""
