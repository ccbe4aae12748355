# Fabricated credentials in real provider formats (checksum-valid where the format has one): none of them works.
import os

# AWS access key id
# expect: hardcoded-provider-secret
AWS_ACCESS_KEY_ID_0 = "AKIASOME2YFJVBGSCXJU"
# expect: hardcoded-provider-secret
AWS_ACCESS_KEY_ID_1 = "ASIAU2RAU4HUDMLHWQWL"
# expect: hardcoded-provider-secret
AWS_ACCESS_KEY_ID_2 = "ASIAUFKRUDCFXOKNX7YR"

# GitHub token
# expect: hardcoded-provider-secret
GITHUB_TOKEN_0 = "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"
# expect: hardcoded-provider-secret
GITHUB_TOKEN_1 = "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"
# expect: hardcoded-provider-secret
GITHUB_TOKEN_2 = "ghu_x5UVj7i4Hcnnw7yam8tz9GBJn24CCy3c755T"
# expect: hardcoded-provider-secret
GITHUB_TOKEN_3 = "ghs_jVeZyWupTjOvsSL0XZt28Uuuvgwkl441KZkz"
# expect: hardcoded-provider-secret
GITHUB_TOKEN_4 = "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"

# GitHub fine-grained token
# expect: hardcoded-provider-secret
GITHUB_FINE_GRAINED_TOKEN_0 = "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"
# expect: hardcoded-provider-secret
GITHUB_FINE_GRAINED_TOKEN_1 = "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"
# expect: hardcoded-provider-secret
GITHUB_FINE_GRAINED_TOKEN_2 = "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"

# GitLab token
# expect: hardcoded-provider-secret
GITLAB_TOKEN_0 = "glpat-VAJZuYeSz1AGaSCe14Yg"
# expect: hardcoded-provider-secret
GITLAB_TOKEN_1 = "glpat-h_URC-69nBdAQNYHljqY"
# expect: hardcoded-provider-secret
GITLAB_TOKEN_2 = "glpat-_RnUQwy5Cy4Q0zX0dZay"

# Slack token
# expect: hardcoded-provider-secret
SLACK_TOKEN_0 = "xoxa-145195876036-7415012403562-ysd66NCDBOcSQeTDVRYPGwg7"
# expect: hardcoded-provider-secret
SLACK_TOKEN_1 = "xoxa-652443625662-4699298552324-5QsuTEo7lDPgFuBamdomI9wK"
# expect: hardcoded-provider-secret
SLACK_TOKEN_2 = "xoxp-964196104442-5955355254565-tY0nRqoD8ngOeOnKXq5B0x5Q"

# Slack webhook
# expect: hardcoded-provider-secret
SLACK_WEBHOOK_0 = "https://hooks.slack.com/services/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"
# expect: hardcoded-provider-secret
SLACK_WEBHOOK_1 = "https://hooks.slack.com/services/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"
# expect: hardcoded-provider-secret
SLACK_WEBHOOK_2 = "https://hooks.slack.com/services/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"

# Stripe live key
# expect: hardcoded-provider-secret
STRIPE_LIVE_KEY_0 = "sk_live_FSlj9ob0ow7KXzZczQL7NYwibjwAo88SoFv7wUgfP7BUXgl1R7T8Y9QUzh5hh84itlOqMFiO6rl2X1"
# expect: hardcoded-provider-secret
STRIPE_LIVE_KEY_1 = "sk_live_A53VGcuAQ2RCDHaGiouJ63qxE7xtyCkmBwTpQ7tiIH9fzWWQ36veG1AI1Hg"
# expect: hardcoded-provider-secret
STRIPE_LIVE_KEY_2 = "sk_live_DDXcwz6ngV77ROxPaSvDM49nh1uqbFOS"

# Google API key
# expect: hardcoded-provider-secret
GOOGLE_API_KEY_0 = "AIzactk8RK7gwVMP2WmSW-UnA0V_a6zQUAoiFRY"
# expect: hardcoded-provider-secret
GOOGLE_API_KEY_1 = "AIza0H7JX90_T6UwjYaosxQ6osl7bDeM1yiRaMX"
# expect: hardcoded-provider-secret
GOOGLE_API_KEY_2 = "AIzaJEpQApEnKIxhTv3Rj81dU8hyS2iZ998rRzx"

