from xml.sax.saxutils import escape

from django.http import HttpResponse
from flask import Flask, Response, request
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import VoiceResponse

app = Flask(__name__)
client = Client()


@app.route("/call-back", methods=["POST"])
def call_back():
    message = request.form["message"]
    # expect: twiml-injection
    client.calls.create(to="+15550100", from_="+15550199", twiml=f"<Response><Say>{message}</Say></Response>")
    return "queued"


@app.route("/call-back-builder", methods=["POST"])
def call_back_builder():
    answer = VoiceResponse()
    answer.say(request.form["message"])
    # ok: twiml-injection
    client.calls.create(to="+15550100", from_="+15550199", twiml=str(answer))
    return "queued"


@app.route("/call-back-escaped", methods=["POST"])
def call_back_escaped():
    message = escape(request.form["message"])
    # ok: twiml-injection
    client.calls.create(to="+15550100", from_="+15550199", twiml="<Response><Say>" + message + "</Say></Response>")
    return "queued"


def announce(call_sid, text):
    # expect: twiml-injection
    client.calls(call_sid).update(twiml="<Response><Say>%s</Say></Response>" % text)


def announce_fixed(call_sid):
    # ok: twiml-injection
    client.calls(call_sid).update(twiml="<Response><Say>Please hold.</Say></Response>")


@app.route("/sms", methods=["POST"])
def sms_reply():
    body = request.values.get("Body", "")
    # expect: twiml-injection
    twiml = "<Response><Message>You said: {}</Message></Response>".format(body)
    return Response(twiml, mimetype="text/xml")


@app.route("/sms-builder", methods=["POST"])
def sms_reply_builder():
    reply = MessagingResponse()
    reply.message("You said: " + request.values.get("Body", ""))
    # ok: twiml-injection
    return Response(str(reply), mimetype="text/xml")


def voice_webhook(request):
    digits = request.POST.get("Digits", "")
    # expect: twiml-injection
    xml = f"<?xml version='1.0'?><Response><Say>You pressed {digits}</Say></Response>"
    return HttpResponse(xml, content_type="text/xml")


def voice_webhook_numeric(request):
    digits = int(request.POST.get("Digits", "0"))
    # ok: twiml-injection
    xml = f"<?xml version='1.0'?><Response><Say>You pressed {digits}</Say></Response>"
    return HttpResponse(xml, content_type="text/xml")


def forward(number):
    # expect: twiml-injection
    client.calls.create(to="+15550100", from_="+15550199", twiml=f"<Response><Dial>{number}</Dial></Response>")


def forward_builder(number):
    answer = VoiceResponse()
    answer.dial(number)
    # ok: twiml-injection
    client.calls.create(to="+15550100", from_="+15550199", twiml=answer)
