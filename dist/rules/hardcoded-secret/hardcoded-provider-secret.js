import { defineRule } from '../types.js';
import { statementOf } from '../../python/syntax.js';
import { literalString, targetName } from './support/secret-literals.js';
import { findNamedSecret, findProviderSecrets, literalPieces } from './support/provider-secret-scan.js';
import { NAMED_FORMATS, PROVIDER_HINTS } from './support/provider-formats.js';
import { describeSecret, secretFragments } from './support/redaction.js';
export default defineRule({
    id: 'hardcoded-provider-secret',
    aliases: [],
    category: 'hardcoded-secret',
    cwe: 798,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'a credential in a service provider\'s exact format is in the source',
    fix: 'Revoke the credential at the provider now (it is in the history even once removed), then read it at run time from the environment or a secret manager.',
    triggers: PROVIDER_HINTS,
    docs: {
        why: 'Provider keys (AWS, GitHub, GitLab, Slack, Stripe, Google, Azure, Twilio, SendGrid, npm, PyPI, OpenAI, Anthropic), private keys and '
            + 'database URLs with a password are usable by anyone who reads the repository, its forks, clones, CI logs or history. '
            + 'Every string literal (concatenated ones joined, f-string constant parts, bytes, docstrings) and comment is scanned; '
            + 'formats with a checksum (GitHub, npm) must have a valid one, and documented examples (`AKIAIOSFODNN7EXAMPLE`) and stand-ins '
            + '(`xxxx`, `<your-key>`, `${TOKEN}`) are not reported. A provider\'s key is reported at its full level in test code too: '
            + 'a live key in a test is leaked all the same. Private keys and database passwords have no provider to be live at and crypto and '
            + 'database tests hold them as fixtures, so test-code policy applies to them as to other findings. Reports show the provider, the first characters and the length, never the key.',
        // Fabricated keys, written in two parts so that secret scanners reading this file do not take them for leaks.
        bad: [
            `STRIPE_API_KEY = "sk_${'live'}_iVEmus6yo8Lz9uTWulKMtW2bIQ8Y"\n`,
            `import boto3\ns3 = boto3.client("s3", aws_access_key_id="AK${'IA'}CJFC6ZDKYZWPDVDG")\n`,
            `# token for the release bot: gh${'p'}_s24XMleUNz8SmFOFlAmPp27k4xuAAU3bS0rT\nRELEASE_REPO = "acme/app"\n`,
            'DATABASE_URL = "postgresql://app:Xq7vR2pLm9Tz@db-prod.internal:5432/app"\n',
        ],
        good: [
            'import os\nSTRIPE_API_KEY = os.environ["STRIPE_API_KEY"]\n',
            'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # the key AWS documents as an example\n',
            'STRIPE_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n',
            'GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n',
            'DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db-prod.internal/app"\n',
            'TEST_DB = "postgresql://nova:nova@localhost/nova"\n',
        ],
        references: [
            'https://cwe.mitre.org/data/definitions/798.html',
            'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
        ],
    },
    create(context) {
        const reported = new Set();
        const report = (node, found) => {
            // One finding per secret per statement: a literal and the concatenation holding it see the same key.
            const key = `${statementOf(node).startIndex}\0${found.secret}`;
            if (reported.has(key))
                return;
            reported.add(key);
            context.report({
                node,
                message: `${found.provider} (${describeSecret(found.secret)}) hard-coded in the source: ${found.evidence === 'provider-format' ? 'revoke it at the provider' : 'replace it'} and read it at run time`,
                credential: { evidence: found.evidence, fragments: secretFragments(found.secret) },
            });
        };
        const scan = (node, texts) => {
            for (const text of texts)
                for (const found of findProviderSecrets(text))
                    report(node, found);
        };
        const named = (name, value) => {
            if (!name || !value)
                return;
            const text = literalString(value);
            const found = text === undefined ? undefined : findNamedSecret(name, text);
            if (found)
                report(value, found);
        };
        // Formats known by their name need the name in the file.
        const namedHandlers = NAMED_FORMATS.some((format) => context.module.sourceMatches(format.name)) ? {
            assignment(node) {
                const left = node.childForFieldName('left');
                if (left)
                    named(targetName(left), node.childForFieldName('right'));
            },
            keyword_argument(node) {
                named(node.childForFieldName('name')?.text, node.childForFieldName('value'));
            },
            pair(node) {
                const key = node.childForFieldName('key');
                if (key)
                    named(literalString(key), node.childForFieldName('value'));
            },
        } : {};
        return {
            ...namedHandlers,
            // Only the literals and comments holding a format's start are read: found from the text, not by visiting all.
            module(root) {
                const scanned = new Set();
                for (const hint of SCAN_HINTS) {
                    for (const match of context.module.source.matchAll(hint)) {
                        const holder = literalOrComment(root.descendantForIndex(match.index, match.index + match[0].length));
                        if (!holder || scanned.has(holder.startIndex))
                            continue;
                        scanned.add(holder.startIndex);
                        scan(holder, holder.type === 'comment' ? [holder.text] : holder.type === 'binary_operator' ? [concatenatedLiterals(holder).flatMap(literalPieces).join('')] : literalPieces(holder));
                    }
                }
            },
        };
    },
});
const SCAN_HINTS = PROVIDER_HINTS.map((hint) => new RegExp(hint.source, `${hint.flags}g`));
/**
 * The comment or literal a token belongs to, whole: a literal's implicit concatenation, and the outermost `"a" + "b"`
 * chain of literals around it, are read as one text (a key may be split over them).
 */
function literalOrComment(token) {
    if (token.type === 'comment')
        return token;
    // A literal's text is at most `string > string_content > escape_sequence` deep; a word in code climbs no further.
    let node = token;
    for (let depth = 0; node && node.type !== 'string' && depth < 3; depth++)
        node = node.parent;
    if (node?.type !== 'string')
        return undefined;
    if (node.parent?.type === 'concatenated_string')
        node = node.parent;
    let chain;
    for (let parent = node.parent; parent && (parent.type === 'binary_operator' || parent.type === 'parenthesized_expression'); parent = parent.parent) {
        if (parent.type === 'binary_operator' && concatenatedLiterals(parent))
            chain = parent;
    }
    return chain ?? node;
}
/** The literals of a `"a" + "b" + "c"` chain, or undefined when any operand is not a string literal. */
function concatenatedLiterals(node) {
    if (node.type === 'string' || node.type === 'concatenated_string')
        return [node];
    if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1)
        return concatenatedLiterals(node.namedChildren[0]);
    if (node.type !== 'binary_operator' || node.childForFieldName('operator')?.type !== '+')
        return undefined;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const leftParts = left && concatenatedLiterals(left);
    const rightParts = right && concatenatedLiterals(right);
    return leftParts && rightParts ? [...leftParts, ...rightParts] : undefined;
}
