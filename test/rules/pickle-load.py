import os
from pathlib import Path
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


import six
from six.moves import cPickle as six_pickle
from ansible.module_utils.six.moves import cPickle as vendored_pickle


def restore_through_six(blob, state):
    # expect: pickle-load
    six_pickle.loads(blob)
    # expect: pickle-load
    vendored_pickle.loads(blob)
    # expect: pickle-load
    six.moves.cPickle.loads(blob)
    # ok: pickle-load
    six.moves.cPickle.dumps(state)
    # ok: pickle-load
    six.moves.json.loads(blob)


MODEL_PATH = "/opt/app/model.pkl"


def load_model():
    with open(MODEL_PATH, "rb") as fh:
        # ok: pickle-load
        return pickle.load(fh)


def load_upload(request):
    with open("/srv/uploads/" + request.GET["name"], "rb") as fh:
        # expect: pickle-load
        return pickle.load(fh)


CACHE_DIR = os.path.join(os.path.dirname(__file__), ".cache")
CACHE_FILE = os.path.join(CACHE_DIR, "index.pkl")
PACKAGE_DIR = Path(__file__).resolve().parent


def load_own_cache():
    # a file beside the module: whoever can write there already deploys the code
    with open(CACHE_FILE, "rb") as fh:
        # ok: pickle-load
        return pickle.load(fh)


def load_bundled_model():
    with open(PACKAGE_DIR / "models" / "ranker.pkl", "rb") as fh:
        # ok: pickle-load
        return pickle.load(fh)


def load_named_beside_module(request):
    with open(os.path.join(os.path.dirname(__file__), request.GET["name"]), "rb") as fh:
        # expect: pickle-load
        return pickle.load(fh)


def load_under_package(name):
    with open(PACKAGE_DIR / name, "rb") as fh:
        # expect: pickle-load
        return pickle.load(fh)


def load_rebound_file():
    __file__ = input()
    with open(os.path.dirname(__file__), "rb") as fh:
        # expect: pickle-load
        return pickle.load(fh)


def load_vectors(request):
    import io
    import numpy as np
    buf = io.BytesIO(request.FILES["vectors"].read())
    # expect: pickle-load
    arrays = np.load(buf, allow_pickle=True)
    # ok: pickle-load
    plain = np.load(buf)
    # ok: pickle-load
    checked = np.load(buf, allow_pickle=False)
    return arrays, plain, checked


def load_vectors_flag(path, allow):
    import numpy
    # expect: pickle-load
    return numpy.load(path, None, allow)
