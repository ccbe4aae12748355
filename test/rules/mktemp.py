import tempfile
from tempfile import mktemp as make_name

# expect: mktemp
path = tempfile.mktemp()
# expect: mktemp
other = make_name(suffix=".txt")
# ok: mktemp
handle, safe = tempfile.mkstemp()
# ok: mktemp
directory = tempfile.mkdtemp()
