from Crypto.Hash import MD5, SHA, SHA256
from Cryptodome.Hash import MD4 as md4
import Crypto.Hash.MD2
from cryptography.hazmat.primitives import hashes

# expect: insecure-hash
MD5.new(data)
# expect: insecure-hash
SHA.new(data)
# expect: insecure-hash
md4.new(data)
# expect: insecure-hash
Crypto.Hash.MD2.new(data)
# expect: insecure-hash
hashes.Hash(hashes.SHA1())
# expect: insecure-hash
hashes.MD5()
# ok: insecure-hash
SHA256.new(data)
# ok: insecure-hash
hashes.Hash(hashes.SHA256())
