// The import table of a module: which local names stand for which qualified names.
// Collected once per file before the rules run, so a use before the import statement, or an import inside a
// function or a `try/except ImportError` block, still resolves.
import { nodesOfKeyword } from './syntax.js';
import { canonicalName } from './module-aliases.js';
/** The last identifier of a qualified name (`subprocess.Popen` → `Popen`). */
export function lastName(qualified) {
    return qualified.slice(qualified.lastIndexOf('.') + 1);
}
/** Every import statement holds the keyword `import` (`__import__`, `importlib` are other words). */
const IMPORT_KEYWORD = /\bimport\b/g;
const IMPORT_STATEMENTS = new Set(['import_statement', 'import_from_statement']);
export function collectImports(root, source) {
    const table = { aliases: new Map(), names: [], statements: [] };
    // Found from their keyword: a walk of the whole tree to find a handful of statements cost a sixth of parsing.
    for (const node of nodesOfKeyword(root, source, IMPORT_KEYWORD, IMPORT_STATEMENTS)) {
        if (node.type === 'import_statement')
            addImport(node, table);
        else
            addFromImport(node, table);
    }
    return table;
}
function addImport(node, table) {
    const entries = [];
    for (const name of node.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
            const qualified = name.childForFieldName('name')?.text ?? '';
            const alias = name.childForFieldName('alias')?.text;
            if (alias)
                setAlias(table, alias, qualified);
            entries.push({ qualified, node: name });
        }
        else {
            const qualified = name.text;
            const head = qualified.split('.')[0];
            // `import os.path` binds `os`; keep an existing deeper alias of the same head (`import a.b` after `import a`).
            if (!table.aliases.has(head))
                table.aliases.set(head, head);
            entries.push({ qualified, node: name });
        }
    }
    record(table, node, entries);
}
function addFromImport(node, table) {
    const moduleNode = node.childForFieldName('module_name');
    const module = moduleNode?.text ?? '';
    const entries = [];
    for (const name of node.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
            const imported = name.childForFieldName('name')?.text ?? '';
            const alias = name.childForFieldName('alias')?.text ?? imported;
            const qualified = joinModule(module, imported);
            setAlias(table, alias, qualified);
            entries.push({ qualified, node: name });
        }
        else {
            const qualified = joinModule(module, name.text);
            setAlias(table, name.text, qualified);
            entries.push({ qualified, node: name });
        }
    }
    if (entries.length === 0 && moduleNode)
        entries.push({ qualified: module, node: moduleNode }); // `from m import *`
    record(table, node, entries);
}
// A name imported in both branches of `try: import cPickle as pickle / except ImportError: import pickle` keeps the
// first binding; rules that care about every candidate use `names`.
function setAlias(table, alias, qualified) {
    if (!table.aliases.has(alias))
        table.aliases.set(alias, canonicalName(qualified));
}
function joinModule(module, name) {
    return module.endsWith('.') ? module + name : `${module}.${name}`;
}
function record(table, node, imported) {
    // `from six.moves import cPickle` imports pickle, for the import-blacklist rules too.
    const entries = imported.map((entry) => ({ ...entry, qualified: canonicalName(entry.qualified) }));
    table.statements.push({ node, names: entries });
    for (const entry of entries)
        table.names.push(entry.qualified);
}
