"""The command's exit statuses (documented in the README)."""

#: Every file is uploaded and confirmed.
EXIT_OK = 0
#: At least one file failed (the others still went).
EXIT_FAILED = 1
#: A mistake on the command line.
EXIT_USAGE = 2
#: Ctrl-C: the files are left to continue at the next run.
EXIT_INTERRUPTED = 130
#: Stopped by SIGTERM (a service manager, ``kill``): the files are left as after Ctrl-C.
EXIT_TERMINATED = 143
#: The terminal was closed (SIGHUP): the files are left as after Ctrl-C.
EXIT_HANGUP = 129
