from django.http import JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask_wtf.csrf import CSRFProtect

from app.extensions import csrf as flask_csrf

protect = CSRFProtect()


# expect: csrf-exempt
@csrf_exempt
def transfer(request):
    return JsonResponse({})


# expect: csrf-exempt
@csrf.csrf_exempt
def webhook(request):
    return JsonResponse({})


# expect: csrf-exempt
@method_decorator(csrf_exempt, name="dispatch")
class Payments(View):
    pass


# expect: csrf-exempt
@method_decorator([csrf_exempt], name="dispatch")
class Refunds(View):
    pass


# expect: csrf-exempt
@protect.exempt
def flask_hook():
    return ""


# expect: csrf-exempt
@flask_csrf.exempt
def other_hook():
    return ""


urlpatterns = [
    # expect: csrf-exempt
    path("pay/", csrf_exempt(transfer)),
    # ok: csrf-exempt
    path("safe/", csrf_protect(transfer)),
]


# ok: csrf-exempt
@csrf_protect
def settings_view(request):
    return JsonResponse({})


# ok: csrf-exempt
@method_decorator(csrf_protect, name="dispatch")
class Profile(View):
    pass
