import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { hostKind } from './support/cleartext-urls.js';
import { callNameThroughWith, enteredCall } from '../../python/context-managers.js';
/** Connections that start in cleartext and only encrypt after STARTTLS (`SMTP_SSL` is encrypted from the start). */
const CLEARTEXT_CLIENTS = new Set(['smtplib.SMTP', 'smtplib.LMTP']);
const LOGINS = new Set([...CLEARTEXT_CLIENTS].map((client) => `${client}().login`));
export default defineRule({
    id: 'smtp-login-without-starttls',
    aliases: [],
    category: 'insecure-transport',
    cwe: 319,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'SMTP login without starttls(): the password crosses the network in cleartext',
    fix: 'Call server.starttls(context=ssl.create_default_context()) before login(), or connect with smtplib.SMTP_SSL.',
    triggers: [['smtplib', 'login']],
    callees: ['login'],
    // Also `self.server.login(...)` when `self.server = smtplib.SMTP(...)` in the same module.
    docs: {
        why: 'smtplib.SMTP connects in cleartext; AUTH PLAIN and LOGIN only base64-encode the password, so login() before starttls() hands the mail account to anyone on the network path. It blocks (high severity) because the credential is disclosed on every run; confidence is medium because the server may be a relay on the same host known only from configuration. A login to localhost, or in a function that calls starttls() at all (even conditionally), is not reported; one to a documentation host (smtp.example.com) is reported at low confidence and never blocks.',
        bad: [
            'import smtplib\ndef notify(user, password, message):\n    server = smtplib.SMTP("smtp.gmail.com", 587)\n    server.login(user, password)\n    server.send_message(message)\n',
            'import smtplib\ndef send(settings, message):\n    with smtplib.SMTP(settings.host, 25) as server:\n        server.login(settings.user, settings.password)\n        server.send_message(message)\n',
        ],
        good: [
            'import smtplib, ssl\ndef notify(user, password, message):\n    server = smtplib.SMTP("smtp.gmail.com", 587)\n    server.starttls(context=ssl.create_default_context())\n    server.login(user, password)\n    server.send_message(message)\n',
            'import smtplib\ndef notify(user, password, message):\n    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as server:\n        server.login(user, password)\n',
            'import smtplib\ndef relay(user, password, message):\n    server = smtplib.SMTP("localhost", 1025)\n    server.login(user, password)\n',
        ],
        references: ['https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.starttls', 'https://cwe.mitre.org/data/definitions/319.html'],
    },
    create(context) {
        const { module } = context;
        /** The SMTP(...) call the login's receiver was bound to, when the scope knows it. */
        const connection = (login) => {
            const receiver = login.childForFieldName('function')?.childForFieldName('object');
            if (receiver?.type === 'call')
                return receiver;
            if (receiver?.type !== 'identifier')
                return undefined;
            const entered = enteredCall(receiver, module);
            if (entered)
                return entered;
            const values = module.valuesOf(receiver);
            return values?.length === 1 && values[0].type === 'call' ? values[0] : undefined;
        };
        /** starttls() anywhere in the login's function (or module): the code negotiates TLS, perhaps on a setting. */
        const negotiatesTls = (login) => {
            const owner = module.functionAt(login) ?? module.root;
            return owner.descendantsOfType('call').some((call) => module.calleeAttribute(call) === 'starttls');
        };
        /**
         * `self.server.login(...)` where `self.server = smtplib.SMTP(...)` elsewhere in the module (a mail class keeps the
         * connection on an attribute): the SMTP(...) call, unless `self.server.starttls()` is called somewhere.
         */
        const attributeConnection = (login) => {
            const receiver = login.childForFieldName('function')?.childForFieldName('object');
            if (receiver?.type !== 'attribute')
                return undefined;
            const assigned = module.root.descendantsOfType('assignment').find((assignment) => assignment.childForFieldName('left')?.text === receiver.text && CLEARTEXT_CLIENTS.has(callNameOf(assignment.childForFieldName('right')) ?? ''));
            if (!assigned)
                return undefined;
            const upgraded = module.root.descendantsOfType('call').some((call) => module.calleeAttribute(call) === 'starttls' && call.childForFieldName('function')?.childForFieldName('object')?.text === receiver.text);
            return upgraded ? undefined : assigned.childForFieldName('right');
        };
        const callNameOf = (node) => (node?.type === 'call' ? module.callName(node) : undefined);
        return {
            call(node) {
                if (module.calleeAttribute(node) !== 'login')
                    return;
                const name = callNameThroughWith(node, module);
                const smtp = name !== undefined && LOGINS.has(name) ? (negotiatesTls(node) ? undefined : connection(node) ?? node) : attributeConnection(node);
                if (!smtp)
                    return;
                const host = smtp.type === 'call' && smtp.id !== node.id ? argument(smtp, 'host', 0) : undefined;
                const hostName = host ? module.constant(host) : undefined;
                const kind = typeof hostName === 'string' ? hostKind(hostName) : 'remote';
                if (hostName === '' || kind === 'local')
                    return;
                const where = typeof hostName === 'string' ? ` to ${hostName}` : '';
                // smtp.test (a reserved test domain) stands for a real server: reported, never blocking.
                context.report({ node, confidence: kind === 'placeholder' ? 'low' : undefined, message: `SMTP login${where} without starttls(): the password crosses the network in cleartext` });
            },
        };
    },
});
