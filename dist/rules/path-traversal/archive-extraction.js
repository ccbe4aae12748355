import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument, argumentList, hasKeyword } from '../../python/arguments.js';
import { checksContainment, memberLoop, MEMBER_LISTINGS } from './support/archive-members.js';
const TAR_FORMATS = new Set(['tar', 'gztar', 'bztar', 'xztar', 'zstdtar']);
const PATH_JOINS = new Set(['os.path.join', 'posixpath.join', 'ntpath.join']);
/** `member`, `member.filename` or `member.name`: the archive-chosen name of a loop's member. */
function memberName(node) {
    if (node.type === 'identifier')
        return node;
    if (node.type === 'attribute' && ['filename', 'name'].includes(node.childForFieldName('attribute')?.text ?? '')) {
        const object = node.childForFieldName('object');
        return object?.type === 'identifier' ? object : undefined;
    }
    return undefined;
}
export default defineRule({
    id: 'archive-extraction',
    aliases: [],
    category: 'path-traversal',
    cwe: 22,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'archive extracted without a path filter: a member named ../../… is written outside the target directory',
    fix: 'Pass filter="data" (Python 3.12+, backported to 3.8–3.11 security releases) to shutil.unpack_archive; when extracting members by hand, resolve each target and check it stays under the destination.',
    // Both findings need a word the file spells: `unpack_archive`, or the member listing the loop iterates (`namelist()`).
    triggers: ['unpack_archive', ...MEMBER_LISTINGS],
    // The call handler reports only shutil.unpack_archive() and the path joins (binary_operator is not filtered).
    callees: ['shutil.unpack_archive', ...PATH_JOINS].map(lastName),
    docs: {
        why: 'Archive members carry names chosen by whoever made the archive: `../../home/app/.ssh/authorized_keys`, absolute paths, or symlinks pointing out of the tree. shutil.unpack_archive of a tar archive before Python 3.14 (where filter="data" became the default) writes them where they point unless filter="data" is given; code that joins member names onto a directory itself does the same ("zip slip"). zipfile\'s own extract()/extractall() are not reported: CPython strips absolute prefixes and ".." components from zip member names. tarfile.extractall is reported by tarfile-unsafe-members (B202).',
        bad: [
            'import shutil\ndef install(upload, dest):\n    shutil.unpack_archive(upload, dest)\n',
            'import os, zipfile\ndef unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n        for name in archive.namelist():\n            with open(os.path.join(dest, name), "wb") as out:\n                out.write(archive.read(name))\n',
        ],
        good: [
            'import shutil\ndef install(upload, dest):\n    shutil.unpack_archive(upload, dest, filter="data")\n',
            'import shutil\ndef install(upload, dest):\n    shutil.unpack_archive(upload, dest, format="zip")\n',
            'import zipfile\ndef unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n        archive.extractall(dest)\n',
            'import os, zipfile\ndef unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n        for name in archive.namelist():\n            target = os.path.realpath(os.path.join(dest, name))\n            if not target.startswith(os.path.realpath(dest) + os.sep):\n                raise ValueError(name)\n            with open(target, "wb") as out:\n                out.write(archive.read(name))\n',
        ],
        references: ['https://docs.python.org/3/library/shutil.html#shutil.unpack_archive', 'https://docs.python.org/3/library/tarfile.html#extraction-filters', 'https://snyk.io/research/zip-slip-vulnerability', 'https://cwe.mitre.org/data/definitions/22.html'],
    },
    create(context) {
        return {
            call(node) {
                const name = context.module.callName(node);
                if (name === 'shutil.unpack_archive') {
                    if (hasKeyword(node, 'filter'))
                        return;
                    const format = argument(node, 'format', 2);
                    const formatName = format ? context.module.constant(format) : undefined;
                    const file = argument(node, 'filename', 0);
                    const fileName = file ? context.module.constant(file) : undefined;
                    if (formatName === 'zip' || (formatName === undefined && typeof fileName === 'string' && /\.zip$/i.test(fileName)))
                        return; // zip members are sanitised
                    if (typeof formatName === 'string' && TAR_FORMATS.has(formatName)) {
                        context.report({ node, confidence: 'high', message: 'shutil.unpack_archive of a tar archive without filter=: members named ../… or symlinks are written outside the target directory' });
                    }
                    else {
                        context.report({ node, severity: 'medium', message: 'shutil.unpack_archive without filter=: a tar archive\'s members named ../… or symlinks are written outside the target directory' });
                    }
                    return;
                }
                if (name === undefined || !PATH_JOINS.has(name))
                    return;
                // Zip slip by hand: `for name in archive.namelist(): open(os.path.join(dest, name), "wb")`.
                for (const part of argumentList(node).slice(1)) {
                    if (reportUncheckedMember(node, part))
                        return;
                }
            },
            binary_operator(node) {
                // The pathlib spelling: `Path(dest) / member.filename`.
                const right = node.childForFieldName('right');
                if (node.childForFieldName('operator')?.type === '/' && right)
                    reportUncheckedMember(node, right);
            },
        };
        function reportUncheckedMember(at, part) {
            const member = memberName(part);
            const loop = member ? memberLoop(member, context.module) : undefined;
            if (!loop || checksContainment(loop, context.module))
                return false;
            context.report({ node: at, message: `archive member name '${part.text}' joined onto a directory without a containment check: a member named ../… lands outside it (zip slip)` });
            return true;
        }
    },
});
