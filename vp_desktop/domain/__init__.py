"""Pure rules and vocabularies of the practice: no Qt, no database."""
