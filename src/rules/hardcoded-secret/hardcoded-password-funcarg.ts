import { defineRule } from '../types.js';
import { argumentList } from '../../python/arguments.js';
import { isPasswordName, notASecret, PASSWORD_HINT } from './support/password-names.js';
import { literalString } from './support/secret-literals.js';
import { credentialIn } from './support/redaction.js';
import type { SyntaxNode } from '../../python/syntax.js';

/** `auth=(user, password)`: HTTP basic auth as requests, httpx and aiohttp take it. */
const AUTH_OR_PASSWORD = new RegExp(`${PASSWORD_HINT.source}|^auth$`, PASSWORD_HINT.flags);

/** The password of an `auth=("user", "pw")` pair, when it is a literal. */
function basicAuthPassword(value: SyntaxNode): SyntaxNode | undefined {
  if (value.type !== 'tuple') return undefined;
  const items = value.namedChildren.filter((child) => child.type !== 'comment');
  return items.length === 2 && literalString(items[1]) !== undefined ? items[1] : undefined;
}

export default defineRule({
  id: 'hardcoded-password-funcarg',
  aliases: ['B106', 'S106', 'hardcoded_password_funcarg'],
  category: 'hardcoded-secret',
  cwe: 259,
  severity: 'low',
  confidence: 'medium',
  cost: 'fast',
  message: 'hard-coded password or token passed as a keyword argument',
  fix: 'Pass a secret read at run time (environment variable, secret manager) instead of a literal, and rotate the one in the code.',
  // isPasswordName tests PASSWORD_HINT on the keyword name, written in the source. Files with a `pass` statement match
  // too, but leaving out the word `pass` would miss names it is a fragment of (`épass`: words are ASCII runs).
  triggers: [PASSWORD_HINT, 'auth'],
  calleeKeywords: AUTH_OR_PASSWORD,
  docs: {
    why: 'A literal credential passed to a client or connection (`connect(password="s3cret")`) is readable by everyone with the repository. '
      + 'An `auth=("user", "password")` pair (requests, httpx) is one too. Keywords that describe a secret (`token_type="Bearer"`, `password_field="pw"`), labels, URLs, empty strings and placeholders are not reported.',
    bad: [
      'import psycopg2\nconn = psycopg2.connect(host="db", user="app", password="s3cr3t-Pa55")\n',
      'import requests\nrequests.get(url, auth=("deploy", "Jenk1ns-D3ploy"), timeout=5)\n',
    ],
    good: [
      'import os, psycopg2\nconn = psycopg2.connect(host="db", password=os.environ["DB_PASSWORD"])\n',
      'import os, requests\nrequests.get(url, auth=("deploy", os.environ["JENKINS_TOKEN"]), timeout=5)\n',
      'from oauthlib.oauth2 import OAuth2Token\ntoken = OAuth2Token(access_token=value, token_type="Bearer")\n',
    ],
    references: ['https://cwe.mitre.org/data/definitions/259.html'],
  },
  create(context) {
    return {
      call(node) {
        for (const arg of argumentList(node)) {
          if (arg.type !== 'keyword_argument') continue;
          const name = arg.childForFieldName('name')?.text;
          const value = arg.childForFieldName('value');
          if (!name || !value) continue;
          const password = name === 'auth' ? basicAuthPassword(value) : undefined;
          if (password) {
            const text = literalString(password)!;
            if (!notASecret('password', text)) context.report({ node: arg, message: 'hard-coded password passed in auth=(user, password)', credential: credentialIn(password, 'name') });
            continue;
          }
          if (!isPasswordName(name)) continue;
          const text = literalString(value);
          if (text === undefined || notASecret(name, text)) continue;
          context.report({ node: arg, message: `hard-coded password or token passed as '${name}='`, credential: credentialIn(value, 'name') });
        }
      },
    };
  },
});
