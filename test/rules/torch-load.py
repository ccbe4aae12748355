import torch
from torch import load as torch_load


def restore(path, flag):
    # expect: torch-load
    model = torch.load(path)
    # expect: torch-load
    state = torch_load(path, weights_only=False)
    # expect: torch-load
    other = torch.serialization.load(path, map_location="cpu")
    # ok: torch-load
    safe = torch.load(path, weights_only=True)
    # ok: torch-load
    tensor = torch.tensor([1, 2])
    return model, state, other, safe, tensor
