def run(code):
    # expect: exec-used
    exec(code)
    # expect: exec-used
    exec("print(1)")


class Engine:
    def exec(self, query):
        return query


# ok: exec-used
Engine().exec("x")
