from cryptography.hazmat import backends
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from Crypto.PublicKey import DSA as pycrypto_dsa
from Cryptodome.PublicKey import RSA as pycryptodomex_rsa

# expect: weak-crypto-key
dsa.generate_private_key(key_size=1024, backend=backends.default_backend())
# expect: weak-crypto-key
rsa.generate_private_key(public_exponent=65537, key_size=512)
# expect: weak-crypto-key
rsa.generate_private_key(3, 1024, backends.default_backend())
# expect: weak-crypto-key
ec.generate_private_key(curve=ec.SECP192R1, backend=backends.default_backend())
# expect: weak-crypto-key
ec.generate_private_key(ec.SECT163R2())
# expect: weak-crypto-key
pycrypto_dsa.generate(bits=1024)
# expect: weak-crypto-key
pycryptodomex_rsa.generate(512)
# ok: weak-crypto-key
rsa.generate_private_key(public_exponent=65537, key_size=2048)
# ok: weak-crypto-key
rsa.generate_private_key(public_exponent=65537, key_size=size)
# ok: weak-crypto-key
ec.generate_private_key(ec.SECP384R1())
# ok: weak-crypto-key
pycryptodomex_rsa.generate(4096)
# ok: weak-crypto-key
dsa.generate_private_key(backend=backends.default_backend())
