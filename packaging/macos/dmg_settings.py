"""dmgbuild settings: a drag-to-Applications disk image of the signed .app.

    dmgbuild -s packaging/macos/dmg_settings.py -D app="dist/api.video Uploader.app" \\
        "api.video Uploader" dist/uploader-gui-VERSION-macos.dmg

``defines`` is given by dmgbuild (the ``-D`` values).
"""
# ruff: noqa: F821

import os.path

application = defines.get("app", "dist/api.video Uploader.app")
appname = os.path.basename(application)

format = "UDZO"  # compressed, readable on every supported macOS
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon = os.path.join(application, "Contents", "Resources", "uploader-gui.icns")

# One window: the app on the left, an arrow's length from Applications on the right.
window_rect = ((200, 200), (600, 320))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 13
icon_locations = {appname: (150, 140), "Applications": (450, 140)}
