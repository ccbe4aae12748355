import ftplib
from ftplib import FTP as PlainFTP

# expect: ftp-call
session = ftplib.FTP("ftp.example", "user", password)
# expect: ftp-call
other = PlainFTP("ftp.example")
# ok: ftp-call
secure = ftplib.FTP_TLS("ftp.example")
