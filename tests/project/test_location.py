"""Projects in cloud-synced or network folders are recognised, and opening one says so once."""

from __future__ import annotations

from workbench.project import Project
from workbench.project.location import mount_type, risky_location

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export /mnt/team nfs4 rw,relatime 0 0
//nas/share /media/share\\040drive cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_sync_client_folders_are_recognised(tmp_path):
    assert risky_location(tmp_path / "Dropbox" / "work" / "a.wbproj", mounts="") == "a folder synced by Dropbox"
    assert "OneDrive" in risky_location(tmp_path / "OneDrive - Company" / "a.wbproj", mounts="")
    assert "Google Drive" in risky_location(tmp_path / "Google Drive" / "My Drive" / "a.wbproj", mounts="")
    assert risky_location(tmp_path / "dropboxes-of-paper" / "a.wbproj", mounts="") is None


def test_network_mounts_are_recognised_by_their_file_system():
    assert mount_type("/mnt/team/projects/a.wbproj", MOUNTS) == "nfs4"
    assert mount_type("/media/share drive/a.wbproj", MOUNTS) == "cifs"
    assert mount_type("/mnt/teamwork/a.wbproj", MOUNTS) == "ext4"  # not inside /mnt/team
    assert risky_location("/mnt/team/a.wbproj", mounts=MOUNTS) == "a network folder (nfs4)"
    assert risky_location("/home/me/a.wbproj", mounts=MOUNTS) is None


def test_opening_a_project_in_a_synced_folder_warns_once_and_works(tmp_path, capsys):
    from workbench.cli import main

    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "shared.wbproj"
    Project.create(path).close()
    with Project.open(path, backup=False) as project:
        assert "Dropbox" in project.location_warning
    capsys.readouterr()  # a handler another test installed may already have said it here
    assert main(["status", str(path)]) == 0
    err = capsys.readouterr().err
    assert err.count("workbench: warning: shared.wbproj is in a folder synced by Dropbox") == 1
    Project.create(tmp_path / "local.wbproj").close()
    with Project.open(tmp_path / "local.wbproj", backup=False) as local:
        assert local.location_warning == ""


def test_a_warning_naming_a_file_never_sends_its_control_characters_to_the_terminal(tmp_path, capsys):
    from workbench.cli import main

    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "notes\x1b[2J\x1b[31m.wbproj"
    Project.create(path).close()
    capsys.readouterr()
    assert main(["status", str(path)]) == 0
    err = capsys.readouterr().err
    assert "synced by Dropbox" in err and "\x1b" not in err and "\\x1b[2J" in err
