import { defineRule } from '../types.js';
import { argument, keywordArgument } from '../../python/arguments.js';
import { checksContainment, isWholeListing, memberLoop, TAR_LISTINGS } from './support/archive-members.js';
// Python's extraction filters (PEP 706) that refuse absolute paths, `..` and links outside the destination.
const SAFE_FILTERS = new Set(['data', 'tar', 'tarfile.data_filter', 'tarfile.tar_filter']);
function hasSafeFilter(call, module) {
    const filter = keywordArgument(call, 'filter');
    if (!filter)
        return false;
    const value = module.constant(filter);
    return typeof value === 'string' ? SAFE_FILTERS.has(value) : SAFE_FILTERS.has(module.qualifiedName(filter) ?? '');
}
export default defineRule({
    id: 'tarfile-unsafe-members',
    aliases: ['B202', 'S202', 'tarfile_unsafe_members'],
    category: 'path-traversal',
    cwe: 22,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'tarfile extractall() without a safe filter: member names like ../../etc/cron.d/x are written outside the target',
    fix: 'Pass filter="data" (Python ≥ 3.12, and 3.8+ security releases), or check every member\'s path and pass the vetted list as members=.',
    // create() returns early without `import tarfile`.
    triggers: ['tarfile'],
    docs: {
        why: 'Tar archives can contain absolute paths, `..` components and links; extractall() writes them where they point (CVE-2007-4559), and so does extract() '
            + 'called on every member in a loop that checks none of them. members= holding the whole list (`members = tar.getmembers()`, in a variable or a `self.` '
            + 'attribute) is no check; another list may be vetted (medium, or low when it comes from a call); with filter="data" or "tar" Python itself refuses them.',
        bad: [
            'import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest)\n',
            'import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        for member in archive.getmembers():\n            archive.extract(member, dest)\n',
        ],
        good: ['import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest, filter="data")\n'],
        references: ['https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter', 'https://peps.python.org/pep-0706/'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsModule('tarfile'))
            return {};
        /** `for member in tar.getmembers(): tar.extract(member, dest)` with nothing in the loop checking the member. */
        function reportMemberLoop(call, archive) {
            const member = argument(call, 'member', 0);
            if (member?.type !== 'identifier')
                return;
            const loop = memberLoop(member, module, TAR_LISTINGS, archive);
            if (!loop || checksContainment(loop, module))
                return;
            context.report({ node: call, confidence: 'medium', message: `tarfile extract() of every member in a loop, none checked: a member named ../… or a link is written outside the target` });
        }
        return {
            call(node) {
                // By method name, as Bandit: the archive object usually comes from tarfile.open() elsewhere, so its type is unknown.
                const callee = node.childForFieldName('function');
                const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : '';
                if (!method.includes('extract'))
                    return;
                // zipfile archives are zipfile-rules' business, even in a module that also imports tarfile.
                const name = module.callName(node) ?? '';
                if (/^(?:zipfile|shutil)\./.test(name) || hasSafeFilter(node, module))
                    return;
                if (method === 'extract') {
                    reportMemberLoop(node, callee.childForFieldName('object'));
                    return;
                }
                if (!method.includes('extractall'))
                    return;
                const members = keywordArgument(node, 'members');
                if (!members || isWholeListing(members, module)) {
                    context.report({ node, ...(members ? { message: 'tarfile extractall() with members= holding every member unchecked (getmembers()): names like ../../etc/cron.d/x are written outside the target' } : {}) });
                }
                else if (members.type === 'call') {
                    context.report({ node, severity: 'low', confidence: 'low', message: 'tarfile extractall() with members= from a function: make sure it rejects absolute paths, `..` and links' });
                }
                else {
                    context.report({ node, severity: 'medium', confidence: 'medium', message: 'tarfile extractall() with members=: make sure the list excludes absolute paths, `..` and links' });
                }
            },
        };
    },
});