# Azure storage account key
# expect: hardcoded-provider-secret
AZURE_STORAGE_ACCOUNT_KEY_0 = "DefaultEndpointsProtocol=https;AccountName=acct4yyq7o4k;AccountKey=9mDb76C3nk+YvTsIV2G8VvjaCUdmHRm9GRnPWD9YoLxNobpeLG3jvrFUdjz25391FN8lGHnHchqtBx446K0Ple==;EndpointSuffix=core.windows.net"
# expect: hardcoded-provider-secret
AZURE_STORAGE_ACCOUNT_KEY_1 = "DefaultEndpointsProtocol=https;AccountName=acctenai88ph;AccountKey=eiUR/wEJfnS/KUjK3NjRvbD7RO4rKL3HwNO4VDpcJYGk2AjTc2nZJUpIcJy6farkTwUaysjVXj47sTZx0w+Ij1==;EndpointSuffix=core.windows.net"
# expect: hardcoded-provider-secret
AZURE_STORAGE_ACCOUNT_KEY_2 = "DefaultEndpointsProtocol=https;AccountName=acctcizq6p0k;AccountKey=pC2fyJz1ndTMNGab0du2LAE0stGMzUem99cZ6U2HsDtyNK0nXP3s10iMJQfH29NnvooZATI3E/W82rrCOSJFP2==;EndpointSuffix=core.windows.net"

# Twilio API key
# expect: hardcoded-provider-secret
TWILIO_API_KEY_0 = "SK52c7db18d1f1a0fdb2317412d55cb41b"
# expect: hardcoded-provider-secret
TWILIO_API_KEY_1 = "SKacd5439c9cb1d876360712e48e36b4ab"
# expect: hardcoded-provider-secret
TWILIO_API_KEY_2 = "SK096d8f49a48a52cd26b57cb453a5e1d1"

# SendGrid API key
# expect: hardcoded-provider-secret
SENDGRID_API_KEY_0 = "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"
# expect: hardcoded-provider-secret
SENDGRID_API_KEY_1 = "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"
# expect: hardcoded-provider-secret
SENDGRID_API_KEY_2 = "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"

# npm token
# expect: hardcoded-provider-secret
NPM_TOKEN_0 = "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"
# expect: hardcoded-provider-secret
NPM_TOKEN_1 = "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"
# expect: hardcoded-provider-secret
NPM_TOKEN_2 = "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"

# PyPI token
# expect: hardcoded-provider-secret
PYPI_TOKEN_0 = "pypi-AgEIcHlwaS5vcmcQzPpgUZjSK9HhXno9W4EMlQhcrWdJeC3Amh2Yx7xiT-B6x5FIx2qiN7I5xHz-60G8Nv-Y16FXOvmtPotThLk1MKgiC01gD3QQKiU9RzDQrUywvS50xzZ_XtTH9QwHyOpP18jLBtOcaP0L-SQ9xFjZG0NExW"
# expect: hardcoded-provider-secret
PYPI_TOKEN_1 = "pypi-AgEIcHlwaS5vcmcrQFersKQCd9S-u6kiUPZYzOcexUZ2L2h-VMVmOQygfaagFHep0fgR4FKz30DCkGJHVs7u1w_vlerWcpEZ8PRfzcIlZxnIaJu"
# expect: hardcoded-provider-secret
PYPI_TOKEN_2 = "pypi-AgEIcHlwaS5vcmcj3MFPCAZQe_ovGu-luAecLvPrGLh6I7KDUbnyB4ypHKIW39KSK4P1QzLMppZnwHPHR09mJTEEyiRD7ULuDOY71Qgv9G87K5XoFUsS331CjAzAO7KuGPVgPjQ887Uk5PEEZ-_g"

# OpenAI API key
# expect: hardcoded-provider-secret
OPENAI_API_KEY_0 = "sk-6oxOY07J6v-VWt8IoaG2T3BlbkFJl4mfKN8jiusuNbzqKLlY"
# expect: hardcoded-provider-secret
OPENAI_API_KEY_1 = "sk-proj-mVn5aFD05GclYBHKfBfMT3BlbkFJbU6CAPgHz0MB6ZWQMCUa"
# expect: hardcoded-provider-secret
OPENAI_API_KEY_2 = "sk-TbCJZq59vvfR_NiAq8hBT3BlbkFJ9QaEkV2H6NK2rHznVUOV"

