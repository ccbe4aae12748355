import execUsed from './code-injection/exec-used.js';
import subprocessShellTrue from './command-injection/subprocess-shell-true.js';
import sqlInjection from './sql-injection/sql-injection.js';
import assertUsed from './assert-used/assert-used.js';
import loggingConfigListen from './code-injection/logging-config-listen.js';
import callWithShellTrue from './command-injection/call-with-shell-true.js';
import paramikoExecCommand from './command-injection/paramiko-exec-command.js';
import startProcessPartialPath from './command-injection/start-process-partial-path.js';
import startProcessWithShell from './command-injection/start-process-with-shell.js';
import startProcessWithoutShell from './command-injection/start-process-without-shell.js';
import subprocessWithoutShell from './command-injection/subprocess-without-shell.js';
import wildcardInjection from './command-injection/wildcard-injection.js';
import shellWrapperUnsafe from './command-injection/shell-wrapper-unsafe.js';
import torchLoad from './deserialization/torch-load.js';
import tryExceptContinue from './exception-handling/try-except-continue.js';
import tryExceptPass from './exception-handling/try-except-pass.js';
import hardcodedPasswordDefault from './hardcoded-secret/hardcoded-password-default.js';
import hardcodedPasswordFuncarg from './hardcoded-secret/hardcoded-password-funcarg.js';
import hardcodedPasswordString from './hardcoded-secret/hardcoded-password-string.js';
import hardcodedProviderSecret from './hardcoded-secret/hardcoded-provider-secret.js';
import hardcodedHighEntropySecret from './hardcoded-secret/hardcoded-high-entropy-secret.js';
import flaskHardcodedSecretKey from './hardcoded-secret/flask-hardcoded-secret-key.js';
import jwtHardcodedSecret from './hardcoded-secret/jwt-hardcoded-secret.js';
import hashidsSaltedWithSecretKey from './hardcoded-secret/hashids-salted-with-secret-key.js';
import badFilePermissions from './insecure-config/bad-file-permissions.js';
import bindAllInterfaces from './insecure-config/bind-all-interfaces.js';
import flaskDebugTrue from './insecure-config/flask-debug-true.js';
import hardcodedTmpDirectory from './insecure-config/hardcoded-tmp-directory.js';
import requestWithoutTimeout from './missing-timeout/request-without-timeout.js';
import huggingfaceUnsafeDownload from './other/huggingface-unsafe-download.js';
import trojanSource from './other/trojan-source.js';
import tarfileUnsafeMembers from './path-traversal/tarfile-unsafe-members.js';
import djangoExtra from './sql-injection/django-extra.js';
import djangoRawsql from './sql-injection/django-rawsql.js';
import djangoMarkSafe from './xss/django-mark-safe.js';
import jinja2AutoescapeFalse from './xss/jinja2-autoescape-false.js';
import makoTemplates from './xss/mako-templates.js';
import markupsafeMarkupXss from './xss/markupsafe-markup-xss.js';
import unsafeYamlLoad from './deserialization/unsafe-yaml-load.js';
import requestsVerifyFalse from './insecure-transport/requests-verify-false.js';
import snmpInsecureVersion from './insecure-transport/snmp-insecure-version.js';
import snmpWeakCrypto from './insecure-transport/snmp-weak-crypto.js';
import sshNoHostKeyVerification from './insecure-transport/ssh-no-host-key-verification.js';
import sslBadDefaults from './insecure-transport/ssl-bad-defaults.js';
import sslBadVersion from './insecure-transport/ssl-bad-version.js';
import sslNoVersion from './insecure-transport/ssl-no-version.js';
import unverifiedSslContext from './insecure-transport/unverified-ssl-context.js';
import cleartextHttpRequest from './insecure-transport/cleartext-http-request.js';
import smtpLoginWithoutStarttls from './insecure-transport/smtp-login-without-starttls.js';
import certificateChecksDisabled from './insecure-transport/certificate-checks-disabled.js';
import insecureHashlib from './weak-crypto/insecure-hashlib.js';
import weakCryptoKey from './weak-crypto/weak-crypto-key.js';
import staticIvOrSalt from './weak-crypto/static-iv-or-salt.js';
import passwordHashWithoutKdf from './weak-crypto/password-hash-without-kdf.js';
import syntaxError from './other/syntax-error.js';
import csrfExempt from './csrf/csrf-exempt.js';
import flaskWtfCsrfDisabled from './csrf/flask-wtf-csrf-disabled.js';
import djangoHardcodedSecretKey from './hardcoded-secret/django-hardcoded-secret-key.js';
import djangoAllowedHostsWildcard from './insecure-config/django-allowed-hosts-wildcard.js';
import djangoDebugTrue from './insecure-config/django-debug-true.js';
import djangoInsecureCookie from './insecure-config/django-insecure-cookie.js';
import insecureCookieFlags from './insecure-config/insecure-cookie-flags.js';
import trustBoundaryViolation from './insecure-config/trust-boundary-violation.js';
import flaskInsecureCookieConfig from './insecure-config/flask-insecure-cookie-config.js';
import pyramidInsecureCookie from './insecure-config/pyramid-insecure-cookie.js';
import osPermissiveUmask from './insecure-config/os-permissive-umask.js';
import sslDefaultContextUnverified from './insecure-transport/ssl-default-context-unverified.js';
import urllib3WarningsDisabled from './insecure-transport/urllib3-warnings-disabled.js';
import archiveExtraction from './path-traversal/archive-extraction.js';
import jwtVerifyDisabled from './weak-crypto/jwt-verify-disabled.js';
import weakRandom from './weak-random/weak-random.js';
import djangoFormatHtmlMisuse from './xss/django-format-html-misuse.js';
import xmlEntityResolution from './xxe/xml-entity-resolution.js';
import ldapInjection from './ldap-injection/ldap-injection.js';
import evalUsed from './code-injection/eval-used.js';
import pickleLoad from './deserialization/pickle-load.js';
import marshalLoad from './deserialization/marshal-load.js';
import { XML_PARSER_RULES } from './tables/xml-parsers.js';
import openRedirect from './open-redirect/open-redirect.js';
import pathTraversalRequest from './path-traversal/path-traversal-request.js';
import ssrf from './ssrf/ssrf.js';
import templateInjection from './template-injection/template-injection.js';
import xssResponseFromRequest from './xss/xss-response-from-request.js';
import xpathInjection from './xpath-injection/xpath-injection.js';
import nosqlInjection from './nosql-injection/nosql-injection.js';
import headerInjection from './header-injection/header-injection.js';
import regexInjection from './regex-injection/regex-injection.js';
import massAssignment from './mass-assignment/mass-assignment.js';
import nanInjection from './other/nan-injection.js';
import dynamicDispatch from './code-injection/dynamic-dispatch.js';
import shCommandInjection from './command-injection/sh-command-injection.js';
import airflowBashCommandInjection from './command-injection/airflow-bash-command-injection.js';
import renderTemplateUnescaped from './xss/render-template-unescaped.js';
import templateContextLocals from './xss/template-context-locals.js';
import twimlInjection from './xss/twiml-injection.js';
import djangoExpressionTemplate from './sql-injection/django-expression-template.js';
import { DANGEROUS_CALL_RULES } from './tables/dangerous-calls.js';
import { DANGEROUS_IMPORT_RULES } from './tables/dangerous-imports.js';
export const RULES = [
    execUsed,
    subprocessShellTrue,
    sqlInjection,
    assertUsed,
    loggingConfigListen,
    callWithShellTrue,
    paramikoExecCommand,
    startProcessPartialPath,
    startProcessWithShell,
    startProcessWithoutShell,
    subprocessWithoutShell,
    wildcardInjection,
    shellWrapperUnsafe,
    torchLoad,
    tryExceptContinue,
    tryExceptPass,
    hardcodedPasswordDefault,
    hardcodedPasswordFuncarg,
    hardcodedPasswordString,
    hardcodedProviderSecret,
    hardcodedHighEntropySecret,
    flaskHardcodedSecretKey,
    jwtHardcodedSecret,
    hashidsSaltedWithSecretKey,
    badFilePermissions,
    bindAllInterfaces,
    flaskDebugTrue,
    hardcodedTmpDirectory,
    requestWithoutTimeout,
    huggingfaceUnsafeDownload,
    trojanSource,
    tarfileUnsafeMembers,
    djangoExtra,
    djangoRawsql,
    djangoMarkSafe,
    jinja2AutoescapeFalse,
    makoTemplates,
    markupsafeMarkupXss,
    unsafeYamlLoad,
    requestsVerifyFalse,
    snmpInsecureVersion,
    snmpWeakCrypto,
    sshNoHostKeyVerification,
    sslBadDefaults,
    sslBadVersion,
    sslNoVersion,
    unverifiedSslContext,
    cleartextHttpRequest,
    smtpLoginWithoutStarttls,
    certificateChecksDisabled,
    insecureHashlib,
    weakCryptoKey,
    staticIvOrSalt,
    passwordHashWithoutKdf,
    syntaxError,
    csrfExempt,
    flaskWtfCsrfDisabled,
    djangoHardcodedSecretKey,
    djangoAllowedHostsWildcard,
    djangoDebugTrue,
    djangoInsecureCookie,
    insecureCookieFlags,
    trustBoundaryViolation,
    flaskInsecureCookieConfig,
    pyramidInsecureCookie,
    osPermissiveUmask,
    sslDefaultContextUnverified,
    urllib3WarningsDisabled,
    archiveExtraction,
    jwtVerifyDisabled,
    weakRandom,
    djangoFormatHtmlMisuse,
    xmlEntityResolution,
    ldapInjection,
    openRedirect,
    pathTraversalRequest,
    ssrf,
    templateInjection,
    xssResponseFromRequest,
    xpathInjection,
    djangoExpressionTemplate,
    twimlInjection,
    templateContextLocals,
    renderTemplateUnescaped,
    airflowBashCommandInjection,
    shCommandInjection,
    dynamicDispatch,
    nanInjection,
    massAssignment,
    regexInjection,
    headerInjection,
    nosqlInjection,
    evalUsed,
    pickleLoad,
    marshalLoad,
    ...XML_PARSER_RULES,
    ...DANGEROUS_CALL_RULES,
    ...DANGEROUS_IMPORT_RULES,
    // Code-unit order (ids are lower-case ASCII): localeCompare's first call loads the ICU collator, ~8 ms of start-up.
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byName = new Map();
for (const rule of RULES) {
    byName.set(rule.id, rule);
    for (const alias of rule.aliases)
        byName.set(alias.toUpperCase(), rule);
}
/** A rule by id or alias (`B602`, `s602`, `subprocess-shell-true`), or undefined. */
export function findRule(name) {
    return byName.get(name) ?? byName.get(name.toUpperCase());
}
