"""Import an existing caseload from CSV/XLSX, and export a client's caseload in the same format.

The format is documented in docs/import-format.md. Typical use:

    table = read_caseload(path)                     # ImportRefused when unreadable
    with vault.session() as session:
        plan = check_caseload(session, table)       # dry run: plan.problems or plan.counts()
    with vault.transaction() as session:
        result = import_caseload(session, table)    # all or nothing; ImportRefused on problems
"""

from vp_desktop.services.caseload_io.exporter import (
    FORMATS,
    ExportFormat,
    ExportResult,
    caseload_rows,
    export_caseload,
    suggested_file_name,
)
from vp_desktop.services.caseload_io.importer import (
    ImportResult,
    Progress,
    check_caseload,
    import_caseload,
    read_caseload,
)
from vp_desktop.services.caseload_io.plan import ImportPlan
from vp_desktop.services.caseload_io.problems import ImportProblem, ImportRefused
from vp_desktop.services.caseload_io.readers import RawRow, RawTable

__all__ = [
    "FORMATS",
    "ExportFormat",
    "ExportResult",
    "ImportPlan",
    "ImportProblem",
    "ImportRefused",
    "ImportResult",
    "Progress",
    "RawRow",
    "RawTable",
    "caseload_rows",
    "check_caseload",
    "export_caseload",
    "import_caseload",
    "read_caseload",
    "suggested_file_name",
]
