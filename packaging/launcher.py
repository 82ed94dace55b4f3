"""The frozen app's entry point: the same ``main`` as ``uploader-gui``, plus one diagnostic.

``--check-keyring`` stores a throwaway secret in the system keyring, reads it back through a
fresh store and deletes it, then prints the backend it used. Frozen builds are where keyring
backends go missing (they are found through package metadata and imported lazily), so the
bundle smoke test runs this inside the installed app; support can ask a user to run it too.
Exit status: 0 when secrets persist, 1 when they would live in memory only.
"""

from __future__ import annotations

import sys

CHECK_KEYRING = "--check-keyring"


def check_keyring() -> int:
    import secrets

    from uploader_gui import APP_NAME
    from uploader_gui.core.secrets import SecretStore

    service = f"{APP_NAME}-keyring-check"
    account = "check"
    store = SecretStore(service=service)
    print(f"Keyring: {store.backend_description}")
    if not store.persistent:
        print(f"Keyring check failed: {store.warning}")
        return 1
    value = secrets.token_hex(16)
    store.set_api_key(account, value)
    # A new store has an empty memory, so the value can only come back from the backend.
    readback = SecretStore(service=service)
    same = readback.get_api_key(account) == value
    store.delete_api_key(account)
    problem = store.warning or readback.warning
    if problem or not same:
        print(f"Keyring check failed: {problem or 'the secret read back differs'}")
        return 1
    print("Keyring check passed: a secret was stored, read back and deleted.")
    return 0


def main() -> int:
    if sys.argv[1:] == [CHECK_KEYRING]:
        return check_keyring()
    from uploader_gui.__main__ import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
