import marshal
from marshal import loads as unmarshal


def restore(blob, stream):
    # expect: marshal-load
    marshal.loads(blob)
    # expect: marshal-load
    marshal.load(stream)
    # expect: marshal-load
    unmarshal(blob)
    # ok: marshal-load
    marshal.dumps(blob)
