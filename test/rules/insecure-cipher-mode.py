from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from Crypto.Cipher import AES
from Cryptodome.Cipher import AES as DomeAES
from Crypto.Cipher.AES import MODE_ECB

# expect: insecure-cipher-mode
Cipher(algorithms.AES(key), modes.ECB())
# expect: insecure-cipher-mode
AES.new(key, AES.MODE_ECB)
# expect: insecure-cipher-mode
DomeAES.new(key, mode=DomeAES.MODE_ECB)
# expect: insecure-cipher-mode
AES.new(key, MODE_ECB)
# ok: insecure-cipher-mode
AES.new(key, AES.MODE_GCM, nonce=nonce)
# ok: insecure-cipher-mode
Cipher(algorithms.AES(key), modes.CBC(iv))
# ok: insecure-cipher-mode
DomeAES.new(key, DomeAES.MODE_CTR)
