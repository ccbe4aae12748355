# ok: syntax-error
x = 1
# expect: syntax-error
def broken(:
    pass
