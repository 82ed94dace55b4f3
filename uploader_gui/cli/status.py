"""The command's exit statuses (documented in the README)."""

#: Every file is uploaded and confirmed.
EXIT_OK = 0
#: At least one file failed (the others still went).
EXIT_FAILED = 1
#: A mistake on the command line.
EXIT_USAGE = 2
#: Ctrl-C or SIGTERM: the files are left to continue at the next run.
EXIT_INTERRUPTED = 130
