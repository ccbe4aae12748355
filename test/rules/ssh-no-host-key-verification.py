import paramiko
from paramiko import client as ssh_client

ssh = paramiko.SSHClient()
# expect: ssh-no-host-key-verification
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
# expect: ssh-no-host-key-verification
ssh.set_missing_host_key_policy(paramiko.WarningPolicy)
# expect: ssh-no-host-key-verification
ssh.set_missing_host_key_policy(ssh_client.AutoAddPolicy)
# ok: ssh-no-host-key-verification
ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
# ok: ssh-no-host-key-verification
ssh.load_system_host_keys()
