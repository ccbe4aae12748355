import ldap
from ldap.filter import escape_filter_chars, filter_format


def find_user(request):
    conn = ldap.initialize("ldap://directory")
    user = request.GET["user"]
    # expect: ldap-injection
    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")


def find_by_mail(conn, mail):
    # expect: ldap-injection
    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, filterstr=f"(mail={mail})")


def escaped(request):
    conn = ldap.initialize("ldap://directory")
    user = escape_filter_chars(request.GET["user"])
    # ok: ldap-injection
    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")


def formatted(conn, user):
    # ok: ldap-injection
    return conn.search_s("dc=example", ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [user]))


def admins(conn):
    # ok: ldap-injection
    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(memberOf=cn=admins)")
