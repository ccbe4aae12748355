// Families of dangerous calls and imports as tables: one row each, turned into the same Rule shape as a rule file.
import type { SyntaxNode } from '../../python/syntax.js';
import type { ModuleFacts } from '../../python/module.js';
import type { ReportDescriptor, Rule, RuleMeta } from '../types.js';
import { lastName, nameTrigger } from './name-triggers.js';
import { argument } from '../../python/arguments.js';

export interface CallRow extends Omit<RuleMeta, 'cost'> {
  /** Exact qualified names of the callee. */
  calls: string[];
  /** Extra condition; returning a descriptor overrides message/severity/confidence; false = not flagged. */
  when?: (call: SyntaxNode, module: ModuleFacts) => boolean | Omit<ReportDescriptor, 'node'>;
}

export function callTableRule(row: CallRow): Rule {
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
        if (name === undefined || !names.has(name)) return;
        const verdict = when ? when(node, context.module) : true;
        if (verdict === false) return;
        context.report(verdict === true ? { node } : { node, ...verdict });
      },
    }),
  };
}

export interface ImportRow extends Omit<RuleMeta, 'cost'> {
  /** Module names, matched as a prefix of the imported name (`pickle` matches `pickle` and `pickle.loads`). */
  modules: string[];
  /** Modules under a listed one that are exempt (`xml.sax.saxutils` only writes XML). */
  except?: string[];
  /**
   * Source text that only a look-alike package installed under the same name has: a file showing it uses that
   * package, not the flagged one (PyCryptodome's `AES.MODE_GCM` under PyCrypto's `Crypto`).
   */
  notWhenSourceShows?: RegExp;
}

const DYNAMIC_IMPORTS = new Set(['__import__', 'importlib.import_module', 'importlib.__import__']);

export function importTableRule(row: ImportRow): Rule {
  const { modules, except = [], notWhenSourceShows, ...meta } = row;
  const under = (name: string, module: string) => name === module || name.startsWith(`${module}.`);
  const matches = (name: string) => modules.some((module) => under(name, module)) && !except.some((module) => under(name, module));
  return {
    triggers: modules.map(nameTrigger),
    callees: [...[...DYNAMIC_IMPORTS].map(lastName), ...modules.map(lastName)],
    ...meta,
    cost: 'fast',
    create: (context) => {
      if (notWhenSourceShows && context.module.sourceMatches(notWhenSourceShows)) return {};
      const reportImport = (statement: SyntaxNode) => {
        const entry = context.module.imports.statements.find((candidate) => candidate.node.id === statement.id);
        for (const imported of entry?.names ?? []) {
          if (matches(imported.qualified)) context.report({ node: imported.node, message: `${meta.message}: ${imported.qualified}` });
        }
      };
      return {
        import_statement: reportImport,
        import_from_statement: reportImport,
        call(node) {
          const name = context.module.callName(node);
          if (name === undefined) return;
          if (DYNAMIC_IMPORTS.has(name)) {
            // `import_module("pickle")` or `import_module(name="pickle")`.
            const first = argument(node, 'name', 0);
            const target = first ? context.module.constant(first) : undefined;
            if (typeof target === 'string' && matches(target)) context.report({ node, message: `${meta.message}: ${target}` });
          } else if (modules.includes(name)) {
            context.report({ node });
          }
        },
      };
    },
  };
}
