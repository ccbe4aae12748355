from Crypto.Cipher import ARC2, ARC4, Blowfish, DES, DES3, XOR, AES
from Cryptodome.Cipher import ARC4 as DomeARC4
from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES

# expect: insecure-cipher
ARC2.new(key, ARC2.MODE_CFB, iv)
# expect: insecure-cipher
ARC4.new(key)
# expect: insecure-cipher
DomeARC4.new(key)
# expect: insecure-cipher
Blowfish.new(key, Blowfish.MODE_CBC, iv)
# expect: insecure-cipher
DES.new(key, DES.MODE_CBC, iv)
# expect: insecure-cipher
DES3.new(key, DES3.MODE_CBC, iv)
# expect: insecure-cipher
XOR.new(key)
# expect: insecure-cipher
Cipher(algorithms.ARC4(key), mode=None)
# expect: insecure-cipher
algorithms.Blowfish(key)
# expect: insecure-cipher
algorithms.CAST5(key)
# expect: insecure-cipher
algorithms.IDEA(key)
# expect: insecure-cipher
algorithms.SEED(key)
# expect: insecure-cipher
TripleDES(key)
# ok: insecure-cipher
Cipher(algorithms.AES(key), modes.GCM(iv))
# ok: insecure-cipher
AES.new(key, AES.MODE_GCM)
