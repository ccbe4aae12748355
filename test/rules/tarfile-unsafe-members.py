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


def unpack_each(path, dest):
    with tarfile.open(path) as archive:
        for member in archive.getmembers():
            # expect: tarfile-unsafe-members
            archive.extract(member, dest)


def unpack_each_from_list(path, dest):
    archive = tarfile.open(path)
    members = archive.getmembers()
    for member in members:
        # expect: tarfile-unsafe-members
        archive.extract(member, path=dest)
    # expect: tarfile-unsafe-members
    archive.extractall(dest, members=members)


def unpack_iterated(path, dest):
    with tarfile.open(path) as archive:
        for member in archive:
            # expect: tarfile-unsafe-members
            archive.extract(member, dest)


class Installer:
    def __init__(self, path):
        self.archive = tarfile.open(path)
        self.members = self.archive.getmembers()

    def install(self, dest):
        # expect: tarfile-unsafe-members
        self.archive.extractall(dest, members=self.members)


def unpack_checked(path, dest):
    with tarfile.open(path) as archive:
        for member in archive.getmembers():
            if member.name.startswith("/") or ".." in member.name:
                continue
            # ok: tarfile-unsafe-members
            archive.extract(member, dest)


def unpack_filtered(path, dest):
    with tarfile.open(path) as archive:
        for member in archive.getmembers():
            # ok: tarfile-unsafe-members
            archive.extract(member, dest, filter="data")


def read_members(path):
    with tarfile.open(path) as archive:
        for member in archive.getmembers():
            # ok: tarfile-unsafe-members
            handle = archive.extractfile(member)
            print(handle.read())


def unpack_vetted(path, dest):
    archive = tarfile.open(path)
    members = [m for m in archive.getmembers() if not m.issym()]
    # expect: tarfile-unsafe-members
    archive.extractall(dest, members=members)
