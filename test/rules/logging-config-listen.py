import logging.config
from logging import config as logconfig


def start(check_signature):
    # expect: logging-config-listen
    logging.config.listen(9999)
    # expect: logging-config-listen
    logconfig.listen()
    # ok: logging-config-listen
    logging.config.listen(9999, verify=check_signature)
