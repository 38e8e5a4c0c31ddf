import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { a as allInputs, U as UsageError, b as assertCommand, c as checkGivenInputs, q as quote, r as readFileSync, d as booleanInputs, o as oneLine, e as commandSpecs, f as commandNames, s as sharedInputs, g as actionsGlobber, t as tmpdir, h as dockerConfigCredentials, i as dockerConfigDir, j as homedir, p as proxiesFromEnvironment, k as runCommand, l as readerFromMap, m as commandSafeJson, n as messageOf, u as dirname, v as join, w as neutraliseCommands } from './proxy-env-y_bvKvpE.js';
import { f as fileURLToPath } from './_builtin_url-DztkpAzD.js';
import { p as parseArgs } from './_builtin_util-DsAEDtjY.js';
import 'node:module';
import './v8-flags-Dk539qL4.js';

/**
 * `oci-multiarch COMMAND --input-name value …` with the action's input names, plus `--config FILE.yml`
 * (keys are input names; flags override it), `--help` and `--version`. Parsing is strict (node:util parseArgs):
 * a flag the command does not read is refused with the closest one suggested, so a typo such as `--dryrun`
 * can never run a real publish. A flag given twice is joined with newlines, so list inputs can be repeated flags;
 * boolean inputs may be bare (`--dry-run`) or take true/false.
 */
async function parseArgv(args, readFile = readUtf8) {
    const normalised = bareBooleans(args);
    const inputNames = [...allInputs(), 'config'];
    const options = {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        ...Object.fromEntries(inputNames.map((n) => [n, { type: 'string', multiple: true }])),
    };
    // A lenient pass finds the command and every flag's name, so that an unknown flag is reported as such
    // (with a suggestion) rather than as parseArgs' generic error.
    const { tokens = [] } = parseArgs({ args: normalised, options, strict: false, allowPositionals: true, tokens: true });
    const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
    const flags = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
    const [first, ...extra] = positionals;
    const help = flags.some((t) => t.name === 'help');
    const version = flags.some((t) => t.name === 'version');
    if (first === undefined) {
        const unknown = flags.find((t) => !['help', 'version'].includes(t.name));
        if (unknown && !help && !version)
            throw new UsageError(`give a command first: oci-multiarch COMMAND ${unknown.rawName} …`);
        return { command: undefined, help, version, values: {} };
    }
    const command = assertCommand(first);
    checkGivenInputs(command, flags.map((t) => t.name).filter((n) => !['help', 'version', 'config'].includes(n)), 'flag');
    if (extra.length > 0) {
        throw new UsageError(`unexpected argument ${quote(extra[0] ?? '')}: inputs are given as --name value`);
    }
    const missing = flags.find((t) => options[t.name]?.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))));
    if (missing)
        throw new UsageError(`flag ${missing.rawName} needs a value`);
    let parsed;
    try {
        parsed = parseArgs({ args: normalised, options, strict: true, allowPositionals: true });
    }
    catch (e) {
        throw new UsageError(e.message.split('\n')[0] ?? String(e));
    }
    const flagValues = {};
    let configPath;
    for (const [name, value] of Object.entries(parsed.values)) {
        if (name === 'help' || name === 'version')
            continue;
        const joined = value.join('\n');
        if (name === 'config')
            configPath = joined;
        else
            flagValues[name] = joined;
    }
    let values = flagValues;
    if (configPath !== undefined) {
        const config = await readConfig(configPath, readFile);
        try {
            checkGivenInputs(command, Object.keys(config).filter((k) => config[k] !== ''), 'input');
        }
        catch (e) {
            throw new UsageError(`--config ${configPath}: ${e.message}`);
        }
        values = { ...config, ...flagValues };
    }
    return { command, help, version, values };
}
/** `--dry-run` alone means `--dry-run=true`; `--dry-run false` means `--dry-run=false`. */
function bareBooleans(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg.startsWith('--') && !arg.includes('=') && booleanInputs.has(arg.slice(2))) {
            const next = args[i + 1];
            if (next !== undefined && !next.startsWith('-')) {
                out.push(`${arg}=${next}`);
                i++;
            }
            else
                out.push(`${arg}=true`);
            continue;
        }
        out.push(arg);
    }
    return out;
}
/** The YAML parser is loaded only for --config: it is a fifth of the CLI's code, and most runs have no config. */
async function readConfig(path, readFile) {
    let parsed;
    const { parse: parseYaml } = await import('./index-BQWAHB-B.js').then(function (n) { return n.i; });
    try {
        parsed = parseYaml(readFile(path));
    }
    catch (e) {
        throw new UsageError(`cannot read --config ${oneLine(path)}: ${oneLine(e.message.split('\n')[0] ?? '')}`);
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new UsageError(`--config ${oneLine(path)} must be a YAML mapping of input names to values`);
    }
    const out = {};
    for (const [key, value] of Object.entries(parsed)) {
        if (Array.isArray(value))
            out[key] = value.map(String).join('\n');
        else if (value !== null && typeof value === 'object') {
            throw new UsageError(`--config ${oneLine(path)}: ${quote(key)} must be a string, number, boolean or list`);
        }
        else
            out[key] = String(value ?? '');
    }
    return out;
}
const readUtf8 = (path) => readFileSync(path, 'utf8');

