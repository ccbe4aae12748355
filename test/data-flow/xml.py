# XML parsing of attacker-controlled documents (stdlib parsers: entity expansion, external DTDs): vulnerable cases
# and safe look-alikes.
import sys
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax
from xml.dom import pulldom

import defusedxml.ElementTree as SafeET
import defusedxml.minidom
from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

CONFIG = "<config><debug>false</debug></config>"


@app.route("/upload", methods=["POST"])
def upload():
    # expect: xml-etree-parse high/high blocking
    root = ET.fromstring(request.data)
    return root.tag


@app.route("/feed", methods=["POST"])
def feed():
    document = request.get_data()
    # expect: xml-minidom-parse high/high blocking
    dom = xml.dom.minidom.parseString(document)
    return dom.documentElement.tagName


@app.route("/form", methods=["POST"])
def form():
    text = request.form["xml"]
    # expect: xml-etree-parse high/high blocking
    return ET.XML(text).tag


@app.route("/file", methods=["POST"])
def file_upload():
    stream = request.files["doc"]
    # expect: xml-etree-parse high/high blocking
    tree = ET.parse(stream)
    return tree.getroot().tag


@app.route("/sax", methods=["POST"])
def sax():
    # expect: xml-sax-parse high/high blocking
    xml.sax.parseString(request.data, Handler())
    return "ok"


@app.route("/pull", methods=["POST"])
def pull():
    # expect: xml-pulldom-parse high/high blocking
    events = pulldom.parseString(request.get_data(as_text=True))
    return str(len(list(events)))


def django_import(request):
    # expect: xml-etree-parse high/high blocking
    root = ET.fromstring(request.body)
    return HttpResponse(root.tag)


def django_post(request):
    payload = request.POST["payload"]
    # expect: xml-minidom-parse high/high blocking
    doc = xml.dom.minidom.parseString(payload)
    return HttpResponse(doc.toxml())


def django_iter(request):
    # expect: xml-etree-parse high/high blocking
    for event, element in ET.iterparse(request.FILES["feed"]):
        print(event, element)
    return HttpResponse("ok")


@api.post("/xml")
def fastapi_xml(document: str):
    # expect: xml-etree-parse high/high blocking
    return {"tag": ET.fromstring(document).tag}


def cli():
    # expect: xml-etree-parse high/high blocking
    print(ET.fromstring(sys.stdin.read()).tag)


def parse_reply(body):
    # expect: xml-etree-parse medium/medium
    return ET.fromstring(body)


def parse_file(path):
    # expect: xml-minidom-parse medium/medium
    return xml.dom.minidom.parse(path)


def streaming_parser():
    # expect: xml-etree-parse medium/low
    return ET.XMLParser()


def sax_reader():
    # expect: xml-sax-parse medium/low
    return xml.sax.make_parser()


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    # ok: xml-etree-parse
    return SafeET.fromstring(request.data).tag


@app.route("/feed-safe", methods=["POST"])
def feed_safe():
    # ok: xml-minidom-parse
    return defusedxml.minidom.parseString(request.get_data()).documentElement.tagName


@app.route("/config")
def config():
    # ok: xml-etree-parse audit
    return ET.fromstring(CONFIG).find("debug").text


@app.route("/literal")
def literal():
    # ok: xml-etree-parse audit
    return ET.XML("<ok/>").tag


@app.route("/template")
def template():
    name = request.args.get("name")
    root = ET.fromstring("<greeting/>")
    root.set("name", name)
    # ok: xml-etree-parse
    return ET.tostring(root)


@app.route("/build")
def build():
    element = ET.Element("user")
    element.text = request.args.get("name")
    # ok: xml-etree-parse
    return ET.tostring(element)


def django_safe(request):
    # ok: xml-etree-parse
    root = SafeET.fromstring(request.body)
    return HttpResponse(root.tag)


def django_constant(request):
    # ok: xml-minidom-parse audit
    doc = xml.dom.minidom.parseString("<status>ok</status>")
    return HttpResponse(doc.toxml())


def django_settings_file(request):
    # ok: xml-etree-parse audit
    tree = ET.parse("/etc/app/settings.xml")
    return HttpResponse(tree.getroot().tag)


@api.post("/xml-safe")
def fastapi_safe(document: str):
    # ok: xml-etree-parse
    return {"tag": SafeET.fromstring(document).tag}


def cli_safe():
    # ok: xml-etree-parse
    print(SafeET.fromstring(sys.stdin.read()).tag)


def render(name):
    # ok: xml-minidom-parse
    doc = xml.dom.minidom.Document()
    doc.appendChild(doc.createElement(name))
    return doc.toxml()


def serialize(root):
    # ok: xml-etree-parse
    return ET.tostring(root, encoding="unicode")


def constant_pull():
    # ok: xml-pulldom-parse audit
    return list(pulldom.parseString("<a><b/></a>"))


def constant_sax(handler):
    # ok: xml-sax-parse audit
    xml.sax.parseString(b"<a/>", handler)
