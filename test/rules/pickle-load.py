import pickle
import pickle as p
import cPickle
import dill
import shelve
import jsonpickle
import pandas as pd
from pickle import loads as l
from jsonpickle.unpickler import Unpickler


def restore(blob, path, stream):
    # expect: pickle-load
    pickle.loads(blob)
    # expect: pickle-load
    p.load(stream)
    # expect: pickle-load
    l(blob)
    # expect: pickle-load
    pickle.Unpickler(stream).load()
    # expect: pickle-load
    cPickle.loads(blob)
    # expect: pickle-load
    dill.loads(blob)
    # expect: pickle-load
    shelve.open(path)
    # expect: pickle-load
    jsonpickle.decode(blob)
    # expect: pickle-load
    Unpickler().restore(blob)
    # expect: pickle-load
    pd.read_pickle(path)
    # ok: pickle-load
    pickle.dumps(blob)


def local_names(model, path):
    # ok: pickle-load
    model.load(path)
    # ok: pickle-load
    loads(path)


def loads(text):
    return text
