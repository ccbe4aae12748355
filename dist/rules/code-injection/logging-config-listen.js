import { defineRule } from '../types.js';
import { hasKeyword } from '../../python/arguments.js';
export default defineRule({
    id: 'logging-config-listen',
    aliases: ['B612', 'S612', 'logging_config_insecure_listen'],
    category: 'code-injection',
    cwe: 94,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'logging.config.listen() without verify= accepts configurations that can run code',
    fix: 'Pass verify= with a function that checks a signature (or decrypts) the received configuration, and listen on localhost only.',
    triggers: [['logging', 'listen']],
    callees: ['listen'],
    docs: {
        why: 'logging.config.listen() opens a socket that accepts logging configurations; a configuration can name arbitrary callables to import and call, so whoever can connect can run code in the process.',
        bad: ['import logging.config\nthread = logging.config.listen(9999)\n'],
        good: ['import logging.config\nthread = logging.config.listen(9999, verify=check_signature)\n'],
        references: ['https://docs.python.org/3/library/logging.config.html#logging.config.listen'],
    },
    create(context) {
        return {
            call(node) {
                if (context.module.callName(node) === 'logging.config.listen' && !hasKeyword(node, 'verify'))
                    context.report({ node });
            },
        };
    },
});
