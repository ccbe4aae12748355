import importlib
# expect: import-pickle
import pickle
# expect: import-pickle
import pickle as p
# expect: import-pickle
from pickle import loads as l
# expect: import-pickle
import cPickle
# expect: import-pickle
import dill
# expect: import-pickle
import shelve
# ok: import-pickle
import pickletools
# ok: import-pickle
import json

# expect: import-pickle
codec = importlib.import_module("pickle")
# expect: import-pickle
other = __import__("dill")
# ok: import-pickle
third = importlib.import_module("json")
