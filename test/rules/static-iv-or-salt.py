"""Encryption helpers of a settings vault and a password store."""
import hashlib
import os

import bcrypt
from Crypto.Cipher import AES, ChaCha20
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives import hashes

ZERO_IV = b"\x00" * 16
LEGACY_SALT = b"company-salt"


def encrypt_setting(key, value):
    # expect: static-iv-or-salt
    cipher = AES.new(key, AES.MODE_CBC, iv=b"0000000000000000")
    return cipher.encrypt(value)


def encrypt_setting_properly(key, value):
    iv = os.urandom(16)
    # ok: static-iv-or-salt
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(value)


def encrypt_counter(key, value):
    # expect: static-iv-or-salt
    return AES.new(key, AES.MODE_CTR, nonce=b"12345678").encrypt(value)


def encrypt_counter_properly(key, value):
    nonce = os.urandom(8)
    # ok: static-iv-or-salt
    return nonce + AES.new(key, AES.MODE_CTR, nonce=nonce).encrypt(value)


def encrypt_with_cryptography(key, value):
    # expect: static-iv-or-salt
    encryptor = Cipher(algorithms.AES(key), modes.CBC(ZERO_IV)).encryptor()
    return encryptor.update(value) + encryptor.finalize()


def encrypt_with_cryptography_properly(key, value, iv):
    # ok: static-iv-or-salt
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(value) + encryptor.finalize()


def seal(key, value):
    # expect: static-iv-or-salt
    return AESGCM(key).encrypt(bytes(12), value, None)


def seal_properly(key, value):
    nonce = os.urandom(12)
    # ok: static-iv-or-salt
    return nonce + AESGCM(key).encrypt(nonce, value, None)


def stream(key, value):
    # expect: static-iv-or-salt
    return ChaCha20.new(key=key, nonce=b"abcdefgh").encrypt(value)


def hash_password(password):
    # expect: static-iv-or-salt
    return hashlib.pbkdf2_hmac("sha256", password.encode(), LEGACY_SALT, 600_000)


def hash_password_properly(password):
    salt = os.urandom(16)
    # ok: static-iv-or-salt
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def derive_key(password):
    # expect: static-iv-or-salt
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"fixed", iterations=480_000)
    return kdf.derive(password)


def derive_key_properly(password, salt):
    # ok: static-iv-or-salt
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480_000)
    return kdf.derive(password)


def bcrypt_hash(password):
    # expect: static-iv-or-salt
    return bcrypt.hashpw(password, b"$2b$12$abcdefghijklmnopqrstuu")


def bcrypt_hash_properly(password):
    # ok: static-iv-or-salt
    return bcrypt.hashpw(password, bcrypt.gensalt())