# Anthropic API key
# expect: hardcoded-provider-secret
ANTHROPIC_API_KEY_0 = "sk-ant-api03-UbHN_iUEu46pAKGDKfv5otnO2QpsDnnvXO0gy5w_7clwqvZvzG_xasZa3hdrU9IKcDCY21_8O-vTVeck3SVXStQQ3yw_6AA"
# expect: hardcoded-provider-secret
ANTHROPIC_API_KEY_1 = "sk-ant-api03-pI3Pm46IvYfK5a3ewPOWapzb1pa5wKCqcHWlmoP-xvm5qcbqYKeCeXduo3vGMAlXcGviCz97JU37h_TAOb9Z6-lUIVeOAAA"
# expect: hardcoded-provider-secret
ANTHROPIC_API_KEY_2 = "sk-ant-api03-K78j0LlCxlB4NUSsjraG1bWq0Gf2QOtxW4OqhKg2Z739ecUP8gmKXpB5jgk_l_9vBFh9n9cEQE_g3qIGBenlSjtq7a1_bAA"

# private key
# expect: hardcoded-provider-secret
PRIVATE_KEY_0 = """-----BEGIN OPENSSH PRIVATE KEY-----
145mdAqbDrl3S1fb/4eWUz8wGJeIPmm5wt8Mh98tIhfGidDY5Ie+/JIbVN/kG5m7
5DlufrtDQ+Xo8vFgYiTAOnQhN9xuAxhkbPw5JltXSk5XKOcM8pqmTffAmby5bJ6v
ynW7EGgFKrcuaVfer0MDfmTrHeCwT3CCNmoaBADRt08frWqiFX8oAb57Pt4/4G8+
ZEsSpb/GgxrpSSvGgUdaljgQhaFrlBFEf/nsLjH6RHWqPQaFUMWKutrXOYH/xYt8
-----END OPENSSH PRIVATE KEY-----"""
# expect: hardcoded-provider-secret
PRIVATE_KEY_1 = """-----BEGIN RSA PRIVATE KEY-----
PPxFg9Ga2hSs+PT6WkQOr0l+tphZw+yYdXq8xASPnIdfiaxtCfm5H3CqA0JsU05a
ViikxJzfMTYUe/37H+zZqq+NFWPwNnF/FwUiyIE9hgXvyz11lcwsyBNxKNaQs+2m
7617NcLu2o93Y+G758lpQA13+1Ao/r+WNy+AJrNiMFnOo6rKLq50OfGM+j/AGQqY
gKQxNWVrDiMEMNxGKxHMw42a6lfwgnE/VJ3KSQIKgMw17t6mbRdqn1C5j2+bFSCU
-----END RSA PRIVATE KEY-----"""
# expect: hardcoded-provider-secret
PRIVATE_KEY_2 = """-----BEGIN RSA PRIVATE KEY-----
Z+vUITLux3JkVeJlWrf2VxZcDKYxdXD9HmwZRAQknyRQUI9F9+Blw4RrL10h0HHm
imbQEX3Dmp8GqZEAVDf4zP4s0Y0t9UAqX9EoDNYQiegjZy5SamN+EyJ3awHNiRk2
G60FbMCAN/ND1O+HdnimLPVF2N6mQukfQ4nRq12VgbA4TImqKgDmC+QLk835+s/N
lFo0ttFE9m+Vqx4ISfZWbcNkUf/tdFgCU0QG1CuOOZEfBTXAf4rTwxaHA0dCM/n9
-----END RSA PRIVATE KEY-----"""

# database URL with password
# expect: hardcoded-provider-secret
DATABASE_URL_WITH_PASSWORD_0 = "redis://app:HS7sMwunuqAA6VqHfO@db-4b6576.prod.internal:5432/app"
# expect: hardcoded-provider-secret
DATABASE_URL_WITH_PASSWORD_1 = "mongodb+srv://app:ptIArOFZOxqDhqpHOk@db-d18ca2.prod.internal:5432/app"
# expect: hardcoded-provider-secret
DATABASE_URL_WITH_PASSWORD_2 = "mongodb+srv://app:mXjl5CcJQaJAkINrco@db-8db91f.prod.internal:5432/app"

