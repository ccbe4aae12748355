import yaml
from yaml import load as yaml_load


class StrictLoader(yaml.SafeLoader):
    pass


def read(text):
    # expect: unsafe-yaml-load
    yaml.load(text)
    # expect: unsafe-yaml-load
    yaml.load(text, Loader=yaml.FullLoader)
    # expect: unsafe-yaml-load
    yaml.load(text, yaml.UnsafeLoader)
    # expect: unsafe-yaml-load
    yaml_load(text, Loader=yaml.Loader)
    # expect: unsafe-yaml-load
    yaml.load_all(text)
    # expect: unsafe-yaml-load
    yaml.unsafe_load(text)
    # ok: unsafe-yaml-load
    yaml.load(text, Loader=yaml.SafeLoader)
    # ok: unsafe-yaml-load
    yaml.load(text, yaml.CSafeLoader)
    # ok: unsafe-yaml-load
    yaml.load(text, Loader=StrictLoader)
    # ok: unsafe-yaml-load
    yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    # ok: unsafe-yaml-load
    yaml.safe_load(text)
    # ok: unsafe-yaml-load
    yaml.load(text, Loader=yaml.BaseLoader)


def unrelated(model, path):
    # ok: unsafe-yaml-load
    model.load(path)
