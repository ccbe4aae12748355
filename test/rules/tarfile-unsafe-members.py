import tarfile
import zipfile


def safe_members(archive):
    return [m for m in archive.getmembers() if not m.name.startswith("/")]


def unpack(path, dest, members):
    with tarfile.open(path) as archive:
        # expect: tarfile-unsafe-members
        archive.extractall(dest)
        # expect: tarfile-unsafe-members
        archive.extractall(dest, members=safe_members(archive))
        # expect: tarfile-unsafe-members
        archive.extractall(path=dest, members=members)
        # expect: tarfile-unsafe-members
        archive.extractall(dest, filter="fully_trusted")
        # ok: tarfile-unsafe-members
        archive.extractall(dest, filter="data")
        # ok: tarfile-unsafe-members
        archive.extractall(dest, filter=tarfile.data_filter)
    # ok: tarfile-unsafe-members
    zipfile.ZipFile(path).extractall(dest)
