import sys
import xml.etree.ElementTree as ET

from django.http import JsonResponse
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("users.xml")
ROLES = ("admin", "editor", "viewer")


@app.route("/login", methods=["POST"])
def login():
    name = request.form["name"]
    password = request.form["password"]
    query = "//user[@name='" + name + "' and @password='" + password + "']"
    # expect: xpath-injection
    return "ok" if USERS.xpath(query) else "denied"


@app.route("/login-bound", methods=["POST"])
def login_bound():
    # ok: xpath-injection
    found = USERS.xpath("//user[@name=$name and @password=$pw]", name=request.form["name"], pw=request.form["password"])
    return "ok" if found else "denied"


@app.route("/user/<username>")
def profile(username):
    # expect: xpath-injection
    finder = etree.XPath(f"//user[@name='{username}']/email/text()")
    return str(finder(USERS))


@app.route("/user-compiled/<username>")
def profile_compiled(username):
    finder = etree.XPath("//user[@name=$name]/email/text()")
    # ok: xpath-injection
    return str(finder(USERS, name=username))


def catalog_price(request):
    root = ET.parse("catalog.xml").getroot()
    sku = request.GET.get("sku", "")
    # expect: xpath-injection
    node = root.find(".//item[@sku='%s']/price" % sku)
    return JsonResponse({"price": node.text})


def catalog_price_by_id(request):
    root = ET.parse("catalog.xml").getroot()
    # ok: xpath-injection
    node = root.find(".//item[@id='%d']/price" % int(request.GET["id"]))
    return JsonResponse({"price": node.text})


def members(request):
    root = ET.parse("groups.xml").getroot()
    role = request.GET["role"]
    # expect: xpath-injection
    names = [member.text for member in root.iterfind(".//group[@role='{}']/member".format(role))]
    return JsonResponse({"members": names})


def members_checked(request):
    root = ET.parse("groups.xml").getroot()
    role = request.GET["role"]
    if role not in ROLES:
        return JsonResponse({"error": "unknown role"}, status=400)
    # ok: xpath-injection
    names = [member.text for member in root.iterfind(f".//group[@role='{role}']/member")]
    return JsonResponse({"members": names})


def title_contains(request):
    # ok: xpath-injection
    position = request.GET["title"].find("[draft]")
    return JsonResponse({"draft": position >= 0})


def lookup(tree, tag):
    # expect: xpath-injection
    return tree.xpath("//%s/text()" % tag)


def first_heading(tree):
    # ok: xpath-injection
    return tree.findtext(".//h1")


if __name__ == "__main__":
    # expect: xpath-injection
    print(USERS.xpath("//user[@name='%s']" % sys.argv[1]))


def disk_section(ovf):
    namespace = "{%s}" % ovf.nsmap["ovf"]
    # ok: xpath-injection
    return ovf.find("./%sDiskSection/%sDisk" % (namespace, namespace))
