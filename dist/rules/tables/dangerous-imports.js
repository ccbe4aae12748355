// Bandit's B4xx blacklist of imports, one row per rule, matched as a prefix of the imported name (on dotted
// boundaries: `pickle` matches `pickle` and `pickle.Unpickler`, not `pickletools`), and on dynamic imports
// (`importlib.import_module("pickle")`, `__import__("pickle")`).
//
// The low-severity rows only say "this module can be misused"; the call rules (pickle-load, xml-*-parse,
// subprocess-*) report the actual use. They are left out of the `recommended` preset and on in `strict`/`bandit`.
import { importTableRule } from '../support/call-table.js';
const XML_FIX = 'Use defusedxml for parsing untrusted XML (defusedxml.ElementTree, defusedxml.minidom, …) or call defusedxml.defuse_stdlib().';
const XML_WHY = 'The standard library XML parsers expand entities and are vulnerable to entity-expansion attacks (billion laughs) on untrusted input. The import is a reminder; the parse calls are reported by their own rules.';
const XML_REFERENCES = ['https://docs.python.org/3/library/xml.html#xml-vulnerabilities', 'https://pypi.org/project/defusedxml/'];
function xmlImportRow(id, bandit, ruff, name, modules, bad, good, except = []) {
    return {
        id, aliases: [bandit, ruff, name], category: 'xxe', cwe: 20, severity: 'low', confidence: 'high', recommended: false,
        modules, except,
        message: 'stdlib XML module imported: parsing untrusted XML with it is vulnerable to XML attacks',
        fix: XML_FIX,
        docs: { why: XML_WHY, bad: [bad], good: [good], references: XML_REFERENCES },
    };
}
const ROWS = [
    {
        id: 'import-telnetlib', aliases: ['B401', 'S401', 'import_telnetlib'], category: 'insecure-transport', cwe: 319, severity: 'high', confidence: 'high',
        modules: ['telnetlib'],
        message: 'telnetlib sends everything, passwords included, in clear text',
        fix: 'Use SSH (paramiko, asyncssh) instead of Telnet.',
        docs: {
            why: 'Telnet has no encryption; anyone on the path reads and can alter the session.',
            bad: ['import telnetlib\n'],
            good: ['import paramiko\n'],
            references: ['https://cwe.mitre.org/data/definitions/319.html'],
        },
    },
    {
        id: 'import-ftplib', aliases: ['B402', 'S402', 'import_ftplib'], category: 'insecure-transport', cwe: 319, severity: 'high', confidence: 'high',
        modules: ['ftplib'],
        // A file that uses the encrypted FTP_TLS imports ftplib for it; a plain FTP() there is still ftp-call's finding.
        notWhenSourceShows: /\bFTP_TLS\b/,
        message: 'ftplib imported: plain FTP sends credentials and files in clear text',
        fix: 'Use SFTP (paramiko) or ftplib.FTP_TLS with prot_p().',
        docs: {
            why: 'FTP has no encryption; the login and every file cross the network readable by anyone on the path. FTP_TLS, from the same module, is the encrypted variant: a file that uses it is not reported here (a plain FTP() call in it still is, by ftp-call).',
            bad: ['import ftplib\n', 'from ftplib import FTP\n'],
            good: ['import paramiko\n', 'import ftplib\nftp = ftplib.FTP_TLS("ftp.example.com")\nftp.login(user, password)\nftp.prot_p()\n'],
            references: ['https://cwe.mitre.org/data/definitions/319.html'],
        },
    },
    {
        id: 'import-pickle', aliases: ['B403', 'S403', 'import_pickle'], category: 'deserialization', cwe: 502, severity: 'low', confidence: 'high', recommended: false,
        modules: ['pickle', 'cPickle', '_pickle', 'dill', 'shelve'],
        message: 'pickle-based module imported: loading untrusted pickles executes code',
        fix: 'Prefer json or another data-only format for anything that crosses a trust boundary.',
        docs: {
            why: 'pickle, dill and shelve deserialise by running code named in the data. The import is a reminder; pickle-load reports the loads.',
            bad: ['import pickle\n', 'import pickle as p\n', 'import importlib\ncodec = importlib.import_module("pickle")\n'],
            good: ['import json\n', 'import pickletools\n'],
            references: ['https://docs.python.org/3/library/pickle.html'],
        },
    },
    {
        id: 'import-subprocess', aliases: ['B404', 'S404', 'import_subprocess'], category: 'command-injection', cwe: 78, severity: 'low', confidence: 'high', recommended: false,
        modules: ['subprocess'],
        message: 'subprocess imported: review how commands are built',
        fix: 'Nothing to change for the import itself; pass argument lists (not strings) and avoid shell=True.',
        docs: {
            why: 'Running processes is where command injection happens. The import is a reminder; the subprocess rules report the risky calls.',
            bad: ['import subprocess\n', 'from subprocess import run\n'],
            good: ['import shlex\n'],
            references: ['https://docs.python.org/3/library/subprocess.html#security-considerations'],
        },
    },
    xmlImportRow('import-xml-etree', 'B405', 'S405', 'import_xml_etree', ['xml.etree.cElementTree', 'xml.etree.ElementTree'], 'import xml.etree.ElementTree as ET\n', 'import defusedxml.ElementTree as ET\n'),
    // `xml.sax.saxutils` (escape/quoteattr/XMLGenerator) writes XML and never parses it: not flagged (Bandit does).
    xmlImportRow('import-xml-sax', 'B406', 'S406', 'import_xml_sax', ['xml.sax'], 'import xml.sax\n', 'from xml.sax.saxutils import escape\n', ['xml.sax.saxutils']),
    xmlImportRow('import-xml-expat', 'B407', 'S407', 'import_xml_expat', ['xml.dom.expatbuilder'], 'import xml.dom.expatbuilder\n', 'import defusedxml.expatbuilder\n'),
    xmlImportRow('import-xml-minidom', 'B408', 'S408', 'import_xml_minidom', ['xml.dom.minidom'], 'from xml.dom import minidom\n', 'import defusedxml.minidom\n'),
    xmlImportRow('import-xml-pulldom', 'B409', 'S409', 'import_xml_pulldom', ['xml.dom.pulldom'], 'from xml.dom import pulldom\n', 'import defusedxml.pulldom\n'),
    {
        id: 'import-xmlrpc', aliases: ['B411', 'S411', 'import_xmlrpclib'], category: 'xxe', cwe: 20, severity: 'high', confidence: 'high',
        modules: ['xmlrpc', 'xmlrpclib', 'SimpleXMLRPCServer'],
        message: 'xmlrpc parses XML from the network with the vulnerable stdlib parser',
        fix: 'Call defusedxml.xmlrpc.monkey_patch() before using xmlrpc, or use a JSON-based RPC.',
        docs: {
            why: 'xmlrpc.client and xmlrpc.server parse whatever XML the peer sends with expat: a malicious peer can exhaust memory with entity expansion or a decompression bomb.',
            bad: ['import xmlrpc.client\n', 'from xmlrpc.server import SimpleXMLRPCServer\n'],
            good: ['import json\n'],
            references: ['https://docs.python.org/3/library/xmlrpc.html', 'https://pypi.org/project/defusedxml/'],
        },
    },
    {
        id: 'import-httpoxy', aliases: ['B412', 'S412', 'import_httpoxy'], category: 'insecure-config', cwe: 284, severity: 'high', confidence: 'high',
        modules: ['wsgiref.handlers.CGIHandler', 'twisted.web.twcgi.CGIScript', 'twisted.web.twcgi.CGIDirectory'],
        message: 'CGI handler exposes the application to httpoxy (the Proxy request header becomes HTTP_PROXY)',
        fix: 'Serve the application with a WSGI server instead of CGI, or strip the Proxy header before the application runs.',
        docs: {
            why: 'Under CGI, a request header `Proxy: evil:8080` becomes the environment variable HTTP_PROXY, which HTTP client libraries use as their proxy: outgoing requests of the application are sent to the attacker.',
            bad: ['from wsgiref.handlers import CGIHandler\n', 'import wsgiref.handlers\nwsgiref.handlers.CGIHandler().run(app)\n'],
            good: ['from wsgiref.simple_server import make_server\n'],
            references: ['https://httpoxy.org/', 'https://cwe.mitre.org/data/definitions/284.html'],
        },
    },
    {
        // Confidence low (Bandit: high): PyCryptodome installs under the same `Crypto` package as a drop-in
        // replacement, so the import alone does not prove the unmaintained PyCrypto is used; this keeps it from
        // blocking commits while still listing it.
        id: 'import-pycrypto', aliases: ['B413', 'S413', 'import_pycrypto'], category: 'weak-crypto', cwe: 327, severity: 'high', confidence: 'low',
        modules: ['Crypto.Cipher', 'Crypto.Hash', 'Crypto.IO', 'Crypto.Protocol', 'Crypto.PublicKey', 'Crypto.Random', 'Crypto.Signature', 'Crypto.Util'],
        // Modes, modules and methods PyCrypto 2.6 never had: a file using them runs on PyCryptodome.
        notWhenSourceShows: /\bMODE_(?:GCM|EAX|SIV|OCB|CCM)\b|\bCrypto\.Util\.Padding\b|\b(?:encrypt_and_digest|decrypt_and_verify)\b|\bChaCha20|\bSalsa20\b|\bCrypto\.PublicKey\s+import\s+(?:[\w\s,]*\b)?ECC\b|\bCrypto\.Signature\s+import\s+(?:[\w\s,]*\b)?(?:pkcs1_15|pss|DSS|eddsa)\b|\bSHA3_\d|\bBLAKE2[bs]\b/,
        message: 'PyCrypto is unmaintained and has known vulnerabilities (unless this is PyCryptodome\'s drop-in `Crypto` package)',
        fix: 'Use the cryptography package, or PyCryptodome (preferably as `Cryptodome`).',
        docs: {
            why: 'PyCrypto has had no release since 2013 and carries known vulnerabilities (e.g. CVE-2013-7459, a heap overflow in AES.new). A file that uses what only PyCryptodome has (GCM/EAX/SIV/OCB/CCM modes, Crypto.Util.Padding, ChaCha20, ECC, pkcs1_15/pss signatures, SHA-3, BLAKE2) is not reported.',
            bad: ['from Crypto.Cipher import AES\n'],
            good: [
                'from Cryptodome.Cipher import AES\n', 'from cryptography.fernet import Fernet\n',
                'from Crypto.Cipher import AES  # PyCryptodome: PyCrypto has no GCM\ncipher = AES.new(key, AES.MODE_GCM)\n',
            ],
            references: ['https://github.com/pycrypto/pycrypto/issues/176', 'https://cwe.mitre.org/data/definitions/327.html'],
        },
    },
    {
        id: 'import-pyghmi', aliases: ['B415', 'S415', 'import_pyghmi'], category: 'insecure-transport', cwe: 319, severity: 'high', confidence: 'high',
        modules: ['pyghmi'],
        message: 'pyghmi speaks IPMI, whose authentication and encryption are weak',
        fix: 'Manage servers over Redfish (HTTPS) or isolate IPMI on a dedicated management network.',
        docs: {
            why: 'IPMI 2.0 leaks password hashes to any client (RAKP) and its cipher suites are weak; IPMI traffic should never cross an untrusted network.',
            bad: ['from pyghmi.ipmi import command\n'],
            good: ['import redfish\n'],
            references: ['https://cwe.mitre.org/data/definitions/319.html'],
        },
    },
];
export const DANGEROUS_IMPORT_RULES = ROWS.map(importTableRule);