# AWS secret access keys are recognised by the name they are stored under
# expect: hardcoded-provider-secret
AWS_SECRET_ACCESS_KEY = "vbgpMLLqGhzfso0WcTU2nHiIu6nUQAQMzl04TWLr"
# expect: hardcoded-provider-secret
session = make_session(aws_secret_access_key="Je/tt0OhhUZ1IXdDjl8Plv+ba2oc3xxqunnQDakj")
# expect: hardcoded-provider-secret
CREDENTIALS = {"aws_secret_access_key": "6LGcQAWAo+Oh0Ji6l3yaGH/jYN7cz/jWVd8zVmim"}
# ok: hardcoded-provider-secret
CHECKSUM = "6LGcQAWAo+Oh0Ji6l3yaGH/jYN7cz/jWVd8zVmim"

# Look-alikes: documented examples, stand-ins, bad checksums, test keys, local databases
# ok: hardcoded-provider-secret
LOOK_ALIKE_0 = "AKIAIOSFODNN7EXAMPLE"
# ok: hardcoded-provider-secret
LOOK_ALIKE_1 = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: hardcoded-provider-secret
LOOK_ALIKE_2 = "ghp_YNrOiqgsFsD2QpDLZFA0nBUbfqDbAX000000"
# ok: hardcoded-provider-secret
LOOK_ALIKE_3 = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_4 = "github_pat_<your-token>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_5 = "glpat-xxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_6 = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
# ok: hardcoded-provider-secret
LOOK_ALIKE_7 = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_8 = "sk_live_..."
# ok: hardcoded-provider-secret
LOOK_ALIKE_9 = "xoxb-your-token-here"
# ok: hardcoded-provider-secret
LOOK_ALIKE_10 = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
# ok: hardcoded-provider-secret
LOOK_ALIKE_11 = "AIzaSy-your-google-api-key-goes-here-xx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_12 = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_13 = "npm_<token>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_14 = "pypi-<your-token>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_15 = "sk-your-openai-key"
# ok: hardcoded-provider-secret
LOOK_ALIKE_16 = "sk-ant-api03-..."
# ok: hardcoded-provider-secret
LOOK_ALIKE_17 = """-----BEGIN PRIVATE KEY-----
...
-----END PRIVATE KEY-----"""
# ok: hardcoded-provider-secret
LOOK_ALIKE_18 = "-----BEGIN RSA PRIVATE KEY-----"
# ok: hardcoded-provider-secret
LOOK_ALIKE_19 = "postgresql://user:password@localhost/app"
# ok: hardcoded-provider-secret
LOOK_ALIKE_20 = "postgresql://nova:${DB_PASSWORD}@db/nova"
# ok: hardcoded-provider-secret
LOOK_ALIKE_21 = "mysql+pymysql://openstack_citest:openstack_citest@localhost/openstack_citest"
# ok: hardcoded-provider-secret
LOOK_ALIKE_22 = "redis://:<password>@cache:6379/0"
# ok: hardcoded-provider-secret
LOOK_ALIKE_23 = "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
# ok: hardcoded-provider-secret
LOOK_ALIKE_24 = "SK00000000000000000000000000000000"
# ok: hardcoded-provider-secret
STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]

# Everywhere in the file: comments, docstrings, bytes, f-string constant parts, concatenations
# expect: hardcoded-provider-secret
# deploy token: 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


def charge(amount, user):
    # expect: hardcoded-provider-secret
    """Charges with sk_live_8GZBwrKJZSAvbwLHiXTu5scZIMpPMx until the vault is set up."""
    # expect: hardcoded-provider-secret
    headers = {"Authorization": f"Bearer glpat-fh4rltkBe03ThHHDA4ih for {user}"}
    # expect: hardcoded-provider-secret
    payload = b"key=AIzaG91y1kr6wH8ETQa03C3sd6YZNKyGSaYngmh"
    # expect: hardcoded-provider-secret
    sendgrid = ("SG.D3lRrag9CIHHdzMz6YpgGb."
                "36OJJYYBn5wtjo4VU3IFqjZ53sOTxDfc1gCoixl1po3")
    # expect: hardcoded-provider-secret
    slack = "xoxb-961977204759-" + "914356033021-IRqhSw8m7ef18w5563ldwNrl"
    # ok: hardcoded-provider-secret
    token = "npm_" + os.environ["NPM_TOKEN"]
    # ok: hardcoded-provider-secret
    url = f"postgresql://app:{os.environ['DB_PASSWORD']}@db-prod.internal/app"
    return headers, payload, sendgrid, slack, token, url


