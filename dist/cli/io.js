export function writeLine(stream, line) {
    stream.write(line.endsWith('\n') ? line : `${line}\n`);
}
