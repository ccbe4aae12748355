"""Pyramid application setup: sessions and authentication."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory
from pyramid.settings import asbool


def main(global_config, **settings):
    # expect: pyramid-insecure-cookie
    session_factory = SignedCookieSessionFactory(settings["session.secret"])
    # ok: pyramid-insecure-cookie
    hardened_sessions = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)
    # expect: pyramid-insecure-cookie
    policy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True)
    # ok: pyramid-insecure-cookie
    hardened_policy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)
    # ok: pyramid-insecure-cookie
    configured_policy = AuthTktAuthenticationPolicy(
        settings["auth.secret"], secure=asbool(settings.get("auth.secure", True)), http_only=True,
    )
    # expect: pyramid-insecure-cookie
    helper = AuthTktCookieHelper(settings["auth.secret"], secure=False, http_only=False)
    # ok: pyramid-insecure-cookie
    hardened_helper = AuthTktCookieHelper(settings["auth.secret"], secure=True, http_only=True)
    # expect: pyramid-insecure-cookie
    debug_sessions = SignedCookieSessionFactory("itsaseekreet", httponly=True)
    # ok: pyramid-insecure-cookie
    forwarded = SignedCookieSessionFactory(settings["session.secret"], **settings["session.options"])
    config = Configurator(settings=settings, session_factory=session_factory, authentication_policy=policy)
    return config.make_wsgi_app(), hardened_sessions, hardened_policy, configured_policy, helper, hardened_helper, debug_sessions, forwarded
