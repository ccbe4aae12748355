// Recall and the safe-look-alike flag rate on held-out vulnerable/safe pairs (bench/look-alikes/cases.mjs), the way
// the project's precision target is stated: every vulnerable case should be reported (and block), no safe look-alike
// reported. `node bench/look-alikes/run.mjs [--only ID-PREFIX] [path/to/cli.cjs]` (default: this checkout's
// dist/cli.cjs); `--only u-` / `--only i2-` / `--only c2-` / `--only r3-` score one independently written set alone, `--only !u-` everything else.
// The pairs were written apart from the rules (2026-12-02) and not tuned against: a case the tool gets wrong is a
// finding about the tool, not a reason to edit the case (two labels were corrected once, where the tool was right:
// bench-ternary-*). Figures at 9cf5fe2 (before data flow v2): recall 36/43 = 0.84, blocking recall 24/43 = 0.56, safe
// flagged 10/35 = 0.29, safe blocked 4/35.
// The second set (ids `u-`, 30 vulnerable / 30 safe, 2026-12-03, written before the tool was run on it): at 059e91c
// recall 28/30 = 0.93, blocking recall 23/30 = 0.77, safe flagged 3/30 = 0.10; after the fixes it led to (Tornado and
// class-based-view sources, argparse, with-bound clients, class constants and constructor flows, markup escaped
// before mark_safe/Markup) recall 30/30, blocking 30/30, safe flagged 0/30.
// The third set (ids `i2-`, 30 vulnerable / 32 safe, 2026-12-03, written before the tool was run on it and without
// reading the rules): at 71fa47a recall 29/30 = 0.97, blocking recall 27/30 = 0.90, safe flagged 5/32 = 0.16, safe
// blocked 2/32; after the fixes it led to (asyncio's shell launcher, properties of request wrappers, HMAC-verified
// payloads, checks on a parsed URL held in a variable, SQL built in a helper judged by its callers, deserialised files
// at paths from settings or the environment) recall 30/30, blocking 30/30, safe flagged 1/32 (i2-cmd-env-config: an
// environment variable is outside input by design, shown medium/medium without blocking).
// The fourth set (ids `c2-`, non-taint classes: secrets, weak crypto, cookies, transport, returned-string XSS, XPath,
// swallowed exceptions, insecure config and test code; 29 vulnerable / 36 safe, 2026-12-03, written before the tool was
// run on it): at 4838ab0 recall 29/29, blocking recall 24/29 = 0.83, safe flagged 4/36 = 0.11 (an ETag MD5, a GCM
// cipher read as PyCrypto, harness code in tests), safe blocked 0/36; after the fixes recall 29/29, blocking 25/29,
// safe flagged 1/36 (eval() in a conftest helper: kept in test code, downgraded to low, never blocking).
// The fifth set (ids `r3-`, mostly safe code in styles not above: management commands, migrations, Celery, Click/Typer,
// pandas/NumPy, boto3/requests, Jinja2 autoescape, hashing, tempfiles, settings from the environment, asyncpg, Airflow,
// graphene, Scrapy; 17 vulnerable / 60 safe, 2026-12-03, written in three batches, each before the tool was run on it): first 49 cases at 031a13a recall 12/14, blocking 10/14,
// safe flagged 3/35 = 0.09 (an XML report and a pickle cache beside the module, urlopen of a constant https URL);
// 15 more at d8177cd: safe flagged 1/13 (paramiko exec_command of a constant command). After the fixes (files at
// __file__-relative paths are the deployer's, constant urlopen/exec_command audit-only, numpy.load(allow_pickle=True),
// Click parameters as argv) recall 16/16, blocking 14/16, safe flagged 1/48 (r3-paramiko-known-hosts: a command
// joined from a generator through an unknown call is unknown, shown medium without blocking). A third batch of 13 at
// 935cee2: safe flagged 0/12, its vulnerable case found and blocking; the set then stands at recall 17/17, blocking
// 15/17 (a Celery task's parameter, a management command's options: parameters, shown without blocking), safe flagged 1/60.
// The sixth set (ids `r5c-`, non-taint classes: secrets look-alikes in settings classes, i18n labels, fixtures and
// AWS example keys; content hashes, seeded and cosmetic randomness, AEAD; localhost and namespace URLs; secure cookies;
// optional-import and logged exceptions; dev-server config; 12 vulnerable / 41 safe, 2026-12-03, two batches, each
// written before the tool was run on it): first 39 at 493ada8 recall 10/10, blocking 9/10, safe flagged 2/29 (SHA-1 of
// a git blob id; urlopen of a parameter URL); after bf55251 (a git object id or content address names a non-security
// hash use) safe flagged 1/29. A second batch of 14 at 394ddc3: safe flagged 0/12, both vulnerable found and blocking.
// The set stands at recall 12/12, blocking 11/12 (DEBUG = True in settings.py: shown without blocking, as
// c2-cfg-django-debug-hosts), safe flagged 1/41 (r5c-verify-ca-bundle: urlopen of a function parameter is the rule's
// documented audit case, medium without blocking).
// The sixth set (ids `r5i-`, injection and data-flow classes in styles not above: DRF serializers, Flask-WTF, marshmallow,
// Literal/Enum parameters, pathlib, psycopg2.sql, executemany, itsdangerous, hardened lxml, sandboxed Jinja2, ldap3;
// 9 vulnerable / 29 safe, 2026-12-03, written before the tool was run on it): at 47646d6 recall 7/9, blocking 6/9,
// safe flagged 3/29 = 0.10, safe blocked 3/29 (a Literal and an Enum parameter, a netloc-or-scheme reset before a
// redirect); after the fixes (closed-choice annotations, hostless-URL checks for redirect/fetch sinks, pathlib `/`
// receivers, a statement taken whole from request data) recall 9/9, blocking 8/9 (a Flask-WTF field's `.data` is not
// a source yet: unknown, shown medium/low), safe flagged 0/29.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { CASES as ALL_CASES } from './cases.mjs';
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const keep = (id) => only === undefined || (only.startsWith('!') ? !id.startsWith(only.slice(1)) : id.startsWith(only));
const CASES = ALL_CASES.filter(([id]) => keep(id));
const cli = args[0] ?? new URL('../../dist/cli.cjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'look-alikes-'));
mkdirSync(join(dir, 'app'));
// A case may name the file it stands for (5th element, e.g. `tests/test_views.py`, `settings.py`): kinds of file the
// reviewer treats differently (test code, Django settings) need their real name; it is written under app/ID/.
const fileOf = (id, path) => path === undefined ? `${id}.py` : `${id}/${path}`;
for (const [id, , , src, path] of CASES) {
  const file = join(dir, 'app', fileOf(id, path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, src);
}
let out;
try { out = execFileSync('node', [cli, '--no-cache', '--no-config', '--format', 'json', join(dir, 'app')], { encoding: 'utf8', maxBuffer: 1 << 26 }); }
catch (e) { out = e.stdout; }
const report = JSON.parse(out);
// `any`: every finding counts (test code, where the honest verdict is "no security defects").
const MATCH = { xpath: /xpath/, nosql: /nosql|mongo/, header: /header/, cookie: /cookie|session/, any: /./ };
const matches = (cat, f) => MATCH[cat] ? MATCH[cat].test(f.category) || MATCH[cat].test(f.rule) : f.category === cat;
let tp = 0, tpBlock = 0, vuln = 0, fp = 0, fpBlock = 0, safe = 0;
const rows = [];
for (const [id, cat, vulnerable, , path] of CASES) {
  const fs = report.findings.filter((f) => f.path.endsWith(`/${fileOf(id, path)}`) && matches(cat, f));
  const hit = fs.length > 0, block = fs.some((f) => f.blocking);
  if (vulnerable) { vuln++; tp += hit; tpBlock += block; if (!hit || !block) rows.push(`${hit ? 'NOBLOCK' : 'MISS   '} ${id} ${fs.map((f) => `${f.rule}:${f.severity}/${f.confidence}`).join(',')}`); }
  else { safe++; fp += hit; fpBlock += block; if (hit) rows.push(`${block ? 'FP-BLK ' : 'FP     '} ${id} ${fs.map((f) => `${f.rule}:${f.severity}/${f.confidence}`).join(',')}`); }
}
console.log(rows.sort().join('\n'));
console.log(`recall ${tp}/${vuln} = ${(tp / vuln).toFixed(2)}; blocking recall ${tpBlock}/${vuln} = ${(tpBlock / vuln).toFixed(2)}`);
console.log(`safe flagged ${fp}/${safe} = ${(fp / safe).toFixed(2)}; safe blocked ${fpBlock}/${safe}`);
