import { defineRule } from '../types.js';
import { keywordArgument } from '../../python/arguments.js';
// Python's extraction filters (PEP 706) that refuse absolute paths, `..` and links outside the destination.
const SAFE_FILTERS = new Set(['data', 'tar', 'tarfile.data_filter', 'tarfile.tar_filter']);
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
        why: 'Tar archives can contain absolute paths, `..` components and links; extractall() writes them where they point (CVE-2007-4559). With members= a vetting function may be in place (medium, or low when it is a call), with filter="data" or "tar" Python itself refuses them.',
        bad: ['import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest)\n'],
        good: ['import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest, filter="data")\n'],
        references: ['https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter', 'https://peps.python.org/pep-0706/'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsModule('tarfile'))
            return {};
        return {
            call(node) {
                // By method name, as Bandit: the archive object usually comes from tarfile.open() elsewhere, so its type is unknown.
                const callee = node.childForFieldName('function');
                if (callee?.type !== 'attribute' || !callee.childForFieldName('attribute')?.text.includes('extractall'))
                    return;
                // zipfile archives are zipfile-rules' business, even in a module that also imports tarfile.
                const name = module.callName(node) ?? '';
                if (/^(?:zipfile|shutil)\./.test(name))
                    return;
                const filter = keywordArgument(node, 'filter');
                if (filter) {
                    const value = module.constant(filter);
                    if (typeof value === 'string' ? SAFE_FILTERS.has(value) : SAFE_FILTERS.has(module.qualifiedName(filter) ?? ''))
                        return;
                }
                const members = keywordArgument(node, 'members');
                if (!members) {
                    context.report({ node });
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
