from django.db.models.expressions import RawSQL
from django.db.models.expressions import RawSQL as Raw
from django.db import models

QUERY = "SELECT rank FROM t WHERE id = %s"


def rank(qs, column, pk):
    # expect: django-rawsql
    qs.annotate(r=RawSQL("SELECT " + column + " FROM t", ()))
    # expect: django-rawsql
    qs.annotate(r=models.expressions.RawSQL(sql=column, params=()))
    # expect: django-rawsql
    qs.annotate(r=Raw("SELECT " + column + " FROM t", ()))
    # ok: django-rawsql
    qs.annotate(r=RawSQL("SELECT rank FROM t WHERE id = %s", (pk,)))
    # ok: django-rawsql
    qs.annotate(r=RawSQL(QUERY, (pk,)))
