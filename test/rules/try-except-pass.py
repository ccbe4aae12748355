import logging


def work(path):
    try:
        verify(path)
    # expect: try-except-pass
    except Exception:
        pass
    try:
        cleanup()
    # expect: try-except-pass
    except:  # noqa: E722
        # nothing to do
        pass
    try:
        cleanup()
    # expect: try-except-pass
    except (ValueError, BaseException) as error:
        pass
    try:
        os.remove(path)
    # ok: try-except-pass
    except FileNotFoundError:
        pass
    try:
        verify(path)
    # ok: try-except-pass
    except Exception:
        logging.exception("verification failed")
        pass