/** `oci-multiarch --help` and `oci-multiarch COMMAND --help`, written from the one table of inputs. */
const flagList = (inputs) => {
    const width = Math.max(...Object.keys(inputs).map((n) => n.length)) + 2;
    return Object.entries(inputs).map(([name, help]) => {
        const flag = `--${name}${booleanInputs.has(name) ? '' : ' V'}`;
        return `  ${flag.padEnd(width + 4)} ${help}`;
    });
};
const footer = `References: HOST[:PORT]/PATH[:TAG][@DIGEST] for registries, oci-layout:PATH[:TAG][@DIGEST] for an OCI
image-layout directory (no server needed). Platforms: os/arch[/variant][:os.version].
A flag given twice adds a line to a list input. --config FILE.yml holds input names as keys; flags override it.
Outputs are printed on stdout as one JSON object; logs go to stderr. Exit status 0 on success, 1 on failure,
2 for a command line it cannot accept.
`;
const helpText = `oci-multiarch — publish multi-platform OCI artifacts

Usage: oci-multiarch COMMAND [--input-name value ...] [--config FILE.yml]
       oci-multiarch COMMAND --help | --version

Commands:
${commandNames.map((c) => `  ${c.padEnd(8)}${commandSpecs[c].summary}`).join('\n')}

Shared inputs:
${flagList(sharedInputs).join('\n')}

${footer}`;
function commandHelp(command) {
    return `oci-multiarch ${command} — ${commandSpecs[command].summary}

Usage: oci-multiarch ${command} [--input-name value ...] [--config FILE.yml]

Inputs:
${flagList(commandSpecs[command].inputs).join('\n')}

Shared inputs:
${flagList(sharedInputs).join('\n')}

${footer}`;
}

/** The CLI: argv (+ YAML config) into the same inputs the action reads; logs on stderr, outputs as JSON on stdout. */
const processStreams = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
};
/** Returns the exit status: 0 success, 1 failure, 2 usage error. */
async function runCli(args, env = process.env, streams = processStreams) {
    const secrets = [];
    const setSecret = (s) => {
        if (s && !secrets.includes(s))
            secrets.push(s);
    };
    const mask = (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
    const line = (text) => streams.stderr(`${neutraliseCommands(mask(text))}\n`);
    try {
        const argv = await parseArgv(args);
        if (argv.version) {
            streams.stdout(`${packageVersion()}\n`);
            return 0;
        }
        if (argv.help || argv.command === undefined) {
            const text = argv.command ? commandHelp(argv.command) : helpText;
            (argv.help ? streams.stdout : streams.stderr)(text);
            return argv.help ? 0 : 2;
        }
        const debug = env['OCI_MULTIARCH_DEBUG'] === '1' || env['RUNNER_DEBUG'] === '1';
        const logger = {
            debug: (m) => (debug ? line(`debug: ${m}`) : undefined),
            info: (m) => line(m),
            warning: (m) => line(`warning: ${m}`),
            group: async (name, fn) => {
                line(`== ${name}`);
                return fn();
            },
        };
        const outputs = {};
        const io = {
            logger,
            setOutput: (name, value) => {
                outputs[name] = value;
            },
            writeSummary: async () => { },
            setSecret,
            proxies: proxiesFromEnvironment(env, setSecret),
            ambientCredentials: dockerConfigCredentials({
                configDir: dockerConfigDir({ DOCKER_CONFIG: env['DOCKER_CONFIG'], home: homedir() }),
            }),
            github: {},
            tempRoot: tmpdir(),
            glob: actionsGlobber({ quiet: true }),
        };
        const epoch = env['SOURCE_DATE_EPOCH'];
        await runCommand(argv.command, readerFromMap(argv.values), { inActions: false, ...(epoch ? { sourceDateEpoch: epoch } : {}) }, io);
        const masked = Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, mask(value)]));
        streams.stdout(`${commandSafeJson(masked)}\n`);
        return 0;
    }
    catch (e) {
        line(`oci-multiarch: error: ${messageOf(e).split('\n')[0]}`);
        return e instanceof UsageError ? 2 : 1;
    }
}
/** The version in the package.json above this file (dist/, dist/chunks/ or src/cli/ alike). */
function packageVersion(from = dirname(fileURLToPath(import.meta.url))) {
    for (let dir = from, i = 0; i < 4; i++, dir = dirname(dir)) {
        try {
            const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
            if (typeof pkg.version === 'string')
                return pkg.version;
        }
        catch {
            // not here: look one directory up
        }
    }
    return 'unknown';
}

export { packageVersion, runCli };
