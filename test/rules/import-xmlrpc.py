# expect: import-xmlrpc
import xmlrpc.client
# expect: import-xmlrpc
from xmlrpc.server import SimpleXMLRPCServer
# expect: import-xmlrpc
import xmlrpclib
# ok: import-xmlrpc
import defusedxml.xmlrpc
