def check_all(items):
    for item in items:
        try:
            check(item)
        # expect: try-except-continue
        except Exception:
            continue
        try:
            check(item)
        # expect: try-except-continue
        except:
            continue
        try:
            check(item)
        # ok: try-except-continue
        except ValueError:
            continue
        try:
            check(item)
        # ok: try-except-continue
        except Exception:
            log(item)
            continue


def sweep(paths):
    for path in paths:
        try:
            os.unlink(path)
        # expect: try-except-continue
        except Exception:
            continue
