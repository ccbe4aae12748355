# expect: import-ftplib
import ftplib
# expect: import-ftplib
from ftplib import FTP
# ok: import-ftplib
import ftplib_helpers
