# expect: hardcoded-password-default
def connect(host, user="admin", password="Adm1n!2024"):
    pass


# expect: hardcoded-password-default
async def fetch(url, *, api_token: str = "9f8e7d6c5b4a39281706"):
    pass


# ok: hardcoded-password-default
def login(host, password=None, token_type="Bearer"):
    pass


# ok: hardcoded-password-default
def prompt(password_prompt="Password: ", secret=""):
    pass
