"""Notification senders: a cron script and a Django-style helper."""
import smtplib
import ssl
from email.message import EmailMessage

from django.conf import settings


def send_report(user, password, message: EmailMessage):
    server = smtplib.SMTP("smtp.gmail.com", 587)
    # expect: smtp-login-without-starttls
    server.login(user, password)
    server.send_message(message)
    server.quit()


def send_report_securely(user, password, message: EmailMessage):
    server = smtplib.SMTP("smtp.gmail.com", 587)
    server.starttls(context=ssl.create_default_context())
    # ok: smtp-login-without-starttls
    server.login(user, password)
    server.send_message(message)


def send_alert(message: EmailMessage):
    with smtplib.SMTP(settings.EMAIL_HOST, 25) as server:
        # expect: smtp-login-without-starttls
        server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        server.send_message(message)


def send_alert_over_tls(message: EmailMessage):
    with smtplib.SMTP_SSL(settings.EMAIL_HOST, 465) as server:
        # ok: smtp-login-without-starttls
        server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        server.send_message(message)


def send_via_relay(message: EmailMessage, host, use_tls):
    server = smtplib.SMTP(host)
    if use_tls:
        server.starttls()
    # ok: smtp-login-without-starttls
    server.login("relay", settings.RELAY_PASSWORD)
    server.send_message(message)


def send_to_dev_mailcatcher(message: EmailMessage):
    server = smtplib.SMTP("localhost", 1025)
    # ok: smtp-login-without-starttls
    server.login("dev", "dev")
    server.send_message(message)


def lmtp_delivery(message: EmailMessage, password):
    server = smtplib.LMTP("mail.corp.net", 24)
    # expect: smtp-login-without-starttls
    server.login("deliver", password)


def lazy_connect(host, user, password):
    server = smtplib.SMTP()
    server.connect(host, 587)
    # expect: smtp-login-without-starttls
    server.login(user, password)
    return server


def ftp_style_login(ftp, user, password):
    # ok: smtp-login-without-starttls
    ftp.login(user, password)


def mailtrap(message: EmailMessage):
    # expect: smtp-login-without-starttls
    smtplib.SMTP("sandbox.smtp.mailtrap.io", 2525).login("user", settings.MAILTRAP_PASSWORD)
    # ok: smtp-login-without-starttls
    smtplib.SMTP_SSL("sandbox.smtp.mailtrap.io", 465).login("user", settings.MAILTRAP_PASSWORD)


class Mailer:
    def __init__(self, host):
        self.server = smtplib.SMTP(host, 587)

    def send(self, user, password, message: EmailMessage):
        # expect: smtp-login-without-starttls
        self.server.login(user, password)
        self.server.send_message(message)


class SecureMailer:
    def __init__(self, host):
        self.connection = smtplib.SMTP(host, 587)
        self.connection.starttls(context=ssl.create_default_context())

    def send(self, user, password, message: EmailMessage):
        # ok: smtp-login-without-starttls
        self.connection.login(user, password)
        self.connection.send_message(message)


def send_newsletter(password, message: EmailMessage):
    server = smtplib.SMTP("smtp.test", 587)
    # A reserved test domain (which never resolves) stands for a real one: reported at low confidence, never blocking.
    # expect: smtp-login-without-starttls
    server.login("newsletter", password)
    server.send_message(message)
