# Code injection (eval, exec, compile): vulnerable cases and their safe look-alikes.
import ast
import builtins
import sys

from django.http import HttpResponse, JsonResponse
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

OPERATIONS = {"add": "a + b", "sub": "a - b"}
DEFAULT_EXPR = "1 + 1"


@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    # expect: eval-used high/high blocking
    return str(eval(expr))


@app.route("/calc-form", methods=["POST"])
def calc_form():
    # expect: eval-used high/high blocking
    return str(eval(request.form["expr"]))


@app.route("/run", methods=["POST"])
def run_snippet():
    code = request.get_data(as_text=True)
    # expect: exec-used high/high blocking
    exec(code, {})
    return "ok"


@app.route("/cookie")
def from_cookie():
    prefs = request.cookies.get("prefs", "{}")
    settings = "dict(" + prefs + ")"
    # expect: eval-used high/high blocking
    return str(eval(settings))


@app.route("/json", methods=["POST"])
def from_json():
    body = request.get_json()
    formula = body["formula"]
    # expect: eval-used high/high blocking
    return str(eval(f"({formula})"))


def django_filter(request):
    condition = request.GET["where"]
    # expect: eval-used high/high blocking
    rows = [row for row in ROWS if eval(condition, {"row": row})]
    return JsonResponse(rows, safe=False)


def django_post(request):
    script = request.POST.get("script", "")
    # expect: exec-used high/high blocking
    exec(compile(script, "<form>", "exec"))
    return HttpResponse("done")


def django_compile(request):
    source = request.body.decode()
    code = compile(source, "<upload>", "exec")
    # expect: exec-used high/high blocking
    exec(code)
    return HttpResponse("done")


@api.get("/eval")
def fastapi_eval(expression: str):
    # expect: eval-used high/high blocking
    return {"value": eval(expression)}


@api.post("/exec")
def fastapi_exec(snippet: str):
    # expect: exec-used high/high blocking
    exec(snippet)
    return {"status": "ran"}


def cli_main():
    # expect: eval-used high/high blocking
    print(eval(sys.argv[1]))


def repl():
    line = input("> ")
    # expect: eval-used high/high blocking
    print(eval(line))


def evaluate(expression):
    # expect: eval-used medium/medium
    return eval(expression)


def run_hook(hook_source, namespace):
    # expect: exec-used medium/medium
    exec(hook_source, namespace)


def run_plugin(plugin):
    # expect: exec-used medium/medium
    exec(plugin.load_source())


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/calc-safe")
def calc_literal():
    expr = request.args.get("expr")
    # ok: eval-used
    return str(ast.literal_eval(expr))


@app.route("/op")
def calc_table():
    name = request.args.get("op", "add")
    # ok: eval-used audit
    return str(eval(OPERATIONS[name], {"a": 1, "b": 2}))


@app.route("/default")
def calc_default():
    # ok: eval-used audit
    return str(eval(DEFAULT_EXPR))


@app.route("/number")
def number():
    value = int(request.args.get("n", "0"))
    # ok: eval-used audit
    return str(eval(str(value) + " * 2"))


@app.route("/overwritten")
def overwritten():
    expr = request.args.get("expr")
    expr = "2 * 21"
    # ok: eval-used audit
    return str(eval(expr))


@app.route("/literal")
def literal_only():
    data = request.args.get("data")
    # ok: eval-used
    return str(ast.literal_eval(data))


@app.route("/allow")
def allow_listed():
    expr = request.args.get("expr")
    if expr not in ("1 + 1", "2 * 3"):
        return "no"
    # ok: eval-used audit
    return str(eval(expr))


@app.route("/digits")
def digits_only():
    value = request.args.get("n", "0")
    if not value.isdigit():
        return "no"
    # ok: eval-used audit
    return str(eval(value + " + 1"))


def django_constant(request):
    # ok: exec-used audit
    exec("import json")
    return HttpResponse("ok")


def django_len(request):
    size = len(request.GET.get("q", ""))
    # ok: eval-used audit
    return HttpResponse(str(eval(f"{size} * 2")))


@api.get("/typed")
def fastapi_typed(count: int):
    # ok: eval-used audit
    return {"value": eval(f"{count} + 1")}


def model_eval(model, data):
    # ok: eval-used
    model.eval()
    return model(data)


def cli_constant():
    # ok: exec-used audit
    exec(compile("print('hello')", "<cli>", "exec"))


def cli_safe():
    # ok: eval-used
    print(ast.literal_eval(sys.argv[1]))


def builtins_constant():
    # ok: eval-used audit
    return builtins.eval("40 + 2")


class Formula:
    def __init__(self, req):
        self._raw = req.GET.get("f", "0")

    @property
    def expression(self):
        return self._raw.replace(" ", "")


def evaluate_formula(request):
    formula = Formula(request)
    # A property of an object built around the request reads like its methods: request data.
    # expect: eval-used high/high blocking
    return JsonResponse({"value": eval(formula.expression)})


def evaluate_formula_number(request):
    formula = Formula(request)
    # ok: eval-used audit
    return JsonResponse({"value": eval("2 * %d" % int(formula.expression))})
