import builtins


def parse(text):
    # expect: eval-used
    return eval(text)


# ok: eval-used  (a constant: shown by --profile audit only)
builtins.eval("1 + 1")
# ok: eval-used
model.eval()
