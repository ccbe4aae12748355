import { defineRule } from '../types.js';
import { BAD_PROTOCOL_VERSIONS, protocolName } from './support/ssl-protocol-versions.js';
const DEFAULTED = new Set(['default_parameter', 'typed_default_parameter']);
export default defineRule({
    id: 'ssl-bad-defaults',
    aliases: ['B503', 'S503', 'ssl_with_bad_defaults'],
    category: 'insecure-transport',
    cwe: 327,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'function defaults to a broken SSL/TLS protocol version',
    fix: 'Default to ssl.PROTOCOL_TLS_CLIENT (or TLS_METHOD) and let the context negotiate TLS 1.2 or newer.',
    // Bandit reads this list from its `ssl_with_bad_version` section, shared with B502.
    options: { badProtocolVersions: BAD_PROTOCOL_VERSIONS },
    // A protocol is matched by its written name: the identifier or the attribute's last segment.
    triggers: (options) => options.badProtocolVersions,
    docs: {
        why: 'Every caller that does not pass its own version gets the broken protocol (SSLv2/v3, TLS 1.0/1.1) silently.',
        bad: ['import ssl\ndef connect(host, version=ssl.PROTOCOL_TLSv1):\n    pass\n'],
        good: ['import ssl\ndef connect(host, version=ssl.PROTOCOL_TLS_CLIENT):\n    pass\n'],
        references: ['https://datatracker.ietf.org/doc/html/rfc8996'],
    },
    create(context) {
        const bad = new Set(context.options.badProtocolVersions);
        const check = (definition) => {
            // As Ruff's S503 (Bandit checks only positional parameters with attribute defaults): every parameter, and
            // bare names (`from ssl import PROTOCOL_TLSv1`) as well as attributes.
            for (const parameter of definition?.childForFieldName('parameters')?.namedChildren ?? []) {
                if (!DEFAULTED.has(parameter.type))
                    continue;
                const value = parameter.childForFieldName('value');
                const name = protocolName(value ?? undefined);
                if (value && name && bad.has(name))
                    context.report({ node: value, message: `function defaults to the broken protocol ${name}` });
            }
        };
        return { function_definition: check };
    },
});
