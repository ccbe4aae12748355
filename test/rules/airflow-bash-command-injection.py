import shlex
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.ssh.operators.ssh import SSHOperator

with DAG("etl", start_date=datetime(2024, 1, 1), schedule=None) as dag:
    # expect: airflow-bash-command-injection
    greet = BashOperator(task_id="greet", bash_command="echo Hello {{ dag_run.conf['name'] }}")

    # ok: airflow-bash-command-injection
    greet_env = BashOperator(task_id="greet_env", bash_command='echo "Hello $NAME"', env={"NAME": "{{ dag_run.conf['name'] }}"})

    # expect: airflow-bash-command-injection
    export = BashOperator(task_id="export", bash_command="pg_dump {{ params.database }} > /data/dump.sql")

    # ok: airflow-bash-command-injection
    report = BashOperator(task_id="report", bash_command="python /opt/jobs/report.py --date {{ ds }}")

    # expect: airflow-bash-command-injection
    remote = SSHOperator(task_id="remote", ssh_conn_id="worker", command="restart {{ dag_run.conf.service }}")

    # ok: airflow-bash-command-injection
    remote_fixed = SSHOperator(task_id="remote_fixed", ssh_conn_id="worker", command="systemctl restart etl-worker")


def copy_task(source):
    # expect: airflow-bash-command-injection
    return BashOperator(task_id="copy", bash_command=f"cp {source} /data/incoming/")


def copy_task_quoted(source):
    # ok: airflow-bash-command-injection
    return BashOperator(task_id="copy", bash_command=f"cp {shlex.quote(source)} /data/incoming/")


def cleanup_task(days):
    # ok: airflow-bash-command-injection
    return BashOperator(task_id="cleanup", bash_command="find /data/tmp -mtime +%d -delete" % int(days))


def archive_task(path):
    # expect: airflow-bash-command-injection
    return BashOperator(task_id="archive", bash_command="tar czf /backup/archive.tgz " + path)
