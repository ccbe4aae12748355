import { defineRule, type RuleHandlers } from '../types.js';
import { lastName } from '../name-triggers.js';
import { keywordArgument } from '../../python/arguments.js';

const LOADERS = new Set(['torch.load', 'torch.serialization.load']);

export default defineRule({
  id: 'torch-load',
  aliases: ['B614', 'pytorch_load'],
  category: 'deserialization',
  cwe: 502,
  severity: 'medium',
  confidence: 'high',
  cost: 'fast',
  message: 'torch.load() without weights_only=True unpickles the file: a malicious checkpoint runs code',
  fix: 'Pass weights_only=True (and load the state dict into a model you construct), or use safetensors.',
  triggers: ['torch'],
  callees: [...LOADERS].map(lastName),
  docs: {
    why: 'torch.load() is pickle underneath; a checkpoint from an untrusted source can execute arbitrary code while loading. weights_only=True restricts unpickling to tensors and plain containers.',
    bad: ['import torch\nmodel = torch.load("model.pt")\n'],
    good: ['import torch\nstate = torch.load("model.pt", weights_only=True)\n'],
    references: ['https://pytorch.org/docs/stable/generated/torch.load.html', 'https://cwe.mitre.org/data/definitions/502.html'],
  },
  create(context): RuleHandlers {
    if (!context.module.importsModule('torch')) return {};
    return {
      call(node) {
        const name = context.module.callName(node);
        if (!name || !LOADERS.has(name)) return;
        const weightsOnly = keywordArgument(node, 'weights_only');
        if (weightsOnly && context.module.constant(weightsOnly) === true) return;
        context.report({ node, message: weightsOnly ? 'torch.load() with weights_only disabled unpickles the file: a malicious checkpoint runs code' : undefined });
      },
    };
  },
});
