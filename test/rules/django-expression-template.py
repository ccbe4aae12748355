from django.db import models
from django.db.models import Aggregate, F, Func, Value
from django.http import JsonResponse

from shop.models import Product

SORTS = {"asc": "ASC", "desc": "DESC"}
FUNCTIONS = {"upper": "UPPER", "lower": "LOWER"}


class GroupConcat(Aggregate):
    function = "GROUP_CONCAT"
    template = "%(function)s(%(distinct)s%(expressions)s)"

    def __init__(self, expression, separator, **extra):
        # expect: django-expression-template
        super().__init__(expression, template=f"%(function)s(%(expressions)s SEPARATOR '{separator}')", **extra)


class Round(Func):
    function = "ROUND"

    def as_sqlite(self, compiler, connection, **extra_context):
        # ok: django-expression-template
        return super().as_sql(compiler, connection, template="%(function)s(%(expressions)s, 2)", **extra_context)


def names(request):
    direction = request.GET.get("dir", "ASC")
    # expect: django-expression-template
    aggregate = Func(F("name"), function="STRING_AGG", template=f"%(function)s(%(expressions)s, ',' ORDER BY name {direction})")
    return JsonResponse({"names": Product.objects.aggregate(names=aggregate)["names"]})


def names_sorted(request):
    direction = SORTS.get(request.GET.get("dir"), "ASC")
    # ok: django-expression-template
    aggregate = Func(F("name"), function="STRING_AGG", template=f"%(function)s(%(expressions)s, ',' ORDER BY name {direction})")
    return JsonResponse({"names": Product.objects.aggregate(names=aggregate)["names"]})


def transform(request):
    # expect: django-expression-template
    values = Product.objects.annotate(value=Func(F("name"), function=request.GET["fn"]))
    return JsonResponse({"values": list(values.values_list("value", flat=True))})


def transform_table(request):
    # ok: django-expression-template
    values = Product.objects.annotate(value=Func(F("name"), function=FUNCTIONS[request.GET["fn"]]))
    return JsonResponse({"values": list(values.values_list("value", flat=True))})


def joined(request):
    separator = request.GET.get("sep", ",")
    # expect: django-expression-template
    values = Product.objects.annotate(joined=Func(F("name"), F("sku"), function="CONCAT_WS", arg_joiner=", '" + separator + "', "))
    return JsonResponse({"values": list(values.values_list("joined", flat=True))})


def joined_value(request):
    # ok: django-expression-template
    values = Product.objects.annotate(joined=Func(Value(request.GET.get("sep", ",")), F("name"), F("sku"), function="CONCAT_WS"))
    return JsonResponse({"values": list(values.values_list("joined", flat=True))})


def percentile(queryset, fraction):
    # expect: django-expression-template
    return queryset.aggregate(p=Func(F("price"), template="percentile_cont(%s) WITHIN GROUP (ORDER BY %%(expressions)s)" % fraction))


def passthrough(expression, template):
    # ok: django-expression-template
    return Func(expression, template=template, output_field=models.FloatField())
