import builtins


def parse(text):
    # expect: eval-used
    return eval(text)


# expect: eval-used
builtins.eval("1 + 1")
# ok: eval-used
model.eval()
