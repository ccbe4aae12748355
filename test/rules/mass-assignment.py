import json

from django.http import JsonResponse
from flask import Flask, jsonify, request
from pydantic import BaseModel

from app.forms import ProfileForm
from app.models import Account, Order, Profile, User, db
from app.schemas import UserSchema

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.route("/users", methods=["POST"])
def register():
    # expect: mass-assignment
    user = User(**request.get_json())
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id)


@app.route("/users-explicit", methods=["POST"])
def register_explicit():
    body = request.get_json()
    # ok: mass-assignment
    user = User(name=body["name"], email=body["email"])
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id)


@app.route("/users-schema", methods=["POST"])
def register_schema():
    data = UserSchema().load(request.get_json())
    # ok: mass-assignment
    user = User(**data)
    db.session.add(user)
    return jsonify(id=user.id)


@app.route("/profile/<int:user_id>", methods=["PATCH"])
def update_profile(user_id):
    profile = Profile.query.get_or_404(user_id)
    for key, value in request.json.items():
        # expect: mass-assignment
        setattr(profile, key, value)
    db.session.commit()
    return jsonify(ok=True)


@app.route("/profile-allowed/<int:user_id>", methods=["PATCH"])
def update_profile_allowed(user_id):
    profile = Profile.query.get_or_404(user_id)
    changes = {key: value for key, value in request.json.items() if key in EDITABLE}
    for key, value in changes.items():
        # ok: mass-assignment
        setattr(profile, key, value)
    db.session.commit()
    return jsonify(ok=True)


@app.route("/accounts/<int:account_id>", methods=["PUT"])
def replace_account(account_id):
    account = Account.query.get_or_404(account_id)
    # expect: mass-assignment
    account.__dict__.update(request.form.to_dict())
    db.session.commit()
    return jsonify(ok=True)


def create_order(request):
    # expect: mass-assignment
    order = Order.objects.create(**request.POST.dict())
    return JsonResponse({"id": order.id})


def create_order_fields(request):
    # ok: mass-assignment
    order = Order.objects.create(**{field: request.POST[field] for field in ("product", "quantity")})
    return JsonResponse({"id": order.id})


def update_orders(request):
    payload = json.loads(request.body)
    # expect: mass-assignment
    Order.objects.filter(owner=request.user).update(**payload)
    return JsonResponse({"ok": True})


def update_orders_form(request):
    form = ProfileForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    # ok: mass-assignment
    Profile.objects.filter(user=request.user).update(**form.cleaned_data)
    return JsonResponse({"ok": True})


def build_user(**fields):
    # ok: mass-assignment
    return User(**fields)


@app.route("/debug")
def debug():
    # ok: mass-assignment
    return jsonify(**request.args)


class SignupInput(BaseModel):
    name: str
    email: str


class Signup(BaseModel):
    name: str
    email: str


@app.route("/signup", methods=["POST"])
def signup():
    # ok: mass-assignment
    data = SignupInput(**request.get_json())
    # ok: mass-assignment
    checked = Signup(**request.get_json())
    # expect: mass-assignment
    user = User(**request.get_json())
    return jsonify(name=data.name, email=checked.email, id=user.id)
