"""Desktop uploader for api.video."""

__version__ = "0.1.0"

#: The name the app gives itself in ``AV-Origin-App``, the User-Agent, the keyring and data paths.
APP_NAME = "uploader-gui"
#: The name people see.
APP_DISPLAY_NAME = "api.video Uploader"
