# Unsafe deserialisation (pickle and its wrappers, yaml.load with unsafe loaders, marshal, jsonpickle, shelve, dill,
# torch.load): vulnerable cases and safe look-alikes.
import base64
import hashlib
import hmac
import json
import marshal
import pickle
import shelve
import sys

import dill
import jsonpickle
import torch
import yaml
from django.http import HttpResponse, JsonResponse
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

SECRET = b"server-side-key"
DEFAULTS = b"\x80\x04\x95\x0e\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x05theme\x94\x8c\x05light\x94s."


@app.route("/restore", methods=["POST"])
def restore():
    # expect: pickle-load high/high blocking
    return str(pickle.loads(request.get_data()))


@app.route("/session")
def session():
    blob = base64.b64decode(request.cookies.get("session"))
    # expect: pickle-load high/high blocking
    state = pickle.loads(blob)
    return str(state)


@app.route("/config", methods=["POST"])
def config():
    text = request.form["config"]
    # expect: unsafe-yaml-load high/high blocking
    return str(yaml.load(text, Loader=yaml.Loader))


@app.route("/config-unsafe", methods=["POST"])
def config_unsafe():
    # expect: unsafe-yaml-load high/high blocking
    return str(yaml.unsafe_load(request.data))


@app.route("/code", methods=["POST"])
def code_object():
    # expect: marshal-load high/high blocking
    return str(marshal.loads(request.get_data()))


@app.route("/jp", methods=["POST"])
def json_pickle():
    payload = request.get_json()["state"]
    # expect: pickle-load high/high blocking
    return str(jsonpickle.decode(payload))


@app.route("/dill", methods=["POST"])
def dill_load():
    # expect: pickle-load high/high blocking
    return str(dill.loads(request.files["blob"].read()))


def django_restore(request):
    data = request.body
    # expect: pickle-load high/high blocking
    obj = pickle.loads(data)
    return HttpResponse(str(obj))


def django_yaml(request):
    document = request.POST["document"]
    # expect: unsafe-yaml-load high/high blocking
    parsed = yaml.load(document, Loader=yaml.FullLoader)
    return JsonResponse(parsed)


def django_model(request):
    upload = request.FILES["model"]
    # expect: torch-load high/high blocking
    model = torch.load(upload)
    return HttpResponse(str(model))


@api.post("/state")
def fastapi_state(state: str):
    raw = base64.b64decode(state)
    # expect: pickle-load high/high blocking
    return {"state": str(pickle.loads(raw))}


def cli():
    # expect: pickle-load high/high blocking
    print(pickle.loads(base64.b64decode(sys.argv[1])))


def read_cache(blob):
    # expect: pickle-load medium/medium
    return pickle.loads(blob)


def read_settings(text):
    # expect: unsafe-yaml-load medium/medium
    return yaml.load(text)


def open_store(path):
    # expect: pickle-load medium/medium
    return shelve.open(path)


def load_checkpoint(path):
    # expect: torch-load medium/medium
    return torch.load(path)


def read_file(path):
    with open(path, "rb") as handle:
        # expect: pickle-load medium/medium
        return pickle.load(handle)


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/restore-json", methods=["POST"])
def restore_json():
    # ok: pickle-load
    return str(json.loads(request.get_data()))


@app.route("/config-safe", methods=["POST"])
def config_safe():
    # ok: unsafe-yaml-load
    return str(yaml.safe_load(request.form["config"]))


@app.route("/config-safe-loader", methods=["POST"])
def config_safe_loader():
    # ok: unsafe-yaml-load
    return str(yaml.load(request.data, Loader=yaml.SafeLoader))


@app.route("/config-csafe", methods=["POST"])
def config_csafe():
    # ok: unsafe-yaml-load
    return str(yaml.load(request.data, Loader=yaml.CSafeLoader))


class StrictLoader(yaml.SafeLoader):
    pass


@app.route("/config-subclass", methods=["POST"])
def config_subclass():
    # ok: unsafe-yaml-load
    return str(yaml.load(request.data, Loader=StrictLoader))


@app.route("/defaults")
def defaults():
    # ok: pickle-load audit
    return str(pickle.loads(DEFAULTS))


@app.route("/weights", methods=["POST"])
def weights():
    # ok: torch-load
    return str(torch.load(request.files["model"], weights_only=True))


def django_json(request):
    # ok: pickle-load
    return JsonResponse(json.loads(request.body))


def django_yaml_constant(request):
    # ok: unsafe-yaml-load audit
    return JsonResponse(yaml.load("a: 1", Loader=yaml.Loader))


def django_marshal_constant(request):
    # ok: marshal-load audit
    return HttpResponse(str(marshal.loads(b"\xe9\x00\x00\x00\x00")))


@api.post("/json")
def fastapi_json(state: str):
    # ok: pickle-load
    return {"state": json.loads(state)}


def cli_yaml():
    with open(sys.argv[1]) as handle:
        # ok: unsafe-yaml-load
        return yaml.safe_load(handle)


def constant_checkpoint():
    # ok: torch-load audit
    return torch.load("/opt/models/resnet.pt")


def model_load(model, path):
    # ok: pickle-load
    return model.load(path)


def constant_store():
    # ok: pickle-load audit
    return shelve.open("/var/cache/app/store.db")


def encode_only(obj):
    # ok: pickle-load
    return pickle.dumps(obj)


from django.conf import settings


@app.post("/state/restore")
def restore_signed_state():
    blob = request.get_data()
    sig, payload = blob[:32], blob[32:]
    expected = hmac.new(SECRET, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        return "forged", 403
    # Signed with the server's key and checked before the load: not the client's choice.
    # ok: pickle-load audit
    return str(pickle.loads(payload))


@app.post("/state/restore-wrong-message")
def restore_signed_other():
    blob = request.get_data()
    sig, payload = blob[:32], blob[32:]
    expected = hmac.new(SECRET, b"state-v1", hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        return "forged", 403
    # The MAC covers a constant, not the payload that is loaded.
    # expect: pickle-load high/high blocking
    return str(pickle.loads(payload))


def predict_configured(request):
    # A path from the deployment's settings: the deployer's own data.
    with open(settings.MODEL_PATH, "rb") as fh:
        # ok: pickle-load audit
        model = pickle.load(fh)
    return JsonResponse({"y": model.predict([[1.0]]).tolist()})


def load_model_at(path):
    with open(path, "rb") as fh:
        # expect: pickle-load medium/medium
        return pickle.load(fh)
