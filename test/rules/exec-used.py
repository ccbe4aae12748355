import builtins
from builtins import exec as run_code


def run(code):
    # expect: exec-used
    exec(code)
    # ok: exec-used  (a constant: shown by --profile audit only)
    exec("print(1)")
    # expect: exec-used
    builtins.exec(code)
    # expect: exec-used
    run_code(code)
    # expect: exec-used
    (exec)(code)


class Engine:
    def exec(self, query):
        return query


# ok: exec-used
Engine().exec("x")
