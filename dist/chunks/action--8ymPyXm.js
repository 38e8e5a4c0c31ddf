import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { g as getInput, s as setSecret, a as summary, b as setOutput, c as setFailed, d as group, w as warning, i as info, e as debug } from './core-D0tqjWuw.js';
import { t as tmpdir, v as join, g as actionsGlobber, h as dockerConfigCredentials, i as dockerConfigDir, j as homedir, p as proxiesFromEnvironment, b as assertCommand, c as checkGivenInputs, k as runCommand, w as neutraliseCommands, n as messageOf, r as readFileSync, x as actionDefaults } from './proxy-env-y_bvKvpE.js';
import 'node:module';
import './v8-flags-Dk539qL4.js';

function actionsCacheArchive(load = () => import('./cache-D_BhpH5A.js')) {
    let loaded;
    const cache = () => (loaded ??= load());
    return {
        isAvailable: async () => (await cache()).isFeatureAvailable(),
        restore: async (paths, primaryKey, restoreKeys) => (await cache()).restoreCache(paths, primaryKey, restoreKeys),
        save: async (paths, key) => (await cache()).saveCache(paths, key),
    };
}

/** The GitHub Action: inputs from `core.getInput`, outputs, summary and logs through @actions/core. */
const actionLogger = {
    debug: (m) => debug(neutraliseCommands(m)),
    info: (m) => info(neutraliseCommands(m)),
    warning: (m) => warning(neutraliseCommands(m)),
    group: (name, fn) => group(neutraliseCommands(name), fn),
};
async function runAction(env = process.env) {
    const masked = new Set();
    try {
        const get = (name) => getInput(name);
        const tempRoot = env['RUNNER_TEMP'] || tmpdir();
        const setSecret$1 = (secret) => {
            if (!secret || masked.has(secret))
                return;
            masked.add(secret);
            setSecret(secret);
        };
        const io = {
            logger: actionLogger,
            setOutput: (name, value) => setOutput(name, value),
            writeSummary: async (markdown) => {
                if (!env['GITHUB_STEP_SUMMARY'])
                    return;
                await summary.addRaw(markdown, true).write();
            },
            setSecret: setSecret$1,
            proxies: proxiesFromEnvironment(env, setSecret$1),
            ambientCredentials: dockerConfigCredentials({
                configDir: dockerConfigDir({ DOCKER_CONFIG: env['DOCKER_CONFIG'], home: homedir() }),
            }),
            github: githubContext(env),
            tempRoot,
            glob: actionsGlobber(),
            cache: { defaultDir: join(tempRoot, 'oci-multiarch-cache'), archive: actionsCacheArchive() },
        };
        const epoch = env['SOURCE_DATE_EPOCH'] || commitEpoch(env['GITHUB_EVENT_PATH']);
        const context = {
            inActions: env['GITHUB_ACTIONS'] === 'true',
            ...(env['GITHUB_RUN_ID'] ? { runId: env['GITHUB_RUN_ID'] } : {}),
            ...(epoch ? { sourceDateEpoch: epoch } : {}),
        };
        const command = assertCommand(get('command'));
        checkGivenInputs(command, givenInputs(env), 'input');
        await runCommand(command, get, context, io);
    }
    catch (e) {
        setFailed(neutraliseCommands(messageOf(e)));
    }
}
/**
 * The inputs this step was given: INPUT_* variables (GitHub sets them for what the step wrote and for
 * action.yml's defaults), without empty ones and without values equal to their default.
 */
function givenInputs(env) {
    const names = [];
    for (const [key, raw] of Object.entries(env)) {
        if (!key.startsWith('INPUT_'))
            continue;
        const name = key.slice('INPUT_'.length).toLowerCase();
        const value = (raw ?? '').trim();
        if (name === 'command' || value === '' || value === actionDefaults[name])
            continue;
        names.push(name);
    }
    return names.sort();
}
function githubContext(env) {
    const out = {};
    if (env['GITHUB_SERVER_URL'])
        out.serverUrl = env['GITHUB_SERVER_URL'];
    if (env['GITHUB_API_URL'])
        out.apiUrl = env['GITHUB_API_URL'];
    if (env['GITHUB_REPOSITORY'])
        out.repository = env['GITHUB_REPOSITORY'];
    if (env['GITHUB_SHA'])
        out.sha = env['GITHUB_SHA'];
    if (env['GITHUB_ACTOR'])
        out.actor = env['GITHUB_ACTOR'];
    return out;
}
/** The triggering commit's time (push events carry it), in epoch seconds; undefined when unknown. */
function commitEpoch(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse(readFileSync(eventPath, 'utf8'));
        const ms = Date.parse(event.head_commit?.timestamp ?? '');
        return Number.isFinite(ms) ? String(Math.floor(ms / 1000)) : undefined;
    }
    catch {
        return undefined;
    }
}

export { actionLogger, commitEpoch, givenInputs, runAction };