# ok: hardcoded-provider-secret
# The classic-token format is ghp_ followed by 36 characters; see the GitHub docs.
# ok: hardcoded-provider-secret
BROKEN_CHECKSUM = "npm_XdfyPrzWrSYJNZje0nPUZCVO3a8sJ424kyXT"

# More look-alikes: three or more per provider
# ok: hardcoded-provider-secret
LOOK_ALIKE_25 = "AKIAXXXXXXXXXXXXXXXX"
# ok: hardcoded-provider-secret
LOOK_ALIKE_26 = "AKIA1234567890"
# ok: hardcoded-provider-secret
LOOK_ALIKE_27 = "aws_secret_access_key = YOUR_SECRET_ACCESS_KEY"
# ok: hardcoded-provider-secret
LOOK_ALIKE_28 = "gho_hK9V3ozeLlVg6FYYzsVmWwmvYLXhEJZZZZZZ"
# ok: hardcoded-provider-secret
LOOK_ALIKE_29 = "ghu_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
# ok: hardcoded-provider-secret
LOOK_ALIKE_30 = "github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
# ok: hardcoded-provider-secret
LOOK_ALIKE_31 = "github_pat_11ABCDEFG"
# ok: hardcoded-provider-secret
LOOK_ALIKE_32 = "glpat-<personal-access-token>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_33 = "glpat-12345"
# ok: hardcoded-provider-secret
LOOK_ALIKE_34 = "xoxp-000000000000-000000000000-000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_35 = "xoxb-123"
# ok: hardcoded-provider-secret
LOOK_ALIKE_36 = "xoxa-2-your-app-token"
# ok: hardcoded-provider-secret
LOOK_ALIKE_37 = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
# ok: hardcoded-provider-secret
LOOK_ALIKE_38 = "https://hooks.slack.com/services/..."
# ok: hardcoded-provider-secret
LOOK_ALIKE_39 = "pk_live_JOTEQvr26YnqNDPamDOZ1RLC"
# ok: hardcoded-provider-secret
LOOK_ALIKE_40 = "rk_test_51H8tKxL2eZvKYlo2C0123456"
# ok: hardcoded-provider-secret
LOOK_ALIKE_41 = "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
# ok: hardcoded-provider-secret
LOOK_ALIKE_42 = "AIzaSyShort"
# ok: hardcoded-provider-secret
LOOK_ALIKE_43 = "AccountKey=<storage-account-key>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_44 = "DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="
# ok: hardcoded-provider-secret
LOOK_ALIKE_45 = "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_46 = "AC5ceeb1da2d7ebc200e07b921d3bf8dce"
# ok: hardcoded-provider-secret
LOOK_ALIKE_47 = "SG.your-api-key"
# ok: hardcoded-provider-secret
LOOK_ALIKE_48 = "SG.<key>.<secret>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_49 = "npm_iyIoM7N8pgasnvxlubTfkIEpsjI4SRpDZxEb"
# ok: hardcoded-provider-secret
LOOK_ALIKE_50 = "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_51 = "pypi-AgEIcHlwaS5vcmc..."
# ok: hardcoded-provider-secret
LOOK_ALIKE_52 = "pypi-xxxxxxxxxxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_53 = "sk-..."
# ok: hardcoded-provider-secret
LOOK_ALIKE_54 = "sk-Q45oa6_q_XMviW2-dxIcIuQhzLMaS62us82Uj5IePG9sLHFO"
# ok: hardcoded-provider-secret
LOOK_ALIKE_55 = "sk-ant-api03-xxxxxxxx"
# ok: hardcoded-provider-secret
LOOK_ALIKE_56 = "sk-ant-<your-key>"
# ok: hardcoded-provider-secret
LOOK_ALIKE_57 = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0
-----END PUBLIC KEY-----"""
# ok: hardcoded-provider-secret
LOOK_ALIKE_58 = """-----BEGIN ENCRYPTED PRIVATE KEY-----
<paste the key here>
-----END ENCRYPTED PRIVATE KEY-----"""
# ok: hardcoded-provider-secret
LOOK_ALIKE_59 = "postgresql://app@db-prod.internal/app"
# ok: hardcoded-provider-secret
LOOK_ALIKE_60 = "mongodb://admin:admin@mongo.prod.internal:27017"
# ok: hardcoded-provider-secret
LOOK_ALIKE_61 = "postgres://app:%(password)s@db-prod.internal/app"
