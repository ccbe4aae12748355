from typing import TYPE_CHECKING


def delete(user, item):
    # expect: assert-used
    assert user.is_admin, "admin only"
    # expect: assert-used
    assert (
        item.owner == user
    )
    item.delete()


if TYPE_CHECKING:
    # ok: assert-used
    assert isinstance(delete, object)


def check(user):
    # ok: assert-used
    if not user.is_admin:
        raise PermissionError("admin only")
