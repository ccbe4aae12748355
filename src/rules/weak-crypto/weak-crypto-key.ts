import { lastName } from '../support/name-triggers.js';
import { defineRule, type Level, type RuleHandlers } from '../types.js';
import { argument } from '../../python/arguments.js';

type KeyType = 'DSA' | 'RSA' | 'EC';

// Callee → key type and where the size (or curve) argument is.
const GENERATORS = new Map<string, { type: KeyType; keyword: string; position: number }>([
  ['cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key', { type: 'DSA', keyword: 'key_size', position: 0 }],
  ['cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key', { type: 'RSA', keyword: 'key_size', position: 1 }],
  ['cryptography.hazmat.primitives.asymmetric.ec.generate_private_key', { type: 'EC', keyword: 'curve', position: 0 }],
  ['Crypto.PublicKey.DSA.generate', { type: 'DSA', keyword: 'bits', position: 0 }],
  ['Crypto.PublicKey.RSA.generate', { type: 'RSA', keyword: 'bits', position: 0 }],
  ['Cryptodome.PublicKey.DSA.generate', { type: 'DSA', keyword: 'bits', position: 0 }],
  ['Cryptodome.PublicKey.RSA.generate', { type: 'RSA', keyword: 'bits', position: 0 }],
]);

// Bandit's table: curves below 224 bits; any other curve counts as 224 (not weak).
const CURVE_BITS: Record<string, number> = { SECP192R1: 192, SECT163K1: 163, SECT163R2: 163 };
const DEFAULT_KEY_SIZE = 2048;

export default defineRule({
  id: 'weak-crypto-key',
  aliases: ['B505', 'S505', 'weak_cryptographic_key'],
  category: 'weak-crypto',
  cwe: 326,
  severity: 'high',
  confidence: 'high',
  cost: 'fast',
  message: 'key too short to resist factoring / discrete-log attacks',
  fix: 'Generate RSA and DSA keys of at least 2048 bits (3072 for use beyond 2030) and EC keys on a 224-bit or larger curve (SECP256R1).',
  // Bandit's `weak_cryptographic_key` section: sizes below `…High` are high severity, below `…Medium` medium. The
  // defaults put every size NIST disallows (RSA/DSA under 2048 bits, curves under 224) at high, so it blocks;
  // Bandit's own figures (1024/2048, 160/224) can be set in the config to get its medium tier back.
  options: {
    weakKeySizeDsaHigh: 2048, weakKeySizeDsaMedium: 2048,
    weakKeySizeRsaHigh: 2048, weakKeySizeRsaMedium: 2048,
    weakKeySizeEcHigh: 224, weakKeySizeEcMedium: 224,
  },
  // One segment of each generator's qualified name (every segment is written in an import or an attribute).
  triggers: ['generate_private_key', 'PublicKey'],
  callees: [...GENERATORS.keys()].map(lastName),
  docs: {
    why: 'RSA and DSA keys of 1024 bits and below are within reach of well-funded attackers, and NIST disallows keys under 2048 bits for new signatures; EC curves under 224 bits are likewise too small.',
    bad: [
      'from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n',
      'from Crypto.PublicKey import DSA\nkey = DSA.generate(512)\n',
      'from cryptography.hazmat.primitives.asymmetric import ec\nkey = ec.generate_private_key(ec.SECP192R1())\n',
    ],
    good: [
      'from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n',
      'from cryptography.hazmat.primitives.asymmetric import ec\nkey = ec.generate_private_key(ec.SECP256R1())\n',
    ],
    references: ['https://csrc.nist.gov/publications/detail/sp/800-131a/rev-2/final', 'https://cwe.mitre.org/data/definitions/326.html'],
  },
  create(context): RuleHandlers {
    // Only resolved names of these modules match: skip files that never import them.
    if (!['cryptography', 'Crypto', 'Cryptodome'].some((root) => context.module.importsModule(root))) return {};
    const thresholds = (type: KeyType): [number, Level][] => {
      const stem = type === 'EC' ? 'Ec' : type === 'RSA' ? 'Rsa' : 'Dsa';
      return [[context.options[`weakKeySize${stem}High`], 'high'], [context.options[`weakKeySize${stem}Medium`], 'medium']];
    };
    return {
      call(node) {
        const name = context.module.callName(node);
        const generator = name ? GENERATORS.get(name) : undefined;
        if (!generator) return;
        const sizeArgument = argument(node, generator.keyword, generator.position);
        let bits: number;
        if (generator.type === 'EC') {
          // ec.SECP192R1() or ec.SECP192R1: the curve's class name decides.
          const curve = sizeArgument ? context.module.qualifiedName(sizeArgument)?.replace(/\(\)$/, '').split('.').pop() : undefined;
          if (sizeArgument && curve === undefined) return;
          bits = (curve && CURVE_BITS[curve]) || 224;
        } else if (!sizeArgument) {
          bits = DEFAULT_KEY_SIZE;
        } else {
          const value = context.module.constant(sizeArgument);
          if (typeof value !== 'number') return; // a size only known at run time
          bits = value;
        }
        for (const [limit, severity] of thresholds(generator.type)) {
          if (bits < limit) {
            context.report({ node, severity, message: `${generator.type} key of ${bits} bits: ${generator.type} keys below ${limit} bits are considered breakable` });
            return;
          }
        }
      },
    };
  },
});
