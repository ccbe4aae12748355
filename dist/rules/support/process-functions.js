// Bandit's `shell_injection` function lists (B602–B607, B609), the defaults of the command-injection rules' options.
export const SUBPROCESS_FUNCTIONS = [
    'subprocess.Popen', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.run',
];
export const SHELL_FUNCTIONS = [
    'os.system', 'os.popen', 'os.popen2', 'os.popen3', 'os.popen4', 'popen2.popen2', 'popen2.popen3', 'popen2.popen4',
    'popen2.Popen3', 'popen2.Popen4', 'commands.getoutput', 'commands.getstatusoutput', 'subprocess.getoutput',
    'subprocess.getstatusoutput',
    // Not in Bandit's list: asyncio's shell launcher hands its string to /bin/sh as os.system does.
    'asyncio.create_subprocess_shell',
];
export const NO_SHELL_FUNCTIONS = [
    'os.execl', 'os.execle', 'os.execlp', 'os.execlpe', 'os.execv', 'os.execve', 'os.execvp', 'os.execvpe', 'os.spawnl',
    'os.spawnle', 'os.spawnlp', 'os.spawnlpe', 'os.spawnv', 'os.spawnve', 'os.spawnvp', 'os.spawnvpe', 'os.startfile',
];
