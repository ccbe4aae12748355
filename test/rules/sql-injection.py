import sqlite3
import sqlalchemy
from sqlalchemy import text
from django.db import connection
from django.db.models.expressions import RawSQL

TABLE = "users"


def direct(cursor, name, uid, table):
    # expect: sql-injection
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # expect: sql-injection
    cursor.execute(f"DELETE FROM sessions WHERE user_id = {uid}")
    # expect: sql-injection
    cursor.executemany("INSERT INTO log (who) VALUES ('" + name + "')", [])
    # expect: sql-injection
    connection.cursor().execute("UPDATE users SET name = '{}' WHERE id = 1".format(name))
    # expect: sql-injection
    cursor.execute(
        """
        SELECT id, name
          FROM users
         WHERE name = '%s'
        """ % name
    )
    # ok: sql-injection
    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))
    # ok: sql-injection
    cursor.execute("SELECT * FROM " + TABLE + " WHERE id = ?", (uid,))
    # ok: sql-injection
    cursor.execute(text("SELECT * FROM users WHERE id = :id"), {"id": uid})


def through_variables(cursor, session, name, ids):
    query = "SELECT * FROM users WHERE 1 = 1"
    query += " AND name = '%s'" % name
    # expect: sql-injection
    cursor.execute(query)
    sql = f"SELECT * FROM users WHERE name = '{name}'"
    # expect: sql-injection
    session.execute(text(sql))
    # expect: sql-injection
    stmt = sqlalchemy.text("SELECT * FROM t WHERE a = " + name)
    marks = ",".join(["%s"] * len(ids))
    # ok: sql-injection
    cursor.execute(f"SELECT * FROM users WHERE id IN ({marks})", ids)
    # ok: sql-injection
    cursor.execute("SELECT * FROM users LIMIT %d" % int(name))


def identifiers_only(session, table, uid):
    # expect: sql-injection
    session.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": uid})


def django(Model, name):
    # expect: sql-injection
    Model.objects.raw("SELECT * FROM app_model WHERE name = '%s'" % name)
    # expect: sql-injection
    Model.objects.annotate(x=RawSQL("SELECT count(*) FROM t WHERE a = " + name, ()))


def built_not_executed(name, variants, member, path, err):
    # expect: sql-injection
    return "SELECT id FROM users WHERE name = '" + name + "'"


def prose(variants, member, path, err, log):
    # ok: sql-injection
    print(f"Please select from {variants}")
    # ok: sql-injection
    log.info(f"{member} has been delete from the guild")
    # ok: sql-injection
    log.info(f"Select a model from {variants}")
    # ok: sql-injection
    raise ValueError("Could not delete from %s: %s" % (path, err))
    # ok: sql-injection
    log.info("update the settings from %s" % path)


def aliases_and_flow(db, name, order):
    import pandas as pd
    from sqlalchemy import text as sql_text
    # expect: sql-injection
    frame = pd.read_sql("SELECT * FROM t WHERE owner = '%s'" % name, db)
    # expect: sql-injection
    rows = db.execute(sql_text(f"SELECT * FROM t WHERE a = {name}"))
    query = "SELECT * FROM users"
    # expect: sql-injection
    query += " WHERE name = '" + name + "'"
    sql = "SELECT id FROM users ORDER BY {}".format(order)
    # expect: sql-injection
    db.execute(sql)
    # ok: sql-injection
    db.execute("SELECT * FROM users WHERE name = %(name)s", {"name": name})
    # ok: sql-injection
    db.execute("SELECT * FROM users WHERE id = %s" % 42)
    return frame, rows, query


def constant_alternatives(cursor, supported, table, column):
    # ok: sql-injection
    cursor.execute("SELECT c.relname, CASE WHEN {} THEN 'p' END FROM pg_class c".format("c.relispartition" if supported else "FALSE"))
    # expect: sql-injection
    cursor.execute("UPDATE %s SET %s = %%s" % (table, column), [1])


async def asyncpg_queries(pool, request):
    name = request.query["name"]
    async with pool.acquire() as conn:
        # expect: sql-injection
        rows = await conn.fetch(f"SELECT id FROM users WHERE name = '{name}'")
        # ok: sql-injection
        rows = await conn.fetch("SELECT id FROM users WHERE name = $1", name)
        # expect: sql-injection
        row = await conn.fetchrow("SELECT * FROM users WHERE email = '%s'" % request.query["email"])
        # ok: sql-injection
        row = await conn.fetchrow("SELECT * FROM users WHERE email = $1", request.query["email"])
        # expect: sql-injection
        total = await conn.fetchval("SELECT count(*) FROM orders WHERE status = '" + name + "'")
        # ok: sql-injection
        total = await conn.fetchval("SELECT count(*) FROM orders WHERE status = $1", name)
    return rows, row, total


async def aiosqlite_queries(db, tag):
    # expect: sql-injection
    rows = await db.execute_fetchall("SELECT id FROM posts WHERE tag = '{}'".format(tag))
    # ok: sql-injection
    rows = await db.execute_fetchall("SELECT id FROM posts WHERE tag = ?", (tag,))
    return rows
