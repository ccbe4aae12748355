// What a URL's scheme and host say about the transport: a cleartext scheme (`http://`, `ftp://`, `ws://`) to a
// host off this machine is readable by anyone on the network path; the same URL to loopback or a link-local metadata
// service is not a finding, and one to a reserved test domain or a private-network address is one that never blocks.
import { HOLE } from '../../../python/literals.js';
/** Schemes that carry their payload unencrypted, and what each is. */
export const CLEARTEXT_SCHEMES = { http: 'http://', ftp: 'ftp://', ws: 'ws://' };
/** Host names that never leave the machine or the local network segment. */
const LOCAL_NAMES = new Set(['localhost', 'ip6-localhost', 'ip6-loopback', 'testserver', '0.0.0.0', '::1', '[::1]']);
const LOCAL_SUFFIXES = ['.localhost', '.local', '.localdomain', '.home.arpa', '.internal'];
/**
 * Top-level domains reserved for documentation and tests (RFC 2606, RFC 6761): they never resolve, so the URL is a
 * placeholder. example.com/.org/.net do resolve (IANA serves them): a request there really leaves in cleartext.
 */
const RESERVED_SUFFIXES = ['.test', '.example', '.invalid'];
/** Private-network addresses (RFC 1918): the traffic stays inside one organisation's network. */
const PRIVATE_ADDRESS = /^(?:10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}$/;
/** Loopback (127/8) and link-local (169.254/16: cloud metadata services only speak plain HTTP). */
const LOCAL_ADDRESS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3})$/;
const SECRET_QUERY = /[?&](?:password|passwd|pwd|token|access_token|api_?key|apikey|secret|client_secret)=/i;
const endsWithDomain = (name, suffix) => name === suffix.replace(/^\./, '') || name.endsWith(suffix.startsWith('.') ? suffix : `.${suffix}`);
/** Loopback, `localhost` and link-local hosts are local; *.test and *.example are placeholders; 10/8 etc. private; the rest remote. */
export function hostKind(host) {
    const name = host.toLowerCase().replace(/\.$/, '');
    if (LOCAL_NAMES.has(name) || LOCAL_ADDRESS.test(name) || LOCAL_SUFFIXES.some((suffix) => endsWithDomain(name, suffix)))
        return 'local';
    if (PRIVATE_ADDRESS.test(name))
        return 'private';
    return RESERVED_SUFFIXES.some((suffix) => endsWithDomain(name, suffix)) ? 'placeholder' : 'remote';
}
/**
 * The cleartext URL a folded string starts with (`HOLE` marks run-time parts), or undefined when its scheme is not
 * a cleartext one, is not known, or its host is local.
 */
export function cleartextUrl(text) {
    const match = /^\s*([a-z]+):\/\//i.exec(text);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (!(scheme in CLEARTEXT_SCHEMES))
        return undefined;
    const rest = text.slice(match[0].length);
    const authority = rest.split(/[/?#]/, 1)[0];
    const at = authority.lastIndexOf('@');
    const userinfo = at >= 0 ? authority.slice(0, at) : '';
    const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
    const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.split(':', 1)[0];
    const known = host !== '' && !host.includes(HOLE);
    const kind = known ? hostKind(host) : 'remote';
    if (kind === 'local')
        return undefined;
    let credentials;
    if (userinfo.includes(':'))
        credentials = 'a user and password in the URL';
    else if (SECRET_QUERY.test(rest))
        credentials = 'a secret in the query string';
    return { scheme, host: known ? host : undefined, credentials, placeholder: kind === 'placeholder', privateNetwork: kind === 'private' };
}
