from mako import template
from mako.lookup import TemplateLookup
from mako.template import Template


def render(comment):
    # expect: mako-templates
    page = Template("<p>${comment}</p>")
    # expect: mako-templates
    other = template.Template("<p>${comment}</p>")
    # expect: mako-templates
    lookup = TemplateLookup(directories=["templates"])
    # ok: mako-templates
    safe = Template("<p>${comment}</p>", default_filters=["h"])
    # ok: mako-templates
    safe_lookup = TemplateLookup(directories=["templates"], default_filters=["html_escape"])
    return page, other, lookup, safe, safe_lookup
