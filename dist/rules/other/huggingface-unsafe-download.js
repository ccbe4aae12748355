import { defineRule } from '../types.js';
import { argument, keywordArgument } from '../../python/arguments.js';
// Function → the library its qualified name must come from (Bandit's table).
const DOWNLOADS = {
    from_pretrained: 'transformers', load_dataset: 'datasets', hf_hub_download: 'huggingface_hub',
    snapshot_download: 'huggingface_hub', repository_id: 'huggingface_hub',
};
export default defineRule({
    id: 'huggingface-unsafe-download',
    aliases: ['B615', 'huggingface_unsafe_download'],
    category: 'other',
    cwe: 494,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'Hugging Face Hub download not pinned to a commit: the repository owner (or whoever takes it over) decides what you load',
    fix: 'Pass revision= with a full commit hash (`revision="5d0f2e8a7c1b..."`); branch and tag names can be moved.',
    // The function's name is the last segment of the call's qualified name, so every spelling writes it out.
    triggers: Object.keys(DOWNLOADS),
    callees: Object.keys(DOWNLOADS),
    docs: {
        why: 'Models and datasets are fetched from a mutable repository; `main` or a tag can be repointed to files that run code when loaded (pickled weights, remote code). A commit hash pins the exact content. Local paths and a revision computed at run time are not reported.',
        bad: ['from transformers import AutoModel\nmodel = AutoModel.from_pretrained("org/model")\n', 'from huggingface_hub import hf_hub_download\npath = hf_hub_download(repo_id="org/model", filename="w.bin", revision="main")\n'],
        good: ['from transformers import AutoModel\nmodel = AutoModel.from_pretrained("org/model", revision="5d0f2e8a7c1b4e3f9a6d8c2b1e0f7a3d4c5b6a79")\n', 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("./checkpoints/model")\n'],
        references: ['https://huggingface.co/docs/huggingface_hub/en/guides/download', 'https://cwe.mitre.org/data/definitions/494.html'],
    },
    create(context) {
        const { module } = context;
        if (!['transformers', 'datasets', 'huggingface_hub'].some((library) => module.importsLike(library)))
            return {};
        return {
            call(node) {
                const segments = module.callName(node)?.split('.') ?? [];
                const library = DOWNLOADS[segments[segments.length - 1] ?? ''];
                if (!library || !segments.includes(library))
                    return;
                const revision = keywordArgument(node, 'revision') ?? keywordArgument(node, 'commit_id');
                if (revision) {
                    const value = module.constant(revision);
                    if (typeof value !== 'string' || /^[0-9a-f]{7,}$/i.test(value))
                        return;
                }
                const source = argument(node, 'repo_id', 0) ?? argument(node, 'pretrained_model_name_or_path', null) ?? argument(node, 'path', null);
                const where = source ? module.constant(source) : undefined;
                if (typeof where === 'string' && /^(?:\.{0,2}\/)/.test(where))
                    return;
                context.report({ node, message: `${segments[segments.length - 1]}() from the Hugging Face Hub ${revision ? 'pinned to a branch or tag, not a commit' : 'without revision='}` });
            },
        };
    },
});
