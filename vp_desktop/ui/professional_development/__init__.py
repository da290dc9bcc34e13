"""The professional-development section's tasks beyond the log: importing the PE log, the
adviser's credentials (registration, VOG, insurance) and the recertification dossier."""
