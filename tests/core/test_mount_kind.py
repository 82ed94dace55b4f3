"""Which mounts keep a file's inode number from one run to the next."""

from __future__ import annotations

from pathlib import Path

import pytest

from uploader_gui.core.mount_kind import inodes_are_stable

TABLE = r"""21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 21 0:40 / /home/me/remote rw,nosuid - fuse.sshfs me@host:/videos rw,user_id=1000
31 30 8:17 / /home/me/remote/usb rw - ext4 /dev/sdb1 rw
32 21 0:41 / /mnt/my\040share rw - cifs //nas/share rw,vers=3.1.1,noserverino
33 21 0:42 / /mnt/nas rw - cifs //nas/other rw,vers=3.1.1,serverino
34 21 0:43 / /media/sf_videos rw - vboxsf videos rw
35 21 8:33 / /media/ntfs rw - fuseblk /dev/sdc1 rw,user_id=0
36 21 0:44 / /home/me/drive rw - fuse.rclone drive: rw
malformed line without the separator
"""


@pytest.mark.parametrize(
    ("path", "stable"),
    [
        ("/home/me/video.mp4", True),
        ("/home/me/remote/video.mp4", False),
        ("/home/me/remote", False),
        ("/home/me/remote/usb/video.mp4", True),  # a disk mounted inside the sshfs mount
        ("/home/me/remote2/video.mp4", True),  # a sibling whose name only starts the same
        ("/mnt/my share/video.mp4", False),  # an escaped space in the mount point
        ("/mnt/nas/video.mp4", True),
        ("/media/sf_videos/video.mp4", False),
        ("/media/ntfs/video.mp4", True),
        ("/home/me/drive/video.mp4", False),
    ],
)
def test_mounts_that_renumber_their_files_are_known(
    tmp_path: Path, path: str, stable: bool
) -> None:
    table = tmp_path / "mountinfo"
    table.write_text(TABLE)
    assert inodes_are_stable(Path(path), table) is stable


def test_without_a_mount_table_the_inode_is_trusted(tmp_path: Path) -> None:
    assert inodes_are_stable(Path("/home/me/video.mp4"), tmp_path / "missing")
    (tmp_path / "empty").write_text("")
    assert inodes_are_stable(Path("/home/me/video.mp4"), tmp_path / "empty")
