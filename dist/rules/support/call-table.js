import { lastName, nameTrigger } from './name-triggers.js';
import { argument } from '../../python/arguments.js';
export function callTableRule(row) {
    const names = new Set(row.calls);
    const { calls: _calls, when, ...meta } = row;
    return {
        triggers: row.calls.map(nameTrigger),
        callees: row.calls.map(lastName),
        ...meta,
        cost: 'fast',
        create: (context) => ({
            call(node) {
                const name = context.module.callName(node);
                if (name === undefined || !names.has(name))
                    return;
                const verdict = when ? when(node, context.module) : true;
                if (verdict === false)
                    return;
                context.report(verdict === true ? { node } : { node, ...verdict });
            },
        }),
    };
}
const DYNAMIC_IMPORTS = new Set(['__import__', 'importlib.import_module', 'importlib.__import__']);
export function importTableRule(row) {
    const { modules, except = [], notWhenSourceShows, ...meta } = row;
    const under = (name, module) => name === module || name.startsWith(`${module}.`);
    const matches = (name) => modules.some((module) => under(name, module)) && !except.some((module) => under(name, module));
    return {
        triggers: modules.map(nameTrigger),
        callees: [...[...DYNAMIC_IMPORTS].map(lastName), ...modules.map(lastName)],
        ...meta,
        cost: 'fast',
        create: (context) => {
            if (notWhenSourceShows && context.module.sourceMatches(notWhenSourceShows))
                return {};
            const reportImport = (statement) => {
                const entry = context.module.imports.statements.find((candidate) => candidate.node.id === statement.id);
                for (const imported of entry?.names ?? []) {
                    if (matches(imported.qualified))
                        context.report({ node: imported.node, message: `${meta.message}: ${imported.qualified}` });
                }
            };
            return {
                import_statement: reportImport,
                import_from_statement: reportImport,
                call(node) {
                    const name = context.module.callName(node);
                    if (name === undefined)
                        return;
                    if (DYNAMIC_IMPORTS.has(name)) {
                        // `import_module("pickle")` or `import_module(name="pickle")`.
                        const first = argument(node, 'name', 0);
                        const target = first ? context.module.constant(first) : undefined;
                        if (typeof target === 'string' && matches(target))
                            context.report({ node, message: `${meta.message}: ${target}` });
                    }
                    else if (modules.includes(name)) {
                        context.report({ node });
                    }
                },
            };
        },
    };
}
