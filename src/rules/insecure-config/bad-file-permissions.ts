import { defineRule } from '../types.js';
import type { SyntaxNode } from '../../python/syntax.js';
import type { ModuleFacts } from '../../python/module.js';
import { argument, positionalArguments } from '../../python/arguments.js';

const STAT_BITS: Record<string, number> = {
  S_ISUID: 0o4000, S_ISGID: 0o2000, S_ISVTX: 0o1000, S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o070, S_IRGRP: 0o040, S_IWGRP: 0o020, S_IXGRP: 0o010, S_IRWXO: 0o007, S_IROTH: 0o004, S_IWOTH: 0o002,
  S_IXOTH: 0o001, S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
};

const WORLD_WRITABLE = 0o002;
const GROUP_WRITABLE = 0o020;
const EXECUTABLE_BY_OTHERS = 0o011;

export default defineRule({
  id: 'bad-file-permissions',
  aliases: ['B103', 'S103', 'set_bad_file_permissions'],
  category: 'insecure-config',
  cwe: 732,
  severity: 'medium',
  confidence: 'high',
  cost: 'fast',
  message: 'chmod gives group or others write or execute permission',
  fix: 'Grant the least permission needed: 0o600 for secrets, 0o644 for data, 0o755 only for programs and directories.',
  // The callee's last name must contain `chmod` (`chmod`, `fchmod`, `lchmod`).
  triggers: [/chmod/],
  docs: {
    why: 'A world-writable file (o+w) can be replaced or altered by any local user — a script, a config, a cron job. Modes are evaluated with stat.S_* constants and `|`, `&`, `^` (Bandit reads integer literals only). World-writable is high severity, group-writable medium, and execute bits alone (0o755, the normal mode of programs and directories) are shown only by `--profile audit`, at low — Bandit reports all of them as medium.',
    bad: ['import os\nos.chmod("/etc/app/config.ini", 0o777)\n', 'import os, stat\nos.chmod(path, stat.S_IRWXU | stat.S_IRWXO)\n'],
    good: ['import os\nos.chmod("/etc/app/secret.key", 0o600)\n', 'import os\nos.chmod("/usr/local/bin/tool", 0o755)  # programs: audit profile only\n'],
    references: ['https://cwe.mitre.org/data/definitions/732.html', 'https://docs.python.org/3/library/os.html#os.chmod'],
  },
  create(context) {
    const { module } = context;
    return {
      call(node) {
        const callee = node.childForFieldName('function');
        const last = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.type === 'identifier' ? module.callName(node)?.split('.').pop() : undefined;
        if (!last?.includes('chmod')) return;
        // os.chmod(path, mode) / os.fchmod(fd, mode); pathlib.Path(...).chmod(mode) takes the mode first.
        const positional = positionalArguments(node);
        const mode = argument(node, 'mode', positional.length >= 2 ? 1 : callee?.type === 'attribute' && positional.length === 1 && !/^os\./.test(module.callName(node) ?? '') ? 0 : null);
        const value = mode ? fileMode(mode, module) : undefined;
        if (value === undefined) return;
        const octal = `0o${value.toString(8)}`;
        if (value & WORLD_WRITABLE) context.report({ node, severity: 'high', message: `chmod makes the file world-writable (mode ${octal})` });
        else if (value & GROUP_WRITABLE) context.report({ node, message: `chmod makes the file group-writable (mode ${octal})` });
        // 0o755 is how programs and directories are meant to be: listed for auditors only.
        else if (value & EXECUTABLE_BY_OTHERS) context.report({ node, severity: 'low', auditOnly: true, message: `chmod makes the file executable by group or others (mode ${octal})` });
      },
    };
  },
});

/** A permission mode: integer literals, stat.S_* constants, `|`, `&`, `^`, `+`, names bound to those. */
function fileMode(node: SyntaxNode, module: ModuleFacts, depth = 0): number | undefined {
  if (depth > 8) return undefined;
  switch (node.type) {
    case 'integer': {
      const value = module.constant(node);
      return typeof value === 'number' ? value : undefined;
    }
    case 'parenthesized_expression':
      return node.firstNamedChild ? fileMode(node.firstNamedChild, module, depth + 1) : undefined;
    case 'attribute':
    case 'identifier': {
      const name = module.qualifiedName(node) ?? '';
      const bit = /^(?:stat|os)\.(S_\w+)$/.exec(name)?.[1];
      if (bit && bit in STAT_BITS) return STAT_BITS[bit];
      if (node.type !== 'identifier') return undefined;
      const values = module.valuesOf(node);
      return values?.length === 1 ? fileMode(values[0], module, depth + 1) : undefined;
    }
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const a = left ? fileMode(left, module, depth + 1) : undefined;
      const b = right ? fileMode(right, module, depth + 1) : undefined;
      if (a === undefined || b === undefined) return undefined;
      switch (node.childForFieldName('operator')?.type) {
        case '|': return a | b;
        case '&': return a & b;
        case '^': return a ^ b;
        case '+': return a + b;
        default: return undefined;
      }
    }
    default:
      return undefined;
  }
}
