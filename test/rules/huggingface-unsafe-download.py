from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModel, AutoTokenizer


def load(revision):
    # expect: huggingface-unsafe-download
    model = AutoModel.from_pretrained("org/model")
    # expect: huggingface-unsafe-download
    tokenizer = AutoTokenizer.from_pretrained("org/model", revision="main")
    # expect: huggingface-unsafe-download
    data = load_dataset("org/dataset", revision="v1.0")
    # expect: huggingface-unsafe-download
    path = hf_hub_download(
        repo_id="org/model",
        filename="w.bin",
    ) if revision else None
    # expect: huggingface-unsafe-download
    snapshot_download(repo_id="org/model", revision="refs/pr/1")
    # ok: huggingface-unsafe-download
    pinned = AutoModel.from_pretrained("org/model", revision="5d0f2e8a7c1b4e3f9a6d8c2b1e0f7a3d4c5b6a79")
    # ok: huggingface-unsafe-download
    local = AutoModel.from_pretrained("./checkpoints/model")
    # ok: huggingface-unsafe-download
    chosen = AutoModel.from_pretrained("org/model", revision=revision)
    return model, tokenizer, data, path, pinned, local, chosen
