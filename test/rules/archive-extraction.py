import os
import shutil
import tarfile
import zipfile
from pathlib import Path


def install(upload, dest):
    # expect: archive-extraction
    shutil.unpack_archive(upload, dest)
    # expect: archive-extraction
    shutil.unpack_archive(upload, dest, "gztar")
    # ok: archive-extraction
    shutil.unpack_archive(upload, dest, filter="data")
    # ok: archive-extraction
    shutil.unpack_archive(upload, dest, format="zip")
    # ok: archive-extraction
    shutil.unpack_archive("vendor/bundle.zip", dest)


def unzip_by_hand(path, dest):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            # expect: archive-extraction
            target = os.path.join(dest, name)
            with open(target, "wb") as out:
                out.write(archive.read(name))
        for info in archive.infolist():
            # expect: archive-extraction
            target = Path(dest) / info.filename
            target.write_bytes(archive.read(info))


def untar_by_hand(path, dest):
    with tarfile.open(path) as archive:
        for member in archive.getmembers():
            # expect: archive-extraction
            out = os.path.join(dest, member.name)
            print(out)


def unzip_checked(path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            # ok: archive-extraction
            target = os.path.realpath(os.path.join(root, name))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(name)
            with open(target, "wb") as out:
                out.write(archive.read(name))


def unzip_library(path, dest):
    with zipfile.ZipFile(path) as archive:
        # ok: archive-extraction
        archive.extractall(dest)
    for name in os.listdir(dest):
        # ok: archive-extraction
        print(os.path.join(dest, name))
