// What a URL's scheme and host say about the transport: a cleartext scheme (`http://`, `ftp://`, `ws://`) to a
// host off this machine is readable by anyone on the network path; the same URL to loopback, a link-local metadata
// service or a reserved test domain is not a finding.
import { HOLE } from '../../python/literals.js';

/** Schemes that carry their payload unencrypted, and what each is. */
export const CLEARTEXT_SCHEMES: Readonly<Record<string, string>> = { http: 'http://', ftp: 'ftp://', ws: 'ws://' };

/** Host names that never leave the machine or are reserved for documentation and tests (RFC 2606, RFC 6761). */
const LOCAL_NAMES = new Set(['localhost', 'ip6-localhost', 'ip6-loopback', 'testserver', '0.0.0.0', '::1', '[::1]']);
const RESERVED_SUFFIXES = ['.localhost', '.local', '.localdomain', '.home.arpa', '.test', '.example', '.invalid', '.internal', 'example.com', 'example.org', 'example.net'];
/** Loopback (127/8) and link-local (169.254/16: cloud metadata services only speak plain HTTP). */
const LOCAL_ADDRESS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3})$/;

export interface CleartextUrl {
  /** `http`, `ftp` or `ws`. */
  scheme: string;
  /** The host as written, or undefined when it is only known at run time. */
  host?: string;
  /** User and password written into the URL (`http://user:pw@host`), or a secret in its query string. */
  credentials?: string;
}

const SECRET_QUERY = /[?&](?:password|passwd|pwd|token|access_token|api_?key|apikey|secret|client_secret)=/i;

/** True for hosts the rule leaves alone: loopback, `localhost`, link-local, reserved test and example domains. */
export function isLocalOrTestHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (LOCAL_NAMES.has(name) || LOCAL_ADDRESS.test(name)) return true;
  return RESERVED_SUFFIXES.some((suffix) => name === suffix.replace(/^\./, '') || name.endsWith(suffix.startsWith('.') ? suffix : `.${suffix}`));
}

/**
 * The cleartext URL a folded string starts with (`HOLE` marks run-time parts), or undefined when its scheme is not
 * a cleartext one, is not known, or its host is local or reserved for tests.
 */
export function cleartextUrl(text: string): CleartextUrl | undefined {
  const match = /^\s*([a-z]+):\/\//i.exec(text);
  if (!match) return undefined;
  const scheme = match[1].toLowerCase();
  if (!(scheme in CLEARTEXT_SCHEMES)) return undefined;
  const rest = text.slice(match[0].length);
  const authority = rest.split(/[/?#]/, 1)[0];
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.split(':', 1)[0];
  const known = host !== '' && !host.includes(HOLE);
  if (known && isLocalOrTestHost(host)) return undefined;
  let credentials: string | undefined;
  if (userinfo.includes(':')) credentials = 'a user and password in the URL';
  else if (SECRET_QUERY.test(rest)) credentials = 'a secret in the query string';
  return { scheme, host: known ? host : undefined, credentials };
}
