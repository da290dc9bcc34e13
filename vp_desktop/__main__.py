"""`python -m vp_desktop` — the same as the `vp-desktop` command."""

import sys

from vp_desktop.cli import main

sys.exit(main())
