#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { O as OciError, d as dockerConfigCredentials, r as runCommand, a as readerFromMap, m as messageOf, n as neutraliseCommands } from './chunks/run-command-BeTDRse2.js';
import { readFileSync } from 'node:fs';
import 'node:child_process';
import 'node:fs/promises';
import 'node:crypto';
import 'node:stream';
import 'node:stream/promises';
import 'node:zlib';
import 'node:http';
import './chunks/_commonjsHelpers-COpu62YG.js';
import 'node:buffer';
import 'node:events';
import 'node:assert';
import 'node:net';
import 'node:querystring';
import 'node:diagnostics_channel';
import 'node:util';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:async_hooks';

/**
 * `oci-multiarch COMMAND --input-name value …` with the action's input names, plus `--config FILE.yml`
 * (keys are input names; flags override it) and `--help`. A flag given twice is joined with newlines,
 * so list inputs can be written as repeated flags.
 */
const booleanFlags = new Set(['dry-run', 'cleanup', 'cache', 'help']);
async function parseArgv(args, readFile = readUtf8) {
    const flags = {};
    let command;
    let configPath;
    let help = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            if (command !== undefined)
                throw new OciError('INVALID_INPUT', `unexpected argument "${arg}": inputs are given as --name value`);
            command = arg;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else if (booleanFlags.has(name) && (args[i + 1] === undefined || args[i + 1]?.startsWith('--')))
            value = 'true';
        else {
            const next = args[i + 1];
            if (next === undefined)
                throw new OciError('INVALID_INPUT', `flag --${name} needs a value`);
            value = next;
            i++;
        }
        if (name === 'config')
            configPath = value;
        else
            flags[name] = name in flags ? `${flags[name]}\n${value}` : value;
    }
    const values = configPath ? { ...(await readConfig(configPath, readFile)), ...flags } : flags;
    return { command, help, values };
}
/** The YAML parser is loaded only for --config: it is a fifth of the CLI's code, and most runs have no config. */
async function readConfig(path, readFile) {
    let parsed;
    const { parse: parseYaml } = await import('./chunks/index-DN01NcQs.js').then(function (n) { return n.i; });
    try {
        parsed = parseYaml(readFile(path));
    }
    catch (e) {
        throw new OciError('INVALID_INPUT', `cannot read --config ${path}: ${e.message.split('\n')[0]}`);
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new OciError('INVALID_INPUT', `--config ${path} must be a YAML mapping of input names to values`);
    }
    const out = {};
    for (const [key, value] of Object.entries(parsed)) {
        if (Array.isArray(value))
            out[key] = value.map(String).join('\n');
        else if (value !== null && typeof value === 'object') {
            throw new OciError('INVALID_INPUT', `--config ${path}: "${key}" must be a string, number, boolean or list`);
        }
        else
            out[key] = String(value ?? '');
    }
    return out;
}
const readUtf8 = (path) => readFileSync(path, 'utf8');

/** `oci-multiarch --help`: the commands and their inputs, with the same names as the action's. */
const helpText = `oci-multiarch — publish multi-platform OCI artifacts

Usage: oci-multiarch COMMAND [--input-name value ...] [--config FILE.yml]

Commands:
  push    one platform's artifact (files, or an existing image) to a staging tag
  merge   staging tags (or sources) into one OCI image index under release tags
  pull    download one platform's files from a published index

References: HOST[:PORT]/PATH[:TAG][@DIGEST] for registries, oci-layout:PATH[:TAG][@DIGEST] for an OCI
image-layout directory (no server needed).

push:   --repository REF --platform os/arch[/variant] (--files PATH[:MEDIATYPE] ... | --source REF)
        [--artifact-type T] [--annotations key=value ...] [--staging-prefix P | --staging-tag TAG]
        [--os-version V] [--os-features F,...]
merge:  --repository REF [--staging-prefix P | --sources REF ...] --tags TAG_OR_REF ... [--platforms LIST]
        [--annotations key=value ...] [--descriptor-annotations KEY_OR_GLOB ...] [--artifact-type T]
        [--base REF] [--on-conflict error|replace] [--cleanup] [--dry-run]
pull:   --reference REF [--platform os/arch[/variant]] [--output DIR]

Shared: --username U --password P (or the Docker config), --github-token T, --plain-http HOSTS,
        --concurrency N (default 4), --cache-dir DIR (a blob cache kept between runs: each blob is fetched
        from its source once, every cached file verified before use; --cache false turns it off)

A flag given twice adds a line to a list input. --config FILE.yml holds input names as keys; flags override it.
Outputs are printed on stdout as one JSON object; logs go to stderr. Exit status 0 only on success.
`;

/** The CLI: argv (+ YAML config) into the same inputs the action reads; logs on stderr, outputs as JSON on stdout. */
const processStreams = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
};
/** Returns the exit status: 0 success, 1 failure, 2 usage error. */
async function runCli(args, env = process.env, streams = processStreams) {
    const secrets = [];
    const mask = (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
    const line = (text) => streams.stderr(`${mask(neutraliseCommands(text))}\n`);
    try {
        const argv = await parseArgv(args);
        if (argv.help || argv.command === undefined) {
            (argv.help ? streams.stdout : streams.stderr)(helpText);
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
            setSecret: (s) => {
                if (s && !secrets.includes(s))
                    secrets.push(s);
            },
            ambientCredentials: dockerConfigCredentials({ configDir: env['DOCKER_CONFIG'] || join(homedir(), '.docker') }),
            github: {},
            tempRoot: tmpdir(),
        };
        const epoch = env['SOURCE_DATE_EPOCH'];
        await runCommand(argv.command, readerFromMap(argv.values), { inActions: false, ...(epoch ? { sourceDateEpoch: epoch } : {}) }, io);
        streams.stdout(`${mask(JSON.stringify(outputs, null, 2))}\n`);
        return 0;
    }
    catch (e) {
        line(`oci-multiarch: error: ${messageOf(e).split('\n')[0]}`);
        return 1;
    }
}

process.exitCode = await runCli(process.argv.slice(2));
