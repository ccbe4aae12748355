"""Clients of internal services: a sync worker, a Mongo-backed cache and a curl-based downloader."""
import ssl

import httplib2
import ldap
import pycurl
import urllib3
import websocket
from pymongo import MongoClient
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

CA_BUNDLE = "/etc/ssl/certs/corp-ca.pem"


def http_client():
    # expect: certificate-checks-disabled
    return httplib2.Http(disable_ssl_certificate_validation=True)


def http_client_verified():
    # ok: certificate-checks-disabled
    return httplib2.Http(ca_certs=CA_BUNDLE)


def pool():
    # expect: certificate-checks-disabled
    insecure = urllib3.PoolManager(cert_reqs="CERT_NONE")
    # ok: certificate-checks-disabled
    secure = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE)
    # expect: certificate-checks-disabled
    no_host_check = urllib3.HTTPSConnectionPool("db.corp.net", assert_hostname=False)
    return insecure, secure, no_host_check


async def fetch(url):
    # expect: certificate-checks-disabled
    request = HTTPRequest(url, validate_cert=False)
    # ok: certificate-checks-disabled
    checked = HTTPRequest(url, validate_cert=True, ca_certs=CA_BUNDLE)
    return await AsyncHTTPClient().fetch(request), checked


def mongo(uri):
    # expect: certificate-checks-disabled
    loose = MongoClient(uri, tls=True, tlsAllowInvalidCertificates=True)
    # ok: certificate-checks-disabled
    strict = MongoClient(uri, tls=True, tlsCAFile=CA_BUNDLE)
    return loose, strict


def ticker():
    # expect: certificate-checks-disabled
    loose = websocket.create_connection("wss://stream.vendor.io", sslopt={"cert_reqs": ssl.CERT_NONE})
    # ok: certificate-checks-disabled
    strict = websocket.create_connection("wss://stream.vendor.io", sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": CA_BUNDLE})
    return loose, strict


def download(url, target):
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, url)
    # expect: certificate-checks-disabled
    curl.setopt(pycurl.SSL_VERIFYPEER, 0)
    # ok: certificate-checks-disabled
    curl.setopt(pycurl.SSL_VERIFYHOST, 2)
    curl.setopt(pycurl.WRITEDATA, target)
    curl.perform()


def directory():
    # expect: certificate-checks-disabled
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    # ok: certificate-checks-disabled
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    return ldap.initialize("ldaps://ldap.corp.net")


def configured(settings):
    # ok: certificate-checks-disabled
    return httplib2.Http(disable_ssl_certificate_validation=settings.insecure_tls)


def serve(sock, cert_file, key_file):
    # ok: certificate-checks-disabled
    options = {"server_side": True, "certfile": cert_file, "keyfile": key_file, "cert_reqs": ssl.CERT_NONE}
    # ok: certificate-checks-disabled
    return wrap_ssl(sock, server_side=True, certfile=cert_file, cert_reqs=ssl.CERT_NONE), options
