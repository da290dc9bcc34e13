"""Parts of the annual-report page: the record of issued reports and the export steps."""
