"""``python -m analysis`` runs the command line."""

from .cli import main

raise SystemExit(main())
