import wsgiref.handlers
from twisted.web import twcgi
# expect: import-httpoxy
from wsgiref.handlers import CGIHandler
# expect: import-httpoxy
from twisted.web.twcgi import CGIScript, CGIDirectory
# ok: import-httpoxy
from wsgiref.simple_server import make_server

# expect: import-httpoxy
wsgiref.handlers.CGIHandler().run(app)
# expect: import-httpoxy
resource = twcgi.CGIDirectory("/srv/cgi")
