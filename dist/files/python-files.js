// What counts as a Python file: `.py`, `.pyw`, `.pyi`, or any file whose first line is a python shebang.
const PYTHON_EXTENSIONS = ['.py', '.pyw', '.pyi'];
const SHEBANG = /^#![^\n]*\bpython[\d.]*\b/;
export function hasPythonExtension(path) {
    return PYTHON_EXTENSIONS.some((extension) => path.endsWith(extension));
}
export function hasPythonShebang(head) {
    if (head.length < 2 || head[0] !== 0x23 || head[1] !== 0x21)
        return false;
    let end = head.indexOf(0x0a);
    if (end < 0)
        end = Math.min(head.length, 200);
    return SHEBANG.test(Buffer.from(head.subarray(0, end)).toString('latin1'));
}
