import { defineRule } from '../types.js';

// Emitted by the engine itself when tree-sitter reports ERROR or MISSING nodes; the rule exists so that the finding
// has metadata, docs and a config switch like every other. A gate that cannot read code must not pass it silently.
export default defineRule({
  id: 'syntax-error',
  aliases: [],
  category: 'other',
  cwe: 1164,
  severity: 'high',
  confidence: 'high',
  cost: 'fast',
  message: 'file does not parse',
  fix: 'Fix the syntax error (run `python -m py_compile FILE`), or turn this rule down in the config for files that are deliberately invalid.',
  docs: {
    why: 'A reviewer that cannot parse a file cannot vouch for it. Peers skip such files and exit 0; this tool reports them and still reviews the parts of the file that do parse.',
    bad: ['def broken(:\n    eval(x)\n'],
    good: ['def fine(x):\n    return x\n'],
    references: [],
  },
  create: () => ({}),
});
