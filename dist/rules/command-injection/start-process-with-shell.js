import { listedCalls } from '../support/name-triggers.js';
import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { SHELL_FUNCTIONS } from '../support/process-functions.js';
const COMMAND = { keyword: 'cmd', position: 0 };
export default taintRule({
    id: 'start-process-with-shell',
    aliases: ['B605', 'S605', 'start_process_with_a_shell'],
    category: 'command-injection',
    cwe: 78,
    severity: 'high',
    confidence: 'high',
    message: 'command built at run time runs through the shell (os.system/os.popen and friends)',
    fix: 'Use subprocess.run() with an argument list (no shell), or quote every run-time value with shlex.quote().',
    options: { functions: SHELL_FUNCTIONS },
    ...listedCalls('functions'),
    sinkClass: 'shell',
    sinks: {},
    optionSinks: (options) => Object.fromEntries(options.functions.map((name) => [name, COMMAND])),
    levels: SINK_LEVELS,
    describe: (source, call, module) => `${module.callName(call)}() runs a command built from ${source} through the shell`,
    docs: {
        why: 'os.system(), os.popen() and the commands/popen2 helpers always hand their string to /bin/sh: a run-time part such as a file name `x; rm -rf ~` adds commands of its own. '
            + 'A command from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant or shlex-quoted command only by --profile audit.',
        bad: [
            'import os\nfrom django.http import HttpResponse\ndef lookup(request):\n    os.system("nslookup " + request.GET["host"])\n    return HttpResponse("ok")\n',
            'import os\ndef show(path):\n    os.system("cat " + path)\n',
        ],
        good: [
            'import subprocess\ndef show(path):\n    subprocess.run(["cat", "--", path], check=True)\n',
            'import os\nos.system("clear")\n',
        ],
        references: ['https://docs.python.org/3/library/os.html#os.system', 'https://cwe.mitre.org/data/definitions/78.html'],
    },
});
