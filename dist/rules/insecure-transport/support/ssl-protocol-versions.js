export const BAD_PROTOCOL_VERSIONS = [
    'PROTOCOL_SSLv2', 'SSLv2_METHOD', 'SSLv23_METHOD', 'PROTOCOL_SSLv3', 'PROTOCOL_TLSv1', 'SSLv3_METHOD', 'TLSv1_METHOD',
    'PROTOCOL_TLSv1_1', 'TLSv1_1_METHOD',
];
/** `ssl.PROTOCOL_TLSv1` → `PROTOCOL_TLSv1`; `PROTOCOL_TLSv1` → itself; anything else → undefined. */
export function protocolName(node) {
    if (!node)
        return undefined;
    if (node.type === 'identifier')
        return node.text;
    if (node.type === 'attribute')
        return node.childForFieldName('attribute')?.text;
    return undefined;
}
