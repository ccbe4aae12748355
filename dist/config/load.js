export async function loadConfig(_args, _location) {
    return { config: {}, notices: [] };
}
