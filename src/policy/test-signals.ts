// Content signals that a file is test code. Path signals live in test-context.ts (they depend on the path,
// which the blob cache must not).
import type { ModuleFacts } from '../python/module.js';

const TEST_MODULES = ['unittest', 'pytest', 'mock', 'unittest.mock', 'testtools', 'fixtures', 'oslotest', 'nose', 'hypothesis', 'django.test', 'testscenarios'];

export function testCodeSignals(module: ModuleFacts): string[] {
  const signals: string[] = [];
  const imported = TEST_MODULES.find((name) => module.importsModule(name));
  if (imported) signals.push(`imports ${imported}`);
  for (const child of module.root.namedChildren) {
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (!definition) continue;
    if (definition.type === 'class_definition') {
      const bases = definition.childForFieldName('superclasses')?.text ?? '';
      if (/TestCase|TestBase|\bTest\b|Tests?\)|Base\w*Test/.test(bases)) { signals.push('defines a TestCase subclass'); break; }
    }
    if (definition.type === 'function_definition' && /^test_/.test(definition.childForFieldName('name')?.text ?? '')) {
      signals.push('defines test_* functions');
      break;
    }
  }
  return signals;
}
