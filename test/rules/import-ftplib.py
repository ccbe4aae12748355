# expect: import-ftplib
import ftplib
# expect: import-ftplib
from ftplib import FTP_TLS
# ok: import-ftplib
import ftplib_helpers
