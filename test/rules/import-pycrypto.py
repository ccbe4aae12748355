# expect: import-pycrypto
from Crypto.Cipher import AES
# expect: import-pycrypto
import Crypto.PublicKey.RSA
# ok: import-pycrypto
from Cryptodome.Cipher import AES as DomeAES
# ok: import-pycrypto
from cryptography.fernet import Fernet
