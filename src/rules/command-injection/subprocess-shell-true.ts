import { defineRule } from '../types.js';
import { argument, possibleArgument } from '../../python/arguments.js';
import { SUBPROCESS_FUNCTIONS } from '../tables/process-functions.js';
import { isShellTrue, shellArgument, SHELL_KEYWORD_NAME } from './shell-truthiness.js';
import { requestEvidence } from '../../python/taint.js';

export default defineRule({
  id: 'subprocess-shell-true',
  aliases: ['B602', 'S602', 'subprocess_popen_with_shell_equals_true'],
  category: 'command-injection',
  cwe: 78,
  severity: 'high',
  confidence: 'high',
  cost: 'fast',
  message: 'subprocess call with shell=True runs a command built at run time through the shell',
  fix: 'Pass an argument list and drop shell=True (`subprocess.run(["ls", path])`), or quote every value with shlex.quote.',
  options: { functions: SUBPROCESS_FUNCTIONS },
  // A `shell=` keyword argument is needed whatever the function list: rarer than the subprocess names.
  triggers: ['shell'],
  // isShellTrue needs `shell=` passed by name; rarer than the function names, and whatever the options say.
  calleeKeywords: SHELL_KEYWORD_NAME,
  docs: {
    why: 'With shell=True the command string is interpreted by /bin/sh: any part that comes from outside the program can add commands of its own (`; rm -rf ~`).',
    bad: ['import subprocess\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n'],
    good: [
      'import subprocess\ndef run(name):\n    subprocess.call(["ls", name])\n',
      'import subprocess\nsubprocess.call("ls -l | wc -l", shell=True)  # constant command: reported as low severity only\n',
    ],
    references: ['https://docs.python.org/3/library/subprocess.html#security-considerations', 'https://cwe.mitre.org/data/definitions/78.html'],
  },
  create(context) {
    const functions = new Set(context.options.functions as string[]);
    return {
      call(node) {
        const name = context.module.callName(node);
        if (!name || !functions.has(name) || !isShellTrue(node, context.module)) return;
        const command = possibleArgument(node, 'args', 0);
        if (!command) return;
        const at = shellArgument(node)?.parent ?? node;
        if (context.module.isConstant(command)) {
          context.report({ node: at, severity: 'low', confidence: 'high', message: 'subprocess call with shell=True and a constant command: safe now, but the shell is one edit away from injection' });
          return;
        }
        // Request data in the command (data flow inside the function): the path is shown.
        context.report({ node: at, ...requestEvidence(command, node, context.module, 'shell', 'subprocess call with shell=True runs a command built from request data') });
      },
    };
  },
});
