import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { keywordArgument } from '../../python/arguments.js';
export default taintRule({
    id: 'torch-load',
    aliases: ['B614', 'pytorch_load'],
    category: 'deserialization',
    cwe: 502,
    severity: 'medium',
    confidence: 'high',
    message: 'torch.load() without weights_only=True unpickles the file: a malicious checkpoint runs code',
    fix: 'Pass weights_only=True (and load the state dict into a model you construct), or use safetensors.',
    triggers: ['torch'],
    sinkClass: 'deserialization',
    sinks: { 'torch.load': { keyword: 'f', position: 0 }, 'torch.serialization.load': { keyword: 'f', position: 0 } },
    // weights_only=True restricts unpickling to tensors and plain containers.
    when: (call, module) => {
        const weightsOnly = keywordArgument(call, 'weights_only');
        return !weightsOnly || module.constant(weightsOnly) !== true;
    },
    levels: SINK_LEVELS,
    describe: (source, call) => `torch.load()${keywordArgument(call, 'weights_only') ? ' with weights_only disabled' : ' without weights_only=True'} unpickles ${source}: a malicious checkpoint runs code`,
    docs: {
        why: 'torch.load() is pickle underneath; a checkpoint from an untrusted source can execute arbitrary code while loading. weights_only=True restricts unpickling to tensors and plain containers. '
            + 'A checkpoint named by request data blocks; a parameter or unknown path is shown; a constant path only by --profile audit.',
        bad: ['import torch\ndef restore(path):\n    return torch.load(path)\n', 'import torch\nfrom flask import request\ndef restore():\n    return torch.load(request.files["model"])\n'],
        good: ['import torch\ndef restore(path):\n    return torch.load(path, weights_only=True)\n'],
        references: ['https://pytorch.org/docs/stable/generated/torch.load.html', 'https://cwe.mitre.org/data/definitions/502.html'],
    },
});
