import { listedCalls } from '../name-triggers.js';
import { defineRule } from '../types.js';
import { argument, possibleArgument } from '../../python/arguments.js';
import { SHELL_FUNCTIONS } from '../tables/process-functions.js';
import { requestEvidence } from '../../python/taint.js';

export default defineRule({
  id: 'start-process-with-shell',
  aliases: ['B605', 'S605', 'start_process_with_a_shell'],
  category: 'command-injection',
  cwe: 78,
  severity: 'high',
  confidence: 'high',
  cost: 'fast',
  message: 'command built at run time runs through the shell (os.system/os.popen and friends)',
  fix: 'Use subprocess.run() with an argument list (no shell), or quote every run-time value with shlex.quote().',
  options: { functions: SHELL_FUNCTIONS },
  ...listedCalls('functions'),
  docs: {
    why: 'os.system(), os.popen() and the commands/popen2 helpers always hand their string to /bin/sh: a run-time part such as a file name `x; rm -rf ~` adds commands of its own. A constant command is reported as low severity (safe now, one edit away from injection).',
    bad: ['import os\ndef show(path):\n    os.system("cat " + path)\n'],
    good: [
      'import subprocess\ndef show(path):\n    subprocess.run(["cat", "--", path], check=True)\n',
      'import os\nos.system("clear")  # constant command: low severity only\n',
    ],
    references: ['https://docs.python.org/3/library/os.html#os.system', 'https://cwe.mitre.org/data/definitions/78.html'],
  },
  create(context) {
    const functions = new Set(context.options.functions as string[]);
    return {
      call(node) {
        const name = context.module.callName(node);
        if (!name || !functions.has(name)) return;
        const command = possibleArgument(node, 'cmd', 0) ?? argument(node, 'command', null);
        if (!command) return;
        if (context.module.isConstant(command)) {
          context.report({ node, severity: 'low', message: `${name}() runs a constant command through the shell: safe now, but one edit away from injection` });
          return;
        }
        const message = `${name}() runs a command built at run time through the shell`;
        // Request data in the command (data flow inside the function): the path is shown.
        context.report({ node, message, ...requestEvidence(command, node, context.module, 'shell', `${name}() runs a command built from request data through the shell`) });
      },
    };
  },
});
