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


def parse_body(body):
    try:
        return body["fixed_ips"][0]["ip_address"]
    # expect: try-except-pass
    except:
        ...


class Connection:
    def close(self):
        try:
            self.sock.close()
        # expect: try-except-pass
        except Exception:
            pass

    def write(self, path, data):
        try:
            save(path, data)
        finally:
            try:
                os.unlink(path + ".tmp")
            # expect: try-except-pass
            except Exception:
                pass


def requested_ip(attachment):
    req_ip = None
    try:
        req_ip = attachment["fixed_ips"][0]["ip_address"]
    # expect: try-except-pass
    except Exception:
        pass
    if req_ip is None:
        return default_ip()
    return req_ip


def shared_with(dest, path):
    shared = False
    try:
        shared = probe(dest, path)
    # expect: try-except-pass
    except Exception:
        pass
    return shared
