from django.contrib.auth.models import User

WHERE = ["is_active = %s"]


def search(name, column, order):
    # expect: django-extra
    User.objects.extra(where=["name = '%s'" % name])
    # expect: django-extra
    User.objects.filter(x=1).extra(
        select={"rank": "SELECT " + column + " FROM t"},
    )
    # expect: django-extra
    User.objects.extra(None, None, None, [name])
    # ok: django-extra
    User.objects.extra(where=["name = %s"], params=[name])
    # ok: django-extra
    User.objects.extra(where=WHERE, params=[True])
    # ok: django-extra
    User.objects.extra(select={"is_recent": "pub_date > '2006-01-01'"})
