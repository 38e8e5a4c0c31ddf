import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { createRequire } from 'node:module';
import { s as setKnownV8Flags } from './v8-flags-Dk539qL4.js';

const m$a = createRequire(import.meta.url)("node:fs");
const exportOf$a = (key) => m$a[key];
const appendFileSync = /*#__PURE__*/ exportOf$a("appendFileSync");
const closeSync = /*#__PURE__*/ exportOf$a("closeSync");
const createReadStream = /*#__PURE__*/ exportOf$a("createReadStream");
const createWriteStream = /*#__PURE__*/ exportOf$a("createWriteStream");
const existsSync = /*#__PURE__*/ exportOf$a("existsSync");
const fchmodSync = /*#__PURE__*/ exportOf$a("fchmodSync");
const fstatSync = /*#__PURE__*/ exportOf$a("fstatSync");
const linkSync = /*#__PURE__*/ exportOf$a("linkSync");
const lstatSync = /*#__PURE__*/ exportOf$a("lstatSync");
const mkdirSync = /*#__PURE__*/ exportOf$a("mkdirSync");
const openSync = /*#__PURE__*/ exportOf$a("openSync");
const readFileSync = /*#__PURE__*/ exportOf$a("readFileSync");
const statSync = /*#__PURE__*/ exportOf$a("statSync");
const symlinkSync = /*#__PURE__*/ exportOf$a("symlinkSync");
const unlink$1 = /*#__PURE__*/ exportOf$a("unlink");
const unlinkSync = /*#__PURE__*/ exportOf$a("unlinkSync");
const writeFileSync = /*#__PURE__*/ exportOf$a("writeFileSync");
const writeSync = /*#__PURE__*/ exportOf$a("writeSync");
const constants$5 = /*#__PURE__*/ exportOf$a("constants");
const promises = /*#__PURE__*/ exportOf$a("promises");

const m$9 = createRequire(import.meta.url)("node:os");
const exportOf$9 = (key) => m$9[key];
const homedir = /*#__PURE__*/ exportOf$9("homedir");
const release$1 = /*#__PURE__*/ exportOf$9("release");
const tmpdir = /*#__PURE__*/ exportOf$9("tmpdir");
const EOL = /*#__PURE__*/ exportOf$9("EOL");

const m$8 = createRequire(import.meta.url)("node:path");
const exportOf$8 = (key) => m$8[key];
const resolve = /*#__PURE__*/ exportOf$8("resolve");
const normalize = /*#__PURE__*/ exportOf$8("normalize");
const isAbsolute = /*#__PURE__*/ exportOf$8("isAbsolute");
const join = /*#__PURE__*/ exportOf$8("join");
const relative = /*#__PURE__*/ exportOf$8("relative");
const toNamespacedPath = /*#__PURE__*/ exportOf$8("toNamespacedPath");
const dirname = /*#__PURE__*/ exportOf$8("dirname");
const basename = /*#__PURE__*/ exportOf$8("basename");
const extname = /*#__PURE__*/ exportOf$8("extname");
const format = /*#__PURE__*/ exportOf$8("format");
const parse = /*#__PURE__*/ exportOf$8("parse");
const matchesGlob = /*#__PURE__*/ exportOf$8("matchesGlob");
const sep = /*#__PURE__*/ exportOf$8("sep");
const delimiter = /*#__PURE__*/ exportOf$8("delimiter");
const win32 = /*#__PURE__*/ exportOf$8("win32");
const posix = /*#__PURE__*/ exportOf$8("posix");
const _makeLong = /*#__PURE__*/ exportOf$8("_makeLong");

var nodePath = /*#__PURE__*/Object.freeze({
    __proto__: null,
    _makeLong: _makeLong,
    basename: basename,
    default: m$8,
    delimiter: delimiter,
    dirname: dirname,
    extname: extname,
    format: format,
    isAbsolute: isAbsolute,
    join: join,
    matchesGlob: matchesGlob,
    normalize: normalize,
    parse: parse,
    posix: posix,
    relative: relative,
    resolve: resolve,
    sep: sep,
    toNamespacedPath: toNamespacedPath,
    win32: win32
});

/**
 * One small family of errors. Each carries a `code` discriminant so callers can branch without
 * string matching, and a message written for a person: what failed, on what, and what to do.
 */
class OciError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = 'OciError';
        this.code = code;
    }
}
/** An error answered by a registry: method, redacted URL, status and the registry's own error codes. */
class RegistryError extends OciError {
    method;
    url;
    status;
    registryCodes;
    /** Set when the registry asked for a wait longer than the command could give: retrying sooner is pointless. */
    retryNotBefore;
    constructor(init, options) {
        super(init.status === 401 || init.status === 403 ? 'AUTH' : init.status === 404 ? 'NOT_FOUND' : 'REGISTRY', init.message, options);
        this.name = 'RegistryError';
        this.method = init.method;
        this.url = init.url;
        this.status = init.status;
        this.registryCodes = init.registryCodes;
        if (init.retryNotBefore !== undefined)
            this.retryNotBefore = init.retryNotBefore;
    }
}
const isOciError = (e, code) => e instanceof OciError && (code === undefined || e.code === code);
/**
 * Outside text (an input, a name from an archive or a registry) quoted for a one-line message: clipped to
 * `max` characters, with quotes, backslashes, line breaks and control characters escaped as JSON does.
 */
function quote(text, max = 120) {
    const clipped = text.length > max ? `${text.slice(0, max - 3)}...` : text;
    return JSON.stringify(clipped).replace(/[\u2028\u2029\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A value from outside named in a message: strings quoted, other values by their kind, never whole. */
function shown(value) {
    if (value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return quote(value);
    if (value === null || typeof value !== 'object')
        return String(value).slice(0, 40);
    return Array.isArray(value) ? 'an array' : 'an object';
}
/** Text from elsewhere (another library's error message) as one line of at most `max` characters. */
function oneLine(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
/** The message of any thrown value, for one-line reports; a raw errno error becomes a sentence (fsErrorSentence). */
const messageOf = (e) => isErrnoError(e) ? fsErrorSentence(e) : e instanceof Error ? e.message : String(e);
const errnoMeanings = {
    ENOENT: 'it does not exist',
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOTEMPTY: 'the directory is not empty',
    EEXIST: 'it already exists',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exhausted',
    EROFS: 'the file system is read-only',
    EXDEV: 'it is on another file system',
    EMFILE: 'too many files are open',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many levels of symlinks, or a symlink where none is allowed',
    EBUSY: 'it is busy',
    ECONNRESET: 'the connection was reset',
    ECONNREFUSED: 'the connection was refused',
    ETIMEDOUT: 'the connection timed out',
    EPIPE: 'the connection was closed',
};
const syscallVerbs = {
    open: 'opening',
    rename: 'moving',
    mkdir: 'creating the directory',
    mkdtemp: 'creating a temporary directory in',
    rmdir: 'removing',
    unlink: 'removing',
    stat: 'reading',
    lstat: 'reading',
    scandir: 'listing',
    readlink: 'reading the link',
    symlink: 'creating the link',
    link: 'linking',
    write: 'writing',
    read: 'reading',
    chmod: 'changing the mode of',
    copyfile: 'copying',
};
/** Duck-typed: errors from another realm (a worker, a VM context) are not `instanceof Error` here. */
const isErrnoError = (e) => typeof e === 'object' &&
    e !== null &&
    typeof e.code === 'string' &&
    typeof e.errno === 'number' &&
    typeof e.message === 'string';
/** `EISDIR: illegal operation on a directory, rename 'a' -> 'b'` as `moving a to b failed: it is a directory (EISDIR)`. */
function fsErrorSentence(e) {
    const meaning = errnoMeanings[e.code] ?? e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/, '');
    const verb = e.syscall ? (syscallVerbs[e.syscall] ?? e.syscall) : 'using';
    if (!e.path)
        return `${meaning} (${e.code}${e.syscall ? ` in ${e.syscall}` : ''})`;
    return `${verb} ${e.path}${e.dest ? ` to ${e.dest}` : ''} failed: ${meaning} (${e.code})`;
}
/** undici's own errors, worded for people (its messages say "Body Timeout Error" and no more). */
const transferMeanings = {
    UND_ERR_BODY_TIMEOUT: 'the server stopped sending in the middle of the body (no data within the body timeout)',
    UND_ERR_HEADERS_TIMEOUT: 'the server did not answer (no response headers within the timeout)',
    UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
    UND_ERR_SOCKET: 'the connection was closed in the middle of the transfer',
    UND_ERR_CLOSED: 'the connection was closed',
    UND_ERR_ABORTED: 'the transfer was cancelled',
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the server sent a body of another length than it announced',
};
/** undici's error code in words, or undefined. */
const transferMeaning = (code) => transferMeanings[code];
/**
 * An error met while `doing` a transfer (`pulling layer "x" (sha256:…) of registry/repo`) as one sentence that
 * names it: undici's and the file system's raw errors get words; our own errors pass through.
 */
function describeTransferError(e, doing) {
    if (e instanceof OciError)
        return e;
    if (isErrnoError(e))
        return new OciError(e.path ? 'INVALID_INPUT' : 'NETWORK', `${doing}: ${fsErrorSentence(e)}`, { cause: e });
    const code = e?.code;
    const meaning = typeof code === 'string' ? transferMeanings[code] : undefined;
    if (meaning)
        return new OciError('NETWORK', `${doing}: ${meaning}; try again later`, { cause: e });
    return new OciError('NETWORK', `${doing}: ${messageOf(e)}`, { cause: e });
}
/** A file-system error as one sentence saying what was being done and where; other errors pass through. */
function describeFsError(e, doing) {
    if (!isErrnoError(e))
        return e;
    return new OciError('INVALID_INPUT', `${doing}: ${fsErrorSentence(e)}`, { cause: e });
}

const m$7 = createRequire(import.meta.url)("node:child_process");
const exportOf$7 = (key) => m$7[key];
const spawn = /*#__PURE__*/ exportOf$7("spawn");

const m$6 = createRequire(import.meta.url)("node:fs/promises");
const exportOf$6 = (key) => m$6[key];
const access = /*#__PURE__*/ exportOf$6("access");
const open = /*#__PURE__*/ exportOf$6("open");
const rename = /*#__PURE__*/ exportOf$6("rename");
const rm = /*#__PURE__*/ exportOf$6("rm");
const mkdir = /*#__PURE__*/ exportOf$6("mkdir");
const readdir = /*#__PURE__*/ exportOf$6("readdir");
const readlink = /*#__PURE__*/ exportOf$6("readlink");
const lstat = /*#__PURE__*/ exportOf$6("lstat");
const stat = /*#__PURE__*/ exportOf$6("stat");
const link = /*#__PURE__*/ exportOf$6("link");
const unlink = /*#__PURE__*/ exportOf$6("unlink");
const chmod = /*#__PURE__*/ exportOf$6("chmod");
const mkdtemp = /*#__PURE__*/ exportOf$6("mkdtemp");
const writeFile = /*#__PURE__*/ exportOf$6("writeFile");
const readFile = /*#__PURE__*/ exportOf$6("readFile");
const constants$4 = /*#__PURE__*/ exportOf$6("constants");

const m$5 = createRequire(import.meta.url)("node:http");
const exportOf$5 = (key) => m$5[key];
const _connectionListener = /*#__PURE__*/ exportOf$5("_connectionListener");
const METHODS = /*#__PURE__*/ exportOf$5("METHODS");
const STATUS_CODES = /*#__PURE__*/ exportOf$5("STATUS_CODES");
const Agent = /*#__PURE__*/ exportOf$5("Agent");
const ClientRequest = /*#__PURE__*/ exportOf$5("ClientRequest");
const IncomingMessage = /*#__PURE__*/ exportOf$5("IncomingMessage");
const OutgoingMessage = /*#__PURE__*/ exportOf$5("OutgoingMessage");
const Server = /*#__PURE__*/ exportOf$5("Server");
const ServerResponse = /*#__PURE__*/ exportOf$5("ServerResponse");
const createServer = /*#__PURE__*/ exportOf$5("createServer");
const validateHeaderName = /*#__PURE__*/ exportOf$5("validateHeaderName");
const validateHeaderValue = /*#__PURE__*/ exportOf$5("validateHeaderValue");
const get = /*#__PURE__*/ exportOf$5("get");
const request$1 = /*#__PURE__*/ exportOf$5("request");
const setMaxIdleHTTPParsers = /*#__PURE__*/ exportOf$5("setMaxIdleHTTPParsers");
const maxHeaderSize = /*#__PURE__*/ exportOf$5("maxHeaderSize");
const globalAgent = /*#__PURE__*/ exportOf$5("globalAgent");

var http = /*#__PURE__*/Object.freeze({
    __proto__: null,
    Agent: Agent,
    ClientRequest: ClientRequest,
    IncomingMessage: IncomingMessage,
    METHODS: METHODS,
    OutgoingMessage: OutgoingMessage,
    STATUS_CODES: STATUS_CODES,
    Server: Server,
    ServerResponse: ServerResponse,
    _connectionListener: _connectionListener,
    createServer: createServer,
    default: m$5,
    get: get,
    globalAgent: globalAgent,
    maxHeaderSize: maxHeaderSize,
    request: request$1,
    setMaxIdleHTTPParsers: setMaxIdleHTTPParsers,
    validateHeaderName: validateHeaderName,
    validateHeaderValue: validateHeaderValue
});

/**
 * How long a registry asks a client to wait before trying again, and how long we may wait. A registry says it
 * with `Retry-After` (seconds or an HTTP date), or on a 429 with rate-limit headers: `RateLimit-Reset` (the
 * IETF draft's delta seconds; `X-RateLimit-Reset` also as epoch seconds), the draft's `RateLimit: …;t=N` or
 * `reset=N`, or Docker Hub's window (`ratelimit-remaining: 0;w=21600`: nothing left in a 6 h window; see
 * README: Registries). The retry policy waits what the registry asks when that fits before the command's deadline
 * (input `timeout`, carried by its abort signal), and otherwise reports at once when to try again.
 */
const header$1 = (headers, name) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
};
/** `Retry-After` as milliseconds from `now`: delta seconds or an HTTP date; undefined when absent or invalid. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/[a-z]/i.test(text))
        return undefined;
    const when = Date.parse(text);
    return Number.isNaN(when) ? undefined : Math.max(0, when - now);
}
/** A reset given as seconds: small numbers are a delta, large ones (after 2001) an epoch time. */
const resetMs = (seconds, now) => seconds >= 1_000_000_000 ? Math.max(0, seconds * 1000 - now) : seconds * 1000;
/** The wait a registry's answer asks for, or undefined when it names none (then our own backoff applies). */
function registryWait(status, headers, now = Date.now()) {
    const retryAfter = header$1(headers, 'retry-after');
    const ms = parseRetryAfter(retryAfter, now);
    if (ms !== undefined)
        return { ms, said: `Retry-After: ${retryAfter?.trim()}` };
    if (status !== 429)
        return undefined;
    for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
        const value = header$1(headers, name)?.trim();
        if (value !== undefined && /^\d+$/.test(value))
            return { ms: resetMs(Number(value), now), said: `${name}: ${value}` };
    }
    const combined = header$1(headers, 'ratelimit')?.trim();
    const reset = combined === undefined ? null : /(?:^|[\s;,])(?:t|reset)=(\d+)/.exec(combined);
    if (combined !== undefined && reset)
        return { ms: Number(reset[1]) * 1000, said: `ratelimit: ${combined}` };
    // Docker Hub: `ratelimit-remaining: 0;w=21600` — nothing left in a window of w seconds; it frees up within w.
    const remaining = header$1(headers, 'ratelimit-remaining')?.trim();
    const window = remaining === undefined ? null : /^0\s*;\s*w=(\d+)/.exec(remaining);
    if (remaining !== undefined && window) {
        const limit = header$1(headers, 'ratelimit-limit')?.trim();
        const said = `${limit ? `ratelimit-limit: ${limit}, ` : ''}ratelimit-remaining: ${remaining}`;
        return { ms: Number(window[1]) * 1000, said };
    }
    return undefined;
}
/** Command deadlines by their abort signal: the signal travels down to every request, the deadline with it. */
const deadlines = new WeakMap();
/** Records that `signal` aborts at `at` (epoch ms), so that registry-asked waits can be bounded by it. */
function setDeadline(signal, at) {
    deadlines.set(signal, at);
}
const deadlineOf = (signal) => signal === undefined ? undefined : deadlines.get(signal);
/** The longest wait a registry may ask for now: the time left before the deadline, else `maxRetryAfterMs`. */
function waitLimit(options, now = Date.now()) {
    const deadline = deadlineOf(options.signal);
    return deadline === undefined
        ? { ms: options.retry.maxRetryAfterMs, byDeadline: false }
        : { ms: Math.max(0, deadline - now), byDeadline: true };
}
/** The report for an answer that asked for a wait, or undefined when it asked for none. */
function waitReport(status, headers, options, now = Date.now()) {
    const asked = registryWait(status, headers, now);
    if (!asked)
        return undefined;
    const limit = waitLimit(options, now);
    return { asked, limitMs: limit.ms, byDeadline: limit.byDeadline, at: now };
}
/** `45 s`, `12 min`, `6 h`, `2 h 5 min`. */
function formatWait(ms) {
    const s = Math.ceil(ms / 1000);
    if (s < 120)
        return `${s} s`;
    const min = Math.ceil(s / 60);
    if (min < 120)
        return `${min} min`;
    const h = Math.floor(min / 60);
    return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
}
/** One clause for an error line: what the registry asked, why it was not waited for, and when to retry. */
function describeWait(host, report) {
    const { asked, limitMs, byDeadline, at } = report;
    const when = new Date(at + asked.ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const tooLong = asked.ms > limitMs
        ? byDeadline
            ? `, more than the ${formatWait(limitMs)} left before the deadline (input "timeout")`
            : `, longer than this client waits (${formatWait(limitMs)})`
        : '';
    return `${host} asks to wait ${formatWait(asked.ms)} (${asked.said})${tooLong}: retry after ${when}`;
}

/**
 * What particular registries answer where distribution 2.8 answers otherwise, in one place, each with its
 * source (the README's Registries section says what each registry needs from a user). The client copes through general
 * mechanisms (201 or 202 alike, opaque Location and Link, delete by tag when a digest delete is refused);
 * this file only recognises the answers that need a particular reaction or a particular hint.
 */
/**
 * Amazon ECR answers a PATCH with 201, not 202 (regclient and the AWS .NET SDK handle it): upload steps accept
 * both. Artifactory and others answer 201 where the spec says 202 elsewhere too.
 */
const UPLOAD_STEP_STATUSES = [202, 201];
/**
 * Google Artifact Registry refuses to delete a manifest by digest while a tag names it: 400
 * GOOGLE_MANIFEST_DANGLING_TAG "Manifest is still referenced by tag…"; deleting the tags first works.
 */
const isDanglingTagRefusal = (e) => e instanceof RegistryError &&
    e.status === 400 &&
    (e.registryCodes.includes('GOOGLE_MANIFEST_DANGLING_TAG') || /referenced by tag/i.test(e.message));
/**
 * JFrog Artifactory (old versions) refuses a monolithic upload — POST, then PUT with the body — with
 * 404 BLOB_UNKNOWN; PATCH then an empty PUT works.
 */
const isPutWithBodyRefusal = (e) => e instanceof RegistryError && e.method === 'PUT' && e.status === 404 && e.registryCodes.includes('BLOB_UNKNOWN');
/**
 * A tag that cannot move: ECR "tag invalid: The image tag 'X' already exists … because the repository is
 * immutable" (TAG_INVALID), Quay 409 TAG_IMMUTABLE, Harbor 412 PRECONDITION "… configured as immutable".
 */
function isImmutableTagAnswer(status, entries) {
    const codes = new Set(entries.map((e) => e.code));
    const text = entries.map((e) => `${e.message} ${e.detail ?? ''}`).join(' ');
    return codes.has('TAG_IMMUTABLE') || (/immutable/i.test(text) && (codes.has('TAG_INVALID') || status === 412));
}
/**
 * A media type the registry does not allow: GitLab "unknown media type: X" (artifactType and config are
 * checked against an allow-list), Quay "manifest data does not match schema" (config types from a list).
 */
function isMediaTypeRefusal(entries) {
    return entries.some((e) => e.code === 'MANIFEST_INVALID' &&
        /unknown media type|does not match schema/i.test(`${e.message} ${e.detail ?? ''}`));
}
/**
 * Token endpoints that refuse the OAuth2 POST (identity tokens): Google Artifact Registry answers 404,
 * JFrog Artifactory 401; a GET with Basic credentials works (as docker falls back).
 */
const TOKEN_POST_REFUSED_STATUSES = [401, 404, 405];

/**
 * Every size and count limit, in one place, each with why it has the value it has. A limit bounds what we read
 * into memory or onto disk from bytes someone else wrote (a registry, a layout, a tar), or keeps what we write
 * inside what registries accept. Modules import them from here; none defines its own.
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
// ── Manifests and other JSON ─────────────────────────────────────────────────────────────────────────────────
/**
 * The largest manifest or index we push: 4 MiB, distribution's default (registry/handlers: maxManifestBodySize)
 * and the size the OCI distribution spec asks every registry to accept. Refused before anything is uploaded.
 */
const MAX_MANIFEST_PUSH = 4 * MiB;
/** The largest manifest or index we read: more lenient than pushes (other tools may write more), still bounded. */
const MAX_MANIFEST_READ = 8 * MiB;
/** An OCI layout's index.json lists one entry per tag (~300 bytes): 64 MiB is some 200,000 tags. */
const MAX_LAYOUT_INDEX_BYTES = 64 * MiB;
/** An OCI layout's oci-layout file is one small JSON object. */
const MAX_LAYOUT_FILE_BYTES = 64 * KiB;
/** One page of a registry's tag list (`n` is ignored by some registries, so a page can be every tag). */
const TAG_PAGE_BODY_LIMIT = 16 * MiB;
/** A token server's answer: a JWT and a few fields. */
const TOKEN_BODY_LIMIT = 64 * KiB;
/** An image config is small JSON (platform, history, a few labels); a bigger one is not an image config. */
const MAX_CONFIG_READ = 1024 * 1024;
/** A registry's error body: enough for its JSON errors, never a whole HTML page into memory. */
const ERROR_BODY_LIMIT = 64 * KiB;
/** What a Docker credential helper prints: a username and a secret. */
const HELPER_OUTPUT_LIMIT = 64 * KiB;
// ── Blobs ────────────────────────────────────────────────────────────────────────────────────────────────────
/** Below this size a streamed blob is read into memory and sent in one replayable PUT; above, it streams. */
const MONOLITHIC_UPLOAD_LIMIT = 4 * MiB;
/**
 * Streams of at least this size are verified on the hashing thread (oci/digest-worker.ts). Below it, starting the
 * thread (an isolate of its own: ~9 MiB, ~45 ms on a VM where fresh memory is dear) costs about what hashing the
 * stream here does (64 MiB: ~45 ms); from it on, the thread costs the same at every size (flat memory).
 */
const THREAD_HASH_MIN_BYTES = 64 * MiB;
// ── Unpacking directory layers (pull) ──────────────────────────────────────────────────────────────────────
// gzip turns a run of zeros ~1000:1, so a 1 MB layer could fill 1 GiB of disk; real layers (binaries, text,
// assets) compress 2–10:1 and seldom past 50:1. These leave honest layers well alone and stop a bomb early,
// while it is extracted into pull's private staging directory (nothing of it reaches `output`).
/** Decompressed tar bytes per compressed byte: four times the most compressible honest layers we have seen. */
const MAX_EXPANSION_RATIO = 200;
/** Whatever the ratio, a layer may always unpack to this much: small, very repetitive layers stay allowed. */
const MIN_UNPACK_ALLOWANCE = 64 * MiB;
/**
 * The most one pull unpacks in all layers together: above the free disk of any hosted runner (about 14 GB), so
 * it only stops what could never have fit.
 */
const MAX_UNPACKED_TOTAL = 32 * GiB;
/** Pax and GNU long-name headers are metadata, not content: a few KiB in practice, capped to keep memory flat. */
const MAX_TAR_META_HEADER = 1024 * 1024;
// ── Names and nesting ────────────────────────────────────────────────────────────────────────────────────────
/** The longest tag the distribution spec allows (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`). */
const MAX_TAG_LENGTH = 128;
/** Annotation keys are kept short enough to read in a log line and in a job summary table. */
const MAX_ANNOTATION_KEY_LENGTH = 256;
/**
 * How deep indexes may nest below a merge source. buildx and the staging format nest one level; anything much
 * deeper is a mistake or a hostile source, and the cap keeps the walk bounded.
 */
const MAX_INDEX_DEPTH = 8;
/** How deep pull follows indexes to reach a platform's manifest (a release is one level; buildx two). */
const MAX_PULL_DEPTH = 4;
// ── Inputs ───────────────────────────────────────────────────────────────────────────────────────────────────
/** Input `concurrency`: transfers in flight per registry; past 32 registries start refusing (429) more than gaining. */
const MAX_CONCURRENCY = 32;
/** Input `timeout`: at most a day (a hosted job is stopped after 6 hours anyway). */
const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/**
 * Registry errors for people: the operation, the redacted URL, the HTTP status, the registry's own error
 * codes and what to do next. Text that comes from the registry is sanitised before it reaches a message.
 */
/** Registry-supplied text kept in one message: enough for a code, a message and a digest. */
const REGISTRY_TEXT_LIMIT = 300;
/** Query parameters that carry no secret (upload `_state`, signed CDN URLs and the like are redacted). */
const SAFE_QUERY_KEYS = new Set(['n', 'last', 'mount', 'from', 'digest', 'service', 'scope']);
/** One line of text, never the start of a workflow command (`::`), bounded in length. */
function sanitizeRegistryText(text, limit = REGISTRY_TEXT_LIMIT) {
    // eslint-disable-next-line no-control-regex
    let out = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    out = out.replace(/\s+/g, ' ').trim();
    while (out.includes('::'))
        out = out.replace(/::/g, ': :');
    return out.length > limit ? `${out.slice(0, limit - 1)}…` : out;
}
/** A URL safe to print: no userinfo, no fragment, and every query value that might be a secret replaced. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(String(url));
    }
    catch {
        return '<invalid URL>';
    }
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    const params = [...parsed.searchParams.entries()].map(([key, value]) => [
        key,
        SAFE_QUERY_KEYS.has(key.toLowerCase()) ? value : 'REDACTED',
    ]);
    parsed.search = params.length ? new URLSearchParams(params).toString() : '';
    return parsed.toString();
}
/** The `{"errors":[{"code","message","detail"}]}` body of the distribution spec; [] for anything else. */
function parseErrorBody(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return [];
    }
    const errors = json?.errors;
    if (!Array.isArray(errors))
        return [];
    const out = [];
    for (const item of errors) {
        if (typeof item !== 'object' || item === null)
            continue;
        const { code, message, detail } = item;
        const entry = {
            code: sanitizeRegistryText(typeof code === 'string' ? code : 'UNKNOWN', 64),
            message: sanitizeRegistryText(typeof message === 'string' ? message : ''),
        };
        const detailText = detailToText(detail);
        if (detailText)
            entry.detail = sanitizeRegistryText(detailText);
        out.push(entry);
    }
    return out;
}
/** A string detail (often the digest at fault) is kept; structured details are noise in a one-line message. */
function detailToText(detail) {
    return typeof detail === 'string' && detail ? detail : undefined;
}
/** Builds the one error type for a registry answer that was not the expected one. */
function buildRegistryError(exchange, options) {
    const entries = exchange.body ? parseErrorBody(exchange.body) : [];
    const said = describeEntries(entries) || plainTextOf(exchange);
    const status = `${exchange.status} ${said || (STATUS_CODES[exchange.status] ?? 'unexpected status')}`;
    const hint = hintFor(exchange, entries);
    const wait = exchange.wait;
    const tooLong = wait !== undefined && wait.asked.ms > wait.limitMs;
    return new RegistryError({
        method: exchange.method,
        url: redactUrl(exchange.url),
        status: exchange.status,
        registryCodes: entries.map((e) => e.code),
        message: `${exchange.method} ${exchange.operation} in ${exchange.target}: ${status}${hint ? `: ${hint}` : ''}`,
        ...(tooLong ? { retryNotBefore: wait.at + wait.asked.ms } : {}),
    }, options);
}
/** A rate limiter's plain-text answer (Docker Hub's abuse limiter), quoted; not for JSON or HTML bodies. */
function plainTextOf(exchange) {
    const text = exchange.body?.trim() ?? '';
    if (exchange.status !== 429 || !text || /^[[{<]/.test(text))
        return '';
    return `"${sanitizeRegistryText(text, 120)}"`;
}
function describeEntries(entries) {
    return entries
        .map((e) => {
        const words = [e.message, e.detail].filter(Boolean).join(': ');
        return words ? `${e.code} (${words})` : e.code;
    })
        .join('; ');
}
function hintFor(exchange, entries) {
    const codes = new Set(entries.map((e) => e.code));
    const { status, host, target, method } = exchange;
    if (isImmutableTagAnswer(status, entries))
        return `the tag is immutable on ${host} and already names another digest: release under a new tag, or allow overwrites in the registry`;
    if (isMediaTypeRefusal(entries))
        return `${host} does not allow this media type: omit artifact-type or allow it in the registry`;
    if (method === 'DELETE' && (status === 405 || codes.has('UNSUPPORTED')))
        return `${host} does not delete manifests through its registry API: cleanup is not possible on this registry: staging tags kept`;
    if (codes.has('NAME_UNKNOWN') && ['PUT', 'POST', 'PATCH'].includes(method))
        return `the repository ${target} does not exist and ${host} does not create it on push: create the repository first`;
    if (status === 401)
        return `check the username/password or token for ${host}`;
    if (status === 403 || codes.has('DENIED'))
        return `the credentials for ${host} lack permission on ${target} (pushing needs pull and push access)`;
    if (codes.has('MANIFEST_BLOB_UNKNOWN') || codes.has('BLOB_UNKNOWN'))
        return `push the blobs and child manifests it references to ${target} first`;
    if (codes.has('MANIFEST_INVALID') || codes.has('DIGEST_INVALID') || codes.has('SIZE_INVALID'))
        return 'the content does not match its descriptor or is not valid; check how it was built';
    if (codes.has('NAME_UNKNOWN'))
        return `the repository ${target} does not exist (push to it first)`;
    if (status === 404)
        return `check that ${target} and the ${exchange.operation} exist`;
    if (status === 405 || codes.has('UNSUPPORTED'))
        return `${host} does not support this operation (deletes, for example, may be disabled)`;
    if (status === 413)
        return `${host} refuses content this large`;
    if (exchange.wait)
        return describeWait(host, exchange.wait);
    if (status === 429 || codes.has('TOOMANYREQUESTS'))
        return `${host} is rate limiting; try again later`;
    if (status >= 500)
        return `${host} failed; try again later or check the registry's health`;
    return '';
}
/** A request that got no answer at all: connection refused, reset, timeout. */
function networkError(exchange, cause) {
    const code = cause?.code;
    const reason = (typeof code === 'string' ? transferMeaning(code) : undefined) ??
        (sanitizeRegistryText(messageOf(cause)) || 'no answer');
    const codeText = typeof code === 'string' ? ` (${sanitizeRegistryText(code, 40)})` : '';
    return new OciError('NETWORK', `${exchange.method} ${exchange.operation} in ${exchange.target}: ${reason}${codeText}: check that ${exchange.host} is reachable (${redactUrl(exchange.url)})`, { cause });
}

/**
 * Credentials and where they come from. A provider answers for one registry host (as the user wrote it,
 * `docker.io` kept) or says it has nothing; providers chain, the first that answers wins.
 */
/** Every spelling of Docker Hub that configs use, mapped to `docker.io`. */
const dockerHubAliases = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com',
]);
/**
 * A registry key as found in configs (`https://index.docker.io/v1/`, `HOST:PORT`, `http://host/path`)
 * reduced to the host we compare: lowercased, no scheme, no path, Docker Hub aliases as `docker.io`.
 */
function normalizeRegistryHost(key) {
    let host = key.trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    const slash = host.indexOf('/');
    if (slash >= 0)
        host = host.slice(0, slash);
    return dockerHubAliases.has(host) ? 'docker.io' : host;
}
/** Asks each provider in turn; the first credential found is used. */
function chainCredentials(...providers) {
    return async (registryHost) => {
        for (const provider of providers) {
            if (!provider)
                continue;
            const found = await provider(registryHost);
            if (found)
                return found;
        }
        return undefined;
    };
}
/** The secret strings in a credential (password, token and the Basic header value) to be masked. */
function secretsOf(credential) {
    if ('identityToken' in credential)
        return [credential.identityToken];
    return [credential.password, basicValue(credential)];
}
/** The base64 `user:password` of HTTP Basic. */
const basicValue = (credential) => Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64');

/**
 * Credentials from a Docker config directory (`config.json`): `credHelpers` per registry, then the
 * `credsStore` helper, then `auths` (`auth` = base64 user:password, `username`/`password`, `identitytoken`).
 * Helpers are the `docker-credential-<name> get` programs, given the registry on stdin.
 */
/** A credential helper that takes longer than this is hung (waiting for a keychain prompt, say). */
const HELPER_TIMEOUT_MS = 30_000;
/** What Docker's helpers are asked for Docker Hub. */
const DOCKER_HUB_HELPER_KEY = 'https://index.docker.io/v1/';
/** Where Docker keeps its config: `$DOCKER_CONFIG`, else `<home>/.docker` (the environment is passed in). */
const dockerConfigDir = (env) => env.DOCKER_CONFIG || join(env.home, '.docker');
function dockerConfigCredentials(options) {
    const run = options.runHelper ?? spawnHelper(options.helperDirs ?? []);
    return async (registryHost) => {
        const config = await readConfig$1(join(options.configDir, 'config.json'));
        if (!config)
            return undefined;
        const host = normalizeRegistryHost(registryHost);
        const helperKey = host === 'docker.io' ? DOCKER_HUB_HELPER_KEY : host;
        const helper = findByHost(config.credHelpers, host);
        if (helper)
            return askHelper(run, helper, helperKey);
        if (config.credsStore) {
            const stored = await askHelper(run, config.credsStore, helperKey);
            if (stored)
                return stored;
        }
        return fromAuths(findByHost(config.auths, host), join(options.configDir, 'config.json'));
    };
}
async function readConfig$1(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new OciError('INVALID_INPUT', `cannot read the Docker config ${path}: ${messageOf(e)}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        // Not JSON.parse's message: it quotes the text around the fault, which may be a password.
        throw new OciError('INVALID_INPUT', `the Docker config ${path} is not valid JSON: check it with a JSON linter`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new OciError('INVALID_INPUT', `the Docker config ${path} is not valid JSON: not a JSON object`);
    }
    return json;
}
function findByHost(entries, host) {
    if (!entries || typeof entries !== 'object')
        return undefined;
    // An exact key wins over one that only normalises to the host.
    if (Object.hasOwn(entries, host))
        return entries[host];
    const key = Object.keys(entries).find((k) => normalizeRegistryHost(k) === host);
    return key === undefined ? undefined : entries[key];
}
function fromAuths(entry, path) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    if (typeof entry.identitytoken === 'string' && entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (typeof entry.username === 'string' && entry.username && typeof entry.password === 'string') {
        return { username: entry.username, password: entry.password };
    }
    if (typeof entry.auth === 'string' && entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new OciError('INVALID_INPUT', `an "auth" entry in ${path} is not base64 of "username:password"`);
        }
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    return undefined;
}
async function askHelper(run, name, key) {
    // The config file is outside input: a helper name may be any JSON value, not only a bad string.
    if (typeof name !== 'string' || !/^[A-Za-z0-9._-]+$/.test(name)) {
        throw new OciError('INVALID_INPUT', `the credential helper name ${shown(name)} is invalid`);
    }
    const program = `docker-credential-${name}`;
    let output;
    try {
        output = await run(program, key);
    }
    catch (e) {
        const reason = sanitizeRegistryText(messageOf(e), 200);
        if (/credentials not found|not found in native keychain|no credentials/i.test(reason))
            return undefined;
        throw new OciError('AUTH', `${program} get failed for ${key}: ${reason}`, { cause: e });
    }
    let parsed;
    try {
        parsed = JSON.parse(output);
    }
    catch {
        throw new OciError('AUTH', `${program} get answered something that is not JSON for ${key}`);
    }
    if (typeof parsed !== 'object' || parsed === null) {
        throw new OciError('AUTH', `${program} get answered something that is not a JSON object for ${key}`);
    }
    const { Username: username, Secret: secret } = parsed;
    if (typeof secret !== 'string' || !secret)
        return undefined;
    if (username === '<token>')
        return { identityToken: secret };
    return { username: typeof username === 'string' ? username : '', password: secret };
}
/** The default runner: spawns the helper found in `helperDirs` or on PATH, with a timeout and an output cap. */
function spawnHelper(helperDirs) {
    return async (program, input) => {
        const path = (await locate(program, helperDirs)) ?? program;
        return new Promise((resolve, reject) => {
            const child = spawn(path, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], timeout: HELPER_TIMEOUT_MS });
            const out = [];
            const err = [];
            let size = 0;
            child.stdout.on('data', (chunk) => {
                size += chunk.length;
                if (size > HELPER_OUTPUT_LIMIT)
                    child.kill('SIGKILL');
                else
                    out.push(chunk);
            });
            child.stderr.on('data', (chunk) => {
                if (Buffer.concat(err).length < HELPER_OUTPUT_LIMIT)
                    err.push(chunk);
            });
            child.on('error', (e) => reject(new Error(`cannot run ${program}: ${messageOf(e)}`)));
            child.on('close', (code, signal) => {
                if (code === 0)
                    resolve(Buffer.concat(out).toString('utf8'));
                else {
                    const said = Buffer.concat([...out, ...err])
                        .toString('utf8')
                        .trim();
                    reject(new Error(`${program} exited with ${signal ?? code}${said ? `: ${said}` : ''}`));
                }
            });
            child.stdin.on('error', () => { }); // a helper that exits before reading stdin
            child.stdin.end(input);
        });
    };
}
async function locate(program, dirs) {
    for (const dir of dirs) {
        const candidate = join(dir, program);
        try {
            await access(candidate, constants$4.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}

/**
 * What the runner's command parser strips before it looks for `::` (.NET's String.TrimStart(): char.IsWhiteSpace,
 * i.e. Unicode spaces, U+0085, U+2028/U+2029 and the ASCII controls \t..\r), plus U+180E and U+FEFF, which older
 * runtimes counted as spaces. JavaScript's \s has all of them but U+0085 and U+180E.
 */
const runnerSpace = '[\\s\\u0085\\u180e]';
/** A line the runner would take for a `::command::`: after its leading spaces, `::`. */
const commandLineStart = new RegExp(`^(${runnerSpace}*)::`);
/** The legacy form, which the runner finds anywhere in a line: `##[add-mask]x`. */
const legacyCommand = /##\[/g;
/**
 * Escapes text so that no line of it is a workflow command for the GitHub runner, on stdout or stderr:
 * - the runner reads lines ending in \n, \r\n or a lone \r: every such line is checked, and a lone \r becomes
 *   \n (so a terminal cannot overprint a line either);
 * - a line that starts with `::` after the spaces the runner trims gets `> ` before the `::`;
 * - `##[` anywhere becomes `## [` (the runner's legacy `##[command]` form).
 * Everything printed that holds outside text (titles, tags, annotations, file names, registry errors) goes
 * through here; the action's and the CLI's loggers apply it to every line.
 */
function neutraliseCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(commandLineStart, '$1> ::').replace(legacyCommand, '## ['))
        .join('\n');
}
/**
 * JSON for the CLI's stdout that the runner cannot read a command in, with the same values: `##[` can only
 * occur inside strings, where `\u005b` is the same `[`; JSON.stringify already escapes \r and \n, and every
 * line starts with spaces and `{`, `}` or `"`.
 */
function commandSafeJson(value) {
    return JSON.stringify(value, null, 2).replace(legacyCommand, '##\\u005b');
}

/** Platforms: parse `os/arch[/variant][:os.version]`, normalise the names people use, format, compare, match, slug. */
const archAliases = {
    aarch64: 'arm64',
    x86_64: 'amd64',
    'x86-64': 'amd64',
    x64: 'amd64',
    i386: '386',
    i686: '386',
    armhf: 'arm',
    armel: 'arm',
};
const osAliases = { macos: 'darwin', osx: 'darwin', win32: 'windows' };
const knownOs = new Set([
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'illumos',
    'ios',
    'js',
    'linux',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows',
    'unknown',
]);
const knownArch = new Set([
    '386',
    'amd64',
    'arm',
    'arm64',
    'loong64',
    'mips',
    'mips64',
    'mips64le',
    'mipsle',
    'ppc64',
    'ppc64le',
    'riscv64',
    's390x',
    'wasm',
    'unknown',
]);
const segment = /^[a-z0-9][a-z0-9._-]*$/;
/**
 * Parses and normalises `os/arch[/variant][:os.version]`, ORAS's form (e.g. `linux/aarch64` → linux/arm64,
 * `linux/arm64/v8` → linux/arm64, `darwin/arm64:macOS 14` keeps os.version `macOS 14` as written).
 */
function parsePlatform(value) {
    const colon = value.indexOf(':');
    const text = (colon >= 0 ? value.slice(0, colon) : value).trim().toLowerCase();
    const osVersion = colon >= 0 ? value.slice(colon + 1).trim() : undefined;
    const parts = text.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !segment.test(p)) || osVersion === '') {
        throw new OciError('INVALID_PLATFORM', `invalid platform ${quote(value)}: expected os/arch[/variant][:os.version], e.g. linux/arm64, linux/arm/v7 or darwin/arm64:macOS 14`);
    }
    const [os = '', arch = '', variant] = parts;
    const platform = normalisePlatform(variant ? { os, architecture: arch, variant } : { os, architecture: arch });
    if (osVersion !== undefined)
        platform['os.version'] = osVersion;
    if (!knownOs.has(platform.os)) {
        throw new OciError('INVALID_PLATFORM', `invalid platform ${quote(value)}: unknown os ${quote(platform.os)} (e.g. linux, darwin, windows)`);
    }
    if (!knownArch.has(platform.architecture)) {
        throw new OciError('INVALID_PLATFORM', `invalid platform ${quote(value)}: unknown architecture ${quote(platform.architecture)} (e.g. amd64, arm64, arm, riscv64)`);
    }
    return platform;
}
/** Maps aliases to OCI names and drops redundant variants (arm64/v8), keeping every other field. */
function normalisePlatform(p) {
    const os = osAliases[p.os] ?? p.os;
    const architecture = archAliases[p.architecture] ?? p.architecture;
    let variant = p.variant;
    if (architecture === 'arm64' && variant === 'v8')
        variant = undefined;
    if (p.architecture === 'aarch64' && variant === 'v8')
        variant = undefined;
    const out = { ...p, os, architecture };
    if (variant)
        out.variant = variant;
    else
        delete out.variant;
    return out;
}
/** `os/arch[/variant]` */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** ORAS's form `os/arch[/variant][:os.version]`, as outputs and summaries show a platform. */
function formatPlatformWithVersion(p) {
    const version = p['os.version'];
    return version ? `${formatPlatform(p)}:${version}` : formatPlatform(p);
}
/** A tag-safe name: `linux/arm/v7` → `linux-arm-v7`; `os.version` is appended when present. */
function platformSlug(p) {
    const parts = [p.os, p.architecture, p.variant, p['os.version']].filter((x) => Boolean(x));
    return parts
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '');
}
/** The deterministic order: os, architecture, variant, os.version. */
function comparePlatforms(a, b) {
    const na = normalisePlatform(a);
    const nb = normalisePlatform(b);
    return (cmp(na.os, nb.os) ||
        cmp(na.architecture, nb.architecture) ||
        cmp(na.variant ?? '', nb.variant ?? '') ||
        cmp(na['os.version'] ?? '', nb['os.version'] ?? ''));
}
const armOrder = ['v5', 'v6', 'v7', 'v8'];
/**
 * Whether `have` can run where `want` is asked: same os and architecture, and for arm a variant no newer
 * than the one wanted (v7 runs v6 and v5). `rank` is lower for a closer match (0 exact).
 */
function platformMatch(want, have) {
    const w = normalisePlatform(want);
    const h = normalisePlatform(have);
    if (w.os !== h.os || w.architecture !== h.architecture)
        return { matches: false, rank: Infinity };
    if ((w.variant ?? '') === (h.variant ?? ''))
        return { matches: true, rank: 0 };
    if (w.architecture === 'arm') {
        const wi = armOrder.indexOf(w.variant ?? 'v7');
        const hi = armOrder.indexOf(h.variant ?? 'v7');
        if (wi >= 0 && hi >= 0 && hi <= wi)
            return { matches: true, rank: 1 + (wi - hi) };
        return { matches: false, rank: Infinity };
    }
    if (!h.variant)
        return { matches: true, rank: 1 };
    return { matches: false, rank: Infinity };
}
/**
 * Orders two os.version strings by their numbers (`macOS 14.5` < `macOS 15`, `10.0.17763.1` < `10.0.20348`),
 * looking only at the first `upTo` numbers when given (a host's `10.0.20348` covers `10.0.20348.2113`).
 * Undefined when either has no number or their words differ (`macOS 14` and `10.0.1` are not comparable).
 */
function compareOsVersions(a, b, upTo) {
    const words = (v) => v
        .replace(/[\d.]+/g, ' ')
        .trim()
        .toLowerCase()
        .replace(/\s+/g, ' ');
    const numbers = (v) => (v.match(/\d+/g) ?? []).map(Number);
    const na = numbers(a).slice(0, upTo);
    const nb = numbers(b).slice(0, upTo);
    if (na.length === 0 || nb.length === 0)
        return undefined;
    if (words(a) !== '' && words(b) !== '' && words(a) !== words(b))
        return undefined;
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
        const d = (na[i] ?? 0) - (nb[i] ?? 0);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/**
 * The os.version of the machine, as publishers write it: `macOS 14.4` on darwin (from the kernel release:
 * Darwin 23 is macOS 14, Darwin 25 is macOS 26), `10.0.22631` on Windows; undefined elsewhere.
 */
function hostOsVersion(nodePlatform = process.platform, release = release$1()) {
    const [major = NaN, minor = 0] = release.split('.').map(Number);
    if (nodePlatform === 'darwin' && Number.isFinite(major)) {
        if (major >= 25)
            return `macOS ${major + 1}.${minor}`;
        if (major >= 20)
            return `macOS ${major - 9}.${minor}`;
        return `macOS 10.${major - 4}`;
    }
    if (nodePlatform === 'win32' && /^\d+\.\d+\.\d+/.test(release))
        return release;
    return undefined;
}
/** The platform of the machine running this code, in OCI names. */
function hostPlatform(nodePlatform = process.platform, nodeArch = process.arch) {
    const os = nodePlatform === 'win32' ? 'windows' : nodePlatform;
    const arch = {
        x64: 'amd64',
        ia32: '386',
        arm64: 'arm64',
        arm: 'arm',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
        loong64: 'loong64',
    };
    const architecture = arch[nodeArch] ?? nodeArch;
    return architecture === 'arm' ? { os, architecture, variant: 'v7' } : { os, architecture };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Media types of the OCI image spec and the Docker formats that registries still serve. */
const MediaTypes = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    octetStream: 'application/octet-stream',
};
const manifestMediaTypes = [MediaTypes.ociManifest, MediaTypes.dockerManifest];
const indexMediaTypes = [MediaTypes.ociIndex, MediaTypes.dockerManifestList];
const isManifestType = (mediaType) => mediaType !== undefined && manifestMediaTypes.includes(mediaType);
const isIndexType = (mediaType) => mediaType !== undefined && indexMediaTypes.includes(mediaType);
/** A manifest or an index: something that lives under /manifests/ in a registry. */
const isManifestOrIndexType = (mediaType) => isManifestType(mediaType) || isIndexType(mediaType);
/** A media type as RFC 6838 writes it: `type/subtype` of restricted-name characters (no parameters). */
const mediaTypePattern = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
/** Whether `value` is a media type (layer types, artifactType, a descriptor's mediaType). */
const isMediaType = (value) => mediaTypePattern.test(value);
/** The Accept header for manifest reads: every manifest and index type we understand. */
const manifestAccept = [...indexMediaTypes, ...manifestMediaTypes].join(', ');

const m$4 = createRequire(import.meta.url)("node:crypto");
const exportOf$4 = (key) => m$4[key];
const createHash = /*#__PURE__*/ exportOf$4("createHash");
const createHmac = /*#__PURE__*/ exportOf$4("createHmac");
const randomBytes = /*#__PURE__*/ exportOf$4("randomBytes");
const randomUUID = /*#__PURE__*/ exportOf$4("randomUUID");

const m$3 = createRequire(import.meta.url)("node:stream");
const exportOf$3 = (key) => m$3[key];
const Readable = /*#__PURE__*/ exportOf$3("Readable");
const Transform = /*#__PURE__*/ exportOf$3("Transform");
const pipeline$1 = /*#__PURE__*/ exportOf$3("pipeline");
const addAbortSignal = /*#__PURE__*/ exportOf$3("addAbortSignal");

const m$2 = createRequire(import.meta.url)("node:worker_threads");
const exportOf$2 = (key) => m$2[key];
const Worker = /*#__PURE__*/ exportOf$2("Worker");

/**
 * Hashing on another thread, for big blobs. SHA-256 runs at about 1.6 GB/s on one core: in-thread, it is as
 * long again as receiving the bytes, so a download verified while it streams took twice the time of the wire.
 * Here the bytes are gathered into 2 MiB buffers (a native copy: a few percent of the cost of hashing), each
 * handed to one worker thread per process without a copy (transferred), hashed there in order while this thread
 * goes on receiving and writing, and handed back to be filled again: the same few buffers go round, so no fresh
 * memory is touched per chunk. Nothing else changes: the stream still fails before its end when the digest
 * differs (digest.ts).
 *
 * The worker keeps the process alive only while it owes an answer (a buffer to hand back, a digest); a stream
 * dropped half-way is forgotten there with `abort`.
 */
/** Large: each hand-off wakes the worker, which on a virtual machine costs a tenth of a millisecond or more. */
const BUFFER_BYTES = 2 * 1024 * 1024;
/** Buffers one stream may have with the worker at once: memory per stream is bounded by this × BUFFER_BYTES. */
const BUFFERS_PER_STREAM = 2;
/** Buffers kept for reuse between streams. */
const SPARE_BUFFERS = 6;
/** What the worker runs (CommonJS, nothing of ours: it is evaluated as it stands). */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  if (m.open) { hashes.set(m.id, createHash(m.open)); return; }
  const hash = hashes.get(m.id);
  if (m.abort) { hashes.delete(m.id); return; }
  if (m.buffer) {
    if (hash) hash.update(new Uint8Array(m.buffer, 0, m.length));
    parentPort.postMessage({ id: m.id, buffer: m.buffer }, [m.buffer]);
    return;
  }
  if (m.end) {
    hashes.delete(m.id);
    parentPort.postMessage({ id: m.id, digest: hash ? hash.digest('hex') : undefined });
  }
});
`;
let shared;
/** Set once the worker could not start or stopped: later streams hash on this thread instead. */
let unavailable = false;
/** Whether streams can be hashed on the worker (false once it failed in this process). */
const threadHashing = () => !unavailable;
function owe(state, delta) {
    const before = state.owed;
    state.owed += delta;
    if (before === 0 && state.owed > 0)
        state.worker.ref();
    else if (before > 0 && state.owed === 0)
        state.worker.unref();
}
function hashingWorker() {
    if (shared)
        return shared;
    let worker;
    try {
        worker = new Worker(workerSource, { eval: true });
    }
    catch (e) {
        unavailable = true;
        throw e;
    }
    const state = { worker, streams: new Map(), spare: [], owed: 0, nextId: 1 };
    worker.unref();
    worker.on('message', (m) => {
        owe(state, -1);
        const stream = state.streams.get(m.id);
        if (m.buffer) {
            if (stream)
                stream.returned(m.buffer);
            else if (state.spare.length < SPARE_BUFFERS)
                state.spare.push(m.buffer);
        }
        else {
            state.streams.delete(m.id);
            stream?.finished(m.digest);
        }
    });
    const fail = (error) => {
        if (shared === state)
            shared = undefined;
        unavailable = true;
        const stopped = new OciError('INCOMPLETE', `the thread that verifies digests stopped (${String(error)}): nothing was verified; try again`, { cause: error });
        for (const stream of state.streams.values())
            stream.failed(stopped);
        state.streams.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(`exit code ${code}`));
    shared = state;
    return state;
}
function createThreadDigester(algorithm) {
    const state = hashingWorker();
    const id = state.nextId++;
    const free = [];
    let out = 0;
    let current;
    let filled = 0;
    let roomWaiter;
    let failure;
    let result;
    let done;
    let closed = false;
    state.streams.set(id, {
        returned(buffer) {
            out--;
            free.push(buffer);
            roomWaiter?.();
        },
        finished(hex) {
            if (hex === undefined)
                result?.reject(new OciError('INCOMPLETE', 'the hashing thread lost a stream'));
            else
                result?.resolve(hex);
        },
        failed(error) {
            failure = error;
            roomWaiter?.();
            result?.reject(error);
        },
    });
    state.worker.postMessage({ id, open: algorithm });
    const send = () => {
        if (!current || filled === 0)
            return;
        const buffer = current.buffer;
        state.worker.postMessage({ id, buffer, length: filled }, [buffer]);
        owe(state, 1);
        out++;
        current = undefined;
        filled = 0;
    };
    const buffer = () => {
        if (current)
            return current;
        const next = free.pop() ?? (out + free.length < BUFFERS_PER_STREAM ? state.spare.pop() : undefined);
        if (next)
            current = new Uint8Array(next);
        else if (out + free.length < BUFFERS_PER_STREAM)
            current = new Uint8Array(BUFFER_BYTES);
        return current;
    };
    /** Copies as much of `chunk` as there is room for; returns how much. */
    const copy = (chunk) => {
        const target = buffer();
        if (!target)
            return 0;
        const n = Math.min(chunk.length, target.length - filled);
        target.set(n === chunk.length ? chunk : chunk.subarray(0, n), filled);
        filled += n;
        if (filled === target.length)
            send();
        return n;
    };
    const rest = async (chunk) => {
        while (chunk.length > 0) {
            if (failure)
                throw failure;
            const n = copy(chunk);
            if (n === 0)
                await new Promise((resolve) => (roomWaiter = resolve));
            roomWaiter = undefined;
            chunk = chunk.subarray(n);
        }
    };
    return {
        update(chunk) {
            if (failure)
                return Promise.reject(failure);
            for (let left = chunk; left.length > 0;) {
                const n = copy(left);
                if (n === 0)
                    return rest(left);
                left = left.subarray(n);
            }
            return undefined;
        },
        digest() {
            done ??= new Promise((resolve, reject) => {
                if (failure) {
                    reject(failure);
                    return;
                }
                result = { resolve, reject };
                closed = true;
                send();
                state.worker.postMessage({ id, end: true });
                owe(state, 1);
            }).then((hex) => `${algorithm}:${hex}`);
            return done;
        },
        abort() {
            if (closed)
                return;
            closed = true;
            state.worker.postMessage({ id, abort: true });
            // Buffers still out come back to the spare list; this stream is forgotten.
            state.streams.delete(id);
            for (const spare of free)
                if (state.spare.length < SPARE_BUFFERS)
                    state.spare.push(spare);
            free.length = 0;
        },
    };
}

/** Digests: strict grammar (sha256 + 64 lowercase hex, sha512 + 128), hashing, and verifying streams. */
const hexLength = { sha256: 64, sha512: 128 };
const digestPattern = /^(sha256|sha512):([0-9a-f]+)$/;
/** Parses a digest strictly, before it ever reaches a URL or a path. */
function parseDigest(value) {
    const match = digestPattern.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (!algorithm || !hex || hex.length !== hexLength[algorithm]) {
        throw new OciError('INVALID_DIGEST', `invalid digest ${quote(value, 80)}: expected sha256:<64 lowercase hex> or sha512:<128 lowercase hex>`);
    }
    return { algorithm, hex };
}
const isDigest = (value) => {
    try {
        parseDigest(value);
        return true;
    }
    catch {
        return false;
    }
};
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}
function createDigester(algorithm = 'sha256') {
    const hash = createHash(algorithm);
    return {
        update: (chunk) => {
            hash.update(chunk);
        },
        digest: () => `${algorithm}:${hash.digest('hex')}`,
    };
}
/**
 * A pass-through stream that checks size and digest while the bytes flow. It fails as soon as more
 * bytes than expected arrive, and at the end if the size or the digest differ: a mismatch is an error,
 * never a quiet success with other bytes. From THREAD_HASH_MIN_BYTES on, the hashing runs on the worker
 * thread of digest-worker.ts, beside this one, instead of taking turns with the download.
 */
function createVerifyingStream(expected, what = 'content') {
    const { algorithm } = parseDigest(expected.digest);
    const onThread = expected.size >= THREAD_HASH_MIN_BYTES ? threadDigesterOrNone(algorithm) : undefined;
    const digester = onThread ? undefined : createDigester(algorithm);
    let seen = 0;
    const check = (actual) => actual === expected.digest
        ? undefined
        : new OciError('DIGEST_MISMATCH', `${what}: expected digest ${expected.digest} but the bytes hash to ${actual}`);
    const stream = new Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            if (seen > expected.size) {
                callback(new OciError('SIZE_MISMATCH', `${what} ${expected.digest}: more than the expected ${expected.size} bytes arrived`));
                return;
            }
            if (digester)
                digester.update(chunk);
            const wait = onThread?.update(chunk);
            if (wait)
                wait.then(() => callback(null, chunk), callback);
            else
                callback(null, chunk);
        },
        flush(callback) {
            if (seen !== expected.size) {
                callback(new OciError('SIZE_MISMATCH', `${what} ${expected.digest}: got ${seen} bytes, expected ${expected.size}`));
                return;
            }
            if (digester)
                callback(check(digester.digest()));
            else
                onThread?.digest().then((actual) => callback(check(actual)), callback);
        },
        destroy(error, callback) {
            onThread?.abort();
            callback(error);
        },
    });
    markVerifying(stream, expected);
    return stream;
}
/** The hashing thread's digester, or none (hash here) where it cannot start or has failed before. */
function threadDigesterOrNone(algorithm) {
    if (!threadHashing())
        return undefined;
    try {
        return createThreadDigester(algorithm);
    }
    catch {
        return undefined;
    }
}
/**
 * Streams known to check their bytes against a digest and size as they flow, erroring before they end on a
 * mismatch (a verifying stream, or one that passes such a stream's bytes and errors on).
 */
const verifyingStreams = new WeakMap();
/** Records that `stream` fails (before its end) unless its bytes are exactly `expected`. */
function markVerifying(stream, expected) {
    verifyingStreams.set(stream, { digest: expected.digest, size: expected.size });
}
/**
 * Whether `stream` already verifies itself against `expected`: a consumer (an upload) need not hash its bytes
 * again, only wait for its end before it sends the last of them.
 */
function verifiesAs(stream, expected) {
    const known = verifyingStreams.get(stream);
    return known !== undefined && known.digest === expected.digest && known.size === expected.size;
}
/** A pass-through stream that hashes and counts what flows; `result()` once it has ended. */
function createHashingStream(algorithm = 'sha256') {
    const digester = createDigester(algorithm);
    let size = 0;
    const stream = new Transform({
        transform(chunk, _encoding, callback) {
            digester.update(chunk);
            size += chunk.length;
            callback(null, chunk);
        },
    });
    return { stream, result: () => ({ digest: digester.digest(), size }) };
}
/** Checks bytes held in memory against a descriptor. */
function verifyBytes(bytes, expected, what = 'content') {
    // The digest is checked first: it is named in every message below.
    const { algorithm } = parseDigest(expected.digest);
    if (bytes.length !== expected.size) {
        throw new OciError('SIZE_MISMATCH', `${what} ${expected.digest}: got ${bytes.length} bytes, expected ${expected.size}`);
    }
    const actual = digestOf(bytes, algorithm);
    if (actual !== expected.digest) {
        throw new OciError('DIGEST_MISMATCH', `${what}: expected digest ${expected.digest} but the bytes hash to ${actual}`);
    }
}

/**
 * References: `HOST[:PORT]/PATH[:TAG][@DIGEST]` for registries (host required, no silent docker.io) and
 * `oci-layout:PATH[:TAG][@DIGEST]` for OCI image-layout directories. One parse, one data type.
 */
const isVersioned = (ref) => ref.tag !== undefined || ref.digest !== undefined;
/** What to resolve: the digest when given (it pins the content), else the tag. */
const versionOf = (ref) => (ref.digest ?? ref.tag);
const layoutScheme = 'oci-layout:';
const tagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const pathComponent = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const hostPattern = /^(?:localhost|\[[0-9a-fA-F:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::[0-9]{1,5})?$/;
function parseReference(input) {
    const text = input.trim();
    if (text.startsWith(layoutScheme))
        return parseLayoutReference(text.slice(layoutScheme.length), input);
    return parseRegistryReference(text, input);
}
function isValidTag(tag) {
    return tagPattern.test(tag);
}
function assertTag(tag, context = 'tag') {
    if (!isValidTag(tag)) {
        throw new OciError('INVALID_REFERENCE', `invalid ${context} ${quote(tag)}: a tag is 1-128 characters of letters, digits, _ . - and does not start with . or -`);
    }
    return tag;
}
function splitDigest(text, input) {
    const at = text.lastIndexOf('@');
    // An '@' followed by a '/' belongs to a layout path (e.g. node_modules/@scope/store), not to a digest.
    if (at < 0 || text.includes('/', at))
        return { rest: text };
    const digest = text.slice(at + 1);
    try {
        parseDigest(digest);
    }
    catch (e) {
        throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: ${e.message}`);
    }
    return { rest: text.slice(0, at), digest };
}
function parseRegistryReference(text, input) {
    const { rest, digest } = splitDigest(text, input);
    const slash = rest.indexOf('/');
    const host = slash > 0 ? rest.slice(0, slash) : '';
    const looksLikeHost = host === 'localhost' || host.includes('.') || host.includes(':') || host.startsWith('[');
    if (slash < 0 && isHostWithoutRepository(rest)) {
        throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: the repository is missing after the registry host (e.g. ${quote(`${rest}/owner/name:tag`)})`);
    }
    if (!looksLikeHost) {
        const suggestion = rest.includes('/') ? `docker.io/${rest}` : `docker.io/library/${rest}`;
        throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: the registry host is required (did you mean ${quote(`${suggestion}${digest ? `@${digest}` : ''}`, 200)}?)`);
    }
    const port = /:(\d+)$/.exec(host)?.[1];
    if (!hostPattern.test(host) || (port !== undefined && Number(port) > 65535))
        throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: bad registry host ${quote(host)}`);
    let path = rest.slice(slash + 1);
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        assertTag(tag, `tag in reference ${quote(input, 300)}`);
    }
    if (!path || path.length > 255 || !path.split('/').every((c) => pathComponent.test(c))) {
        throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: the repository ${quote(path)} must be lowercase path components (a-z, 0-9, . _ -) separated by /`);
    }
    const registry = host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
    // Docker Hub's official images live under library/: docker.io/alpine is docker.io/library/alpine.
    if (registry === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    const apiHost = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    const ref = { kind: 'registry', registry, apiHost, repository: path };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** `localhost[:port]`, `[::1][:port]` or a dotted name with an optional numeric port, e.g. `ghcr.io`. */
const isHostWithoutRepository = (text) => hostPattern.test(text) &&
    (/^localhost(:|$)/.test(text) || text.startsWith('[') || (text.split(':')[0] ?? '').includes('.'));
function parseLayoutReference(text, input) {
    const { rest, digest } = splitDigest(text, input);
    // The tag follows the last ':' that comes after the last '/', so paths like C:/x or ./a:b/c stay paths.
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    let path = rest;
    let tag;
    if (colon >= 0) {
        path = rest.slice(0, colon);
        tag = assertTag(rest.slice(colon + 1), `tag in reference ${quote(input, 300)}`);
    }
    if (!path)
        throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: the layout path is empty (e.g. oci-layout:./store:v1)`);
    const ref = { kind: 'layout', path };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
function formatReference(ref) {
    const base = ref.kind === 'layout' ? `${layoutScheme}${ref.path}` : `${ref.registry}/${ref.repository}`;
    return `${base}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The same repository or layout with another tag/digest (either may be dropped with undefined). */
function withVersion(ref, version) {
    const out = { ...ref };
    delete out.tag;
    delete out.digest;
    if (version.tag !== undefined)
        out.tag = version.tag;
    if (version.digest !== undefined)
        out.digest = version.digest;
    return out;
}
/** The repository or layout without tag or digest, e.g. for grouping. */
const repositoryOf = (ref) => formatReference(withVersion(ref, {}));
/** Loopback hosts use plain HTTP; everything else HTTPS unless named in `plain-http`. */
function isLoopbackHost(host) {
    const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
    return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/**
 * Annotation inputs: `key=value` lines, docker/metadata-action's level prefixes (`index:`, `manifest:`,
 * `manifest-descriptor:`, `index-descriptor:`), key matchers (`sh.brew.*`), and plain comma/newline lists.
 */
/**
 * Reverse-domain style keys as the OCI spec recommends (`org.opencontainers.image.title`), also allowing
 * `_`, `-` and `/`; starts and ends with a letter or digit. No `:`, so a metadata-action prefix is never a key.
 */
const keyPattern = /^[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?$/;
const isValidAnnotationKey = (key) => key.length <= MAX_ANNOTATION_KEY_LENGTH && keyPattern.test(key);
/** Every line of text with its 1-based number, trimmed, blank lines left out. */
function meaningfulLines(text) {
    return text
        .split(/\r?\n/)
        .map((line, i) => ({ line: line.trim(), number: i + 1 }))
        .filter(({ line }) => line !== '');
}
function parseKeyValue(line, number, inputName) {
    const eq = line.indexOf('=');
    const key = (eq < 0 ? line : line.slice(0, eq)).trim();
    if (eq < 0) {
        throw new OciError('INVALID_INPUT', `${inputName}, line ${number}: expected key=value, got ${quote(line, 80)}`);
    }
    if (!isValidAnnotationKey(key)) {
        throw new OciError('INVALID_INPUT', `${inputName}, line ${number}: invalid annotation key ${quote(key, 80)} (letters, digits, . _ - /, e.g. org.opencontainers.image.title)`);
    }
    return [key, line.slice(eq + 1).trim()];
}
function put(map, key, value, where, firstLine, number) {
    // Own keys only: `toString` or `constructor` is an annotation key like any other, not Object.prototype's.
    const existing = Object.hasOwn(map, key) ? map[key] : undefined;
    if (existing !== undefined && existing !== value) {
        throw new OciError('INVALID_INPUT', `${where}, line ${number}: ${quote(key, 80)} was already set to another value on line ${firstLine.get(key) ?? '?'}`);
    }
    if (existing === undefined)
        firstLine.set(key, number);
    map[key] = value;
}
/**
 * Parses newline `key=value` lines. Blank lines and surrounding whitespace are ignored; the value is
 * everything after the first `=` (it may contain `=` and be empty). A key given twice with different
 * values is an error rather than a silent choice.
 */
function parseAnnotationLines(text, inputName) {
    const out = {};
    const firstLine = new Map();
    for (const { line, number } of meaningfulLines(text)) {
        const [key, value] = parseKeyValue(line, number, inputName);
        put(out, key, value, inputName, firstLine, number);
    }
    return out;
}
const levels = {
    index: 'index',
    manifest: 'manifest',
    'index-descriptor': 'indexDescriptor',
    'manifest-descriptor': 'manifestDescriptor',
};
const isLevelName = (s) => Object.hasOwn(levels, s);
/**
 * Parses annotations as written by docker/metadata-action (and accepted by `docker buildx --annotation`):
 * `index:key=value`, `manifest:key=value`, `manifest-descriptor:…`, `index-descriptor:…`, or several levels
 * at once (`index,manifest:key=value`). A line without a prefix is an index annotation. Platform-qualified
 * levels (`manifest[linux/amd64]:…`) are refused: a merged index has no single build to apply them to.
 */
function parseMetadataActionAnnotations(text, inputName = 'annotations') {
    const out = { index: {}, manifest: {}, indexDescriptor: {}, manifestDescriptor: {} };
    const firstLines = {
        index: new Map(),
        manifest: new Map(),
        indexDescriptor: new Map(),
        manifestDescriptor: new Map(),
    };
    for (const { line, number } of meaningfulLines(text)) {
        const eq = line.indexOf('=');
        const head = eq < 0 ? line : line.slice(0, eq);
        const colon = head.indexOf(':');
        let targets = ['index'];
        let rest = line;
        if (colon >= 0) {
            const prefix = head.slice(0, colon).trim();
            const names = prefix.split(',').map((s) => s.trim());
            if (!names.every(isLevelName)) {
                const hint = prefix.includes('[') ? ' (platform-qualified levels are not supported)' : '';
                throw new OciError('INVALID_INPUT', `${inputName}, line ${number}: unknown annotation level ${quote(prefix, 80)}${hint}; expected index:, manifest:, index-descriptor: or manifest-descriptor:`);
            }
            targets = names.map((n) => levels[n]);
            rest = line.slice(colon + 1).trim();
        }
        const [key, value] = parseKeyValue(rest, number, inputName);
        for (const target of targets)
            put(out[target], key, value, inputName, firstLines[target], number);
    }
    return out;
}
/**
 * A predicate over annotation keys: each pattern is an exact key or a glob where `*` matches any run of
 * characters (`sh.brew.*`, `*`). No patterns match nothing.
 */
function createAnnotationMatcher(patterns) {
    const regexes = patterns.map((raw) => {
        const pattern = raw.trim();
        if (pattern === '' || !isValidAnnotationKey(pattern.replaceAll('*', 'x'))) {
            throw new OciError('INVALID_INPUT', `invalid annotation key pattern ${quote(raw, 80)}: an annotation key, optionally with * wildcards (e.g. sh.brew.*)`);
        }
        const source = pattern
            .split('*')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
            .join('.*');
        return new RegExp(`^${source}$`, 's');
    });
    return (key) => regexes.some((r) => r.test(key));
}
/** A comma or newline separated list: trimmed, empty items dropped, order kept. */
function parseList(text) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

/**
 * Inputs arrive as strings by name (from `core.getInput` in the action, from flags and a YAML config in the CLI).
 * The readers here turn them into typed requests once, so both front ends share one set of rules and messages.
 */
const readerFromMap = (values) => (name) => (values[name] ?? '').trim();
function readBoolean(get, name, fallback) {
    // As @actions/core's getBooleanInput (YAML 1.2 core schema): yes/no/on/off/1/0 are refused, not guessed.
    const value = get(name);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new OciError('INVALID_INPUT', `input "${name}" must be true or false, got "${value}"`);
}
function readInteger(get, name, fallback, min, max) {
    const value = get(name);
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new OciError('INVALID_INPUT', `input "${name}" must be a whole number from ${min} to ${max}, got "${value}"`);
    }
    return n;
}
/** A comma or newline separated list, trimmed, empty items dropped. */
function readList(get, name) {
    return parseList(get(name));
}
/** A newline separated list (items may contain commas), trimmed, empty lines dropped. */
const splitLines = (text) => text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Inputs shared by every command (credentials, transport, concurrency, cache), and the rules that more than one
 * command applies (references, platforms, media types, the staging prefix): each written once, here.
 */
function readCommon(get) {
    const username = get('username');
    const password = get('password');
    if ((username === '') !== (password === '')) {
        throw new OciError('INVALID_INPUT', 'inputs "username" and "password" go together: give both or neither');
    }
    const githubToken = get('github-token');
    const request = {
        plainHttp: readList(get, 'plain-http'),
        concurrency: readInteger(get, 'concurrency', 4, 1, MAX_CONCURRENCY),
        cache: readBoolean(get, 'cache', true),
    };
    if (username !== '') {
        request.username = username;
        request.password = password;
    }
    if (githubToken !== '')
        request.githubToken = githubToken;
    const cacheDir = get('cache-dir');
    if (cacheDir !== '')
        request.cacheDir = cacheDir;
    return request;
}
/** The default overall deadline: far above any honest release (minutes), far below a hung job's 6 hours. */
const DEFAULT_TIMEOUT = '30m';
const durationUnits = { '': 1000, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Input `timeout`, read once by runCommand (commands/run-command.ts) before the command's own inputs: seconds (`90`), or a number with ms, s, m or h (`90s`, `30m`, `1.5h`); at most 24 h. */
function readTimeout(get) {
    const text = get('timeout').trim() || DEFAULT_TIMEOUT;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|)$/i.exec(text);
    const ms = match ? Number(match[1]) * (durationUnits[(match[2] ?? '').toLowerCase()] ?? NaN) : NaN;
    if (!Number.isFinite(ms) || ms < 1 || ms > MAX_TIMEOUT_MS) {
        throw new OciError('INVALID_INPUT', `input "timeout": ${JSON.stringify(text.slice(0, 40))} is not a duration from 1 ms to 24 h: give seconds (90) or 90s, 30m, 2h`);
    }
    return Math.round(ms);
}
/** A reference input that must name a repository or layout, without tag or digest. */
function readRepository(get, name) {
    const value = get(name);
    if (value === '') {
        throw new OciError('INVALID_INPUT', `input "${name}" is required: a registry repository (ghcr.io/OWNER/NAME) or oci-layout:PATH`);
    }
    const ref = parseInput(name, value);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new OciError('INVALID_INPUT', `input "${name}" must name a repository without tag or digest, got "${value}"`);
    }
    return ref;
}
/** Parses a reference, naming the input in the error. */
function parseInput(name, value) {
    try {
        return parseReference(value);
    }
    catch (e) {
        throw new OciError('INVALID_REFERENCE', `input "${name}": ${e.message}`);
    }
}
/**
 * A reference that must name content (a tag or a digest): pull's and attach's `reference`, push's `source`,
 * merge's `sources` and `base`. The use cases take VersionedReference, so this is the only place it is checked.
 */
function parseVersioned(name, value) {
    const ref = parseInput(name, value);
    if (!isVersioned(ref)) {
        throw new OciError('INVALID_INPUT', `input "${name}" ${value} needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`);
    }
    return ref;
}
/** `reference`: the release (a tag or digest) attach and discover act on. */
function readReleaseReference(get, command) {
    const value = get('reference');
    if (value === '') {
        throw new OciError('INVALID_INPUT', `input "reference" is required for ${command}: the release, e.g. ghcr.io/OWNER/NAME:1.2.3 or …@sha256:…`);
    }
    return parseVersioned('reference', value);
}
/** `staging-prefix`, defaulting to `staging-<run id>` in Actions; '' when neither. */
function stagingPrefixOf(get, context) {
    const given = get('staging-prefix');
    if (given !== '')
        return given;
    return context.inActions && context.runId ? `staging-${context.runId}` : '';
}
/** One platform, `os/arch[/variant][:os.version]`, naming the input in the error. */
function parsePlatformInput(name, value) {
    try {
        return parsePlatform(value);
    }
    catch (e) {
        throw new OciError('INVALID_PLATFORM', `input "${name}": ${e.message}`);
    }
}
/** A comma or newline list of platforms. */
const readPlatforms = (get, name) => readList(get, name).map((p) => parsePlatformInput(name, p));
/** `artifact-type`: a media type, or undefined when not given. */
function readArtifactType(get) {
    const value = get('artifact-type');
    if (value === '')
        return undefined;
    if (!isMediaType(value)) {
        throw new OciError('INVALID_INPUT', `input "artifact-type" must be a media type like application/vnd.example.tool.v1, got "${value}"`);
    }
    return value;
}

/**
 * Every input the action and the CLI accept, declared once: which commands read it (with a line of help for
 * each), whether it is a boolean, and its action.yml default. Strictness comes from this table: the CLI's flags
 * for a command, the action's check that a step gives no input its command ignores, per-command help, and the
 * guard that a command's reader asks only for what it declared. Adding a command or an input is one entry here.
 *
 * Where each input rule is checked: once, in src/commands/inputs, with one message (pinned, through the bundle, by
 * __tests__/e2e/input-rules.e2e.itg.test.ts). The use cases in src/core take typed requests that cannot hold
 * what these rules refuse (a push without platform or staging name, a reference without tag or digest).
 *
 * | rule                                                             | module (function)                          |
 * |------------------------------------------------------------------|--------------------------------------------|
 * | command is known; an input is read by the command (flag, --config key, action input) | inputs.ts (assertCommand, checkGivenInputs) |
 * | booleans are true/false (cleanup, dry-run, cache)                | reader.ts (readBoolean)                    |
 * | concurrency 1-32; username and password together                 | common.ts (readCommon, via readInteger)    |
 * | timeout is a duration (read once, by commands/run-command.ts)         | common.ts (readTimeout)                    |
 * | repository: required, no tag or digest                           | common.ts (readRepository)                 |
 * | reference syntax (format: core/oci/reference.ts)                     | common.ts (parseInput)                     |
 * | names content: pull/attach/discover reference, push source, merge sources/base | common.ts (parseVersioned, readReleaseReference) |
 * | platform syntax (format: core/oci/platform.ts)                   | common.ts (parsePlatformInput, readPlatforms) |
 * | artifact-type is a media type (core/oci/media-types.ts)          | common.ts (readArtifactType)               |
 * | staging-prefix defaults to staging-<run id> in Actions           | common.ts (stagingPrefixOf)                |
 * | annotations are key=value lines, levels (format: core/oci/annotations.ts) | push.ts, merge.ts, attach.ts    |
 * | files: PATH[:MEDIATYPE] (core/artifact/pack-files.ts parseFileSpec); globs match | files.ts (expandFileSpecs) |
 * | push: platform required with files, os-version agrees, files xor source, files not empty, staging-prefix required outside Actions, staging tag ≤ 128 (core/artifact/staging.ts), staging-tag is a tag | push.ts |
 * | merge: tags required, bare tag or reference with tag and no digest (Docker Hub short form), sources or staging-prefix, on-conflict, descriptor-annotations patterns, SOURCE_DATE_EPOCH | merge.ts |
 * | pull: reference required; output defaults to .                   | pull.ts                                    |
 * | attach: reference required, artifact-type required, files not empty | attach.ts (discover: reference, common.ts) |
 */
const commandSpecs = {
    push: {
        summary: "one platform's artifact (files, or an existing image) to a staging tag",
        inputs: {
            repository: 'where staging tags live (registry repository or oci-layout:PATH)',
            platform: 'os/arch[/variant][:os.version], e.g. linux/arm64 or darwin/arm64:macOS 14 (required with files; with source, read from its config when omitted)',
            'os-version': 'the platform os.version (e.g. macOS 14), if not given in platform',
            'os-features': 'the platform os.features (comma or newline list)',
            files: 'newline list of PATH[:MEDIATYPE]; globs (dist/*.tar.gz) expand; a directory becomes one tar+gzip layer',
            source: 'instead of files: an existing manifest or index to stage (any registry or oci-layout:)',
            'artifact-type': "the manifest's artifactType",
            annotations: 'manifest annotations, key=value lines',
            'staging-prefix': 'prefix of the staging tag (default staging-<GITHUB_RUN_ID> in Actions; required in the CLI)',
            'staging-tag': 'override the computed staging tag <staging-prefix>-<platform slug>',
        },
    },
    merge: {
        summary: 'staging tags (or sources) into one OCI image index under release tags',
        inputs: {
            repository: 'where staging tags are read and bare release tags go',
            'staging-prefix': 'discover staging tags starting with <prefix>- (default staging-<GITHUB_RUN_ID> in Actions)',
            sources: 'instead of discovery: newline list of references to merge',
            platforms: 'expected platforms, os/arch[/variant][:os.version] (comma or newline list): the completeness gate',
            tags: 'release tags, comma or newline list (bare, or full references elsewhere; user/app:1.2.3 is docker.io)',
            annotations: 'index annotations, key=value lines (index:/manifest: prefixes understood)',
            'descriptor-annotations': 'annotation keys or globs lifted from each child manifest into its index descriptor',
            'artifact-type': "the index's artifactType",
            base: 'an existing index to extend',
            'on-conflict': 'two sources with the same platform: error (default) or replace',
            cleanup: 'after success, delete the staging indexes (true or false)',
            'dry-run': 'compose, validate and print the index and the plan; push nothing (true or false)',
        },
    },
    pull: {
        summary: "download one platform's files from a published index",
        inputs: {
            reference: 'the published index or manifest',
            platform: 'os/arch[/variant][:os.version] to fetch (default: this machine, newest os.version not newer)',
            output: 'directory to write the files into (default .)',
        },
    },
    attach: {
        summary: 'push evidence (signature, SBOM, report files) as a referrer of a release or of one platform',
        inputs: {
            reference: 'the release (tag or digest) to attach to',
            platform: "attach to this platform's manifest, os/arch[/variant][:os.version] (default: to the index)",
            files: 'newline list of PATH[:MEDIATYPE] to attach; globs expand; a directory becomes one tar+gzip layer',
            'artifact-type': 'required: the media type of what is attached, e.g. application/spdx+json',
            annotations: "the referrer manifest's annotations, key=value lines",
        },
    },
    discover: {
        summary: 'list the referrers of a release and of each of its platforms',
        inputs: {
            reference: 'the release (tag or digest) whose referrers to list',
        },
    },
};
const commandNames = Object.keys(commandSpecs);
/** Inputs every command reads. */
const sharedInputs = {
    username: 'username for the registry (other registries use the Docker config)',
    password: 'password or token for username',
    'github-token': 'token for ghcr.io when no other credentials are given, and for cleanup on ghcr.io',
    'plain-http': 'hosts (host[:port], comma or newline list) to reach over plain HTTP; loopback always is',
    concurrency: 'transfers in flight per registry, for the whole command (1 to 32, default 4)',
    cache: 'keep a blob cache (true or false, default true)',
    'cache-dir': 'the blob cache directory (the CLI caches only when it is given)',
    timeout: 'overall deadline for the command: seconds (90) or 90s, 30m, 2h (default 30m)',
};
/** Inputs that are booleans (the CLI accepts them as bare flags). */
const booleanInputs = new Set(['cleanup', 'dry-run', 'cache']);
/**
 * action.yml's defaults. GitHub sets them as INPUT_* like any value the user wrote, so a value equal to its
 * default is not counted as given (a test keeps this table equal to action.yml).
 */
const actionDefaults = {
    'on-conflict': 'error',
    cleanup: 'false',
    'dry-run': 'false',
    output: '.',
    'github-token': '${{ github.token }}',
    concurrency: '4',
    cache: 'true',
    timeout: '30m',
};
const isCommand = (name) => Object.hasOwn(commandSpecs, name);
/** The inputs `command` reads, shared ones included. */
function inputsOf(command) {
    return [...Object.keys(commandSpecs[command].inputs), ...Object.keys(sharedInputs)];
}
/** Every input name any command reads. */
function allInputs() {
    return [...new Set(commandNames.flatMap(inputsOf))];
}
/** The commands that read `input`. */
function readersOf(input) {
    return commandNames.filter((c) => inputsOf(c).includes(input));
}
/** A refusal of the command line or the step's inputs: the CLI exits 2 for it. */
class UsageError extends OciError {
    constructor(message) {
        super('INVALID_INPUT', message);
        this.name = 'UsageError';
    }
}
/** Refuses an unknown command, suggesting the closest. */
function assertCommand(name) {
    if (isCommand(name))
        return name;
    if (name === '')
        throw new UsageError(`input "command" is required: one of ${commandNames.join(', ')}`);
    const near = closest(name, commandNames);
    throw new UsageError(`unknown command ${quote(name)}${near ? ` (did you mean ${near}?)` : ''}: use one of ${commandNames.join(', ')}`);
}
/**
 * Refuses, in one line, every given input that `command` does not read. `given` holds only what the user gave
 * (empty values and action.yml defaults already left out); `style` spells names as flags or as inputs.
 */
function checkGivenInputs(command, given, style) {
    const reads = inputsOf(command);
    const known = allInputs();
    const spell = (n) => (style === 'flag' ? `--${oneLine(n, 80)}` : quote(n));
    const problems = [];
    for (const name of given) {
        if (reads.includes(name))
            continue;
        const near = closest(name, reads);
        const hint = near ? `did you mean ${spell(near)}?` : '';
        if (known.includes(name)) {
            const by = `it is read by ${readersOf(name).join(', ')}`;
            problems.push(`${style} ${spell(name)} is not read by ${command} (${[hint, by].filter(Boolean).join(' ')})`);
        }
        else {
            problems.push(`unknown ${style} ${spell(name)} for ${command}${hint ? ` (${hint})` : ''}`);
        }
    }
    if (problems.length === 0)
        return;
    const fix = style === 'flag' ? `see oci-multiarch ${command} --help` : 'remove it from this step';
    throw new UsageError(`${problems.join('; ')}. Nothing was done: ${fix}`);
}
/** A reader that lets `command` ask only for what it declared: an undeclared read is a bug, caught by tests. */
function declaredReader(command, get) {
    const reads = new Set(inputsOf(command));
    return (name) => {
        if (!reads.has(name))
            throw new Error(`internal: ${command} reads input "${name}" it does not declare`);
        return get(name);
    };
}
/** The candidate nearest to `name` (edit distance at most a third of its length, or a prefix/suffix match). */
function closest(name, candidates) {
    let best;
    for (const c of candidates) {
        const d = c.startsWith(name) || name.startsWith(c) ? Math.abs(c.length - name.length) : distance(name, c);
        if (!best || d < best.d)
            best = { c, d };
    }
    return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.c : undefined;
}
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
        }
        prev = row;
    }
    return prev[b.length] ?? 0;
}

const silentLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    group: (_name, fn) => fn(),
};

/** Small helpers over any Target: bounded whole reads (manifests), pushing bytes, descriptors of bytes. */
/**
 * The one bounded collector: a whole stream into one Buffer, failing with TOO_LARGE as soon as more than
 * `limit` bytes arrive (never a silent cut; the rest is never read, the stream is dropped). Registry answers
 * (stores/registry/http.ts readCapped) and stores' manifests alike are read through it.
 */
async function collectStream(stream, limit, what) {
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of stream) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            total += buffer.length;
            if (total > limit)
                throw new OciError('TOO_LARGE', `${what} is larger than the ${limit} bytes allowed`);
            chunks.push(buffer);
        }
    }
    finally {
        if (!stream.destroyed) {
            stream.on('error', () => { });
            stream.destroy();
        }
    }
    return Buffer.concat(chunks, total);
}
/**
 * Fetches `desc` whole into memory with a byte cap (manifests: MAX_MANIFEST_READ), verified against
 * its size and digest.
 */
async function readAll(target, desc, limit, options) {
    const what = `${desc.mediaType} ${desc.digest} from ${target.name}`;
    if (desc.size > limit) {
        throw new OciError('TOO_LARGE', `${what} is ${desc.size} bytes, over the ${limit} bytes limit for reading it whole`);
    }
    const bytes = await collectStream(await target.fetch(desc, options), limit, what);
    verifyBytes(bytes, desc, what);
    return bytes;
}
/**
 * A tag or digest to its descriptor and verified bytes: one round trip where the target can (a registry's GET
 * by tag), else resolve() then a bounded read.
 */
async function readReference(target, reference, options) {
    if (target.fetchReference)
        return target.fetchReference(reference, options);
    const descriptor = await target.resolve(reference);
    return { descriptor, bytes: await readAll(target, descriptor, MAX_MANIFEST_READ, options) };
}
/** A Readable over bytes, for targets that accept either. */
const toReadable = (content) => content instanceof Uint8Array ? Readable.from([Buffer.from(content)], { objectMode: false }) : content;

/** push() then tag(), or the target's one-step pushTagged() where it has one (a registry: one PUT instead of two). */
async function pushTagged(target, desc, bytes, tag, options) {
    if (target.pushTagged)
        return target.pushTagged(desc, bytes, tag, options);
    await target.push(desc, bytes, options);
    await target.tag(desc, tag);
}

/**
 * cosign's tag schema: before the referrers API, cosign stores a manifest's signature, attestations and SBOM
 * under tags named after its digest (`sha256-<hex>.sig`, `.att`, `.sbom`) in the same repository. These tags
 * are how cosign finds them, so a copy that carries the evidence must carry the tags, not only the content.
 */
const cosignSuffixes = ['sig', 'att', 'sbom'];
/** `sha256:abc…` → `sha256-abc….sig` etc. (only sha256: longer digests would not fit in a tag). */
function cosignTagsFor(digest) {
    if (!digest.startsWith('sha256:'))
        return [];
    return cosignSuffixes.map((suffix) => `${digest.replace(':', '-')}.${suffix}`);
}
/** What a tag points at, or undefined when there is no such tag. */
async function resolveIfTagged(target, tag) {
    try {
        return await target.resolve(tag);
    }
    catch (e) {
        if (isOciError(e, 'NOT_FOUND'))
            return undefined;
        throw e;
    }
}

/** Well-known annotation keys. */
const Annotations = {
    title: 'org.opencontainers.image.title',
    refName: 'org.opencontainers.image.ref.name',
    created: 'org.opencontainers.image.created',
    source: 'org.opencontainers.image.source',
    revision: 'org.opencontainers.image.revision',
    dockerReferenceType: 'vnd.docker.reference.type',
    dockerReferenceDigest: 'vnd.docker.reference.digest',
};

/**
 * Defensive reading of manifest and index JSON: what the stores and the graph walk need to know
 * (media type, subject, children) without trusting the shape of bytes that came from elsewhere.
 */
/** Parses manifest bytes into a JSON object, or fails with INVALID_MANIFEST naming `what`. */
function parseManifestJson(bytes, what) {
    let value;
    try {
        value = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (e) {
        throw new OciError('INVALID_MANIFEST', `${what} is not valid JSON: ${oneLine(e.message)}`);
    }
    if (!isObject$1(value))
        throw new OciError('INVALID_MANIFEST', `${what} is not a JSON object`);
    return value;
}
const isObject$1 = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A descriptor-shaped value (mediaType, digest, size), or undefined when it is not one. */
function asDescriptor(value) {
    if (!isObject$1(value))
        return undefined;
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || typeof digest !== 'string')
        return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return undefined;
    return value;
}
/**
 * The media type a manifest declares, or the one its shape implies when the optional `mediaType`
 * field is absent (an index has `manifests`, an image manifest has `config`).
 */
function manifestMediaTypeOf(json) {
    if (typeof json['mediaType'] === 'string')
        return json['mediaType'];
    if (Array.isArray(json['manifests']))
        return MediaTypes.ociIndex;
    if (isObject$1(json['config']))
        return MediaTypes.ociManifest;
    return undefined;
}
/** The `subject` of a manifest or index, when it has a well-formed one. */
const subjectOf = (json) => asDescriptor(json['subject']);
/**
 * The descriptor a referrers listing gives for `manifest`: its artifactType (or, for an image
 * manifest without one, its config media type, as the distribution spec says) and its annotations.
 */
function referrerDescriptor(manifest, json) {
    const out = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size };
    const config = asDescriptor(json['config']);
    const artifactType = typeof json['artifactType'] === 'string' ? json['artifactType'] : config?.mediaType;
    if (artifactType !== undefined)
        out.artifactType = artifactType;
    const annotations = json['annotations'];
    if (isObject$1(annotations) && Object.values(annotations).every((v) => typeof v === 'string')) {
        out.annotations = annotations;
    }
    return out;
}

const m$1 = createRequire(import.meta.url)("node:stream/promises");
const exportOf$1 = (key) => m$1[key];
const finished = /*#__PURE__*/ exportOf$1("finished");
const pipeline = /*#__PURE__*/ exportOf$1("pipeline");

/**
 * The `blobs/<alg>/<hex>` part of a layout. Writes stream into a temporary file in the same directory,
 * verified for size and digest on the way, and are renamed into place only when they match: a partial
 * or wrong blob is never visible under its digest. Reads are verified as they stream, open regular files only
 * (a FIFO would block forever, a link to /dev/zero never ends) and never read past the size they expect.
 */
/** The blob's path; the digest is parsed strictly first, so it can never escape blobs/. */
function blobPath(root, digest) {
    const { algorithm, hex } = parseDigest(digest);
    return join(root, 'blobs', algorithm, hex);
}
/** True when the blob is stored with the descriptor's size. */
async function hasBlob(root, desc) {
    const info = await stat(blobPath(root, desc.digest)).catch(() => undefined);
    return info !== undefined && info.isFile() && info.size === desc.size;
}
async function writeBlob(root, desc, content, what, signal) {
    const path = blobPath(root, desc.digest);
    const dir = join(path, '..');
    await mkdir(dir, { recursive: true });
    // A name that is never a valid blob name (starts with '.'), in the same directory so rename is atomic.
    const temp = join(dir, `.tmp-${parseDigest(desc.digest).hex.slice(0, 16)}-${randomBytes(6).toString('hex')}`);
    try {
        const out = createWriteStream(temp, { flags: 'wx' });
        const verify = createVerifyingStream(desc, what);
        await (signal
            ? pipeline(toReadable(content), verify, out, { signal })
            : pipeline(toReadable(content), verify, out));
        await rename(temp, path);
    }
    catch (e) {
        await unlink(temp).catch(() => { });
        throw e;
    }
}
/**
 * Opens `path` for reading if it is a regular file (symlinks are followed, then checked): O_NONBLOCK so that
 * opening a FIFO does not wait for a writer, then fstat on the open handle (no race with a swapped file).
 * NOT_FOUND when absent; UNSAFE for a FIFO, device, socket or directory; other errors as sentences.
 */
async function openRegularFile(path, what) {
    const handle = await open(path, constants$5.O_RDONLY | (constants$5.O_NONBLOCK ?? 0)).catch((e) => {
        if (e.code === 'ENOENT')
            throw new OciError('NOT_FOUND', `${what} not found (no file ${path})`);
        throw describeFsError(e, `reading ${what}`);
    });
    const info = await handle.stat();
    if (!info.isFile()) {
        await handle.close();
        throw new OciError('UNSAFE', `${what}: ${path} is not a regular file (a FIFO, device, socket or directory); refusing to read it`);
    }
    return { handle, size: info.size };
}
/** Reads a regular file whole, refusing one over `limit` bytes (and never reading more than limit + 1). */
async function readRegularFile(path, limit, what) {
    const { handle, size } = await openRegularFile(path, what);
    try {
        if (size > limit)
            throw new OciError('TOO_LARGE', `${what}: ${path} is ${size} bytes, over the ${limit} bytes limit`);
        const buffer = Buffer.alloc(Math.min(size, limit) + 1);
        let filled = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            if (filled > limit)
                throw new OciError('TOO_LARGE', `${what}: ${path} grew past the ${limit} bytes limit`);
        }
        return buffer.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
/** Opens a blob as a verifying stream that reads at most one byte more than the descriptor's size; NOT_FOUND when absent. */
async function openBlob(root, desc, what, signal) {
    const path = blobPath(root, desc.digest);
    const { handle, size } = await openRegularFile(path, what);
    if (size !== desc.size) {
        await handle.close();
        throw new OciError('SIZE_MISMATCH', `${what}: ${path} holds ${size} bytes, expected ${desc.size}`);
    }
    const verify = createVerifyingStream(desc, what);
    pipeline$1(handle.createReadStream({ start: 0, end: desc.size }), verify, () => {
        // errors reach the consumer through `verify`, which pipeline destroys with them
    });
    return signal ? addAbortSignal(signal, verify) : verify;
}

/**
 * A cross-process lock for read-modify-write of a layout's index.json: a lock file created with
 * O_EXCL ('wx'), retried with jittered backoff, and broken when it is stale (its holder crashed).
 *
 * Breaking a stale lock: the waiter renames the lock file to a unique name (only one waiter can win
 * that rename), then checks that what it moved is the very file it judged stale (same inode and
 * mtime). If another process had meanwhile taken a fresh lock, the waiter puts it back with link(),
 * which fails rather than overwrite should a third process have locked in between.
 */
/** The holder only reads and rewrites one small file; a lock this old belongs to a dead process. */
const LOCK_STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up with a clear error. */
const LOCK_WAIT_MS = 60_000;
const BACKOFF_START_MS = 2;
const BACKOFF_MAX_MS = 100;
async function withFileLock(lockPath, fn) {
    await acquire(lockPath);
    try {
        return await fn();
    }
    finally {
        await unlink(lockPath).catch(() => { });
    }
}
async function acquire(lockPath) {
    const deadline = Date.now() + LOCK_WAIT_MS;
    let delay = BACKOFF_START_MS;
    for (;;) {
        try {
            const handle = await open(lockPath, 'wx');
            await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
            await handle.close();
            return;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        if (await breakIfStale(lockPath))
            continue;
        if (Date.now() > deadline) {
            throw new OciError('CONFLICT', `could not lock ${lockPath} within ${LOCK_WAIT_MS / 1000} s: another process is writing this OCI layout. ` +
                'If none is, delete the lock file and retry.');
        }
        await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * delay));
        delay = Math.min(delay * 2, BACKOFF_MAX_MS);
    }
}
async function breakIfStale(lockPath) {
    const seen = await stat(lockPath).catch(() => undefined);
    if (!seen)
        return true; // released meanwhile: try again at once
    if (Date.now() - seen.mtimeMs < LOCK_STALE_MS)
        return false;
    const moved = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
    try {
        await rename(lockPath, moved);
    }
    catch {
        return true; // another waiter broke it first
    }
    const what = await stat(moved).catch(() => undefined);
    if (what && (what.ino !== seen.ino || what.mtimeMs !== seen.mtimeMs)) {
        // We moved a fresh lock taken after our check: give it back (fails if someone locked since).
        await link(moved, lockPath).catch(() => { });
    }
    await unlink(moved).catch(() => { });
    return true;
}

/**
 * A layout's `oci-layout` and `index.json` files: read them, and change index.json under the lock with
 * an atomic write (temp file + rename), so readers never see a half-written index and concurrent
 * writers never lose each other's tags.
 *
 * What index.json lists (our decision): one entry per tag, carrying the tag as the
 * `org.opencontainers.image.ref.name` annotation (as skopeo, oras and containerd write it), plus one
 * untagged entry for every pushed manifest that has a `subject` (a referrer: no other manifest points
 * at it, so without an entry nothing in index.json would reach it). Other untagged manifests (the
 * children of an index, a manifest pushed before its tag) are found by digest in blobs/ and are not
 * listed, so `skopeo ... oci:DIR` without a tag keeps working on a layout with one tag.
 * Entries are sorted: tagged ones by tag then digest, then untagged ones by digest.
 */
const LAYOUT_VERSION = '1.0.0';
const layoutFile = 'oci-layout';
const indexFile = 'index.json';
const refNameOf = (d) => d.annotations?.[Annotations.refName];
/** Reads index.json; undefined when the directory holds no layout yet. */
async function readLayoutIndex(root) {
    const text = await readRegularFile(join(root, indexFile), MAX_LAYOUT_INDEX_BYTES, 'the layout index').then((b) => b.toString('utf8'), (e) => {
        if (e.code === 'NOT_FOUND')
            return undefined;
        throw e;
    });
    if (text === undefined)
        return undefined;
    await checkLayoutVersion(root);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw malformed(root, `not valid JSON (${e.message})`);
    }
    if (!isObject$1(json))
        throw malformed(root, 'not a JSON object');
    const { manifests, ...rest } = json;
    const list = manifests === undefined ? [] : manifests;
    if (!Array.isArray(list))
        throw malformed(root, '"manifests" is not an array');
    const entries = list.map((entry, i) => {
        const d = asDescriptor(entry);
        if (!d)
            throw malformed(root, `manifests[${i}] is not a descriptor with mediaType, digest and size`);
        return d;
    });
    return { rest, manifests: entries };
}
async function checkLayoutVersion(root) {
    const bytes = await readRegularFile(join(root, layoutFile), MAX_LAYOUT_FILE_BYTES, 'the oci-layout file').catch((e) => {
        if (e.code === 'NOT_FOUND')
            return undefined; // lenient: some writers omit it
        throw e;
    });
    if (bytes === undefined)
        return;
    const text = bytes.toString('utf8');
    let version;
    try {
        version = JSON.parse(text)['imageLayoutVersion'];
    }
    catch {
        version = undefined;
    }
    if (version !== LAYOUT_VERSION) {
        throw new OciError('INVALID_INPUT', `${join(root, layoutFile)}: unsupported imageLayoutVersion ${JSON.stringify(version)}; expected "${LAYOUT_VERSION}"`);
    }
}
/** Creates the layout directory and its `oci-layout` file when missing. */
async function ensureLayout(root) {
    await mkdir(join(root, 'blobs'), { recursive: true });
    const exists = await readFile(join(root, layoutFile)).then(() => true, () => false);
    if (!exists)
        await writeAtomically(join(root, layoutFile), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
}
/**
 * Changes index.json under the layout's lock: re-reads it, applies `change` to the entries, writes it
 * back atomically with entries in the stable order.
 */
async function updateLayoutIndex(root, change) {
    await ensureLayout(root);
    await withFileLock(join(root, `${indexFile}.lock`), async () => {
        const current = (await readLayoutIndex(root)) ?? { rest: {}, manifests: [] };
        const manifests = sortEntries(change(current.manifests));
        const index = { schemaVersion: 2, mediaType: MediaTypes.ociIndex, ...current.rest, manifests };
        await writeAtomically(join(root, indexFile), `${JSON.stringify(index, null, 2)}\n`);
    });
}
function sortEntries(entries) {
    const key = (d) => {
        const name = refNameOf(d);
        return name === undefined ? [1, '', d.digest] : [0, name, d.digest];
    };
    return [...entries].sort((a, b) => {
        const [ga, na, da] = key(a);
        const [gb, nb, db] = key(b);
        return ga - gb || compare(na, nb) || compare(da, db);
    });
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
async function writeAtomically(path, text) {
    const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
    try {
        await writeFile(temp, text, { flag: 'wx' });
        await rename(temp, path);
    }
    catch (e) {
        await unlink(temp).catch(() => { });
        throw e;
    }
}
const malformed = (root, why) => new OciError('INVALID_INPUT', `${join(root, indexFile)} is not a valid OCI image index: ${why}`);

/**
 * A Target over an OCI image-layout directory (image-spec: `oci-layout`, `index.json`,
 * `blobs/<alg>/<hex>`). Manifests are blobs too; index.json records tags (see index-file.ts for what
 * it lists and why). Reads layouts written by skopeo, oras and containerd alike.
 */
function createLayoutTarget(path) {
    const root = resolve(path);
    const name = `oci-layout:${path}`;
    const location = { kind: 'layout', path: root };
    let ready;
    const prepare = () => {
        ready ??= ensureLayout(root)
            .then(() => createEmptyIndex(root))
            .catch((e) => {
            ready = undefined; // let the next push try again
            throw e;
        });
        return ready;
    };
    const readIndex = async () => {
        const index = await readLayoutIndex(root);
        if (!index)
            throw new OciError('NOT_FOUND', `${name}: no OCI image layout there (no ${join(root, 'index.json')})`);
        return index;
    };
    const readManifest = async (desc) => {
        const what = `${desc.digest} in ${name}`;
        if (desc.size > MAX_MANIFEST_READ)
            throw new OciError('TOO_LARGE', `${what}: ${desc.size} bytes is too large`);
        const bytes = await readRegularFile(blobPath(root, desc.digest), desc.size, `manifest ${what}`);
        verifyBytes(bytes, desc, what);
        return bytes;
    };
    const identity = (d) => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });
    return {
        location,
        name,
        fetch: (desc, options) => openBlob(root, desc, `${desc.mediaType} ${desc.digest} in ${name}`, options?.signal),
        exists: (desc) => hasBlob(root, desc),
        async resolve(reference) {
            const index = await readIndex();
            if (isDigest(reference)) {
                const entry = index.manifests.find((d) => d.digest === reference);
                if (entry)
                    return identity(entry);
                const bytes = await readRegularFile(blobPath(root, reference), MAX_MANIFEST_READ, `manifest ${reference} in ${name}`);
                const probe = { mediaType: MediaTypes.ociManifest, digest: reference, size: bytes.length };
                verifyBytes(bytes, probe, `${reference} in ${name}`);
                const mediaType = manifestMediaTypeOf(parseManifestJson(bytes, `${reference} in ${name}`));
                if (!mediaType || !isManifestOrIndexType(mediaType)) {
                    throw new OciError('NOT_FOUND', `${reference} in ${name} is a blob, not a manifest or index`);
                }
                return { ...probe, mediaType };
            }
            const entry = index.manifests.find((d) => refNameOf(d) === reference);
            if (!entry) {
                const tags = [...new Set(index.manifests.map(refNameOf).filter((t) => t !== undefined))].sort();
                const known = tags.length
                    ? `; its tags: ${tags.slice(0, 20).join(', ')}${tags.length > 20 ? ', ...' : ''}`
                    : '';
                throw new OciError('NOT_FOUND', `tag "${reference}" not found in ${name}${known}`);
            }
            return identity(entry);
        },
        async push(desc, content, options) {
            await prepare();
            const what = `${desc.mediaType} ${desc.digest} pushed to ${name}`;
            if (!isManifestOrIndexType(desc.mediaType)) {
                if (await hasBlob(root, desc)) {
                    if (!(content instanceof Uint8Array))
                        content.destroy();
                    return;
                }
                await writeBlob(root, desc, content, what, options?.signal);
                return;
            }
            const bytes = content instanceof Uint8Array ? Buffer.from(content) : await collectStream(content, MAX_MANIFEST_READ, what);
            verifyBytes(bytes, desc, what);
            const json = parseManifestJson(bytes, what);
            if (!(await hasBlob(root, desc)))
                await writeBlob(root, desc, bytes, what, options?.signal);
            if (subjectOf(json)) {
                const entry = identity(desc);
                if (typeof json['artifactType'] === 'string')
                    entry.artifactType = json['artifactType'];
                await updateLayoutIndex(root, (entries) => entries.some((d) => d.digest === desc.digest && refNameOf(d) === undefined) ? entries : [...entries, entry]);
            }
        },
        async tag(desc, tag) {
            assertTag(tag);
            if (!(await hasBlob(root, desc))) {
                throw new OciError('NOT_FOUND', `manifest ${desc.digest} not found in ${name} (to tag as "${tag}"; push it first)`);
            }
            const entry = { ...identity(desc), annotations: { [Annotations.refName]: tag } };
            if (desc.artifactType !== undefined)
                entry.artifactType = desc.artifactType;
            await updateLayoutIndex(root, (entries) => [...entries.filter((d) => refNameOf(d) !== tag), entry]);
        },
        async listTags() {
            const index = await readIndex();
            return [...new Set(index.manifests.map(refNameOf).filter((t) => t !== undefined))].sort();
        },
        async referrers(desc) {
            const index = await readIndex();
            const seen = new Set();
            const out = [];
            for (const entry of index.manifests) {
                if (seen.has(entry.digest) || !isManifestOrIndexType(entry.mediaType))
                    continue;
                seen.add(entry.digest);
                const bytes = await readManifest(entry).catch(() => undefined);
                if (!bytes)
                    continue; // an entry whose blob is gone cannot refer to anything
                const json = parseManifestJson(bytes, `${entry.digest} in ${name}`);
                if (subjectOf(json)?.digest === desc.digest)
                    out.push(referrerDescriptor(identity(entry), json));
            }
            return out.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
        },
        async untag(tag) {
            assertTag(tag);
            await updateLayoutIndex(root, (entries) => entries.filter((d) => refNameOf(d) !== tag));
        },
        async delete(desc) {
            const index = await readIndex();
            const listed = index.manifests.some((d) => d.digest === desc.digest);
            if (!listed && !(await hasBlob(root, desc))) {
                throw new OciError('NOT_FOUND', `manifest ${desc.digest} not found in ${name}`);
            }
            if (listed)
                await updateLayoutIndex(root, (entries) => entries.filter((d) => d.digest !== desc.digest));
            await unlink(blobPath(root, desc.digest)).catch(() => { });
        },
    };
}
/** Creates an empty index.json when there is none, atomically (link fails if one appeared meanwhile). */
async function createEmptyIndex(root) {
    const path = join(root, 'index.json');
    const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
    const empty = { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [] };
    await writeFile(temp, `${JSON.stringify(empty, null, 2)}\n`, { flag: 'wx' });
    try {
        await link(temp, path);
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
    }
    finally {
        await unlink(temp).catch(() => { });
    }
}

/**
 * `WWW-Authenticate` parsing (RFC 7235): several challenges in one header or in several headers, schemes
 * in any case, parameters in any order and case, quoted strings with backslash escapes, token68 values.
 * Lenient where real registries are sloppy (unquoted values containing `/` or `:`), never throwing.
 */
const tchar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const token68Pattern = /^[A-Za-z0-9\-._~+/]+=*/;
function parseChallenges(header) {
    if (header === undefined)
        return [];
    if (typeof header !== 'string')
        return header.flatMap((h) => parseChallenges(h));
    const cursor = { text: header, pos: 0 };
    const out = [];
    while (skipSeparators(cursor)) {
        const scheme = token(cursor);
        if (!scheme) {
            cursor.pos++; // a stray character: skip it rather than fail on the whole header
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        skipSpaces(cursor);
        const single = token68(cursor);
        if (single !== undefined)
            challenge.token68 = single;
        else
            parseParams(cursor, challenge.params);
        out.push(challenge);
    }
    return out;
}
function parseParams(c, params) {
    for (;;) {
        const start = c.pos;
        skipSpaces(c);
        const name = token(c);
        skipSpaces(c);
        if (!name || !consume(c, '=')) {
            c.pos = start; // not a parameter: the start of the next challenge
            return;
        }
        skipSpaces(c);
        const value = peek(c) === '"' ? quoted(c) : bareValue(c);
        const key = name.toLowerCase();
        if (!(key in params))
            params[key] = value;
        skipSpaces(c);
        if (!consume(c, ','))
            return;
        // Consecutive commas (empty list elements) are allowed by the list syntax.
        while (peek(c) === ',' || peek(c) === ' ' || peek(c) === '\t')
            c.pos++;
    }
}
/** The first challenge of `scheme` (case-insensitive). */
function findChallenge(challenges, scheme) {
    const wanted = scheme.toLowerCase();
    return challenges.find((c) => c.scheme === wanted);
}
const peek = (c) => c.text[c.pos];
const atEnd = (c) => c.pos >= c.text.length;
function consume(c, char) {
    if (c.text[c.pos] !== char)
        return false;
    c.pos++;
    return true;
}
function skipSpaces(c) {
    while (peek(c) === ' ' || peek(c) === '\t')
        c.pos++;
}
/** Skips whitespace and commas between challenges; false at the end. */
function skipSeparators(c) {
    while (!atEnd(c) && /[\s,]/.test(peek(c) ?? ''))
        c.pos++;
    return !atEnd(c);
}
function token(c) {
    const start = c.pos;
    while (!atEnd(c) && tchar.test(peek(c) ?? ''))
        c.pos++;
    return c.text.slice(start, c.pos);
}
/** A token68 that stands alone (followed by the end or a comma), else undefined and nothing consumed. */
function token68(c) {
    const match = token68Pattern.exec(c.text.slice(c.pos));
    if (!match)
        return undefined;
    let end = c.pos + match[0].length;
    while (c.text[end] === ' ' || c.text[end] === '\t')
        end++;
    if (end < c.text.length && c.text[end] !== ',')
        return undefined;
    c.pos += match[0].length;
    return match[0];
}
function quoted(c) {
    c.pos++; // opening quote
    let value = '';
    while (!atEnd(c)) {
        const char = c.text[c.pos++];
        if (char === '"')
            return value;
        if (char === '\\' && !atEnd(c))
            value += c.text[c.pos++];
        else
            value += char;
    }
    return value; // unterminated: keep what was there
}
/** An unquoted value: a token, leniently extended to anything up to a comma or whitespace. */
function bareValue(c) {
    const start = c.pos;
    while (!atEnd(c) && !/[\s,]/.test(peek(c) ?? ''))
        c.pos++;
    return c.text.slice(start, c.pos);
}

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var errors;
var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	const kUndiciError = Symbol.for('undici.error.UND_ERR');
	class UndiciError extends Error {
	  constructor (message, options) {
	    super(message, options);
	    this.name = 'UndiciError';
	    this.code = 'UND_ERR';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kUndiciError] === true
	  }

	  get [kUndiciError] () {
	    return true
	  }
	}

	const kConnectTimeoutError = Symbol.for('undici.error.UND_ERR_CONNECT_TIMEOUT');
	class ConnectTimeoutError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ConnectTimeoutError';
	    this.message = message || 'Connect Timeout Error';
	    this.code = 'UND_ERR_CONNECT_TIMEOUT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kConnectTimeoutError] === true
	  }

	  get [kConnectTimeoutError] () {
	    return true
	  }
	}

	const kHeadersTimeoutError = Symbol.for('undici.error.UND_ERR_HEADERS_TIMEOUT');
	class HeadersTimeoutError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'HeadersTimeoutError';
	    this.message = message || 'Headers Timeout Error';
	    this.code = 'UND_ERR_HEADERS_TIMEOUT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kHeadersTimeoutError] === true
	  }

	  get [kHeadersTimeoutError] () {
	    return true
	  }
	}

	const kHeadersOverflowError = Symbol.for('undici.error.UND_ERR_HEADERS_OVERFLOW');
	class HeadersOverflowError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'HeadersOverflowError';
	    this.message = message || 'Headers Overflow Error';
	    this.code = 'UND_ERR_HEADERS_OVERFLOW';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kHeadersOverflowError] === true
	  }

	  get [kHeadersOverflowError] () {
	    return true
	  }
	}

	const kBodyTimeoutError = Symbol.for('undici.error.UND_ERR_BODY_TIMEOUT');
	class BodyTimeoutError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'BodyTimeoutError';
	    this.message = message || 'Body Timeout Error';
	    this.code = 'UND_ERR_BODY_TIMEOUT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kBodyTimeoutError] === true
	  }

	  get [kBodyTimeoutError] () {
	    return true
	  }
	}

	const kInvalidArgumentError = Symbol.for('undici.error.UND_ERR_INVALID_ARG');
	class InvalidArgumentError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'InvalidArgumentError';
	    this.message = message || 'Invalid Argument Error';
	    this.code = 'UND_ERR_INVALID_ARG';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kInvalidArgumentError] === true
	  }

	  get [kInvalidArgumentError] () {
	    return true
	  }
	}

	const kInvalidReturnValueError = Symbol.for('undici.error.UND_ERR_INVALID_RETURN_VALUE');
	class InvalidReturnValueError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'InvalidReturnValueError';
	    this.message = message || 'Invalid Return Value Error';
	    this.code = 'UND_ERR_INVALID_RETURN_VALUE';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kInvalidReturnValueError] === true
	  }

	  get [kInvalidReturnValueError] () {
	    return true
	  }
	}

	const kAbortError = Symbol.for('undici.error.UND_ERR_ABORT');
	class AbortError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'AbortError';
	    this.message = message || 'The operation was aborted';
	    this.code = 'UND_ERR_ABORT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kAbortError] === true
	  }

	  get [kAbortError] () {
	    return true
	  }
	}

	const kRequestAbortedError = Symbol.for('undici.error.UND_ERR_ABORTED');
	class RequestAbortedError extends AbortError {
	  constructor (message) {
	    super(message);
	    this.name = 'AbortError';
	    this.message = message || 'Request aborted';
	    this.code = 'UND_ERR_ABORTED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kRequestAbortedError] === true
	  }

	  get [kRequestAbortedError] () {
	    return true
	  }
	}

	const kInformationalError = Symbol.for('undici.error.UND_ERR_INFO');
	class InformationalError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'InformationalError';
	    this.message = message || 'Request information';
	    this.code = 'UND_ERR_INFO';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kInformationalError] === true
	  }

	  get [kInformationalError] () {
	    return true
	  }
	}

	const kRequestContentLengthMismatchError = Symbol.for('undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
	class RequestContentLengthMismatchError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'RequestContentLengthMismatchError';
	    this.message = message || 'Request body length does not match content-length header';
	    this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kRequestContentLengthMismatchError] === true
	  }

	  get [kRequestContentLengthMismatchError] () {
	    return true
	  }
	}

	const kResponseContentLengthMismatchError = Symbol.for('undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH');
	class ResponseContentLengthMismatchError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ResponseContentLengthMismatchError';
	    this.message = message || 'Response body length does not match content-length header';
	    this.code = 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kResponseContentLengthMismatchError] === true
	  }

	  get [kResponseContentLengthMismatchError] () {
	    return true
	  }
	}

	const kClientDestroyedError = Symbol.for('undici.error.UND_ERR_DESTROYED');
	class ClientDestroyedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ClientDestroyedError';
	    this.message = message || 'The client is destroyed';
	    this.code = 'UND_ERR_DESTROYED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kClientDestroyedError] === true
	  }

	  get [kClientDestroyedError] () {
	    return true
	  }
	}

	const kClientClosedError = Symbol.for('undici.error.UND_ERR_CLOSED');
	class ClientClosedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ClientClosedError';
	    this.message = message || 'The client is closed';
	    this.code = 'UND_ERR_CLOSED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kClientClosedError] === true
	  }

	  get [kClientClosedError] () {
	    return true
	  }
	}

	const kSocketError = Symbol.for('undici.error.UND_ERR_SOCKET');
	class SocketError extends UndiciError {
	  constructor (message, socket) {
	    super(message);
	    this.name = 'SocketError';
	    this.message = message || 'Socket error';
	    this.code = 'UND_ERR_SOCKET';
	    this.socket = socket;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kSocketError] === true
	  }

	  get [kSocketError] () {
	    return true
	  }
	}

	const kNotSupportedError = Symbol.for('undici.error.UND_ERR_NOT_SUPPORTED');
	class NotSupportedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'NotSupportedError';
	    this.message = message || 'Not supported error';
	    this.code = 'UND_ERR_NOT_SUPPORTED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kNotSupportedError] === true
	  }

	  get [kNotSupportedError] () {
	    return true
	  }
	}

	const kBalancedPoolMissingUpstreamError = Symbol.for('undici.error.UND_ERR_BPL_MISSING_UPSTREAM');
	class BalancedPoolMissingUpstreamError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MissingUpstreamError';
	    this.message = message || 'No upstream has been added to the BalancedPool';
	    this.code = 'UND_ERR_BPL_MISSING_UPSTREAM';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kBalancedPoolMissingUpstreamError] === true
	  }

	  get [kBalancedPoolMissingUpstreamError] () {
	    return true
	  }
	}

	const kHTTPParserError = Symbol.for('undici.error.UND_ERR_HTTP_PARSER');
	class HTTPParserError extends Error {
	  constructor (message, code, data) {
	    super(message);
	    this.name = 'HTTPParserError';
	    this.code = code ? `HPE_${code}` : undefined;
	    this.data = data ? data.toString() : undefined;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kHTTPParserError] === true
	  }

	  get [kHTTPParserError] () {
	    return true
	  }
	}

	const kResponseExceededMaxSizeError = Symbol.for('undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE');
	class ResponseExceededMaxSizeError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ResponseExceededMaxSizeError';
	    this.message = message || 'Response content exceeded max size';
	    this.code = 'UND_ERR_RES_EXCEEDED_MAX_SIZE';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kResponseExceededMaxSizeError] === true
	  }

	  get [kResponseExceededMaxSizeError] () {
	    return true
	  }
	}

	const kRequestRetryError = Symbol.for('undici.error.UND_ERR_REQ_RETRY');
	class RequestRetryError extends UndiciError {
	  constructor (message, code, { headers, data }) {
	    super(message);
	    this.name = 'RequestRetryError';
	    this.message = message || 'Request retry error';
	    this.code = 'UND_ERR_REQ_RETRY';
	    this.statusCode = code;
	    this.data = data;
	    this.headers = headers;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kRequestRetryError] === true
	  }

	  get [kRequestRetryError] () {
	    return true
	  }
	}

	const kResponseError = Symbol.for('undici.error.UND_ERR_RESPONSE');
	class ResponseError extends UndiciError {
	  constructor (message, code, { headers, body }) {
	    super(message);
	    this.name = 'ResponseError';
	    this.message = message || 'Response error';
	    this.code = 'UND_ERR_RESPONSE';
	    this.statusCode = code;
	    this.body = body;
	    this.headers = headers;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kResponseError] === true
	  }

	  get [kResponseError] () {
	    return true
	  }
	}

	const kSecureProxyConnectionError = Symbol.for('undici.error.UND_ERR_PRX_TLS');
	class SecureProxyConnectionError extends UndiciError {
	  constructor (cause, message, options = {}) {
	    super(message, { cause, ...options });
	    this.name = 'SecureProxyConnectionError';
	    this.message = message || 'Secure Proxy Connection failed';
	    this.code = 'UND_ERR_PRX_TLS';
	    this.cause = cause;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kSecureProxyConnectionError] === true
	  }

	  get [kSecureProxyConnectionError] () {
	    return true
	  }
	}

	const kMaxOriginsReachedError = Symbol.for('undici.error.UND_ERR_MAX_ORIGINS_REACHED');
	class MaxOriginsReachedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MaxOriginsReachedError';
	    this.message = message || 'Maximum allowed origins reached';
	    this.code = 'UND_ERR_MAX_ORIGINS_REACHED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kMaxOriginsReachedError] === true
	  }

	  get [kMaxOriginsReachedError] () {
	    return true
	  }
	}

	class Socks5ProxyError extends UndiciError {
	  constructor (message, code) {
	    super(message);
	    this.name = 'Socks5ProxyError';
	    this.message = message || 'SOCKS5 proxy error';
	    this.code = code || 'UND_ERR_SOCKS5';
	  }
	}

	const kMessageSizeExceededError = Symbol.for('undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED');
	class MessageSizeExceededError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MessageSizeExceededError';
	    this.message = message || 'Max decompressed message size exceeded';
	    this.code = 'UND_ERR_WS_MESSAGE_SIZE_EXCEEDED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kMessageSizeExceededError] === true
	  }

	  get [kMessageSizeExceededError] () {
	    return true
	  }
	}

	errors = {
	  AbortError,
	  HTTPParserError,
	  UndiciError,
	  HeadersTimeoutError,
	  HeadersOverflowError,
	  BodyTimeoutError,
	  RequestContentLengthMismatchError,
	  ConnectTimeoutError,
	  InvalidArgumentError,
	  InvalidReturnValueError,
	  RequestAbortedError,
	  ClientDestroyedError,
	  ClientClosedError,
	  InformationalError,
	  SocketError,
	  NotSupportedError,
	  ResponseContentLengthMismatchError,
	  BalancedPoolMissingUpstreamError,
	  ResponseExceededMaxSizeError,
	  RequestRetryError,
	  ResponseError,
	  SecureProxyConnectionError,
	  MaxOriginsReachedError,
	  Socks5ProxyError,
	  MessageSizeExceededError
	};
	return errors;
}

var symbols;
var hasRequiredSymbols;

function requireSymbols () {
	if (hasRequiredSymbols) return symbols;
	hasRequiredSymbols = 1;

	symbols = {
	  kClose: Symbol('close'),
	  kDestroy: Symbol('destroy'),
	  kDispatch: Symbol('dispatch'),
	  kUrl: Symbol('url'),
	  kRedirectCacheControl: Symbol('redirect cache control'),
	  kWriting: Symbol('writing'),
	  kResuming: Symbol('resuming'),
	  kQueue: Symbol('queue'),
	  kConnect: Symbol('connect'),
	  kConnecting: Symbol('connecting'),
	  kKeepAliveDefaultTimeout: Symbol('default keep alive timeout'),
	  kKeepAliveMaxTimeout: Symbol('max keep alive timeout'),
	  kKeepAliveTimeoutThreshold: Symbol('keep alive timeout threshold'),
	  kKeepAliveTimeoutValue: Symbol('keep alive timeout'),
	  kKeepAlive: Symbol('keep alive'),
	  kHeadersTimeout: Symbol('headers timeout'),
	  kBodyTimeout: Symbol('body timeout'),
	  kServerName: Symbol('server name'),
	  kLocalAddress: Symbol('local address'),
	  kHost: Symbol('host'),
	  kNoRef: Symbol('no ref'),
	  kBodyUsed: Symbol('used'),
	  kBody: Symbol('abstracted request body'),
	  kRunning: Symbol('running'),
	  kBlocking: Symbol('blocking'),
	  kPending: Symbol('pending'),
	  kSize: Symbol('size'),
	  kBusy: Symbol('busy'),
	  kQueued: Symbol('queued'),
	  kFree: Symbol('free'),
	  kConnected: Symbol('connected'),
	  kClosed: Symbol('closed'),
	  kNeedDrain: Symbol('need drain'),
	  kReset: Symbol('reset'),
	  kDestroyed: Symbol.for('nodejs.stream.destroyed'),
	  kResume: Symbol('resume'),
	  kOnError: Symbol('on error'),
	  kMaxHeadersSize: Symbol('max headers size'),
	  kRunningIdx: Symbol('running index'),
	  kPendingIdx: Symbol('pending index'),
	  kError: Symbol('error'),
	  kClients: Symbol('clients'),
	  kClient: Symbol('client'),
	  kParser: Symbol('parser'),
	  kOnDestroyed: Symbol('destroy callbacks'),
	  kPipelining: Symbol('pipelining'),
	  kSocket: Symbol('socket'),
	  kHostHeader: Symbol('host header'),
	  kConnector: Symbol('connector'),
	  kStrictContentLength: Symbol('strict content length'),
	  kMaxRedirections: Symbol('maxRedirections'),
	  kMaxRequests: Symbol('maxRequestsPerClient'),
	  kProxy: Symbol('proxy agent options'),
	  kCounter: Symbol('socket request counter'),
	  kMaxResponseSize: Symbol('max response size'),
	  kHTTP2Session: Symbol('http2Session'),
	  kHTTP2SessionState: Symbol('http2Session state'),
	  kRetryHandlerDefaultRetry: Symbol('retry agent default retry'),
	  kConstruct: Symbol('constructable'),
	  kListeners: Symbol('listeners'),
	  kHTTPContext: Symbol('http context'),
	  kMaxConcurrentStreams: Symbol('max concurrent streams'),
	  kHTTP2InitialWindowSize: Symbol('http2 initial window size'),
	  kHTTP2ConnectionWindowSize: Symbol('http2 connection window size'),
	  kEnableConnectProtocol: Symbol('http2session connect protocol'),
	  kRemoteSettings: Symbol('http2session remote settings'),
	  kHTTP2Stream: Symbol('http2session client stream'),
	  kPingInterval: Symbol('ping interval'),
	  kNoProxyAgent: Symbol('no proxy agent'),
	  kHttpProxyAgent: Symbol('http proxy agent'),
	  kHttpsProxyAgent: Symbol('https proxy agent'),
	  kSocks5ProxyAgent: Symbol('socks5 proxy agent')
	};
	return symbols;
}

var wrapHandler;
var hasRequiredWrapHandler;

function requireWrapHandler () {
	if (hasRequiredWrapHandler) return wrapHandler;
	hasRequiredWrapHandler = 1;

	const { InvalidArgumentError } = requireErrors();

	wrapHandler = class WrapHandler {
	  #handler

	  constructor (handler) {
	    this.#handler = handler;
	  }

	  static wrap (handler) {
	    // TODO (fix): More checks...
	    return handler.onRequestStart ? handler : new WrapHandler(handler)
	  }

	  // Unwrap Interface

	  onConnect (abort, context) {
	    return this.#handler.onConnect?.(abort, context)
	  }

	  onResponseStarted () {
	    return this.#handler.onResponseStarted?.()
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    return this.#handler.onHeaders?.(statusCode, rawHeaders, resume, statusMessage)
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    return this.#handler.onUpgrade?.(statusCode, rawHeaders, socket)
	  }

	  onData (data) {
	    return this.#handler.onData?.(data)
	  }

	  onComplete (trailers) {
	    return this.#handler.onComplete?.(trailers)
	  }

	  onError (err) {
	    if (!this.#handler.onError) {
	      throw err
	    }

	    return this.#handler.onError?.(err)
	  }

	  // Wrap Interface

	  onRequestStart (controller, context) {
	    this.#handler.onConnect?.((reason) => controller.abort(reason), context);
	  }

	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    const rawHeaders = [];
	    for (const [key, val] of Object.entries(headers)) {
	      rawHeaders.push(Buffer.from(key, 'latin1'), toRawHeaderValue(val));
	    }

	    this.#handler.onUpgrade?.(statusCode, rawHeaders, socket);
	  }

	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    const rawHeaders = [];
	    for (const [key, val] of Object.entries(headers)) {
	      rawHeaders.push(Buffer.from(key, 'latin1'), toRawHeaderValue(val));
	    }

	    if (this.#handler.onHeaders?.(statusCode, rawHeaders, () => controller.resume(), statusMessage) === false) {
	      controller.pause();
	    }
	  }

	  onResponseData (controller, data) {
	    if (this.#handler.onData?.(data) === false) {
	      controller.pause();
	    }
	  }

	  onResponseEnd (controller, trailers) {
	    const rawTrailers = [];
	    for (const [key, val] of Object.entries(trailers)) {
	      rawTrailers.push(Buffer.from(key, 'latin1'), toRawHeaderValue(val));
	    }

	    this.#handler.onComplete?.(rawTrailers);
	  }

	  onResponseError (controller, err) {
	    if (!this.#handler.onError) {
	      throw new InvalidArgumentError('invalid onError method')
	    }

	    this.#handler.onError?.(err);
	  }
	};

	function toRawHeaderValue (value) {
	  return Array.isArray(value)
	    ? value.map((item) => Buffer.from(item, 'latin1'))
	    : Buffer.from(value, 'latin1')
	}
	return wrapHandler;
}

var dispatcher;
var hasRequiredDispatcher;

function requireDispatcher () {
	if (hasRequiredDispatcher) return dispatcher;
	hasRequiredDispatcher = 1;
	const EventEmitter = require('node:events');
	const WrapHandler = requireWrapHandler();

	const wrapInterceptor = (dispatch) => (opts, handler) => dispatch(opts, WrapHandler.wrap(handler));

	class Dispatcher extends EventEmitter {
	  dispatch () {
	    throw new Error('not implemented')
	  }

	  close () {
	    throw new Error('not implemented')
	  }

	  destroy () {
	    throw new Error('not implemented')
	  }

	  compose (...args) {
	    // So we handle [interceptor1, interceptor2] or interceptor1, interceptor2, ...
	    const interceptors = Array.isArray(args[0]) ? args[0] : args;
	    let dispatch = this.dispatch.bind(this);

	    for (const interceptor of interceptors) {
	      if (interceptor == null) {
	        continue
	      }

	      if (typeof interceptor !== 'function') {
	        throw new TypeError(`invalid interceptor, expected function received ${typeof interceptor}`)
	      }

	      dispatch = interceptor(dispatch);
	      dispatch = wrapInterceptor(dispatch);

	      if (dispatch == null || typeof dispatch !== 'function' || dispatch.length !== 2) {
	        throw new TypeError('invalid interceptor')
	      }
	    }

	    return new Proxy(this, {
	      get: (target, key) => key === 'dispatch' ? dispatch : target[key]
	    })
	  }
	}

	dispatcher = Dispatcher;
	return dispatcher;
}

var timers;
var hasRequiredTimers;

function requireTimers () {
	if (hasRequiredTimers) return timers;
	hasRequiredTimers = 1;

	/**
	 * This module offers an optimized timer implementation designed for scenarios
	 * where high precision is not critical.
	 *
	 * The timer achieves faster performance by using a low-resolution approach,
	 * with an accuracy target of within 500ms. This makes it particularly useful
	 * for timers with delays of 1 second or more, where exact timing is less
	 * crucial.
	 *
	 * It's important to note that Node.js timers are inherently imprecise, as
	 * delays can occur due to the event loop being blocked by other operations.
	 * Consequently, timers may trigger later than their scheduled time.
	 */

	/**
	 * The fastNow variable contains the internal fast timer clock value.
	 *
	 * @type {number}
	 */
	let fastNow = 0;

	/**
	 * RESOLUTION_MS represents the target resolution time in milliseconds.
	 *
	 * @type {number}
	 * @default 1000
	 */
	const RESOLUTION_MS = 1e3;

	/**
	 * TICK_MS defines the desired interval in milliseconds between each tick.
	 * The target value is set to half the resolution time, minus 1 ms, to account
	 * for potential event loop overhead.
	 *
	 * @type {number}
	 * @default 499
	 */
	const TICK_MS = (RESOLUTION_MS >> 1) - 1;

	/**
	 * fastNowTimeout is a Node.js timer used to manage and process
	 * the FastTimers stored in the `fastTimers` array.
	 *
	 * @type {NodeJS.Timeout}
	 */
	let fastNowTimeout;

	/**
	 * The kFastTimer symbol is used to identify FastTimer instances.
	 *
	 * @type {Symbol}
	 */
	const kFastTimer = Symbol('kFastTimer');

	/**
	 * The fastTimers array contains all active FastTimers.
	 *
	 * @type {FastTimer[]}
	 */
	const fastTimers = [];

	/**
	 * These constants represent the various states of a FastTimer.
	 */

	/**
	 * The `NOT_IN_LIST` constant indicates that the FastTimer is not included
	 * in the `fastTimers` array. Timers with this status will not be processed
	 * during the next tick by the `onTick` function.
	 *
	 * A FastTimer can be re-added to the `fastTimers` array by invoking the
	 * `refresh` method on the FastTimer instance.
	 *
	 * @type {-2}
	 */
	const NOT_IN_LIST = -2;

	/**
	 * The `TO_BE_CLEARED` constant indicates that the FastTimer is scheduled
	 * for removal from the `fastTimers` array. A FastTimer in this state will
	 * be removed in the next tick by the `onTick` function and will no longer
	 * be processed.
	 *
	 * This status is also set when the `clear` method is called on the FastTimer instance.
	 *
	 * @type {-1}
	 */
	const TO_BE_CLEARED = -1;

	/**
	 * The `PENDING` constant signifies that the FastTimer is awaiting processing
	 * in the next tick by the `onTick` function. Timers with this status will have
	 * their `_idleStart` value set and their status updated to `ACTIVE` in the next tick.
	 *
	 * @type {0}
	 */
	const PENDING = 0;

	/**
	 * The `ACTIVE` constant indicates that the FastTimer is active and waiting
	 * for its timer to expire. During the next tick, the `onTick` function will
	 * check if the timer has expired, and if so, it will execute the associated callback.
	 *
	 * @type {1}
	 */
	const ACTIVE = 1;

	/**
	 * The onTick function processes the fastTimers array.
	 *
	 * @returns {void}
	 */
	function onTick () {
	  /**
	   * Increment the fastNow value by the TICK_MS value, despite the actual time
	   * that has passed since the last tick. This approach ensures independence
	   * from the system clock and delays caused by a blocked event loop.
	   *
	   * @type {number}
	   */
	  fastNow += TICK_MS;

	  /**
	   * The `idx` variable is used to iterate over the `fastTimers` array.
	   * Expired timers are removed by replacing them with the last element in the array.
	   * Consequently, `idx` is only incremented when the current element is not removed.
	   *
	   * @type {number}
	   */
	  let idx = 0;

	  /**
	   * The len variable will contain the length of the fastTimers array
	   * and will be decremented when a FastTimer should be removed from the
	   * fastTimers array.
	   *
	   * @type {number}
	   */
	  let len = fastTimers.length;

	  while (idx < len) {
	    /**
	     * @type {FastTimer}
	     */
	    const timer = fastTimers[idx];

	    // If the timer is in the ACTIVE state and the timer has expired, it will
	    // be processed in the next tick.
	    if (timer._state === PENDING) {
	      // Set the _idleStart value to the fastNow value minus the TICK_MS value
	      // to account for the time the timer was in the PENDING state.
	      timer._idleStart = fastNow - TICK_MS;
	      timer._state = ACTIVE;
	    } else if (
	      timer._state === ACTIVE &&
	      fastNow >= timer._idleStart + timer._idleTimeout
	    ) {
	      timer._state = TO_BE_CLEARED;
	      timer._idleStart = -1;
	      timer._onTimeout(timer._timerArg);
	    }

	    if (timer._state === TO_BE_CLEARED) {
	      timer._state = NOT_IN_LIST;

	      // Move the last element to the current index and decrement len if it is
	      // not the only element in the array.
	      if (--len !== 0) {
	        fastTimers[idx] = fastTimers[len];
	      }
	    } else {
	      ++idx;
	    }
	  }

	  // Set the length of the fastTimers array to the new length and thus
	  // removing the excess FastTimers elements from the array.
	  fastTimers.length = len;

	  // If there are still active FastTimers in the array, refresh the Timer.
	  // If there are no active FastTimers, the timer will be refreshed again
	  // when a new FastTimer is instantiated.
	  if (fastTimers.length !== 0) {
	    refreshTimeout();
	  }
	}

	function refreshTimeout () {
	  // If the fastNowTimeout is already set and the Timer has the refresh()-
	  // method available, call it to refresh the timer.
	  // Some timer objects returned by setTimeout may not have a .refresh()
	  // method (e.g. mocked timers in tests).
	  if (fastNowTimeout?.refresh) {
	    fastNowTimeout.refresh();
	    // fastNowTimeout is not instantiated yet or refresh is not availabe,
	    // create a new Timer.
	  } else {
	    clearTimeout(fastNowTimeout);
	    fastNowTimeout = setTimeout(onTick, TICK_MS);
	    // If the Timer has an unref method, call it to allow the process to exit,
	    // if there are no other active handles. When using fake timers or mocked
	    // environments (like Jest), .unref() may not be defined,
	    fastNowTimeout?.unref();
	  }
	}

	/**
	 * The `FastTimer` class is a data structure designed to store and manage
	 * timer information.
	 */
	class FastTimer {
	  [kFastTimer] = true

	  /**
	   * The state of the timer, which can be one of the following:
	   * - NOT_IN_LIST (-2)
	   * - TO_BE_CLEARED (-1)
	   * - PENDING (0)
	   * - ACTIVE (1)
	   *
	   * @type {-2|-1|0|1}
	   * @private
	   */
	  _state = NOT_IN_LIST

	  /**
	   * The number of milliseconds to wait before calling the callback.
	   *
	   * @type {number}
	   * @private
	   */
	  _idleTimeout = -1

	  /**
	   * The time in milliseconds when the timer was started. This value is used to
	   * calculate when the timer should expire.
	   *
	   * @type {number}
	   * @default -1
	   * @private
	   */
	  _idleStart = -1

	  /**
	   * The function to be executed when the timer expires.
	   * @type {Function}
	   * @private
	   */
	  _onTimeout

	  /**
	   * The argument to be passed to the callback when the timer expires.
	   *
	   * @type {*}
	   * @private
	   */
	  _timerArg

	  /**
	   * @constructor
	   * @param {Function} callback A function to be executed after the timer
	   * expires.
	   * @param {number} delay The time, in milliseconds that the timer should wait
	   * before the specified function or code is executed.
	   * @param {*} arg
	   */
	  constructor (callback, delay, arg) {
	    this._onTimeout = callback;
	    this._idleTimeout = delay;
	    this._timerArg = arg;

	    this.refresh();
	  }

	  /**
	   * Sets the timer's start time to the current time, and reschedules the timer
	   * to call its callback at the previously specified duration adjusted to the
	   * current time.
	   * Using this on a timer that has already called its callback will reactivate
	   * the timer.
	   *
	   * @returns {void}
	   */
	  refresh () {
	    // In the special case that the timer is not in the list of active timers,
	    // add it back to the array to be processed in the next tick by the onTick
	    // function.
	    if (this._state === NOT_IN_LIST) {
	      fastTimers.push(this);
	    }

	    // If the timer is the only active timer, refresh the fastNowTimeout for
	    // better resolution.
	    if (!fastNowTimeout || fastTimers.length === 1) {
	      refreshTimeout();
	    }

	    // Setting the state to PENDING will cause the timer to be reset in the
	    // next tick by the onTick function.
	    this._state = PENDING;
	  }

	  /**
	   * The `clear` method cancels the timer, preventing it from executing.
	   *
	   * @returns {void}
	   * @private
	   */
	  clear () {
	    // Set the state to TO_BE_CLEARED to mark the timer for removal in the next
	    // tick by the onTick function.
	    this._state = TO_BE_CLEARED;

	    // Reset the _idleStart value to -1 to indicate that the timer is no longer
	    // active.
	    this._idleStart = -1;
	  }
	}

	/**
	 * This module exports a setTimeout and clearTimeout function that can be
	 * used as a drop-in replacement for the native functions.
	 */
	timers = {
	  /**
	   * The setTimeout() method sets a timer which executes a function once the
	   * timer expires.
	   * @param {Function} callback A function to be executed after the timer
	   * expires.
	   * @param {number} delay The time, in milliseconds that the timer should
	   * wait before the specified function or code is executed.
	   * @param {*} [arg] An optional argument to be passed to the callback function
	   * when the timer expires.
	   * @returns {NodeJS.Timeout|FastTimer}
	   */
	  setTimeout (callback, delay, arg) {
	    // If the delay is less than or equal to the RESOLUTION_MS value return a
	    // native Node.js Timer instance.
	    return delay <= RESOLUTION_MS
	      ? setTimeout(callback, delay, arg)
	      : new FastTimer(callback, delay, arg)
	  },
	  /**
	   * The clearTimeout method cancels an instantiated Timer previously created
	   * by calling setTimeout.
	   *
	   * @param {NodeJS.Timeout|FastTimer} timeout
	   */
	  clearTimeout (timeout) {
	    // If the timeout is a FastTimer, call its own clear method.
	    if (timeout[kFastTimer]) {
	      /**
	       * @type {FastTimer}
	       */
	      timeout.clear();
	      // Otherwise it is an instance of a native NodeJS.Timeout, so call the
	      // Node.js native clearTimeout function.
	    } else {
	      clearTimeout(timeout);
	    }
	  },
	  /**
	   * The setFastTimeout() method sets a fastTimer which executes a function once
	   * the timer expires.
	   * @param {Function} callback A function to be executed after the timer
	   * expires.
	   * @param {number} delay The time, in milliseconds that the timer should
	   * wait before the specified function or code is executed.
	   * @param {*} [arg] An optional argument to be passed to the callback function
	   * when the timer expires.
	   * @returns {FastTimer}
	   */
	  setFastTimeout (callback, delay, arg) {
	    return new FastTimer(callback, delay, arg)
	  },
	  /**
	   * The clearTimeout method cancels an instantiated FastTimer previously
	   * created by calling setFastTimeout.
	   *
	   * @param {FastTimer} timeout
	   */
	  clearFastTimeout (timeout) {
	    timeout.clear();
	  },
	  /**
	   * The now method returns the value of the internal fast timer clock.
	   *
	   * @returns {number}
	   */
	  now () {
	    return fastNow
	  },
	  /**
	   * Trigger the onTick function to process the fastTimers array.
	   * Exported for testing purposes only.
	   * Marking as deprecated to discourage any use outside of testing.
	   * @deprecated
	   * @param {number} [delay=0] The delay in milliseconds to add to the now value.
	   */
	  tick (delay = 0) {
	    fastNow += delay - RESOLUTION_MS + 1;
	    onTick();
	    onTick();
	  },
	  /**
	   * Reset FastTimers.
	   * Exported for testing purposes only.
	   * Marking as deprecated to discourage any use outside of testing.
	   * @deprecated
	   */
	  reset () {
	    fastNow = 0;
	    fastTimers.length = 0;
	    clearTimeout(fastNowTimeout);
	    fastNowTimeout = null;
	  },
	  /**
	   * Exporting for testing purposes only.
	   * Marking as deprecated to discourage any use outside of testing.
	   * @deprecated
	   */
	  kFastTimer
	};
	return timers;
}

var constants$3;
var hasRequiredConstants$2;

function requireConstants$2 () {
	if (hasRequiredConstants$2) return constants$3;
	hasRequiredConstants$2 = 1;

	/**
	 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers
	 */
	const wellknownHeaderNames = /** @type {const} */ ([
	  'Accept',
	  'Accept-Encoding',
	  'Accept-Language',
	  'Accept-Ranges',
	  'Access-Control-Allow-Credentials',
	  'Access-Control-Allow-Headers',
	  'Access-Control-Allow-Methods',
	  'Access-Control-Allow-Origin',
	  'Access-Control-Expose-Headers',
	  'Access-Control-Max-Age',
	  'Access-Control-Request-Headers',
	  'Access-Control-Request-Method',
	  'Age',
	  'Allow',
	  'Alt-Svc',
	  'Alt-Used',
	  'Authorization',
	  'Cache-Control',
	  'Clear-Site-Data',
	  'Connection',
	  'Content-Disposition',
	  'Content-Encoding',
	  'Content-Language',
	  'Content-Length',
	  'Content-Location',
	  'Content-Range',
	  'Content-Security-Policy',
	  'Content-Security-Policy-Report-Only',
	  'Content-Type',
	  'Cookie',
	  'Cross-Origin-Embedder-Policy',
	  'Cross-Origin-Opener-Policy',
	  'Cross-Origin-Resource-Policy',
	  'Date',
	  'Device-Memory',
	  'Downlink',
	  'ECT',
	  'ETag',
	  'Expect',
	  'Expect-CT',
	  'Expires',
	  'Forwarded',
	  'From',
	  'Host',
	  'If-Match',
	  'If-Modified-Since',
	  'If-None-Match',
	  'If-Range',
	  'If-Unmodified-Since',
	  'Keep-Alive',
	  'Last-Modified',
	  'Link',
	  'Location',
	  'Max-Forwards',
	  'Origin',
	  'Permissions-Policy',
	  'Pragma',
	  'Proxy-Authenticate',
	  'Proxy-Authorization',
	  'RTT',
	  'Range',
	  'Referer',
	  'Referrer-Policy',
	  'Refresh',
	  'Retry-After',
	  'Sec-WebSocket-Accept',
	  'Sec-WebSocket-Extensions',
	  'Sec-WebSocket-Key',
	  'Sec-WebSocket-Protocol',
	  'Sec-WebSocket-Version',
	  'Server',
	  'Server-Timing',
	  'Service-Worker-Allowed',
	  'Service-Worker-Navigation-Preload',
	  'Set-Cookie',
	  'SourceMap',
	  'Strict-Transport-Security',
	  'Supports-Loading-Mode',
	  'TE',
	  'Timing-Allow-Origin',
	  'Trailer',
	  'Transfer-Encoding',
	  'Upgrade',
	  'Upgrade-Insecure-Requests',
	  'User-Agent',
	  'Vary',
	  'Via',
	  'WWW-Authenticate',
	  'X-Content-Type-Options',
	  'X-DNS-Prefetch-Control',
	  'X-Frame-Options',
	  'X-Permitted-Cross-Domain-Policies',
	  'X-Powered-By',
	  'X-Requested-With',
	  'X-XSS-Protection'
	]);

	/** @type {Record<typeof wellknownHeaderNames[number]|Lowercase<typeof wellknownHeaderNames[number]>, string>} */
	const headerNameLowerCasedRecord = {};

	// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
	Object.setPrototypeOf(headerNameLowerCasedRecord, null);

	/**
	 * @type {Record<Lowercase<typeof wellknownHeaderNames[number]>, Buffer>}
	 */
	const wellknownHeaderNameBuffers = {};

	// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
	Object.setPrototypeOf(wellknownHeaderNameBuffers, null);

	/**
	 * @param {string} header Lowercased header
	 * @returns {Buffer}
	 */
	function getHeaderNameAsBuffer (header) {
	  let buffer = wellknownHeaderNameBuffers[header];

	  if (buffer === undefined) {
	    buffer = Buffer.from(header);
	  }

	  return buffer
	}

	for (let i = 0; i < wellknownHeaderNames.length; ++i) {
	  const key = wellknownHeaderNames[i];
	  const lowerCasedKey = key.toLowerCase();
	  headerNameLowerCasedRecord[key] = headerNameLowerCasedRecord[lowerCasedKey] =
	    lowerCasedKey;
	}

	constants$3 = {
	  wellknownHeaderNames,
	  headerNameLowerCasedRecord,
	  getHeaderNameAsBuffer
	};
	return constants$3;
}

var tree_1;
var hasRequiredTree;

function requireTree () {
	if (hasRequiredTree) return tree_1;
	hasRequiredTree = 1;

	const {
	  wellknownHeaderNames,
	  headerNameLowerCasedRecord
	} = requireConstants$2();

	class TstNode {
	  /** @type {any} */
	  value = null
	  /** @type {null | TstNode} */
	  left = null
	  /** @type {null | TstNode} */
	  middle = null
	  /** @type {null | TstNode} */
	  right = null
	  /** @type {number} */
	  code
	  /**
	   * @param {string} key
	   * @param {any} value
	   * @param {number} index
	   */
	  constructor (key, value, index) {
	    if (index === undefined || index >= key.length) {
	      throw new TypeError('Unreachable')
	    }
	    const code = this.code = key.charCodeAt(index);
	    // check code is ascii string
	    if (code > 0x7F) {
	      throw new TypeError('key must be ascii string')
	    }
	    if (key.length !== ++index) {
	      this.middle = new TstNode(key, value, index);
	    } else {
	      this.value = value;
	    }
	  }

	  /**
	   * @param {string} key
	   * @param {any} value
	   * @returns {void}
	   */
	  add (key, value) {
	    const length = key.length;
	    if (length === 0) {
	      throw new TypeError('Unreachable')
	    }
	    let index = 0;
	    /**
	     * @type {TstNode}
	     */
	    let node = this;
	    while (true) {
	      const code = key.charCodeAt(index);
	      // check code is ascii string
	      if (code > 0x7F) {
	        throw new TypeError('key must be ascii string')
	      }
	      if (node.code === code) {
	        if (length === ++index) {
	          node.value = value;
	          break
	        } else if (node.middle !== null) {
	          node = node.middle;
	        } else {
	          node.middle = new TstNode(key, value, index);
	          break
	        }
	      } else if (node.code < code) {
	        if (node.left !== null) {
	          node = node.left;
	        } else {
	          node.left = new TstNode(key, value, index);
	          break
	        }
	      } else if (node.right !== null) {
	        node = node.right;
	      } else {
	        node.right = new TstNode(key, value, index);
	        break
	      }
	    }
	  }

	  /**
	   * @param {Uint8Array} key
	   * @returns {TstNode | null}
	   */
	  search (key) {
	    const keylength = key.length;
	    let index = 0;
	    /**
	     * @type {TstNode|null}
	     */
	    let node = this;
	    while (node !== null && index < keylength) {
	      let code = key[index];
	      // A-Z
	      // First check if it is bigger than 0x5a.
	      // Lowercase letters have higher char codes than uppercase ones.
	      // Also we assume that headers will mostly contain lowercase characters.
	      if (code <= 0x5a && code >= 0x41) {
	        // Lowercase for uppercase.
	        code |= 32;
	      }
	      while (node !== null) {
	        if (code === node.code) {
	          if (keylength === ++index) {
	            // Returns Node since it is the last key.
	            return node
	          }
	          node = node.middle;
	          break
	        }
	        node = node.code < code ? node.left : node.right;
	      }
	    }
	    return null
	  }
	}

	class TernarySearchTree {
	  /** @type {TstNode | null} */
	  node = null

	  /**
	   * @param {string} key
	   * @param {any} value
	   * @returns {void}
	   * */
	  insert (key, value) {
	    if (this.node === null) {
	      this.node = new TstNode(key, value, 0);
	    } else {
	      this.node.add(key, value);
	    }
	  }

	  /**
	   * @param {Uint8Array} key
	   * @returns {any}
	   */
	  lookup (key) {
	    return this.node?.search(key)?.value ?? null
	  }
	}

	const tree = new TernarySearchTree();

	for (let i = 0; i < wellknownHeaderNames.length; ++i) {
	  const key = headerNameLowerCasedRecord[wellknownHeaderNames[i]];
	  tree.insert(key, key);
	}

	tree_1 = {
	  TernarySearchTree,
	  tree
	};
	return tree_1;
}

var util$1;
var hasRequiredUtil$1;

function requireUtil$1 () {
	if (hasRequiredUtil$1) return util$1;
	hasRequiredUtil$1 = 1;

	const assert = require('node:assert');
	const { kDestroyed, kBodyUsed, kListeners, kBody } = requireSymbols();
	const { IncomingMessage } = require('node:http');
	const stream = require('node:stream');
	const net = require('node:net');
	const { stringify } = require('node:querystring');
	const { EventEmitter: EE } = require('node:events');
	const timers = requireTimers();
	const { InvalidArgumentError, ConnectTimeoutError } = requireErrors();
	const { headerNameLowerCasedRecord } = requireConstants$2();
	const { tree } = requireTree();

	const [nodeMajor, nodeMinor] = process.versions.node.split('.', 2).map(v => Number(v));

	class BodyAsyncIterable {
	  constructor (body) {
	    this[kBody] = body;
	    this[kBodyUsed] = false;
	  }

	  async * [Symbol.asyncIterator] () {
	    assert(!this[kBodyUsed], 'disturbed');
	    this[kBodyUsed] = true;
	    yield * this[kBody];
	  }
	}

	function noop () {}

	/**
	 * @param {*} body
	 * @returns {*}
	 */
	function wrapRequestBody (body) {
	  if (isStream(body)) {
	    // TODO (fix): Provide some way for the user to cache the file to e.g. /tmp
	    // so that it can be dispatched again?
	    // TODO (fix): Do we need 100-expect support to provide a way to do this properly?
	    if (bodyLength(body) === 0) {
	      body
	        .on('data', function () {
	          assert(false);
	        });
	    }

	    if (typeof body.readableDidRead !== 'boolean') {
	      body[kBodyUsed] = false;
	      EE.prototype.on.call(body, 'data', function () {
	        this[kBodyUsed] = true;
	      });
	    }

	    return body
	  } else if (body && typeof body.pipeTo === 'function') {
	    // TODO (fix): We can't access ReadableStream internal state
	    // to determine whether or not it has been disturbed. This is just
	    // a workaround.
	    return new BodyAsyncIterable(body)
	  } else if (body && isFormDataLike(body)) {
	    return body
	  } else if (
	    body &&
	    typeof body !== 'string' &&
	    !ArrayBuffer.isView(body) &&
	    isIterable(body)
	  ) {
	    // TODO: Should we allow re-using iterable if !this.opts.idempotent
	    // or through some other flag?
	    return new BodyAsyncIterable(body)
	  } else {
	    return body
	  }
	}

	/**
	 * @param {*} obj
	 * @returns {obj is import('node:stream').Stream}
	 */
	function isStream (obj) {
	  return obj && typeof obj === 'object' && typeof obj.pipe === 'function' && typeof obj.on === 'function'
	}

	/**
	 * @param {*} object
	 * @returns {object is Blob}
	 * based on https://github.com/node-fetch/fetch-blob/blob/8ab587d34080de94140b54f07168451e7d0b655e/index.js#L229-L241 (MIT License)
	 */
	function isBlobLike (object) {
	  if (object === null) {
	    return false
	  } else if (object instanceof Blob) {
	    return true
	  } else if (typeof object !== 'object') {
	    return false
	  } else {
	    const sTag = object[Symbol.toStringTag];

	    return (sTag === 'Blob' || sTag === 'File') && (
	      ('stream' in object && typeof object.stream === 'function') ||
	      ('arrayBuffer' in object && typeof object.arrayBuffer === 'function')
	    )
	  }
	}

	/**
	 * @param {string} url The path to check for query strings or fragments.
	 * @returns {boolean} Returns true if the path contains a query string or fragment.
	 */
	function pathHasQueryOrFragment (url) {
	  return (
	    url.includes('?') ||
	    url.includes('#')
	  )
	}

	/**
	 * @param {string} url The URL to add the query params to
	 * @param {import('node:querystring').ParsedUrlQueryInput} queryParams The object to serialize into a URL query string
	 * @returns {string} The URL with the query params added
	 */
	function serializePathWithQuery (url, queryParams) {
	  if (pathHasQueryOrFragment(url)) {
	    throw new Error('Query params cannot be passed when url already contains "?" or "#".')
	  }

	  const stringified = stringify(queryParams);

	  if (stringified) {
	    url += '?' + stringified;
	  }

	  return url
	}

	/**
	 * @param {number|string|undefined} port
	 * @returns {boolean}
	 */
	function isValidPort (port) {
	  const value = parseInt(port, 10);
	  return (
	    value === Number(port) &&
	    value >= 0 &&
	    value <= 65535
	  )
	}

	/**
	 * Check if the value is a valid http or https prefixed string.
	 *
	 * @param {string} value
	 * @returns {boolean}
	 */
	function isHttpOrHttpsPrefixed (value) {
	  return (
	    value != null &&
	    value[0] === 'h' &&
	    value[1] === 't' &&
	    value[2] === 't' &&
	    value[3] === 'p' &&
	    (
	      value[4] === ':' ||
	      (
	        value[4] === 's' &&
	        value[5] === ':'
	      )
	    )
	  )
	}

	/**
	 * @param {string|URL|Record<string,string>} url
	 * @returns {URL}
	 */
	function parseURL (url) {
	  if (typeof url === 'string') {
	    /**
	     * @type {URL}
	     */
	    url = new URL(url);

	    if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
	      throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
	    }

	    return url
	  }

	  if (!url || typeof url !== 'object') {
	    throw new InvalidArgumentError('Invalid URL: The URL argument must be a non-null object.')
	  }

	  if (!(url instanceof URL)) {
	    if (url.port != null && url.port !== '' && isValidPort(url.port) === false) {
	      throw new InvalidArgumentError('Invalid URL: port must be a valid integer or a string representation of an integer.')
	    }

	    if (url.path != null && typeof url.path !== 'string') {
	      throw new InvalidArgumentError('Invalid URL path: the path must be a string or null/undefined.')
	    }

	    if (url.pathname != null && typeof url.pathname !== 'string') {
	      throw new InvalidArgumentError('Invalid URL pathname: the pathname must be a string or null/undefined.')
	    }

	    if (url.hostname != null && typeof url.hostname !== 'string') {
	      throw new InvalidArgumentError('Invalid URL hostname: the hostname must be a string or null/undefined.')
	    }

	    if (url.origin != null && typeof url.origin !== 'string') {
	      throw new InvalidArgumentError('Invalid URL origin: the origin must be a string or null/undefined.')
	    }

	    if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
	      throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
	    }

	    const port = url.port != null
	      ? url.port
	      : (url.protocol === 'https:' ? 443 : 80);
	    let origin = url.origin != null
	      ? url.origin
	      : `${url.protocol || ''}//${url.hostname || ''}:${port}`;
	    let path = url.path != null
	      ? url.path
	      : `${url.pathname || ''}${url.search || ''}`;

	    if (origin[origin.length - 1] === '/') {
	      origin = origin.slice(0, origin.length - 1);
	    }

	    if (path && path[0] !== '/') {
	      path = `/${path}`;
	    }
	    // new URL(path, origin) is unsafe when `path` contains an absolute URL
	    // From https://developer.mozilla.org/en-US/docs/Web/API/URL/URL:
	    // If first parameter is a relative URL, second param is required, and will be used as the base URL.
	    // If first parameter is an absolute URL, a given second param will be ignored.
	    return new URL(`${origin}${path}`)
	  }

	  if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
	    throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
	  }

	  return url
	}

	/**
	 * @param {string|URL|Record<string, string>} url
	 * @returns {URL}
	 */
	function parseOrigin (url) {
	  url = parseURL(url);

	  if (url.pathname !== '/' || url.search || url.hash) {
	    throw new InvalidArgumentError('invalid url')
	  }

	  return url
	}

	/**
	 * @param {string} host
	 * @returns {string}
	 */
	function getHostname (host) {
	  if (host[0] === '[') {
	    const idx = host.indexOf(']');

	    assert(idx !== -1);
	    return host.substring(1, idx)
	  }

	  const idx = host.indexOf(':');
	  if (idx === -1) return host

	  return host.substring(0, idx)
	}

	/**
	 * IP addresses are not valid server names per RFC6066
	 * Currently, the only server names supported are DNS hostnames
	 * @param {string|null} host
	 * @returns {string|null}
	 */
	function getServerName (host) {
	  if (!host) {
	    return null
	  }

	  assert(typeof host === 'string');

	  const servername = getHostname(host);
	  if (net.isIP(servername)) {
	    return ''
	  }

	  return servername
	}

	/**
	 * @function
	 * @template T
	 * @param {T} obj
	 * @returns {T}
	 */
	function deepClone (obj) {
	  return JSON.parse(JSON.stringify(obj))
	}

	/**
	 * @param {*} obj
	 * @returns {obj is AsyncIterable}
	 */
	function isAsyncIterable (obj) {
	  return !!(obj != null && typeof obj[Symbol.asyncIterator] === 'function')
	}

	/**
	 * @param {*} obj
	 * @returns {obj is Iterable}
	 */
	function isIterable (obj) {
	  return !!(obj != null && (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function'))
	}

	/**
	 * Checks whether an object has a safe Symbol.iterator — i.e. one that is
	 * either own or inherited from a non-Object.prototype chain.  This prevents
	 * prototype-pollution attacks from injecting a fake iterator on
	 * Object.prototype.
	 * @param {object} obj
	 * @returns {boolean}
	 */
	function hasSafeIterator (obj) {
	  const prototype = Object.getPrototypeOf(obj);
	  const ownIterator = Object.prototype.hasOwnProperty.call(obj, Symbol.iterator);
	  return ownIterator || (prototype != null && prototype !== Object.prototype && typeof obj[Symbol.iterator] === 'function')
	}

	/**
	 * @param {Blob|Buffer|import ('stream').Stream} body
	 * @returns {number|null}
	 */
	function bodyLength (body) {
	  if (body == null) {
	    return 0
	  } else if (isStream(body)) {
	    const state = body._readableState;
	    return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length)
	      ? state.length
	      : null
	  } else if (isBlobLike(body)) {
	    return body.size != null ? body.size : null
	  } else if (isBuffer(body)) {
	    return body.byteLength
	  }

	  return null
	}

	/**
	 * @param {import ('stream').Stream} body
	 * @returns {boolean}
	 */
	function isDestroyed (body) {
	  return body && !!(body.destroyed || body[kDestroyed] || (stream.isDestroyed?.(body)))
	}

	/**
	 * @param {import ('stream').Stream} stream
	 * @param {Error} [err]
	 * @returns {void}
	 */
	function destroy (stream, err) {
	  if (stream == null || !isStream(stream) || isDestroyed(stream)) {
	    return
	  }

	  if (typeof stream.destroy === 'function') {
	    if (Object.getPrototypeOf(stream).constructor === IncomingMessage) {
	      // See: https://github.com/nodejs/node/pull/38505/files
	      stream.socket = null;
	    }

	    stream.destroy(err);
	  } else if (err) {
	    queueMicrotask(() => {
	      stream.emit('error', err);
	    });
	  }

	  if (stream.destroyed !== true) {
	    stream[kDestroyed] = true;
	  }
	}

	const KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/;
	/**
	 * @param {string} val
	 * @returns {number | null}
	 */
	function parseKeepAliveTimeout (val) {
	  const m = val.match(KEEPALIVE_TIMEOUT_EXPR);
	  return m ? parseInt(m[1], 10) * 1000 : null
	}

	/**
	 * Retrieves a header name and returns its lowercase value.
	 * @param {string | Buffer} value Header name
	 * @returns {string}
	 */
	function headerNameToString (value) {
	  return typeof value === 'string'
	    ? headerNameLowerCasedRecord[value] ?? value.toLowerCase()
	    : tree.lookup(value) ?? value.toString('latin1').toLowerCase()
	}

	/**
	 * Receive the buffer as a string and return its lowercase value.
	 * @param {Buffer} value Header name
	 * @returns {string}
	 */
	function bufferToLowerCasedHeaderName (value) {
	  return tree.lookup(value) ?? value.toString('latin1').toLowerCase()
	}

	/**
	 * @param {(Buffer | string)[]} headers
	 * @param {Record<string, string | string[]>} [obj]
	 * @returns {Record<string, string | string[]>}
	 */
	function parseHeaders (headers, obj) {
	  if (obj === undefined) obj = {};

	  for (let i = 0; i < headers.length; i += 2) {
	    const key = headerNameToString(headers[i]);
	    let val = obj[key];

	    if (val !== undefined) {
	      if (!Object.hasOwn(obj, key)) {
	        const headersValue = typeof headers[i + 1] === 'string'
	          ? headers[i + 1]
	          : Array.isArray(headers[i + 1])
	            ? headers[i + 1].map(x => x.toString('latin1'))
	            : headers[i + 1].toString('latin1');

	        if (key === '__proto__') {
	          Object.defineProperty(obj, key, {
	            value: headersValue,
	            enumerable: true,
	            configurable: true,
	            writable: true
	          });
	        } else {
	          obj[key] = headersValue;
	        }
	      } else {
	        if (typeof val === 'string') {
	          val = [val];
	          obj[key] = val;
	        }
	        val.push(headers[i + 1].toString('latin1'));
	      }
	    } else {
	      const headersValue = typeof headers[i + 1] === 'string'
	        ? headers[i + 1]
	        : Array.isArray(headers[i + 1])
	          ? headers[i + 1].map(x => x.toString('latin1'))
	          : headers[i + 1].toString('latin1');

	      obj[key] = headersValue;
	    }
	  }

	  return obj
	}

	/**
	 * @param {Buffer[]} headers
	 * @returns {string[]}
	 */
	function parseRawHeaders (headers) {
	  const headersLength = headers.length;
	  /**
	   * @type {string[]}
	   */
	  const ret = new Array(headersLength);

	  let key;
	  let val;

	  for (let n = 0; n < headersLength; n += 2) {
	    key = headers[n];
	    val = headers[n + 1];

	    typeof key !== 'string' && (key = key.toString());
	    typeof val !== 'string' && (val = val.toString('latin1'));

	    ret[n] = key;
	    ret[n + 1] = val;
	  }

	  return ret
	}

	/**
	 * @param {Record<string, string | string[]>} headers
	 * @returns {Buffer[]}
	 */
	function toRawHeaders (headers) {
	  const rawHeaders = [];

	  for (const [name, value] of Object.entries(headers)) {
	    if (Array.isArray(value)) {
	      for (const entry of value) {
	        rawHeaders.push(Buffer.from(name, 'latin1'), Buffer.from(`${entry}`, 'latin1'));
	      }
	    } else {
	      rawHeaders.push(Buffer.from(name, 'latin1'), Buffer.from(`${value}`, 'latin1'));
	    }
	  }

	  return rawHeaders
	}

	/**
	 * @param {string[]} headers
	 * @param {Buffer[]} headers
	 */
	function encodeRawHeaders (headers) {
	  if (!Array.isArray(headers)) {
	    throw new TypeError('expected headers to be an array')
	  }
	  return headers.map(x => Buffer.from(x))
	}

	/**
	 * @param {*} buffer
	 * @returns {buffer is Buffer}
	 */
	function isBuffer (buffer) {
	  // See, https://github.com/mcollina/undici/pull/319
	  return buffer instanceof Uint8Array || Buffer.isBuffer(buffer)
	}

	/**
	 * Asserts that the handler object is a request handler.
	 *
	 * @param {object} handler
	 * @param {string} method
	 * @param {string} [upgrade]
	 * @returns {asserts handler is import('../api/api-request').RequestHandler}
	 */
	function assertRequestHandler (handler, method, upgrade) {
	  if (!handler || typeof handler !== 'object') {
	    throw new InvalidArgumentError('handler must be an object')
	  }

	  if (typeof handler.onRequestStart === 'function') {
	    // TODO (fix): More checks...
	    return
	  }

	  if (typeof handler.onConnect !== 'function') {
	    throw new InvalidArgumentError('invalid onConnect method')
	  }

	  if (typeof handler.onError !== 'function') {
	    throw new InvalidArgumentError('invalid onError method')
	  }

	  if (typeof handler.onBodySent !== 'function' && handler.onBodySent !== undefined) {
	    throw new InvalidArgumentError('invalid onBodySent method')
	  }

	  if (upgrade || method === 'CONNECT') {
	    if (typeof handler.onUpgrade !== 'function') {
	      throw new InvalidArgumentError('invalid onUpgrade method')
	    }
	  } else {
	    if (typeof handler.onHeaders !== 'function') {
	      throw new InvalidArgumentError('invalid onHeaders method')
	    }

	    if (typeof handler.onData !== 'function') {
	      throw new InvalidArgumentError('invalid onData method')
	    }

	    if (typeof handler.onComplete !== 'function') {
	      throw new InvalidArgumentError('invalid onComplete method')
	    }
	  }
	}

	/**
	 * A body is disturbed if it has been read from and it cannot be re-used without
	 * losing state or data.
	 * @param {import('node:stream').Readable} body
	 * @returns {boolean}
	 */
	function isDisturbed (body) {
	  // TODO (fix): Why is body[kBodyUsed] needed?
	  return !!(body && (stream.isDisturbed(body) || body[kBodyUsed]))
	}

	/**
	 * @typedef {object} SocketInfo
	 * @property {string} [localAddress]
	 * @property {number} [localPort]
	 * @property {string} [remoteAddress]
	 * @property {number} [remotePort]
	 * @property {string} [remoteFamily]
	 * @property {number} [timeout]
	 * @property {number} bytesWritten
	 * @property {number} bytesRead
	 */

	/**
	 * @param {import('net').Socket} socket
	 * @returns {SocketInfo}
	 */
	function getSocketInfo (socket) {
	  return {
	    localAddress: socket.localAddress,
	    localPort: socket.localPort,
	    remoteAddress: socket.remoteAddress,
	    remotePort: socket.remotePort,
	    remoteFamily: socket.remoteFamily,
	    timeout: socket.timeout,
	    bytesWritten: socket.bytesWritten,
	    bytesRead: socket.bytesRead
	  }
	}

	/**
	 * @param {Iterable} iterable
	 * @returns {ReadableStream}
	 */
	function ReadableStreamFrom (iterable) {
	  // We cannot use ReadableStream.from here because it does not return a byte stream.

	  let iterator;
	  return new ReadableStream(
	    {
	      start () {
	        iterator = iterable[Symbol.asyncIterator]();
	      },
	      pull (controller) {
	        return iterator.next().then(({ done, value }) => {
	          if (done) {
	            return queueMicrotask(() => {
	              controller.close();
	              controller.byobRequest?.respond(0);
	            })
	          } else {
	            const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
	            if (buf.byteLength) {
	              return controller.enqueue(new Uint8Array(buf))
	            } else {
	              return this.pull(controller)
	            }
	          }
	        })
	      },
	      cancel () {
	        return iterator.return()
	      },
	      type: 'bytes'
	    }
	  )
	}

	/**
	 * The object should be a FormData instance and contains all the required
	 * methods.
	 * @param {*} object
	 * @returns {object is FormData}
	 */
	function isFormDataLike (object) {
	  return (
	    object &&
	    typeof object === 'object' &&
	    typeof object.append === 'function' &&
	    typeof object.delete === 'function' &&
	    typeof object.get === 'function' &&
	    typeof object.getAll === 'function' &&
	    typeof object.has === 'function' &&
	    typeof object.set === 'function' &&
	    object[Symbol.toStringTag] === 'FormData'
	  )
	}

	function addAbortListener (signal, listener) {
	  if ('addEventListener' in signal) {
	    signal.addEventListener('abort', listener, { once: true });
	    return () => signal.removeEventListener('abort', listener)
	  }
	  signal.once('abort', listener);
	  return () => signal.removeListener('abort', listener)
	}

	const validTokenChars = new Uint8Array([
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0-15
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 16-31
	  0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, // 32-47 (!"#$%&'()*+,-./)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 48-63 (0-9:;<=>?)
	  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 64-79 (@A-O)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, // 80-95 (P-Z[\]^_)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 96-111 (`a-o)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, // 112-127 (p-z{|}~)
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 128-143
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 144-159
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 160-175
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 176-191
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 192-207
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 208-223
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 224-239
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0  // 240-255
	]);

	/**
	 * @see https://tools.ietf.org/html/rfc7230#section-3.2.6
	 * @param {number} c
	 * @returns {boolean}
	 */
	function isTokenCharCode (c) {
	  return (validTokenChars[c] === 1)
	}

	const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

	/**
	 * @param {string} characters
	 * @returns {boolean}
	 */
	function isValidHTTPToken (characters) {
	  if (characters.length >= 12) return tokenRegExp.test(characters)
	  if (characters.length === 0) return false

	  for (let i = 0; i < characters.length; i++) {
	    if (validTokenChars[characters.charCodeAt(i)] !== 1) {
	      return false
	    }
	  }
	  return true
	}

	// headerCharRegex have been lifted from
	// https://github.com/nodejs/node/blob/main/lib/_http_common.js

	/**
	 * Matches if val contains an invalid field-vchar
	 *  field-value    = *( field-content / obs-fold )
	 *  field-content  = field-vchar [ 1*( SP / HTAB ) field-vchar ]
	 *  field-vchar    = VCHAR / obs-text
	 */
	const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

	/**
	 * @param {string} characters
	 * @returns {boolean}
	 */
	function isValidHeaderValue (characters) {
	  return !headerCharRegex.test(characters)
	}

	const rangeHeaderRegex = /^bytes (\d+)-(\d+)\/(\d+)?$/;

	/**
	 * @typedef {object} RangeHeader
	 * @property {number} start
	 * @property {number | null} end
	 * @property {number | null} size
	 */

	/**
	 * Parse accordingly to RFC 9110
	 * @see https://www.rfc-editor.org/rfc/rfc9110#field.content-range
	 * @param {string} [range]
	 * @returns {RangeHeader|null}
	 */
	function parseRangeHeader (range) {
	  if (range == null || range === '') return { start: 0, end: null, size: null }

	  const m = range ? range.match(rangeHeaderRegex) : null;
	  return m
	    ? {
	        start: parseInt(m[1]),
	        end: m[2] ? parseInt(m[2]) : null,
	        size: m[3] ? parseInt(m[3]) : null
	      }
	    : null
	}

	/**
	 * @template {import("events").EventEmitter} T
	 * @param {T} obj
	 * @param {string} name
	 * @param {(...args: any[]) => void} listener
	 * @returns {T}
	 */
	function addListener (obj, name, listener) {
	  const listeners = (obj[kListeners] ??= []);
	  listeners.push([name, listener]);
	  obj.on(name, listener);
	  return obj
	}

	/**
	 * @template {import("events").EventEmitter} T
	 * @param {T} obj
	 * @returns {T}
	 */
	function removeAllListeners (obj) {
	  if (obj[kListeners] != null) {
	    for (const [name, listener] of obj[kListeners]) {
	      obj.removeListener(name, listener);
	    }
	    obj[kListeners] = null;
	  }
	  return obj
	}

	/**
	 * @param {import ('../dispatcher/client')} client
	 * @param {import ('../core/request')} request
	 * @param {Error} err
	 */
	function errorRequest (client, request, err) {
	  try {
	    request.onError(err);
	    assert(request.aborted);
	  } catch (err) {
	    client.emit('error', err);
	  }
	}

	/**
	 * @param {WeakRef<net.Socket>} socketWeakRef
	 * @param {object} opts
	 * @param {number} opts.timeout
	 * @param {string} opts.hostname
	 * @param {number} opts.port
	 * @returns {() => void}
	 */
	const setupConnectTimeout = process.platform === 'win32'
	  ? (socketWeakRef, opts) => {
	      if (!opts.timeout) {
	        return noop
	      }

	      let s1 = null;
	      let s2 = null;
	      const fastTimer = timers.setFastTimeout(() => {
	      // setImmediate is added to make sure that we prioritize socket error events over timeouts
	        s1 = setImmediate(() => {
	        // Windows needs an extra setImmediate probably due to implementation differences in the socket logic
	          s2 = setImmediate(() => onConnectTimeout(socketWeakRef.deref(), opts));
	        });
	      }, opts.timeout);
	      return () => {
	        timers.clearFastTimeout(fastTimer);
	        clearImmediate(s1);
	        clearImmediate(s2);
	      }
	    }
	  : (socketWeakRef, opts) => {
	      if (!opts.timeout) {
	        return noop
	      }

	      let s1 = null;
	      const fastTimer = timers.setFastTimeout(() => {
	      // setImmediate is added to make sure that we prioritize socket error events over timeouts
	        s1 = setImmediate(() => {
	          onConnectTimeout(socketWeakRef.deref(), opts);
	        });
	      }, opts.timeout);
	      return () => {
	        timers.clearFastTimeout(fastTimer);
	        clearImmediate(s1);
	      }
	    };

	/**
	 * @param {net.Socket} socket
	 * @param {object} opts
	 * @param {number} opts.timeout
	 * @param {string} opts.hostname
	 * @param {number} opts.port
	 */
	function onConnectTimeout (socket, opts) {
	  // The socket could be already garbage collected
	  if (socket == null) {
	    return
	  }

	  let message = 'Connect Timeout Error';
	  if (Array.isArray(socket.autoSelectFamilyAttemptedAddresses)) {
	    message += ` (attempted addresses: ${socket.autoSelectFamilyAttemptedAddresses.join(', ')},`;
	  } else {
	    message += ` (attempted address: ${opts.hostname}:${opts.port},`;
	  }

	  message += ` timeout: ${opts.timeout}ms)`;

	  destroy(socket, new ConnectTimeoutError(message));
	}

	/**
	 * @param {string} urlString
	 * @returns {string}
	 */
	function getProtocolFromUrlString (urlString) {
	  if (
	    urlString[0] === 'h' &&
	    urlString[1] === 't' &&
	    urlString[2] === 't' &&
	    urlString[3] === 'p'
	  ) {
	    switch (urlString[4]) {
	      case ':':
	        return 'http:'
	      case 's':
	        if (urlString[5] === ':') {
	          return 'https:'
	        }
	    }
	  }
	  // fallback if none of the usual suspects
	  return urlString.slice(0, urlString.indexOf(':') + 1)
	}

	const kEnumerableProperty = Object.create(null);
	kEnumerableProperty.enumerable = true;

	const normalizedMethodRecordsBase = {
	  delete: 'DELETE',
	  DELETE: 'DELETE',
	  get: 'GET',
	  GET: 'GET',
	  head: 'HEAD',
	  HEAD: 'HEAD',
	  options: 'OPTIONS',
	  OPTIONS: 'OPTIONS',
	  post: 'POST',
	  POST: 'POST',
	  put: 'PUT',
	  PUT: 'PUT'
	};

	const normalizedMethodRecords = {
	  ...normalizedMethodRecordsBase,
	  patch: 'patch',
	  PATCH: 'PATCH'
	};

	// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
	Object.setPrototypeOf(normalizedMethodRecordsBase, null);
	Object.setPrototypeOf(normalizedMethodRecords, null);

	util$1 = {
	  kEnumerableProperty,
	  isDisturbed,
	  isBlobLike,
	  parseOrigin,
	  parseURL,
	  getServerName,
	  isStream,
	  isIterable,
	  hasSafeIterator,
	  isAsyncIterable,
	  isDestroyed,
	  headerNameToString,
	  bufferToLowerCasedHeaderName,
	  addListener,
	  removeAllListeners,
	  errorRequest,
	  parseRawHeaders,
	  toRawHeaders,
	  encodeRawHeaders,
	  parseHeaders,
	  parseKeepAliveTimeout,
	  destroy,
	  bodyLength,
	  deepClone,
	  ReadableStreamFrom,
	  isBuffer,
	  assertRequestHandler,
	  getSocketInfo,
	  isFormDataLike,
	  pathHasQueryOrFragment,
	  serializePathWithQuery,
	  addAbortListener,
	  isValidHTTPToken,
	  isValidHeaderValue,
	  isTokenCharCode,
	  parseRangeHeader,
	  normalizedMethodRecordsBase,
	  normalizedMethodRecords,
	  isValidPort,
	  isHttpOrHttpsPrefixed,
	  nodeMajor,
	  nodeMinor,
	  safeHTTPMethods: Object.freeze(['GET', 'HEAD', 'OPTIONS', 'TRACE']),
	  wrapRequestBody,
	  setupConnectTimeout,
	  getProtocolFromUrlString
	};
	return util$1;
}

var unwrapHandler;
var hasRequiredUnwrapHandler;

function requireUnwrapHandler () {
	if (hasRequiredUnwrapHandler) return unwrapHandler;
	hasRequiredUnwrapHandler = 1;

	const { parseHeaders } = requireUtil$1();
	const { InvalidArgumentError } = requireErrors();

	const kResume = Symbol('resume');

	class UnwrapController {
	  #paused = false
	  #reason = null
	  #aborted = false
	  #abort

	  [kResume] = null

	  rawHeaders = null
	  rawTrailers = null

	  constructor (abort) {
	    this.#abort = abort;
	  }

	  pause () {
	    this.#paused = true;
	  }

	  resume () {
	    if (this.#paused) {
	      this.#paused = false;
	      this[kResume]?.();
	    }
	  }

	  abort (reason) {
	    if (!this.#aborted) {
	      this.#aborted = true;
	      this.#reason = reason;
	      this.#abort(reason);
	    }
	  }

	  get aborted () {
	    return this.#aborted
	  }

	  get reason () {
	    return this.#reason
	  }

	  get paused () {
	    return this.#paused
	  }
	}

	unwrapHandler = class UnwrapHandler {
	  #handler
	  #controller

	  constructor (handler) {
	    this.#handler = handler;
	  }

	  static unwrap (handler) {
	    // TODO (fix): More checks...
	    return !handler.onRequestStart ? handler : new UnwrapHandler(handler)
	  }

	  onConnect (abort, context) {
	    this.#controller = new UnwrapController(abort);
	    this.#handler.onRequestStart?.(this.#controller, context);
	  }

	  onResponseStarted () {
	    return this.#handler.onResponseStarted?.()
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    this.#controller.rawHeaders = rawHeaders;
	    this.#handler.onRequestUpgrade?.(this.#controller, statusCode, parseHeaders(rawHeaders), socket);
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    this.#controller[kResume] = resume;
	    this.#controller.rawHeaders = rawHeaders;
	    this.#handler.onResponseStart?.(this.#controller, statusCode, parseHeaders(rawHeaders), statusMessage);
	    return !this.#controller.paused
	  }

	  onData (data) {
	    this.#handler.onResponseData?.(this.#controller, data);
	    return !this.#controller.paused
	  }

	  onComplete (rawTrailers) {
	    this.#controller.rawTrailers = rawTrailers;
	    this.#handler.onResponseEnd?.(this.#controller, parseHeaders(rawTrailers));
	  }

	  onError (err) {
	    if (!this.#handler.onResponseError) {
	      throw new InvalidArgumentError('invalid onError method')
	    }

	    this.#handler.onResponseError?.(this.#controller, err);
	  }
	};
	return unwrapHandler;
}

var dispatcherBase;
var hasRequiredDispatcherBase;

function requireDispatcherBase () {
	if (hasRequiredDispatcherBase) return dispatcherBase;
	hasRequiredDispatcherBase = 1;

	const buffer = require('node:buffer');
	const Dispatcher = requireDispatcher();
	const UnwrapHandler = requireUnwrapHandler();
	const {
	  ClientDestroyedError,
	  ClientClosedError,
	  InvalidArgumentError
	} = requireErrors();
	const { kDestroy, kClose, kClosed, kDestroyed, kDispatch } = requireSymbols();

	const kOnDestroyed = Symbol('onDestroyed');
	const kOnClosed = Symbol('onClosed');
	const kWebSocketOptions = Symbol('webSocketOptions');
	const kEventSourceOptions = Symbol('eventSourceOptions');

	class DispatcherBase extends Dispatcher {
	  /** @type {boolean} */
	  [kDestroyed] = false;

	  /** @type {Array<Function|null} */
	  [kOnDestroyed] = null;

	  /** @type {boolean} */
	  [kClosed] = false;

	  /** @type {Array<Function>|null} */
	  [kOnClosed] = null

	  /**
	   * @param {import('../../types/dispatcher').DispatcherOptions} [opts]
	   */
	  constructor (opts) {
	    super();
	    this[kWebSocketOptions] = opts?.webSocket ?? {};
	    this[kEventSourceOptions] = opts?.eventSource ?? {};
	  }

	  /**
	   * @returns {import('../../types/dispatcher').WebSocketOptions}
	   */
	  get webSocketOptions () {
	    return {
	      maxFragments: this[kWebSocketOptions].maxFragments ?? 131072,
	      maxPayloadSize: this[kWebSocketOptions].maxPayloadSize ?? 128 * 1024 * 1024 // 128 MB default
	    }
	  }

	  /**
	   * @returns {import('../../types/client').Client.EventSourceOptions}
	   */
	  get eventSourceOptions () {
	    return {
	      maxEventSize: this[kEventSourceOptions].maxEventSize ?? buffer.kStringMaxLength
	    }
	  }

	  /** @returns {boolean} */
	  get destroyed () {
	    return this[kDestroyed]
	  }

	  /** @returns {boolean} */
	  get closed () {
	    return this[kClosed]
	  }

	  close (callback) {
	    if (callback === undefined) {
	      return new Promise((resolve, reject) => {
	        this.close((err, data) => {
	          return err ? reject(err) : resolve(data)
	        });
	      })
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    if (this[kDestroyed]) {
	      const err = new ClientDestroyedError();
	      queueMicrotask(() => callback(err, null));
	      return
	    }

	    if (this[kClosed]) {
	      if (this[kOnClosed]) {
	        this[kOnClosed].push(callback);
	      } else {
	        queueMicrotask(() => callback(null, null));
	      }
	      return
	    }

	    this[kClosed] = true;
	    this[kOnClosed] ??= [];
	    this[kOnClosed].push(callback);

	    const onClosed = () => {
	      const callbacks = this[kOnClosed];
	      this[kOnClosed] = null;
	      for (let i = 0; i < callbacks.length; i++) {
	        callbacks[i](null, null);
	      }
	    };

	    // Should not error.
	    this[kClose]()
	      .then(() => this.destroy())
	      .then(() => queueMicrotask(onClosed));
	  }

	  destroy (err, callback) {
	    if (typeof err === 'function') {
	      callback = err;
	      err = null;
	    }

	    if (callback === undefined) {
	      return new Promise((resolve, reject) => {
	        this.destroy(err, (err, data) => {
	          return err ? reject(err) : resolve(data)
	        });
	      })
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    if (this[kDestroyed]) {
	      if (this[kOnDestroyed]) {
	        this[kOnDestroyed].push(callback);
	      } else {
	        queueMicrotask(() => callback(null, null));
	      }
	      return
	    }

	    if (!err) {
	      err = new ClientDestroyedError();
	    }

	    this[kDestroyed] = true;
	    this[kOnDestroyed] ??= [];
	    this[kOnDestroyed].push(callback);

	    const onDestroyed = () => {
	      const callbacks = this[kOnDestroyed];
	      this[kOnDestroyed] = null;
	      for (let i = 0; i < callbacks.length; i++) {
	        callbacks[i](null, null);
	      }
	    };

	    // Should not error.
	    this[kDestroy](err)
	      .then(() => queueMicrotask(onDestroyed));
	  }

	  dispatch (opts, handler) {
	    if (!handler || typeof handler !== 'object') {
	      throw new InvalidArgumentError('handler must be an object')
	    }

	    handler = UnwrapHandler.unwrap(handler);

	    try {
	      if (!opts || typeof opts !== 'object') {
	        throw new InvalidArgumentError('opts must be an object.')
	      }

	      if (this[kDestroyed] || this[kOnDestroyed]) {
	        throw new ClientDestroyedError()
	      }

	      if (this[kClosed]) {
	        throw new ClientClosedError()
	      }

	      return this[kDispatch](opts, handler)
	    } catch (err) {
	      if (typeof handler.onError !== 'function') {
	        throw err
	      }

	      handler.onError(err);

	      return false
	    }
	  }
	}

	dispatcherBase = DispatcherBase;
	return dispatcherBase;
}

var stats;
var hasRequiredStats;

function requireStats () {
	if (hasRequiredStats) return stats;
	hasRequiredStats = 1;

	const {
	  kConnected,
	  kPending,
	  kRunning,
	  kSize,
	  kFree,
	  kQueued
	} = requireSymbols();

	class ClientStats {
	  constructor (client) {
	    this.connected = client[kConnected];
	    this.pending = client[kPending];
	    this.running = client[kRunning];
	    this.size = client[kSize];
	  }
	}

	class PoolStats {
	  constructor (pool) {
	    this.connected = pool[kConnected];
	    this.free = pool[kFree];
	    this.pending = pool[kPending];
	    this.queued = pool[kQueued];
	    this.running = pool[kRunning];
	    this.size = pool[kSize];
	  }
	}

	stats = { ClientStats, PoolStats };
	return stats;
}

var fixedQueue;
var hasRequiredFixedQueue;

function requireFixedQueue () {
	if (hasRequiredFixedQueue) return fixedQueue;
	hasRequiredFixedQueue = 1;

	// Extracted from node/lib/internal/fixed_queue.js

	// Currently optimal queue size, tested on V8 6.0 - 6.6. Must be power of two.
	const kSize = 2048;
	const kMask = kSize - 1;

	// The FixedQueue is implemented as a singly-linked list of fixed-size
	// circular buffers. It looks something like this:
	//
	//  head                                                       tail
	//    |                                                          |
	//    v                                                          v
	// +-----------+ <-----\       +-----------+ <------\         +-----------+
	// |  [null]   |        \----- |   next    |         \------- |   next    |
	// +-----------+               +-----------+                  +-----------+
	// |   item    | <-- bottom    |   item    | <-- bottom       | undefined |
	// |   item    |               |   item    |                  | undefined |
	// |   item    |               |   item    |                  | undefined |
	// |   item    |               |   item    |                  | undefined |
	// |   item    |               |   item    |       bottom --> |   item    |
	// |   item    |               |   item    |                  |   item    |
	// |    ...    |               |    ...    |                  |    ...    |
	// |   item    |               |   item    |                  |   item    |
	// |   item    |               |   item    |                  |   item    |
	// | undefined | <-- top       |   item    |                  |   item    |
	// | undefined |               |   item    |                  |   item    |
	// | undefined |               | undefined | <-- top  top --> | undefined |
	// +-----------+               +-----------+                  +-----------+
	//
	// Or, if there is only one circular buffer, it looks something
	// like either of these:
	//
	//  head   tail                                 head   tail
	//    |     |                                     |     |
	//    v     v                                     v     v
	// +-----------+                               +-----------+
	// |  [null]   |                               |  [null]   |
	// +-----------+                               +-----------+
	// | undefined |                               |   item    |
	// | undefined |                               |   item    |
	// |   item    | <-- bottom            top --> | undefined |
	// |   item    |                               | undefined |
	// | undefined | <-- top            bottom --> |   item    |
	// | undefined |                               |   item    |
	// +-----------+                               +-----------+
	//
	// Adding a value means moving `top` forward by one, removing means
	// moving `bottom` forward by one. After reaching the end, the queue
	// wraps around.
	//
	// When `top === bottom` the current queue is empty and when
	// `top + 1 === bottom` it's full. This wastes a single space of storage
	// but allows much quicker checks.

	/**
	 * @type {FixedCircularBuffer}
	 * @template T
	 */
	class FixedCircularBuffer {
	  /** @type {number} */
	  bottom = 0
	  /** @type {number} */
	  top = 0
	  /** @type {Array<T|undefined>} */
	  list = new Array(kSize).fill(undefined)
	  /** @type {T|null} */
	  next = null

	  /** @returns {boolean} */
	  isEmpty () {
	    return this.top === this.bottom
	  }

	  /** @returns {boolean} */
	  isFull () {
	    return ((this.top + 1) & kMask) === this.bottom
	  }

	  /**
	   * @param {T} data
	   * @returns {void}
	   */
	  push (data) {
	    this.list[this.top] = data;
	    this.top = (this.top + 1) & kMask;
	  }

	  /** @returns {T|null} */
	  shift () {
	    const nextItem = this.list[this.bottom];
	    if (nextItem === undefined) { return null }
	    this.list[this.bottom] = undefined;
	    this.bottom = (this.bottom + 1) & kMask;
	    return nextItem
	  }
	}

	/**
	 * @template T
	 */
	fixedQueue = class FixedQueue {
	  constructor () {
	    /** @type {FixedCircularBuffer<T>} */
	    this.head = this.tail = new FixedCircularBuffer();
	  }

	  /** @returns {boolean} */
	  isEmpty () {
	    return this.head.isEmpty()
	  }

	  /** @param {T} data */
	  push (data) {
	    if (this.head.isFull()) {
	      // Head is full: Creates a new queue, sets the old queue's `.next` to it,
	      // and sets it as the new main queue.
	      this.head = this.head.next = new FixedCircularBuffer();
	    }
	    this.head.push(data);
	  }

	  /** @returns {T|null} */
	  shift () {
	    const tail = this.tail;
	    const next = tail.shift();
	    if (tail.isEmpty() && tail.next !== null) {
	      // If there is another queue, it forms the new tail.
	      this.tail = tail.next;
	      tail.next = null;
	    }
	    return next
	  }
	};
	return fixedQueue;
}

var poolBase;
var hasRequiredPoolBase;

function requirePoolBase () {
	if (hasRequiredPoolBase) return poolBase;
	hasRequiredPoolBase = 1;

	const { PoolStats } = requireStats();
	const DispatcherBase = requireDispatcherBase();
	const FixedQueue = requireFixedQueue();
	const { kConnected, kSize, kRunning, kPending, kQueued, kBusy, kFree, kUrl, kClose, kDestroy, kDispatch } = requireSymbols();

	const kClients = Symbol('clients');
	const kNeedDrain = Symbol('needDrain');
	const kQueue = Symbol('queue');
	const kClosedResolve = Symbol('closed resolve');
	const kOnDrain = Symbol('onDrain');
	const kOnConnect = Symbol('onConnect');
	const kOnDisconnect = Symbol('onDisconnect');
	const kOnConnectionError = Symbol('onConnectionError');
	const kGetDispatcher = Symbol('get dispatcher');
	const kAddClient = Symbol('add client');
	const kRemoveClient = Symbol('remove client');

	class PoolBase extends DispatcherBase {
	  [kQueue] = new FixedQueue();

	  [kQueued] = 0;

	  [kClients] = [];

	  [kNeedDrain] = false;

	  [kOnDrain] (client, origin, targets) {
	    const queue = this[kQueue];

	    let needDrain = false;

	    while (!needDrain) {
	      const item = queue.shift();
	      if (!item) {
	        break
	      }
	      this[kQueued]--;
	      needDrain = !client.dispatch(item.opts, item.handler);
	    }

	    client[kNeedDrain] = needDrain;

	    if (!needDrain && this[kNeedDrain]) {
	      this[kNeedDrain] = false;
	      this.emit('drain', origin, [this, ...targets]);
	    }

	    if (this[kClosedResolve] && queue.isEmpty()) {
	      const closeAll = [];
	      for (let i = 0; i < this[kClients].length; i++) {
	        const client = this[kClients][i];
	        if (!client.destroyed) {
	          closeAll.push(client.close());
	        }
	      }
	      return Promise.all(closeAll)
	        .then(this[kClosedResolve])
	    }
	  }

	  [kOnConnect] = (origin, targets) => {
	    this.emit('connect', origin, [this, ...targets]);
	  };

	  [kOnDisconnect] = (origin, targets, err) => {
	    this.emit('disconnect', origin, [this, ...targets], err);
	  };

	  [kOnConnectionError] = (origin, targets, err) => {
	    this.emit('connectionError', origin, [this, ...targets], err);
	  }

	  get [kBusy] () {
	    return this[kNeedDrain]
	  }

	  get [kConnected] () {
	    let ret = 0;
	    for (const { [kConnected]: connected } of this[kClients]) {
	      ret += connected;
	    }
	    return ret
	  }

	  get [kFree] () {
	    let ret = 0;
	    for (const { [kConnected]: connected, [kNeedDrain]: needDrain } of this[kClients]) {
	      ret += connected && !needDrain;
	    }
	    return ret
	  }

	  get [kPending] () {
	    let ret = this[kQueued];
	    for (const { [kPending]: pending } of this[kClients]) {
	      ret += pending;
	    }
	    return ret
	  }

	  get [kRunning] () {
	    let ret = 0;
	    for (const { [kRunning]: running } of this[kClients]) {
	      ret += running;
	    }
	    return ret
	  }

	  get [kSize] () {
	    let ret = this[kQueued];
	    for (const { [kSize]: size } of this[kClients]) {
	      ret += size;
	    }
	    return ret
	  }

	  get stats () {
	    return new PoolStats(this)
	  }

	  [kClose] () {
	    if (this[kQueue].isEmpty()) {
	      const closeAll = [];
	      for (let i = 0; i < this[kClients].length; i++) {
	        const client = this[kClients][i];
	        if (!client.destroyed) {
	          closeAll.push(client.close());
	        }
	      }
	      return Promise.all(closeAll)
	    } else {
	      return new Promise((resolve) => {
	        this[kClosedResolve] = resolve;
	      })
	    }
	  }

	  [kDestroy] (err) {
	    while (true) {
	      const item = this[kQueue].shift();
	      if (!item) {
	        break
	      }
	      item.handler.onError(err);
	    }

	    const destroyAll = new Array(this[kClients].length);
	    for (let i = 0; i < this[kClients].length; i++) {
	      destroyAll[i] = this[kClients][i].destroy(err);
	    }
	    return Promise.all(destroyAll)
	  }

	  [kDispatch] (opts, handler) {
	    const dispatcher = this[kGetDispatcher]();

	    if (!dispatcher) {
	      this[kNeedDrain] = true;
	      this[kQueue].push({ opts, handler });
	      this[kQueued]++;
	    } else if (!dispatcher.dispatch(opts, handler)) {
	      dispatcher[kNeedDrain] = true;
	      this[kNeedDrain] = !this[kGetDispatcher]();
	    }

	    return !this[kNeedDrain]
	  }

	  [kAddClient] (client) {
	    client
	      .on('drain', this[kOnDrain].bind(this, client))
	      .on('connect', this[kOnConnect])
	      .on('disconnect', this[kOnDisconnect])
	      .on('connectionError', this[kOnConnectionError]);

	    this[kClients].push(client);

	    if (this[kNeedDrain]) {
	      queueMicrotask(() => {
	        if (this[kNeedDrain]) {
	          this[kOnDrain](client, client[kUrl], [client, this]);
	        }
	      });
	    }

	    return this
	  }

	  [kRemoveClient] (client) {
	    client.close(() => {
	      const idx = this[kClients].indexOf(client);
	      if (idx !== -1) {
	        this[kClients].splice(idx, 1);
	      }
	    });

	    this[kNeedDrain] = this[kClients].some(dispatcher => (
	      !dispatcher[kNeedDrain] &&
	      dispatcher.closed !== true &&
	      dispatcher.destroyed !== true
	    ));
	  }
	}

	poolBase = {
	  PoolBase,
	  kClients,
	  kNeedDrain,
	  kAddClient,
	  kRemoveClient,
	  kGetDispatcher
	};
	return poolBase;
}

var diagnostics;
var hasRequiredDiagnostics;

function requireDiagnostics () {
	if (hasRequiredDiagnostics) return diagnostics;
	hasRequiredDiagnostics = 1;

	const diagnosticsChannel = require('node:diagnostics_channel');
	const util = require('node:util');

	const undiciDebugLog = util.debuglog('undici');
	const fetchDebuglog = util.debuglog('fetch');
	const websocketDebuglog = util.debuglog('websocket');

	const channels = {
	  // Client
	  beforeConnect: diagnosticsChannel.channel('undici:client:beforeConnect'),
	  connected: diagnosticsChannel.channel('undici:client:connected'),
	  connectError: diagnosticsChannel.channel('undici:client:connectError'),
	  sendHeaders: diagnosticsChannel.channel('undici:client:sendHeaders'),
	  // Request
	  create: diagnosticsChannel.channel('undici:request:create'),
	  bodySent: diagnosticsChannel.channel('undici:request:bodySent'),
	  bodyChunkSent: diagnosticsChannel.channel('undici:request:bodyChunkSent'),
	  bodyChunkReceived: diagnosticsChannel.channel('undici:request:bodyChunkReceived'),
	  headers: diagnosticsChannel.channel('undici:request:headers'),
	  trailers: diagnosticsChannel.channel('undici:request:trailers'),
	  error: diagnosticsChannel.channel('undici:request:error'),
	  // WebSocket
	  open: diagnosticsChannel.channel('undici:websocket:open'),
	  close: diagnosticsChannel.channel('undici:websocket:close'),
	  socketError: diagnosticsChannel.channel('undici:websocket:socket_error'),
	  ping: diagnosticsChannel.channel('undici:websocket:ping'),
	  pong: diagnosticsChannel.channel('undici:websocket:pong'),
	  // ProxyAgent
	  proxyConnected: diagnosticsChannel.channel('undici:proxy:connected')
	};

	let isTrackingClientEvents = false;

	function trackClientEvents (debugLog = undiciDebugLog) {
	  if (isTrackingClientEvents) {
	    return
	  }

	  // Check if any of the channels already have subscribers to prevent duplicate subscriptions
	  // This can happen when both Node.js built-in undici and undici as a dependency are present
	  if (channels.beforeConnect.hasSubscribers || channels.connected.hasSubscribers ||
	      channels.connectError.hasSubscribers || channels.sendHeaders.hasSubscribers) {
	    isTrackingClientEvents = true;
	    return
	  }

	  isTrackingClientEvents = true;

	  diagnosticsChannel.subscribe('undici:client:beforeConnect',
	    evt => {
	      const {
	        connectParams: { version, protocol, port, host }
	      } = evt;
	      debugLog(
	        'connecting to %s%s using %s%s',
	        host,
	        port ? `:${port}` : '',
	        protocol,
	        version
	      );
	    });

	  diagnosticsChannel.subscribe('undici:client:connected',
	    evt => {
	      const {
	        connectParams: { version, protocol, port, host }
	      } = evt;
	      debugLog(
	        'connected to %s%s using %s%s',
	        host,
	        port ? `:${port}` : '',
	        protocol,
	        version
	      );
	    });

	  diagnosticsChannel.subscribe('undici:client:connectError',
	    evt => {
	      const {
	        connectParams: { version, protocol, port, host },
	        error
	      } = evt;
	      debugLog(
	        'connection to %s%s using %s%s errored - %s',
	        host,
	        port ? `:${port}` : '',
	        protocol,
	        version,
	        error.message
	      );
	    });

	  diagnosticsChannel.subscribe('undici:client:sendHeaders',
	    evt => {
	      const {
	        request: { method, path, origin }
	      } = evt;
	      debugLog('sending request to %s %s%s', method, origin, path);
	    });
	}

	let isTrackingRequestEvents = false;

	function trackRequestEvents (debugLog = undiciDebugLog) {
	  if (isTrackingRequestEvents) {
	    return
	  }

	  // Check if any of the channels already have subscribers to prevent duplicate subscriptions
	  // This can happen when both Node.js built-in undici and undici as a dependency are present
	  if (channels.headers.hasSubscribers || channels.trailers.hasSubscribers ||
	      channels.error.hasSubscribers) {
	    isTrackingRequestEvents = true;
	    return
	  }

	  isTrackingRequestEvents = true;

	  diagnosticsChannel.subscribe('undici:request:headers',
	    evt => {
	      const {
	        request: { method, path, origin },
	        response: { statusCode }
	      } = evt;
	      debugLog(
	        'received response to %s %s%s - HTTP %d',
	        method,
	        origin,
	        path,
	        statusCode
	      );
	    });

	  diagnosticsChannel.subscribe('undici:request:trailers',
	    evt => {
	      const {
	        request: { method, path, origin }
	      } = evt;
	      debugLog('trailers received from %s %s%s', method, origin, path);
	    });

	  diagnosticsChannel.subscribe('undici:request:error',
	    evt => {
	      const {
	        request: { method, path, origin },
	        error
	      } = evt;
	      debugLog(
	        'request to %s %s%s errored - %s',
	        method,
	        origin,
	        path,
	        error.message
	      );
	    });
	}

	let isTrackingWebSocketEvents = false;

	function trackWebSocketEvents (debugLog = websocketDebuglog) {
	  if (isTrackingWebSocketEvents) {
	    return
	  }

	  // Check if any of the channels already have subscribers to prevent duplicate subscriptions
	  // This can happen when both Node.js built-in undici and undici as a dependency are present
	  if (channels.open.hasSubscribers || channels.close.hasSubscribers ||
	      channels.socketError.hasSubscribers || channels.ping.hasSubscribers ||
	      channels.pong.hasSubscribers) {
	    isTrackingWebSocketEvents = true;
	    return
	  }

	  isTrackingWebSocketEvents = true;

	  diagnosticsChannel.subscribe('undici:websocket:open',
	    evt => {
	      if (evt.address != null) {
	        const { address, port } = evt.address;
	        debugLog('connection opened %s%s', address, port ? `:${port}` : '');
	      } else {
	        debugLog('connection opened');
	      }
	    });

	  diagnosticsChannel.subscribe('undici:websocket:close',
	    evt => {
	      const { websocket, code, reason } = evt;
	      debugLog(
	        'closed connection to %s - %s %s',
	        websocket.url,
	        code,
	        reason
	      );
	    });

	  diagnosticsChannel.subscribe('undici:websocket:socket_error',
	    err => {
	      debugLog('connection errored - %s', err.message);
	    });

	  diagnosticsChannel.subscribe('undici:websocket:ping',
	    evt => {
	      debugLog('ping received');
	    });

	  diagnosticsChannel.subscribe('undici:websocket:pong',
	    evt => {
	      debugLog('pong received');
	    });
	}

	if (undiciDebugLog.enabled || fetchDebuglog.enabled) {
	  trackClientEvents(fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog);
	  trackRequestEvents(fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog);
	}

	if (websocketDebuglog.enabled) {
	  trackClientEvents(undiciDebugLog.enabled ? undiciDebugLog : websocketDebuglog);
	  trackWebSocketEvents(websocketDebuglog);
	}

	diagnostics = {
	  channels
	};
	return diagnostics;
}

var request;
var hasRequiredRequest;

function requireRequest () {
	if (hasRequiredRequest) return request;
	hasRequiredRequest = 1;

	const {
	  InvalidArgumentError,
	  NotSupportedError
	} = requireErrors();
	const assert = require('node:assert');
	const {
	  isValidHTTPToken,
	  isValidHeaderValue,
	  isStream,
	  destroy,
	  isBuffer,
	  isFormDataLike,
	  isIterable,
	  hasSafeIterator,
	  isBlobLike,
	  serializePathWithQuery,
	  assertRequestHandler,
	  getServerName,
	  normalizedMethodRecords,
	  getProtocolFromUrlString
	} = requireUtil$1();
	const { channels } = requireDiagnostics();
	const { headerNameLowerCasedRecord } = requireConstants$2();

	// Verifies that a given path is valid does not contain control chars \x00 to \x20
	const invalidPathRegex = /[^\u0021-\u00ff]/;

	function isValidContentLengthHeaderValue (val) {
	  if (typeof val !== 'string' || val.length === 0) {
	    return false
	  }

	  for (let i = 0; i < val.length; i++) {
	    const charCode = val.charCodeAt(i);
	    if (charCode < 48 || charCode > 57) {
	      return false
	    }
	  }

	  return true
	}

	const kHandler = Symbol('handler');

	class Request {
	  constructor (origin, {
	    path,
	    method,
	    body,
	    headers,
	    query,
	    idempotent,
	    blocking,
	    upgrade,
	    headersTimeout,
	    bodyTimeout,
	    reset,
	    expectContinue,
	    servername,
	    throwOnError,
	    maxRedirections,
	    typeOfService
	  }, handler) {
	    if (typeof path !== 'string') {
	      throw new InvalidArgumentError('path must be a string')
	    } else if (
	      path[0] !== '/' &&
	      !(path.startsWith('http://') || path.startsWith('https://')) &&
	      method !== 'CONNECT'
	    ) {
	      throw new InvalidArgumentError('path must be an absolute URL or start with a slash')
	    } else if (invalidPathRegex.test(path)) {
	      throw new InvalidArgumentError('invalid request path')
	    }

	    if (typeof method !== 'string') {
	      throw new InvalidArgumentError('method must be a string')
	    } else if (normalizedMethodRecords[method] === undefined && !isValidHTTPToken(method)) {
	      throw new InvalidArgumentError('invalid request method')
	    }

	    if (upgrade && typeof upgrade !== 'string') {
	      throw new InvalidArgumentError('upgrade must be a string')
	    }

	    if (upgrade && !isValidHeaderValue(upgrade)) {
	      throw new InvalidArgumentError('invalid upgrade header')
	    }

	    if (headersTimeout != null && (!Number.isFinite(headersTimeout) || headersTimeout < 0)) {
	      throw new InvalidArgumentError('invalid headersTimeout')
	    }

	    if (bodyTimeout != null && (!Number.isFinite(bodyTimeout) || bodyTimeout < 0)) {
	      throw new InvalidArgumentError('invalid bodyTimeout')
	    }

	    if (reset != null && typeof reset !== 'boolean') {
	      throw new InvalidArgumentError('invalid reset')
	    }

	    if (expectContinue != null && typeof expectContinue !== 'boolean') {
	      throw new InvalidArgumentError('invalid expectContinue')
	    }

	    if (throwOnError != null) {
	      throw new InvalidArgumentError('invalid throwOnError')
	    }

	    if (maxRedirections != null && maxRedirections !== 0) {
	      throw new InvalidArgumentError('maxRedirections is not supported, use the redirect interceptor')
	    }

	    if (typeOfService != null && (!Number.isInteger(typeOfService) || typeOfService < 0 || typeOfService > 255)) {
	      throw new InvalidArgumentError('typeOfService must be an integer between 0 and 255')
	    }

	    this.headersTimeout = headersTimeout;

	    this.bodyTimeout = bodyTimeout;

	    this.method = method;

	    this.typeOfService = typeOfService;

	    this.abort = null;

	    if (body == null) {
	      this.body = null;
	    } else if (isStream(body)) {
	      this.body = body;

	      const rState = this.body._readableState;
	      if (!rState || !rState.autoDestroy) {
	        this.endHandler = function autoDestroy () {
	          destroy(this);
	        };
	        this.body.on('end', this.endHandler);
	      }

	      this.errorHandler = err => {
	        if (this.abort) {
	          this.abort(err);
	        } else {
	          this.error = err;
	        }
	      };
	      this.body.on('error', this.errorHandler);
	    } else if (isBuffer(body)) {
	      this.body = body.byteLength ? body : null;
	    } else if (ArrayBuffer.isView(body)) {
	      this.body = body.buffer.byteLength ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null;
	    } else if (body instanceof ArrayBuffer) {
	      this.body = body.byteLength ? Buffer.from(body) : null;
	    } else if (typeof body === 'string') {
	      this.body = body.length ? Buffer.from(body) : null;
	    } else if (isFormDataLike(body) || isIterable(body) || isBlobLike(body)) {
	      this.body = body;
	    } else {
	      throw new InvalidArgumentError('body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable')
	    }

	    this.completed = false;
	    this.aborted = false;

	    this.upgrade = upgrade || null;

	    this.path = query ? serializePathWithQuery(path, query) : path;

	    // TODO: shall we maybe standardize it to an URL object?
	    this.origin = origin;

	    this.protocol = getProtocolFromUrlString(origin);

	    this.idempotent = idempotent == null
	      ? method === 'HEAD' || method === 'GET'
	      : idempotent;

	    this.blocking = blocking ?? this.method !== 'HEAD';

	    this.reset = reset == null ? null : reset;

	    this.host = null;

	    this.contentLength = null;

	    this.contentType = null;

	    this.headers = [];

	    // Only for H2
	    this.expectContinue = expectContinue != null ? expectContinue : false;

	    if (Array.isArray(headers)) {
	      if (headers.length % 2 !== 0) {
	        throw new InvalidArgumentError('headers array must be even')
	      }
	      for (let i = 0; i < headers.length; i += 2) {
	        processHeader(this, headers[i], headers[i + 1]);
	      }
	    } else if (headers && typeof headers === 'object') {
	      if (hasSafeIterator(headers)) {
	        for (const header of headers) {
	          if (!Array.isArray(header) || header.length !== 2) {
	            throw new InvalidArgumentError('headers must be in key-value pair format')
	          }
	          processHeader(this, header[0], header[1]);
	        }
	      } else {
	        const keys = Object.keys(headers);
	        for (let i = 0; i < keys.length; ++i) {
	          processHeader(this, keys[i], headers[keys[i]]);
	        }
	      }
	    } else if (headers != null) {
	      throw new InvalidArgumentError('headers must be an object or an array')
	    }

	    assertRequestHandler(handler, method, upgrade);

	    this.servername = servername || getServerName(this.host) || null;

	    this[kHandler] = handler;

	    if (channels.create.hasSubscribers) {
	      channels.create.publish({ request: this });
	    }
	  }

	  onBodySent (chunk) {
	    if (channels.bodyChunkSent.hasSubscribers) {
	      channels.bodyChunkSent.publish({ request: this, chunk });
	    }
	    if (this[kHandler].onBodySent) {
	      try {
	        return this[kHandler].onBodySent(chunk)
	      } catch (err) {
	        this.abort(err);
	      }
	    }
	  }

	  onRequestSent () {
	    if (channels.bodySent.hasSubscribers) {
	      channels.bodySent.publish({ request: this });
	    }

	    if (this[kHandler].onRequestSent) {
	      try {
	        return this[kHandler].onRequestSent()
	      } catch (err) {
	        this.abort(err);
	      }
	    }
	  }

	  onConnect (abort) {
	    assert(!this.aborted);
	    assert(!this.completed);

	    if (this.error) {
	      abort(this.error);
	    } else {
	      this.abort = abort;
	      return this[kHandler].onConnect(abort)
	    }
	  }

	  onResponseStarted () {
	    return this[kHandler].onResponseStarted?.()
	  }

	  onHeaders (statusCode, headers, resume, statusText) {
	    assert(!this.aborted);
	    assert(!this.completed);

	    if (channels.headers.hasSubscribers) {
	      channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
	    }

	    try {
	      return this[kHandler].onHeaders(statusCode, headers, resume, statusText)
	    } catch (err) {
	      this.abort(err);
	    }
	  }

	  onData (chunk) {
	    assert(!this.aborted);
	    assert(!this.completed);

	    if (channels.bodyChunkReceived.hasSubscribers) {
	      channels.bodyChunkReceived.publish({ request: this, chunk });
	    }
	    try {
	      return this[kHandler].onData(chunk)
	    } catch (err) {
	      this.abort(err);
	      return false
	    }
	  }

	  /**
	   * @param {number} statusCode
	   * @param {Buffer[]|string[]} headers
	   * @param {import('node:stream').Duplex} socket
	   * @param {string} [statusText]
	   */
	  onUpgrade (statusCode, headers, socket, statusText = '') {
	    this.onFinally();

	    assert(!this.aborted);
	    assert(!this.completed);

	    if (channels.headers.hasSubscribers) {
	      channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
	    }

	    const result = this[kHandler].onUpgrade(statusCode, headers, socket);

	    if (!this.aborted) {
	      this.completed = true;
	      if (channels.trailers.hasSubscribers) {
	        channels.trailers.publish({ request: this, trailers: [] });
	      }
	    }

	    return result
	  }

	  onComplete (trailers) {
	    this.onFinally();

	    assert(!this.aborted);
	    assert(!this.completed);

	    this.completed = true;
	    if (channels.trailers.hasSubscribers) {
	      channels.trailers.publish({ request: this, trailers });
	    }

	    try {
	      return this[kHandler].onComplete(trailers)
	    } catch (err) {
	      // TODO (fix): This might be a bad idea?
	      this.onError(err);
	    }
	  }

	  onError (error) {
	    this.onFinally();

	    if (channels.error.hasSubscribers) {
	      channels.error.publish({ request: this, error });
	    }

	    if (this.aborted) {
	      return
	    }
	    this.aborted = true;

	    return this[kHandler].onError(error)
	  }

	  onFinally () {
	    if (this.errorHandler) {
	      this.body.off('error', this.errorHandler);
	      this.errorHandler = null;
	    }

	    if (this.endHandler) {
	      this.body.off('end', this.endHandler);
	      this.endHandler = null;
	    }
	  }

	  addHeader (key, value) {
	    processHeader(this, key, value);
	    return this
	  }
	}

	function processHeader (request, key, val) {
	  if (val && (typeof val === 'object' && !Array.isArray(val))) {
	    throw new InvalidArgumentError(`invalid ${key} header`)
	  } else if (val === undefined) {
	    return
	  }

	  let headerName = headerNameLowerCasedRecord[key];

	  if (headerName === undefined) {
	    headerName = key.toLowerCase();
	    if (headerNameLowerCasedRecord[headerName] === undefined && !isValidHTTPToken(headerName)) {
	      throw new InvalidArgumentError('invalid header key')
	    }
	  }

	  if (Array.isArray(val)) {
	    const arr = [];
	    for (let i = 0; i < val.length; i++) {
	      if (typeof val[i] === 'string') {
	        if (!isValidHeaderValue(val[i])) {
	          throw new InvalidArgumentError(`invalid ${key} header`)
	        }
	        arr.push(val[i]);
	      } else if (val[i] === null) {
	        arr.push('');
	      } else if (typeof val[i] === 'object') {
	        throw new InvalidArgumentError(`invalid ${key} header`)
	      } else {
	        // Coerce primitives (and reject unsafe coercions such as functions
	        // with a crafted toString/Symbol.toPrimitive).
	        const str = `${val[i]}`;
	        if (!isValidHeaderValue(str)) {
	          throw new InvalidArgumentError(`invalid ${key} header`)
	        }
	        arr.push(str);
	      }
	    }
	    val = arr;
	  } else if (typeof val === 'string') {
	    if (!isValidHeaderValue(val)) {
	      throw new InvalidArgumentError(`invalid ${key} header`)
	    }
	  } else if (val === null) {
	    val = '';
	  } else {
	    // Coerce primitives (and reject unsafe coercions such as functions
	    // with a crafted toString/Symbol.toPrimitive).
	    val = `${val}`;
	    if (!isValidHeaderValue(val)) {
	      throw new InvalidArgumentError(`invalid ${key} header`)
	    }
	  }

	  if (headerName === 'host') {
	    if (request.host !== null) {
	      throw new InvalidArgumentError('duplicate host header')
	    }
	    if (typeof val !== 'string') {
	      throw new InvalidArgumentError('invalid host header')
	    }
	    // Consumed by Client
	    request.host = val;
	  } else if (headerName === 'content-length') {
	    if (request.contentLength !== null) {
	      throw new InvalidArgumentError('duplicate content-length header')
	    }
	    if (!isValidContentLengthHeaderValue(val)) {
	      throw new InvalidArgumentError('invalid content-length header')
	    }
	    request.contentLength = parseInt(val, 10);
	  } else if (request.contentType === null && headerName === 'content-type') {
	    request.contentType = val;
	    request.headers.push(key, val);
	  } else if (headerName === 'transfer-encoding' || headerName === 'keep-alive' || headerName === 'upgrade') {
	    throw new InvalidArgumentError(`invalid ${headerName} header`)
	  } else if (headerName === 'connection') {
	    // Per RFC 7230 Section 6.1, Connection header can contain
	    // a comma-separated list of connection option tokens (header names)
	    const value = typeof val === 'string' ? val : null;
	    if (value === null) {
	      throw new InvalidArgumentError('invalid connection header')
	    }

	    for (const token of value.toLowerCase().split(',')) {
	      const trimmed = token.trim();
	      if (!isValidHTTPToken(trimmed)) {
	        throw new InvalidArgumentError('invalid connection header')
	      }
	      if (trimmed === 'close') {
	        request.reset = true;
	      }
	    }
	  } else if (headerName === 'expect') {
	    throw new NotSupportedError('expect header not supported')
	  } else {
	    request.headers.push(key, val);
	  }
	}

	request = Request;
	return request;
}

var connect;
var hasRequiredConnect;

function requireConnect () {
	if (hasRequiredConnect) return connect;
	hasRequiredConnect = 1;

	const net = require('node:net');
	const assert = require('node:assert');
	const util = requireUtil$1();
	const { InvalidArgumentError } = requireErrors();

	let tls; // include tls conditionally since it is not always available

	// TODO: session re-use does not wait for the first
	// connection to resolve the session and might therefore
	// resolve the same servername multiple times even when
	// re-use is enabled.

	const SessionCache = class WeakSessionCache {
	  constructor (maxCachedSessions) {
	    this._maxCachedSessions = maxCachedSessions;
	    this._sessionCache = new Map();
	    this._sessionRegistry = new FinalizationRegistry((key) => {
	      if (this._sessionCache.size < this._maxCachedSessions) {
	        return
	      }

	      const ref = this._sessionCache.get(key);
	      if (ref !== undefined && ref.deref() === undefined) {
	        this._sessionCache.delete(key);
	      }
	    });
	  }

	  get (sessionKey) {
	    const ref = this._sessionCache.get(sessionKey);
	    return ref ? ref.deref() : null
	  }

	  set (sessionKey, session) {
	    if (this._maxCachedSessions === 0) {
	      return
	    }

	    if (this._sessionCache.has(sessionKey)) {
	      this._sessionCache.delete(sessionKey);
	    } else if (this._sessionCache.size >= this._maxCachedSessions) {
	      // Make room for the new session: prefer an entry whose session has
	      // already been collected, otherwise evict the oldest one.
	      let evicted = false;
	      for (const [key, ref] of this._sessionCache) {
	        if (ref.deref() === undefined) {
	          this._sessionCache.delete(key);
	          evicted = true;
	          break
	        }
	      }

	      if (!evicted) {
	        const oldest = this._sessionCache.keys().next();
	        if (!oldest.done) {
	          this._sessionCache.delete(oldest.value);
	        }
	      }
	    }

	    this._sessionCache.set(sessionKey, new WeakRef(session));
	    this._sessionRegistry.register(session, sessionKey);
	  }
	};

	function buildConnector ({ allowH2, useH2c, maxCachedSessions, socketPath, timeout, session: customSession, ...opts }) {
	  if (maxCachedSessions != null && (!Number.isInteger(maxCachedSessions) || maxCachedSessions < 0)) {
	    throw new InvalidArgumentError('maxCachedSessions must be a positive integer or zero')
	  }

	  const options = { path: socketPath, ...opts };
	  const sessionCache = new SessionCache(maxCachedSessions == null ? 100 : maxCachedSessions);
	  timeout = timeout == null ? 10e3 : timeout;
	  allowH2 = allowH2 != null ? allowH2 : false;
	  return function connect ({ hostname, host, protocol, port, servername, localAddress, httpSocket }, callback) {
	    let socket;
	    if (protocol === 'https:') {
	      if (!tls) {
	        tls = require('node:tls');
	      }
	      servername = servername || options.servername || util.getServerName(host) || null;

	      const sessionKey = servername || hostname;
	      assert(sessionKey);

	      const session = customSession || sessionCache.get(sessionKey) || null;

	      port = port || 443;

	      socket = tls.connect({
	        highWaterMark: 16384, // TLS in node can't have bigger HWM anyway...
	        ...options,
	        servername,
	        session,
	        localAddress,
	        ALPNProtocols: allowH2 ? ['http/1.1', 'h2'] : ['http/1.1'],
	        socket: httpSocket, // upgrade socket connection
	        port,
	        host: hostname
	      });

	      socket
	        .on('session', function (session) {
	          // TODO (fix): Can a session become invalid once established? Don't think so?
	          sessionCache.set(sessionKey, session);
	        });
	    } else {
	      assert(!httpSocket, 'httpSocket can only be sent on TLS update');

	      port = port || 80;

	      socket = net.connect({
	        highWaterMark: 64 * 1024, // Same as nodejs fs streams.
	        ...options,
	        localAddress,
	        port,
	        host: hostname
	      });
	      if (useH2c === true) {
	        socket.alpnProtocol = 'h2';
	      }
	    }

	    // Set TCP keep alive options on the socket here instead of in connect() for the case of assigning the socket
	    if (options.keepAlive == null || options.keepAlive) {
	      const keepAliveInitialDelay = options.keepAliveInitialDelay === undefined ? 60e3 : options.keepAliveInitialDelay;
	      socket.setKeepAlive(true, keepAliveInitialDelay);
	    }

	    const clearConnectTimeout = util.setupConnectTimeout(new WeakRef(socket), { timeout, hostname, port });

	    socket
	      .setNoDelay(true)
	      .once(protocol === 'https:' ? 'secureConnect' : 'connect', function () {
	        queueMicrotask(clearConnectTimeout);

	        if (callback) {
	          const cb = callback;
	          callback = null;
	          cb(null, this);
	        }
	      })
	      .on('error', function (err) {
	        queueMicrotask(clearConnectTimeout);

	        if (callback) {
	          const cb = callback;
	          callback = null;
	          cb(err);
	        }
	      });

	    return socket
	  }
	}

	connect = buildConnector;
	return connect;
}

var constants$2 = {};

var utils = {};

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	Object.defineProperty(utils, "__esModule", { value: true });
	utils.enumToMap = enumToMap;
	function enumToMap(obj, filter = [], exceptions = []) {
	    const emptyFilter = (filter?.length ?? 0) === 0;
	    const emptyExceptions = (exceptions?.length ?? 0) === 0;
	    return Object.fromEntries(Object.entries(obj).filter(([, value]) => {
	        return (typeof value === 'number' &&
	            (emptyFilter || filter.includes(value)) &&
	            (emptyExceptions || !exceptions.includes(value)));
	    }));
	}
	return utils;
}

var hasRequiredConstants$1;

function requireConstants$1 () {
	if (hasRequiredConstants$1) return constants$2;
	hasRequiredConstants$1 = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.SPECIAL_HEADERS = exports.MINOR = exports.MAJOR = exports.HTAB_SP_VCHAR_OBS_TEXT = exports.QUOTED_STRING = exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS = exports.TOKEN = exports.HEX = exports.URL_CHAR = exports.USERINFO_CHARS = exports.MARK = exports.ALPHANUM = exports.NUM = exports.HEX_MAP = exports.NUM_MAP = exports.ALPHA = exports.STATUSES_HTTP = exports.H_METHOD_MAP = exports.METHOD_MAP = exports.METHODS_RTSP = exports.METHODS_ICE = exports.METHODS_HTTP = exports.HEADER_STATE = exports.FINISH = exports.STATUSES = exports.METHODS = exports.LENIENT_FLAGS = exports.FLAGS = exports.TYPE = exports.ERROR = void 0;
		const utils_1 = requireUtils();
		// Emums
		exports.ERROR = {
		    OK: 0,
		    INTERNAL: 1,
		    STRICT: 2,
		    CR_EXPECTED: 25,
		    LF_EXPECTED: 3,
		    UNEXPECTED_CONTENT_LENGTH: 4,
		    UNEXPECTED_SPACE: 30,
		    CLOSED_CONNECTION: 5,
		    INVALID_METHOD: 6,
		    INVALID_URL: 7,
		    INVALID_CONSTANT: 8,
		    INVALID_VERSION: 9,
		    INVALID_HEADER_TOKEN: 10,
		    INVALID_CONTENT_LENGTH: 11,
		    INVALID_CHUNK_SIZE: 12,
		    INVALID_STATUS: 13,
		    INVALID_EOF_STATE: 14,
		    INVALID_TRANSFER_ENCODING: 15,
		    CB_MESSAGE_BEGIN: 16,
		    CB_HEADERS_COMPLETE: 17,
		    CB_MESSAGE_COMPLETE: 18,
		    CB_CHUNK_HEADER: 19,
		    CB_CHUNK_COMPLETE: 20,
		    PAUSED: 21,
		    PAUSED_UPGRADE: 22,
		    PAUSED_H2_UPGRADE: 23,
		    USER: 24,
		    CB_URL_COMPLETE: 26,
		    CB_STATUS_COMPLETE: 27,
		    CB_METHOD_COMPLETE: 32,
		    CB_VERSION_COMPLETE: 33,
		    CB_HEADER_FIELD_COMPLETE: 28,
		    CB_HEADER_VALUE_COMPLETE: 29,
		    CB_CHUNK_EXTENSION_NAME_COMPLETE: 34,
		    CB_CHUNK_EXTENSION_VALUE_COMPLETE: 35,
		    CB_RESET: 31,
		    CB_PROTOCOL_COMPLETE: 38,
		};
		exports.TYPE = {
		    BOTH: 0, // default
		    REQUEST: 1,
		    RESPONSE: 2,
		};
		exports.FLAGS = {
		    CONNECTION_KEEP_ALIVE: 1 << 0,
		    CONNECTION_CLOSE: 1 << 1,
		    CONNECTION_UPGRADE: 1 << 2,
		    CHUNKED: 1 << 3,
		    UPGRADE: 1 << 4,
		    CONTENT_LENGTH: 1 << 5,
		    SKIPBODY: 1 << 6,
		    TRAILING: 1 << 7,
		    // 1 << 8 is unused
		    TRANSFER_ENCODING: 1 << 9,
		};
		exports.LENIENT_FLAGS = {
		    HEADERS: 1 << 0,
		    CHUNKED_LENGTH: 1 << 1,
		    KEEP_ALIVE: 1 << 2,
		    TRANSFER_ENCODING: 1 << 3,
		    VERSION: 1 << 4,
		    DATA_AFTER_CLOSE: 1 << 5,
		    OPTIONAL_LF_AFTER_CR: 1 << 6,
		    OPTIONAL_CRLF_AFTER_CHUNK: 1 << 7,
		    OPTIONAL_CR_BEFORE_LF: 1 << 8,
		    SPACES_AFTER_CHUNK_SIZE: 1 << 9,
		};
		exports.METHODS = {
		    'DELETE': 0,
		    'GET': 1,
		    'HEAD': 2,
		    'POST': 3,
		    'PUT': 4,
		    /* pathological */
		    'CONNECT': 5,
		    'OPTIONS': 6,
		    'TRACE': 7,
		    /* WebDAV */
		    'COPY': 8,
		    'LOCK': 9,
		    'MKCOL': 10,
		    'MOVE': 11,
		    'PROPFIND': 12,
		    'PROPPATCH': 13,
		    'SEARCH': 14,
		    'UNLOCK': 15,
		    'BIND': 16,
		    'REBIND': 17,
		    'UNBIND': 18,
		    'ACL': 19,
		    /* subversion */
		    'REPORT': 20,
		    'MKACTIVITY': 21,
		    'CHECKOUT': 22,
		    'MERGE': 23,
		    /* upnp */
		    'M-SEARCH': 24,
		    'NOTIFY': 25,
		    'SUBSCRIBE': 26,
		    'UNSUBSCRIBE': 27,
		    /* RFC-5789 */
		    'PATCH': 28,
		    'PURGE': 29,
		    /* CalDAV */
		    'MKCALENDAR': 30,
		    /* RFC-2068, section 19.6.1.2 */
		    'LINK': 31,
		    'UNLINK': 32,
		    /* icecast */
		    'SOURCE': 33,
		    /* RFC-7540, section 11.6 */
		    'PRI': 34,
		    /* RFC-2326 RTSP */
		    'DESCRIBE': 35,
		    'ANNOUNCE': 36,
		    'SETUP': 37,
		    'PLAY': 38,
		    'PAUSE': 39,
		    'TEARDOWN': 40,
		    'GET_PARAMETER': 41,
		    'SET_PARAMETER': 42,
		    'REDIRECT': 43,
		    'RECORD': 44,
		    /* RAOP */
		    'FLUSH': 45,
		    /* DRAFT https://www.ietf.org/archive/id/draft-ietf-httpbis-safe-method-w-body-02.html */
		    'QUERY': 46,
		};
		exports.STATUSES = {
		    CONTINUE: 100,
		    SWITCHING_PROTOCOLS: 101,
		    PROCESSING: 102,
		    EARLY_HINTS: 103,
		    RESPONSE_IS_STALE: 110, // Unofficial
		    REVALIDATION_FAILED: 111, // Unofficial
		    DISCONNECTED_OPERATION: 112, // Unofficial
		    HEURISTIC_EXPIRATION: 113, // Unofficial
		    MISCELLANEOUS_WARNING: 199, // Unofficial
		    OK: 200,
		    CREATED: 201,
		    ACCEPTED: 202,
		    NON_AUTHORITATIVE_INFORMATION: 203,
		    NO_CONTENT: 204,
		    RESET_CONTENT: 205,
		    PARTIAL_CONTENT: 206,
		    MULTI_STATUS: 207,
		    ALREADY_REPORTED: 208,
		    TRANSFORMATION_APPLIED: 214, // Unofficial
		    IM_USED: 226,
		    MISCELLANEOUS_PERSISTENT_WARNING: 299, // Unofficial
		    MULTIPLE_CHOICES: 300,
		    MOVED_PERMANENTLY: 301,
		    FOUND: 302,
		    SEE_OTHER: 303,
		    NOT_MODIFIED: 304,
		    USE_PROXY: 305,
		    SWITCH_PROXY: 306, // No longer used
		    TEMPORARY_REDIRECT: 307,
		    PERMANENT_REDIRECT: 308,
		    BAD_REQUEST: 400,
		    UNAUTHORIZED: 401,
		    PAYMENT_REQUIRED: 402,
		    FORBIDDEN: 403,
		    NOT_FOUND: 404,
		    METHOD_NOT_ALLOWED: 405,
		    NOT_ACCEPTABLE: 406,
		    PROXY_AUTHENTICATION_REQUIRED: 407,
		    REQUEST_TIMEOUT: 408,
		    CONFLICT: 409,
		    GONE: 410,
		    LENGTH_REQUIRED: 411,
		    PRECONDITION_FAILED: 412,
		    PAYLOAD_TOO_LARGE: 413,
		    URI_TOO_LONG: 414,
		    UNSUPPORTED_MEDIA_TYPE: 415,
		    RANGE_NOT_SATISFIABLE: 416,
		    EXPECTATION_FAILED: 417,
		    IM_A_TEAPOT: 418,
		    PAGE_EXPIRED: 419, // Unofficial
		    ENHANCE_YOUR_CALM: 420, // Unofficial
		    MISDIRECTED_REQUEST: 421,
		    UNPROCESSABLE_ENTITY: 422,
		    LOCKED: 423,
		    FAILED_DEPENDENCY: 424,
		    TOO_EARLY: 425,
		    UPGRADE_REQUIRED: 426,
		    PRECONDITION_REQUIRED: 428,
		    TOO_MANY_REQUESTS: 429,
		    REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL: 430, // Unofficial
		    REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
		    LOGIN_TIMEOUT: 440, // Unofficial
		    NO_RESPONSE: 444, // Unofficial
		    RETRY_WITH: 449, // Unofficial
		    BLOCKED_BY_PARENTAL_CONTROL: 450, // Unofficial
		    UNAVAILABLE_FOR_LEGAL_REASONS: 451,
		    CLIENT_CLOSED_LOAD_BALANCED_REQUEST: 460, // Unofficial
		    INVALID_X_FORWARDED_FOR: 463, // Unofficial
		    REQUEST_HEADER_TOO_LARGE: 494, // Unofficial
		    SSL_CERTIFICATE_ERROR: 495, // Unofficial
		    SSL_CERTIFICATE_REQUIRED: 496, // Unofficial
		    HTTP_REQUEST_SENT_TO_HTTPS_PORT: 497, // Unofficial
		    INVALID_TOKEN: 498, // Unofficial
		    CLIENT_CLOSED_REQUEST: 499, // Unofficial
		    INTERNAL_SERVER_ERROR: 500,
		    NOT_IMPLEMENTED: 501,
		    BAD_GATEWAY: 502,
		    SERVICE_UNAVAILABLE: 503,
		    GATEWAY_TIMEOUT: 504,
		    HTTP_VERSION_NOT_SUPPORTED: 505,
		    VARIANT_ALSO_NEGOTIATES: 506,
		    INSUFFICIENT_STORAGE: 507,
		    LOOP_DETECTED: 508,
		    BANDWIDTH_LIMIT_EXCEEDED: 509,
		    NOT_EXTENDED: 510,
		    NETWORK_AUTHENTICATION_REQUIRED: 511,
		    WEB_SERVER_UNKNOWN_ERROR: 520, // Unofficial
		    WEB_SERVER_IS_DOWN: 521, // Unofficial
		    CONNECTION_TIMEOUT: 522, // Unofficial
		    ORIGIN_IS_UNREACHABLE: 523, // Unofficial
		    TIMEOUT_OCCURED: 524, // Unofficial
		    SSL_HANDSHAKE_FAILED: 525, // Unofficial
		    INVALID_SSL_CERTIFICATE: 526, // Unofficial
		    RAILGUN_ERROR: 527, // Unofficial
		    SITE_IS_OVERLOADED: 529, // Unofficial
		    SITE_IS_FROZEN: 530, // Unofficial
		    IDENTITY_PROVIDER_AUTHENTICATION_ERROR: 561, // Unofficial
		    NETWORK_READ_TIMEOUT: 598, // Unofficial
		    NETWORK_CONNECT_TIMEOUT: 599, // Unofficial
		};
		exports.FINISH = {
		    SAFE: 0,
		    SAFE_WITH_CB: 1,
		    UNSAFE: 2,
		};
		exports.HEADER_STATE = {
		    GENERAL: 0,
		    CONNECTION: 1,
		    CONTENT_LENGTH: 2,
		    TRANSFER_ENCODING: 3,
		    UPGRADE: 4,
		    CONNECTION_KEEP_ALIVE: 5,
		    CONNECTION_CLOSE: 6,
		    CONNECTION_UPGRADE: 7,
		    TRANSFER_ENCODING_CHUNKED: 8,
		};
		// C headers
		exports.METHODS_HTTP = [
		    exports.METHODS.DELETE,
		    exports.METHODS.GET,
		    exports.METHODS.HEAD,
		    exports.METHODS.POST,
		    exports.METHODS.PUT,
		    exports.METHODS.CONNECT,
		    exports.METHODS.OPTIONS,
		    exports.METHODS.TRACE,
		    exports.METHODS.COPY,
		    exports.METHODS.LOCK,
		    exports.METHODS.MKCOL,
		    exports.METHODS.MOVE,
		    exports.METHODS.PROPFIND,
		    exports.METHODS.PROPPATCH,
		    exports.METHODS.SEARCH,
		    exports.METHODS.UNLOCK,
		    exports.METHODS.BIND,
		    exports.METHODS.REBIND,
		    exports.METHODS.UNBIND,
		    exports.METHODS.ACL,
		    exports.METHODS.REPORT,
		    exports.METHODS.MKACTIVITY,
		    exports.METHODS.CHECKOUT,
		    exports.METHODS.MERGE,
		    exports.METHODS['M-SEARCH'],
		    exports.METHODS.NOTIFY,
		    exports.METHODS.SUBSCRIBE,
		    exports.METHODS.UNSUBSCRIBE,
		    exports.METHODS.PATCH,
		    exports.METHODS.PURGE,
		    exports.METHODS.MKCALENDAR,
		    exports.METHODS.LINK,
		    exports.METHODS.UNLINK,
		    exports.METHODS.PRI,
		    // TODO(indutny): should we allow it with HTTP?
		    exports.METHODS.SOURCE,
		    exports.METHODS.QUERY,
		];
		exports.METHODS_ICE = [
		    exports.METHODS.SOURCE,
		];
		exports.METHODS_RTSP = [
		    exports.METHODS.OPTIONS,
		    exports.METHODS.DESCRIBE,
		    exports.METHODS.ANNOUNCE,
		    exports.METHODS.SETUP,
		    exports.METHODS.PLAY,
		    exports.METHODS.PAUSE,
		    exports.METHODS.TEARDOWN,
		    exports.METHODS.GET_PARAMETER,
		    exports.METHODS.SET_PARAMETER,
		    exports.METHODS.REDIRECT,
		    exports.METHODS.RECORD,
		    exports.METHODS.FLUSH,
		    // For AirPlay
		    exports.METHODS.GET,
		    exports.METHODS.POST,
		];
		exports.METHOD_MAP = (0, utils_1.enumToMap)(exports.METHODS);
		exports.H_METHOD_MAP = Object.fromEntries(Object.entries(exports.METHODS).filter(([k]) => k.startsWith('H')));
		exports.STATUSES_HTTP = [
		    exports.STATUSES.CONTINUE,
		    exports.STATUSES.SWITCHING_PROTOCOLS,
		    exports.STATUSES.PROCESSING,
		    exports.STATUSES.EARLY_HINTS,
		    exports.STATUSES.RESPONSE_IS_STALE,
		    exports.STATUSES.REVALIDATION_FAILED,
		    exports.STATUSES.DISCONNECTED_OPERATION,
		    exports.STATUSES.HEURISTIC_EXPIRATION,
		    exports.STATUSES.MISCELLANEOUS_WARNING,
		    exports.STATUSES.OK,
		    exports.STATUSES.CREATED,
		    exports.STATUSES.ACCEPTED,
		    exports.STATUSES.NON_AUTHORITATIVE_INFORMATION,
		    exports.STATUSES.NO_CONTENT,
		    exports.STATUSES.RESET_CONTENT,
		    exports.STATUSES.PARTIAL_CONTENT,
		    exports.STATUSES.MULTI_STATUS,
		    exports.STATUSES.ALREADY_REPORTED,
		    exports.STATUSES.TRANSFORMATION_APPLIED,
		    exports.STATUSES.IM_USED,
		    exports.STATUSES.MISCELLANEOUS_PERSISTENT_WARNING,
		    exports.STATUSES.MULTIPLE_CHOICES,
		    exports.STATUSES.MOVED_PERMANENTLY,
		    exports.STATUSES.FOUND,
		    exports.STATUSES.SEE_OTHER,
		    exports.STATUSES.NOT_MODIFIED,
		    exports.STATUSES.USE_PROXY,
		    exports.STATUSES.SWITCH_PROXY,
		    exports.STATUSES.TEMPORARY_REDIRECT,
		    exports.STATUSES.PERMANENT_REDIRECT,
		    exports.STATUSES.BAD_REQUEST,
		    exports.STATUSES.UNAUTHORIZED,
		    exports.STATUSES.PAYMENT_REQUIRED,
		    exports.STATUSES.FORBIDDEN,
		    exports.STATUSES.NOT_FOUND,
		    exports.STATUSES.METHOD_NOT_ALLOWED,
		    exports.STATUSES.NOT_ACCEPTABLE,
		    exports.STATUSES.PROXY_AUTHENTICATION_REQUIRED,
		    exports.STATUSES.REQUEST_TIMEOUT,
		    exports.STATUSES.CONFLICT,
		    exports.STATUSES.GONE,
		    exports.STATUSES.LENGTH_REQUIRED,
		    exports.STATUSES.PRECONDITION_FAILED,
		    exports.STATUSES.PAYLOAD_TOO_LARGE,
		    exports.STATUSES.URI_TOO_LONG,
		    exports.STATUSES.UNSUPPORTED_MEDIA_TYPE,
		    exports.STATUSES.RANGE_NOT_SATISFIABLE,
		    exports.STATUSES.EXPECTATION_FAILED,
		    exports.STATUSES.IM_A_TEAPOT,
		    exports.STATUSES.PAGE_EXPIRED,
		    exports.STATUSES.ENHANCE_YOUR_CALM,
		    exports.STATUSES.MISDIRECTED_REQUEST,
		    exports.STATUSES.UNPROCESSABLE_ENTITY,
		    exports.STATUSES.LOCKED,
		    exports.STATUSES.FAILED_DEPENDENCY,
		    exports.STATUSES.TOO_EARLY,
		    exports.STATUSES.UPGRADE_REQUIRED,
		    exports.STATUSES.PRECONDITION_REQUIRED,
		    exports.STATUSES.TOO_MANY_REQUESTS,
		    exports.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL,
		    exports.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE,
		    exports.STATUSES.LOGIN_TIMEOUT,
		    exports.STATUSES.NO_RESPONSE,
		    exports.STATUSES.RETRY_WITH,
		    exports.STATUSES.BLOCKED_BY_PARENTAL_CONTROL,
		    exports.STATUSES.UNAVAILABLE_FOR_LEGAL_REASONS,
		    exports.STATUSES.CLIENT_CLOSED_LOAD_BALANCED_REQUEST,
		    exports.STATUSES.INVALID_X_FORWARDED_FOR,
		    exports.STATUSES.REQUEST_HEADER_TOO_LARGE,
		    exports.STATUSES.SSL_CERTIFICATE_ERROR,
		    exports.STATUSES.SSL_CERTIFICATE_REQUIRED,
		    exports.STATUSES.HTTP_REQUEST_SENT_TO_HTTPS_PORT,
		    exports.STATUSES.INVALID_TOKEN,
		    exports.STATUSES.CLIENT_CLOSED_REQUEST,
		    exports.STATUSES.INTERNAL_SERVER_ERROR,
		    exports.STATUSES.NOT_IMPLEMENTED,
		    exports.STATUSES.BAD_GATEWAY,
		    exports.STATUSES.SERVICE_UNAVAILABLE,
		    exports.STATUSES.GATEWAY_TIMEOUT,
		    exports.STATUSES.HTTP_VERSION_NOT_SUPPORTED,
		    exports.STATUSES.VARIANT_ALSO_NEGOTIATES,
		    exports.STATUSES.INSUFFICIENT_STORAGE,
		    exports.STATUSES.LOOP_DETECTED,
		    exports.STATUSES.BANDWIDTH_LIMIT_EXCEEDED,
		    exports.STATUSES.NOT_EXTENDED,
		    exports.STATUSES.NETWORK_AUTHENTICATION_REQUIRED,
		    exports.STATUSES.WEB_SERVER_UNKNOWN_ERROR,
		    exports.STATUSES.WEB_SERVER_IS_DOWN,
		    exports.STATUSES.CONNECTION_TIMEOUT,
		    exports.STATUSES.ORIGIN_IS_UNREACHABLE,
		    exports.STATUSES.TIMEOUT_OCCURED,
		    exports.STATUSES.SSL_HANDSHAKE_FAILED,
		    exports.STATUSES.INVALID_SSL_CERTIFICATE,
		    exports.STATUSES.RAILGUN_ERROR,
		    exports.STATUSES.SITE_IS_OVERLOADED,
		    exports.STATUSES.SITE_IS_FROZEN,
		    exports.STATUSES.IDENTITY_PROVIDER_AUTHENTICATION_ERROR,
		    exports.STATUSES.NETWORK_READ_TIMEOUT,
		    exports.STATUSES.NETWORK_CONNECT_TIMEOUT,
		];
		exports.ALPHA = [];
		for (let i = 'A'.charCodeAt(0); i <= 'Z'.charCodeAt(0); i++) {
		    // Upper case
		    exports.ALPHA.push(String.fromCharCode(i));
		    // Lower case
		    exports.ALPHA.push(String.fromCharCode(i + 0x20));
		}
		exports.NUM_MAP = {
		    0: 0, 1: 1, 2: 2, 3: 3, 4: 4,
		    5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
		};
		exports.HEX_MAP = {
		    0: 0, 1: 1, 2: 2, 3: 3, 4: 4,
		    5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
		    A: 0XA, B: 0XB, C: 0XC, D: 0XD, E: 0XE, F: 0XF,
		    a: 0xa, b: 0xb, c: 0xc, d: 0xd, e: 0xe, f: 0xf,
		};
		exports.NUM = [
		    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
		];
		exports.ALPHANUM = exports.ALPHA.concat(exports.NUM);
		exports.MARK = ['-', '_', '.', '!', '~', '*', '\'', '(', ')'];
		exports.USERINFO_CHARS = exports.ALPHANUM
		    .concat(exports.MARK)
		    .concat(['%', ';', ':', '&', '=', '+', '$', ',']);
		// TODO(indutny): use RFC
		exports.URL_CHAR = [
		    '!', '"', '$', '%', '&', '\'',
		    '(', ')', '*', '+', ',', '-', '.', '/',
		    ':', ';', '<', '=', '>',
		    '@', '[', '\\', ']', '^', '_',
		    '`',
		    '{', '|', '}', '~',
		].concat(exports.ALPHANUM);
		exports.HEX = exports.NUM.concat(['a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F']);
		/* Tokens as defined by rfc 2616. Also lowercases them.
		 *        token       = 1*<any CHAR except CTLs or separators>
		 *     separators     = "(" | ")" | "<" | ">" | "@"
		 *                    | "," | ";" | ":" | "\" | <">
		 *                    | "/" | "[" | "]" | "?" | "="
		 *                    | "{" | "}" | SP | HT
		 */
		exports.TOKEN = [
		    '!', '#', '$', '%', '&', '\'',
		    '*', '+', '-', '.',
		    '^', '_', '`',
		    '|', '~',
		].concat(exports.ALPHANUM);
		/*
		 * Verify that a char is a valid visible (printable) US-ASCII
		 * character or %x80-FF
		 */
		exports.HEADER_CHARS = ['\t'];
		for (let i = 32; i <= 255; i++) {
		    if (i !== 127) {
		        exports.HEADER_CHARS.push(i);
		    }
		}
		// ',' = \x44
		exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter((c) => c !== 44);
		exports.QUOTED_STRING = ['\t', ' '];
		for (let i = 0x21; i <= 0xff; i++) {
		    if (i !== 0x22 && i !== 0x5c) { // All characters in ASCII except \ and "
		        exports.QUOTED_STRING.push(i);
		    }
		}
		exports.HTAB_SP_VCHAR_OBS_TEXT = ['\t', ' '];
		// VCHAR: https://tools.ietf.org/html/rfc5234#appendix-B.1
		for (let i = 0x21; i <= 0x7E; i++) {
		    exports.HTAB_SP_VCHAR_OBS_TEXT.push(i);
		}
		// OBS_TEXT: https://datatracker.ietf.org/doc/html/rfc9110#name-collected-abnf
		for (let i = 0x80; i <= 0xff; i++) {
		    exports.HTAB_SP_VCHAR_OBS_TEXT.push(i);
		}
		exports.MAJOR = exports.NUM_MAP;
		exports.MINOR = exports.MAJOR;
		exports.SPECIAL_HEADERS = {
		    'connection': exports.HEADER_STATE.CONNECTION,
		    'content-length': exports.HEADER_STATE.CONTENT_LENGTH,
		    'proxy-connection': exports.HEADER_STATE.CONNECTION,
		    'transfer-encoding': exports.HEADER_STATE.TRANSFER_ENCODING,
		    'upgrade': exports.HEADER_STATE.UPGRADE,
		};
		exports.default = {
		    ERROR: exports.ERROR,
		    TYPE: exports.TYPE,
		    FLAGS: exports.FLAGS,
		    LENIENT_FLAGS: exports.LENIENT_FLAGS,
		    METHODS: exports.METHODS,
		    STATUSES: exports.STATUSES,
		    FINISH: exports.FINISH,
		    HEADER_STATE: exports.HEADER_STATE,
		    ALPHA: exports.ALPHA,
		    NUM_MAP: exports.NUM_MAP,
		    HEX_MAP: exports.HEX_MAP,
		    NUM: exports.NUM,
		    ALPHANUM: exports.ALPHANUM,
		    MARK: exports.MARK,
		    USERINFO_CHARS: exports.USERINFO_CHARS,
		    URL_CHAR: exports.URL_CHAR,
		    HEX: exports.HEX,
		    TOKEN: exports.TOKEN,
		    HEADER_CHARS: exports.HEADER_CHARS,
		    CONNECTION_TOKEN_CHARS: exports.CONNECTION_TOKEN_CHARS,
		    QUOTED_STRING: exports.QUOTED_STRING,
		    HTAB_SP_VCHAR_OBS_TEXT: exports.HTAB_SP_VCHAR_OBS_TEXT,
		    MAJOR: exports.MAJOR,
		    MINOR: exports.MINOR,
		    SPECIAL_HEADERS: exports.SPECIAL_HEADERS,
		    METHODS_HTTP: exports.METHODS_HTTP,
		    METHODS_ICE: exports.METHODS_ICE,
		    METHODS_RTSP: exports.METHODS_RTSP,
		    METHOD_MAP: exports.METHOD_MAP,
		    H_METHOD_MAP: exports.H_METHOD_MAP,
		    STATUSES_HTTP: exports.STATUSES_HTTP,
		}; 
	} (constants$2));
	return constants$2;
}

var llhttpWasm = {exports: {}};

llhttpWasm.exports;

var hasRequiredLlhttpWasm;

function requireLlhttpWasm () {
	if (hasRequiredLlhttpWasm) return llhttpWasm.exports;
	hasRequiredLlhttpWasm = 1;
	(function (module) {

		const { Buffer } = require('node:buffer');

		const wasmBase64 = 'AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCq/ZAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgL5YUCAgd/A34gASACaiEEAkAgACIDKAIMIgANACADKAIEBEAgAyABNgIECyMAQRBrIgkkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAygCHCICQQJrDvwBAfkBAgMEBQYHCAkKCwwNDg8QERL4ARP3ARQV9gEWF/UBGBkaGxwdHh8g/QH7ASH0ASIjJCUmJygpKivzASwtLi8wMTLyAfEBMzTwAe8BNTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P+gFQUVJT7gHtAVTsAVXrAVZXWFla6gFbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcoBywHMAc0BzgHpAegBzwHnAdAB5gHRAdIB0wHUAeUB1QHWAdcB2AHZAdoB2wHcAd0B3gHfAeAB4QHiAeMBAPwBC0EADOMBC0EODOIBC0ENDOEBC0EPDOABC0EQDN8BC0ETDN4BC0EUDN0BC0EVDNwBC0EWDNsBC0EXDNoBC0EYDNkBC0EZDNgBC0EaDNcBC0EbDNYBC0EcDNUBC0EdDNQBC0EeDNMBC0EfDNIBC0EgDNEBC0EhDNABC0EIDM8BC0EiDM4BC0EkDM0BC0EjDMwBC0EHDMsBC0ElDMoBC0EmDMkBC0EnDMgBC0EoDMcBC0ESDMYBC0ERDMUBC0EpDMQBC0EqDMMBC0ErDMIBC0EsDMEBC0HeAQzAAQtBLgy/AQtBLwy+AQtBMAy9AQtBMQy8AQtBMgy7AQtBMwy6AQtBNAy5AQtB3wEMuAELQTUMtwELQTkMtgELQQwMtQELQTYMtAELQTcMswELQTgMsgELQT4MsQELQToMsAELQeABDK8BC0ELDK4BC0E/DK0BC0E7DKwBC0EKDKsBC0E8DKoBC0E9DKkBC0HhAQyoAQtBwQAMpwELQcAADKYBC0HCAAylAQtBCQykAQtBLQyjAQtBwwAMogELQcQADKEBC0HFAAygAQtBxgAMnwELQccADJ4BC0HIAAydAQtByQAMnAELQcoADJsBC0HLAAyaAQtBzAAMmQELQc0ADJgBC0HOAAyXAQtBzwAMlgELQdAADJUBC0HRAAyUAQtB0gAMkwELQdMADJIBC0HVAAyRAQtB1AAMkAELQdYADI8BC0HXAAyOAQtB2AAMjQELQdkADIwBC0HaAAyLAQtB2wAMigELQdwADIkBC0HdAAyIAQtB3gAMhwELQd8ADIYBC0HgAAyFAQtB4QAMhAELQeIADIMBC0HjAAyCAQtB5AAMgQELQeUADIABC0HiAQx/C0HmAAx+C0HnAAx9C0EGDHwLQegADHsLQQUMegtB6QAMeQtBBAx4C0HqAAx3C0HrAAx2C0HsAAx1C0HtAAx0C0EDDHMLQe4ADHILQe8ADHELQfAADHALQfIADG8LQfEADG4LQfMADG0LQfQADGwLQfUADGsLQfYADGoLQQIMaQtB9wAMaAtB+AAMZwtB+QAMZgtB+gAMZQtB+wAMZAtB/AAMYwtB/QAMYgtB/gAMYQtB/wAMYAtBgAEMXwtBgQEMXgtBggEMXQtBgwEMXAtBhAEMWwtBhQEMWgtBhgEMWQtBhwEMWAtBiAEMVwtBiQEMVgtBigEMVQtBiwEMVAtBjAEMUwtBjQEMUgtBjgEMUQtBjwEMUAtBkAEMTwtBkQEMTgtBkgEMTQtBkwEMTAtBlAEMSwtBlQEMSgtBlgEMSQtBlwEMSAtBmAEMRwtBmQEMRgtBmgEMRQtBmwEMRAtBnAEMQwtBnQEMQgtBngEMQQtBnwEMQAtBoAEMPwtBoQEMPgtBogEMPQtBowEMPAtBpAEMOwtBpQEMOgtBpgEMOQtBpwEMOAtBqAEMNwtBqQEMNgtBqgEMNQtBqwEMNAtBrAEMMwtBrQEMMgtBrgEMMQtBrwEMMAtBsAEMLwtBsQEMLgtBsgEMLQtBswEMLAtBtAEMKwtBtQEMKgtBtgEMKQtBtwEMKAtBuAEMJwtBuQEMJgtBugEMJQtBuwEMJAtBvAEMIwtBvQEMIgtBvgEMIQtBvwEMIAtBwAEMHwtBwQEMHgtBwgEMHQtBAQwcC0HDAQwbC0HEAQwaC0HFAQwZC0HGAQwYC0HHAQwXC0HIAQwWC0HJAQwVC0HKAQwUC0HLAQwTC0HMAQwSC0HNAQwRC0HOAQwQC0HPAQwPC0HQAQwOC0HRAQwNC0HSAQwMC0HTAQwLC0HUAQwKC0HVAQwJC0HWAQwIC0HjAQwHC0HXAQwGC0HYAQwFC0HZAQwEC0HaAQwDC0HbAQwCC0HdAQwBC0HcAQshAgNAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAg7jAQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEjJCUnKCmeA5sDmgORA4oDgwOAA/0C+wL4AvIC8QLvAu0C6ALnAuYC5QLkAtwC2wLaAtkC2ALXAtYC1QLPAs4CzALLAsoCyQLIAscCxgLEAsMCvgK8AroCuQK4ArcCtgK1ArQCswKyArECsAKuAq0CqQKoAqcCpgKlAqQCowKiAqECoAKfApgCkAKMAosCigKBAv4B/QH8AfsB+gH5AfgB9wH1AfMB8AHrAekB6AHnAeYB5QHkAeMB4gHhAeAB3wHeAd0B3AHaAdkB2AHXAdYB1QHUAdMB0gHRAdABzwHOAc0BzAHLAcoByQHIAccBxgHFAcQBwwHCAcEBwAG/Ab4BvQG8AbsBugG5AbgBtwG2AbUBtAGzAbIBsQGwAa8BrgGtAawBqwGqAakBqAGnAaYBpQGkAaMBogGfAZ4BmQGYAZcBlgGVAZQBkwGSAZEBkAGPAY0BjAGHAYYBhQGEAYMBggF9fHt6eXZ1dFBRUlNUVQsgASAERw1yQf0BIQIMvgMLIAEgBEcNmAFB2wEhAgy9AwsgASAERw3xAUGOASECDLwDCyABIARHDfwBQYQBIQIMuwMLIAEgBEcNigJB/wAhAgy6AwsgASAERw2RAkH9ACECDLkDCyABIARHDZQCQfsAIQIMuAMLIAEgBEcNHkEeIQIMtwMLIAEgBEcNGUEYIQIMtgMLIAEgBEcNygJBzQAhAgy1AwsgASAERw3VAkHGACECDLQDCyABIARHDdYCQcMAIQIMswMLIAEgBEcN3AJBOCECDLIDCyADLQAwQQFGDa0DDIkDC0EAIQACQAJAAkAgAy0AKkUNACADLQArRQ0AIAMvATIiAkECcUUNAQwCCyADLwEyIgJBAXFFDQELQQEhACADLQAoQQFGDQAgAy8BNCIGQeQAa0HkAEkNACAGQcwBRg0AIAZBsAJGDQAgAkHAAHENAEEAIQAgAkGIBHFBgARGDQAgAkEocUEARyEACyADQQA7ATIgA0EAOgAxAkAgAEUEQCADQQA6ADEgAy0ALkEEcQ0BDLEDCyADQgA3AyALIANBADoAMSADQQE6ADYMSAtBACEAAkAgAygCOCICRQ0AIAIoAjAiAkUNACADIAIRAAAhAAsgAEUNSCAAQRVHDWIgA0EENgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMrwMLIAEgBEYEQEEGIQIMrwMLIAEtAABBCkcNGSABQQFqIQEMGgsgA0IANwMgQRIhAgyUAwsgASAERw2KA0EjIQIMrAMLIAEgBEYEQEEHIQIMrAMLAkACQCABLQAAQQprDgQBGBgAGAsgAUEBaiEBQRAhAgyTAwsgAUEBaiEBIANBL2otAABBAXENF0EAIQIgA0EANgIcIAMgATYCFCADQZkgNgIQIANBGTYCDAyrAwsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFoNGEEIIQIMqgMLIAEgBEcEQCADQQk2AgggAyABNgIEQRQhAgyRAwtBCSECDKkDCyADKQMgUA2uAgxDCyABIARGBEBBCyECDKgDCyABLQAAQQpHDRYgAUEBaiEBDBcLIANBL2otAABBAXFFDRkMJgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0ZDEILQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGgwkC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRsMMgsgA0Evai0AAEEBcUUNHAwiC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADRwMQgtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0dDCALIAEgBEYEQEETIQIMoAMLAkAgAS0AACIAQQprDgQfIyMAIgsgAUEBaiEBDB8LQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIgxCCyABIARGBEBBFiECDJ4DCyABLQAAQcDBAGotAABBAUcNIwyDAwsCQANAIAEtAABBsDtqLQAAIgBBAUcEQAJAIABBAmsOAgMAJwsgAUEBaiEBQSEhAgyGAwsgBCABQQFqIgFHDQALQRghAgydAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAFBAWoiARA0IgANIQxBC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADSMMKgsgASAERgRAQRwhAgybAwsgA0EKNgIIIAMgATYCBEEAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADSVBJCECDIEDCyABIARHBEADQCABLQAAQbA9ai0AACIAQQNHBEAgAEEBaw4FGBomggMlJgsgBCABQQFqIgFHDQALQRshAgyaAwtBGyECDJkDCwNAIAEtAABBsD9qLQAAIgBBA0cEQCAAQQFrDgUPEScTJicLIAQgAUEBaiIBRw0AC0EeIQIMmAMLIAEgBEcEQCADQQs2AgggAyABNgIEQQchAgz/AgtBHyECDJcDCyABIARGBEBBICECDJcDCwJAIAEtAABBDWsOFC4/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8APwtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQMlgMLIANBL2ohAgNAIAEgBEYEQEEhIQIMlwMLAkACQAJAIAEtAAAiAEEJaw4YAgApKQEpKSkpKSkpKSkpKSkpKSkpKSkCJwsgAUEBaiEBIANBL2otAABBAXFFDQoMGAsgAUEBaiEBDBcLIAFBAWohASACLQAAQQJxDQALQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDJUDCyADLQAuQYABcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUN5gIgAEEVRgRAIANBJDYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDJQDC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAyTAwtBACECIANBADYCHCADIAE2AhQgA0G+IDYCECADQQI2AgwMkgMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABIAynaiIBEDIiAEUNKyADQQc2AhwgAyABNgIUIAMgADYCDAyRAwsgAy0ALkHAAHFFDQELQQAhAAJAIAMoAjgiAkUNACACKAJYIgJFDQAgAyACEQAAIQALIABFDSsgAEEVRgRAIANBCjYCHCADIAE2AhQgA0HrGTYCECADQRU2AgxBACECDJADC0EAIQIgA0EANgIcIAMgATYCFCADQZMMNgIQIANBEzYCDAyPAwtBACECIANBADYCHCADIAE2AhQgA0GCFTYCECADQQI2AgwMjgMLQQAhAiADQQA2AhwgAyABNgIUIANB3RQ2AhAgA0EZNgIMDI0DC0EAIQIgA0EANgIcIAMgATYCFCADQeYdNgIQIANBGTYCDAyMAwsgAEEVRg09QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIsDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFDSggA0ENNgIcIAMgATYCFCADIAA2AgwMigMLIABBFUYNOkEAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAyJAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwoCyADQQ42AhwgAyAANgIMIAMgAUEBajYCFAyIAwsgAEEVRg03QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIcDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCcLIANBDzYCHCADIAA2AgwgAyABQQFqNgIUDIYDC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAyFAwsgAEEVRg0zQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIQDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFDSUgA0ERNgIcIAMgATYCFCADIAA2AgwMgwMLIABBFUYNMEEAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAyCAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwlCyADQRI2AhwgAyAANgIMIAMgAUEBajYCFAyBAwsgA0Evai0AAEEBcUUNAQtBFyECDOYCC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAz+AgsgAEE7Rw0AIAFBAWohAQwMC0EAIQIgA0EANgIcIAMgATYCFCADQZIYNgIQIANBAjYCDAz8AgsgAEEVRg0oQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDPsCCyADQRQ2AhwgAyABNgIUIAMgADYCDAz6AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQz1AgsgA0EVNgIcIAMgADYCDCADIAFBAWo2AhQM+QILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM8wILIANBFzYCHCADIAA2AgwgAyABQQFqNgIUDPgCCyAAQRVGDSNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM9wILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEMHQsgA0EZNgIcIAMgADYCDCADIAFBAWo2AhQM9gILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM7wILIANBGjYCHCADIAA2AgwgAyABQQFqNgIUDPUCCyAAQRVGDR9BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwM9AILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwbCyADQRw2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8wILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQzrAgsgA0EdNgIcIAMgADYCDCADIAFBAWo2AhRBACECDPICCyAAQTtHDQEgAUEBaiEBC0EmIQIM1wILQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDO8CCyABIARHBEADQCABLQAAQSBHDYQCIAQgAUEBaiIBRw0AC0EsIQIM7wILQSwhAgzuAgsgASAERgRAQTQhAgzuAgsCQAJAA0ACQCABLQAAQQprDgQCAAADAAsgBCABQQFqIgFHDQALQTQhAgzvAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDZ8CIANBMjYCHCADIAE2AhQgAyAANgIMQQAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDJ8CCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM7QILIAEgBEcEQAJAA0AgAS0AAEEwayIAQf8BcUEKTwRAQTohAgzXAgsgAykDICILQpmz5syZs+bMGVYNASADIAtCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAMgCiALfDcDICAEIAFBAWoiAUcNAAtBwAAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgAUEBaiIBEDEiAA0XDOICC0HAACECDOwCCyABIARGBEBByQAhAgzsAgsCQANAAkAgAS0AAEEJaw4YAAKiAqICqQKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogIAogILIAQgAUEBaiIBRw0AC0HJACECDOwCCyABQQFqIQEgA0Evai0AAEEBcQ2lAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgzrAgsgASAERwRAA0AgAS0AAEEgRw0VIAQgAUEBaiIBRw0AC0H4ACECDOsCC0H4ACECDOoCCyADQQI6ACgMOAtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQM6AILQQAhAgzOAgtBDSECDM0CC0ETIQIMzAILQRUhAgzLAgtBFiECDMoCC0EYIQIMyQILQRkhAgzIAgtBGiECDMcCC0EbIQIMxgILQRwhAgzFAgtBHSECDMQCC0EeIQIMwwILQR8hAgzCAgtBICECDMECC0EiIQIMwAILQSMhAgy/AgtBJSECDL4CC0HlACECDL0CCyADQT02AhwgAyABNgIUIAMgADYCDEEAIQIM1QILIANBGzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDNQCCyADQSA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzTAgsgA0ETNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0gILIANBCzYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNECCyADQRA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzQAgsgA0EgNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzwILIANBCzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM4CCyADQQw2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzNAgtBACECIANBADYCHCADIAE2AhQgA0HdDjYCECADQRI2AgwMzAILAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB/QEhAgzMAgsCQAJAIAMtADZBAUcNAEEAIQACQCADKAI4IgJFDQAgAigCYCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUcNASADQfwBNgIcIAMgATYCFCADQdwZNgIQIANBFTYCDEEAIQIMzQILQdwBIQIMswILIANBADYCHCADIAE2AhQgA0H5CzYCECADQR82AgxBACECDMsCCwJAAkAgAy0AKEEBaw4CBAEAC0HbASECDLICC0HUASECDLECCyADQQI6ADFBACEAAkAgAygCOCICRQ0AIAIoAgAiAkUNACADIAIRAAAhAAsgAEUEQEHdASECDLECCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQbQMNgIQIANBEDYCDEEAIQIMygILIANB+wE2AhwgAyABNgIUIANBgRo2AhAgA0EVNgIMQQAhAgzJAgsgASAERgRAQfoBIQIMyQILIAEtAABByABGDQEgA0EBOgAoC0HAASECDK4CC0HaASECDK0CCyABIARHBEAgA0EMNgIIIAMgATYCBEHZASECDK0CC0H5ASECDMUCCyABIARGBEBB+AEhAgzFAgsgAS0AAEHIAEcNBCABQQFqIQFB2AEhAgyrAgsgASAERgRAQfcBIQIMxAILAkACQCABLQAAQcUAaw4QAAUFBQUFBQUFBQUFBQUFAQULIAFBAWohAUHWASECDKsCCyABQQFqIQFB1wEhAgyqAgtB9gEhAiABIARGDcICIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbrVAGotAABHDQMgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMMCCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIARQRAQeMBIQIMqgILIANB9QE2AhwgAyABNgIUIAMgADYCDEEAIQIMwgILQfQBIQIgASAERg3BAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEG41QBqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzCAgsgA0GBBDsBKCADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIADQMMAgsgA0EANgIAC0EAIQIgA0EANgIcIAMgATYCFCADQeUfNgIQIANBCDYCDAy/AgtB1QEhAgylAgsgA0HzATYCHCADIAE2AhQgAyAANgIMQQAhAgy9AgtBACEAAkAgAygCOCICRQ0AIAIoAkAiAkUNACADIAIRAAAhAAsgAEUNbiAAQRVHBEAgA0EANgIcIAMgATYCFCADQYIPNgIQIANBIDYCDEEAIQIMvQILIANBjwE2AhwgAyABNgIUIANB7Bs2AhAgA0EVNgIMQQAhAgy8AgsgASAERwRAIANBDTYCCCADIAE2AgRB0wEhAgyjAgtB8gEhAgy7AgsgASAERgRAQfEBIQIMuwILAkACQAJAIAEtAABByABrDgsAAQgICAgICAgIAggLIAFBAWohAUHQASECDKMCCyABQQFqIQFB0QEhAgyiAgsgAUEBaiEBQdIBIQIMoQILQfABIQIgASAERg25AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBtdUAai0AAEcNBCAAQQJGDQMgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuQILQe8BIQIgASAERg24AiADKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABBs9UAai0AAEcNAyAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuAILQe4BIQIgASAERg23AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMtwILIAMoAgQhACADQgA3AwAgAyAAIAVBAWoiARArIgBFDQIgA0HsATYCHCADIAE2AhQgAyAANgIMQQAhAgy2AgsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNnAIgA0HtATYCHCADIAE2AhQgAyAANgIMQQAhAgy0AgtBzwEhAgyaAgtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDLQCC0HOASECDJoCCyADQesBNgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMsgILIAEgBEYEQEHrASECDLICCyABLQAAQS9GBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GyODYCECADQQg2AgxBACECDLECC0HNASECDJcCCyABIARHBEAgA0EONgIIIAMgATYCBEHMASECDJcCC0HqASECDK8CCyABIARGBEBB6QEhAgyvAgsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFBywEhAgyWAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZcCIANB6AE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAEgBEYEQEHnASECDK4CCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5gE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILQcoBIQIMlAILIAEgBEYEQEHlASECDK0CC0EAIQBBASEFQQEhB0EAIQICQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQCABLQAAQTBrDgoKCQABAgMEBQYICwtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshAkEAIQVBACEHDAILQQkhAkEBIQBBACEFQQAhBwwBC0EAIQVBASECCyADIAI6ACsgAUEBaiEBAkACQCADLQAuQRBxDQACQAJAAkAgAy0AKg4DAQACBAsgB0UNAwwCCyAADQEMAgsgBUUNAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDQIgA0HiATYCHCADIAE2AhQgAyAANgIMQQAhAgyvAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZoCIANB4wE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ2YAiADQeQBNgIcIAMgATYCFCADIAA2AgwMrQILQckBIQIMkwILQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgytAgtByAEhAgyTAgsgA0HhATYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDKsCCyABIARGBEBB4QEhAgyrAgsCQCABLQAAQSBGBEAgA0EAOwE0IAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBmRE2AhAgA0EJNgIMQQAhAgyrAgtBxwEhAgyRAgsgASAERgRAQeABIQIMqgILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyrAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqgILQcYBIQIMkAILIAEgBEYEQEHfASECDKkCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqgILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKkCC0HFASECDI8CCyABIARGBEBB3gEhAgyoAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKkCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyoAgtBxAEhAgyOAgsgASAERgRAQd0BIQIMpwILAkACQAJAAkAgAS0AAEEKaw4XAgMDAAMDAwMDAwMDAwMDAwMDAwMDAwEDCyABQQFqDAULIAFBAWohAUHDASECDI8CCyABQQFqIQEgA0Evai0AAEEBcQ0IIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKcCCyADQQA2AhwgAyABNgIUIANBjQs2AhAgA0ENNgIMQQAhAgymAgsgASAERwRAIANBDzYCCCADIAE2AgRBASECDI0CC0HcASECDKUCCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtB2wEhAgymAgsgAygCBCEAIANBADYCBCADIAAgARAtIgBFBEAgAUEBaiEBDAQLIANB2gE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMpQILIAMoAgQhACADQQA2AgQgAyAAIAEQLSIADQEgAUEBagshAUHBASECDIoCCyADQdkBNgIcIAMgADYCDCADIAFBAWo2AhRBACECDKICC0HCASECDIgCCyADQS9qLQAAQQFxDQEgA0EANgIcIAMgATYCFCADQeQcNgIQIANBGTYCDEEAIQIMoAILIAEgBEYEQEHZASECDKACCwJAAkACQCABLQAAQQprDgQBAgIAAgsgAUEBaiEBDAILIAFBAWohAQwBCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAjwiAkUNACADIAIRAAAhAAsgAEUNoAEgAEEVRgRAIANB2QA2AhwgAyABNgIUIANBtxo2AhAgA0EVNgIMQQAhAgyfAgsgA0EANgIcIAMgATYCFCADQYANNgIQIANBGzYCDEEAIQIMngILIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDJ0CCyABIARHBEAgA0EMNgIIIAMgATYCBEG/ASECDIQCC0HYASECDJwCCyABIARGBEBB1wEhAgycAgsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBwQBrDhUAAQIDWgQFBlpaWgcICQoLDA0ODxBaCyABQQFqIQFB+wAhAgySAgsgAUEBaiEBQfwAIQIMkQILIAFBAWohAUGBASECDJACCyABQQFqIQFBhQEhAgyPAgsgAUEBaiEBQYYBIQIMjgILIAFBAWohAUGJASECDI0CCyABQQFqIQFBigEhAgyMAgsgAUEBaiEBQY0BIQIMiwILIAFBAWohAUGWASECDIoCCyABQQFqIQFBlwEhAgyJAgsgAUEBaiEBQZgBIQIMiAILIAFBAWohAUGlASECDIcCCyABQQFqIQFBpgEhAgyGAgsgAUEBaiEBQawBIQIMhQILIAFBAWohAUG0ASECDIQCCyABQQFqIQFBtwEhAgyDAgsgAUEBaiEBQb4BIQIMggILIAEgBEYEQEHWASECDJsCCyABLQAAQc4ARw1IIAFBAWohAUG9ASECDIECCyABIARGBEBB1QEhAgyaAgsCQAJAAkAgAS0AAEHCAGsOEgBKSkpKSkpKSkoBSkpKSkpKAkoLIAFBAWohAUG4ASECDIICCyABQQFqIQFBuwEhAgyBAgsgAUEBaiEBQbwBIQIMgAILQdQBIQIgASAERg2YAiADKAIAIgAgBCABa2ohBSABIABrQQdqIQYCQANAIAEtAAAgAEGo1QBqLQAARw1FIABBB0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAgsgA0EANgIAIAZBAWohAUEbDEULIAEgBEYEQEHTASECDJgCCwJAAkAgAS0AAEHJAGsOBwBHR0dHRwFHCyABQQFqIQFBuQEhAgz/AQsgAUEBaiEBQboBIQIM/gELQdIBIQIgASAERg2WAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw1DIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyXAgsgA0EANgIAIAZBAWohAUEPDEMLQdEBIQIgASAERg2VAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw1CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyWAgsgA0EANgIAIAZBAWohAUEgDEILQdABIQIgASAERg2UAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw1BIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyVAgsgA0EANgIAIAZBAWohAUESDEELIAEgBEYEQEHPASECDJQCCwJAAkAgAS0AAEHFAGsODgBDQ0NDQ0NDQ0NDQ0MBQwsgAUEBaiEBQbUBIQIM+wELIAFBAWohAUG2ASECDPoBC0HOASECIAEgBEYNkgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBntUAai0AAEcNPyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkwILIANBADYCACAGQQFqIQFBBww/C0HNASECIAEgBEYNkQIgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBmNUAai0AAEcNPiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkgILIANBADYCACAGQQFqIQFBKAw+CyABIARGBEBBzAEhAgyRAgsCQAJAAkAgAS0AAEHFAGsOEQBBQUFBQUFBQUEBQUFBQUECQQsgAUEBaiEBQbEBIQIM+QELIAFBAWohAUGyASECDPgBCyABQQFqIQFBswEhAgz3AQtBywEhAiABIARGDY8CIAMoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQZHVAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJACCyADQQA2AgAgBkEBaiEBQRoMPAtBygEhAiABIARGDY4CIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQY3VAGotAABHDTsgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADI8CCyADQQA2AgAgBkEBaiEBQSEMOwsgASAERgRAQckBIQIMjgILAkACQCABLQAAQcEAaw4UAD09PT09PT09PT09PT09PT09PQE9CyABQQFqIQFBrQEhAgz1AQsgAUEBaiEBQbABIQIM9AELIAEgBEYEQEHIASECDI0CCwJAAkAgAS0AAEHVAGsOCwA8PDw8PDw8PDwBPAsgAUEBaiEBQa4BIQIM9AELIAFBAWohAUGvASECDPMBC0HHASECIAEgBEYNiwIgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNOCAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjAILIANBADYCACAGQQFqIQFBKgw4CyABIARGBEBBxgEhAgyLAgsgAS0AAEHQAEcNOCABQQFqIQFBJQw3C0HFASECIAEgBEYNiQIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBgdUAai0AAEcNNiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMigILIANBADYCACAGQQFqIQFBDgw2CyABIARGBEBBxAEhAgyJAgsgAS0AAEHFAEcNNiABQQFqIQFBqwEhAgzvAQsgASAERgRAQcMBIQIMiAILAkACQAJAAkAgAS0AAEHCAGsODwABAjk5OTk5OTk5OTk5AzkLIAFBAWohAUGnASECDPEBCyABQQFqIQFBqAEhAgzwAQsgAUEBaiEBQakBIQIM7wELIAFBAWohAUGqASECDO4BC0HCASECIAEgBEYNhgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB/tQAai0AAEcNMyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhwILIANBADYCACAGQQFqIQFBFAwzC0HBASECIAEgBEYNhQIgAygCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABB+dQAai0AAEcNMiAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhgILIANBADYCACAGQQFqIQFBKwwyC0HAASECIAEgBEYNhAIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB9tQAai0AAEcNMSAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhQILIANBADYCACAGQQFqIQFBLAwxC0G/ASECIAEgBEYNgwIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNMCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhAILIANBADYCACAGQQFqIQFBEQwwC0G+ASECIAEgBEYNggIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB8tQAai0AAEcNLyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgwILIANBADYCACAGQQFqIQFBLgwvCyABIARGBEBBvQEhAgyCAgsCQAJAAkACQAJAIAEtAABBwQBrDhUANDQ0NDQ0NDQ0NAE0NAI0NAM0NAQ0CyABQQFqIQFBmwEhAgzsAQsgAUEBaiEBQZwBIQIM6wELIAFBAWohAUGdASECDOoBCyABQQFqIQFBogEhAgzpAQsgAUEBaiEBQaQBIQIM6AELIAEgBEYEQEG8ASECDIECCwJAAkAgAS0AAEHSAGsOAwAwATALIAFBAWohAUGjASECDOgBCyABQQFqIQFBBAwtC0G7ASECIAEgBEYN/wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8NQAai0AAEcNLCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgAILIANBADYCACAGQQFqIQFBHQwsCyABIARGBEBBugEhAgz/AQsCQAJAIAEtAABByQBrDgcBLi4uLi4ALgsgAUEBaiEBQaEBIQIM5gELIAFBAWohAUEiDCsLIAEgBEYEQEG5ASECDP4BCyABLQAAQdAARw0rIAFBAWohAUGgASECDOQBCyABIARGBEBBuAEhAgz9AQsCQAJAIAEtAABBxgBrDgsALCwsLCwsLCwsASwLIAFBAWohAUGeASECDOQBCyABQQFqIQFBnwEhAgzjAQtBtwEhAiABIARGDfsBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQezUAGotAABHDSggAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPwBCyADQQA2AgAgBkEBaiEBQQ0MKAtBtgEhAiABIARGDfoBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDScgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPsBCyADQQA2AgAgBkEBaiEBQQwMJwtBtQEhAiABIARGDfkBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQerUAGotAABHDSYgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPoBCyADQQA2AgAgBkEBaiEBQQMMJgtBtAEhAiABIARGDfgBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQejUAGotAABHDSUgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPkBCyADQQA2AgAgBkEBaiEBQSYMJQsgASAERgRAQbMBIQIM+AELAkACQCABLQAAQdQAaw4CAAEnCyABQQFqIQFBmQEhAgzfAQsgAUEBaiEBQZoBIQIM3gELQbIBIQIgASAERg32ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHm1ABqLQAARw0jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz3AQsgA0EANgIAIAZBAWohAUEnDCMLQbEBIQIgASAERg31ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHk1ABqLQAARw0iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz2AQsgA0EANgIAIAZBAWohAUEcDCILQbABIQIgASAERg30ASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHe1ABqLQAARw0hIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz1AQsgA0EANgIAIAZBAWohAUEGDCELQa8BIQIgASAERg3zASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHZ1ABqLQAARw0gIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz0AQsgA0EANgIAIAZBAWohAUEZDCALIAEgBEYEQEGuASECDPMBCwJAAkACQAJAIAEtAABBLWsOIwAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJAEkJCQkJAIkJCQDJAsgAUEBaiEBQY4BIQIM3AELIAFBAWohAUGPASECDNsBCyABQQFqIQFBlAEhAgzaAQsgAUEBaiEBQZUBIQIM2QELQa0BIQIgASAERg3xASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHX1ABqLQAARw0eIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzyAQsgA0EANgIAIAZBAWohAUELDB4LIAEgBEYEQEGsASECDPEBCwJAAkAgAS0AAEHBAGsOAwAgASALIAFBAWohAUGQASECDNgBCyABQQFqIQFBkwEhAgzXAQsgASAERgRAQasBIQIM8AELAkACQCABLQAAQcEAaw4PAB8fHx8fHx8fHx8fHx8BHwsgAUEBaiEBQZEBIQIM1wELIAFBAWohAUGSASECDNYBCyABIARGBEBBqgEhAgzvAQsgAS0AAEHMAEcNHCABQQFqIQFBCgwbC0GpASECIAEgBEYN7QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABB0dQAai0AAEcNGiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7gELIANBADYCACAGQQFqIQFBHgwaC0GoASECIAEgBEYN7AEgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBytQAai0AAEcNGSAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7QELIANBADYCACAGQQFqIQFBFQwZC0GnASECIAEgBEYN6wEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBx9QAai0AAEcNGCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7AELIANBADYCACAGQQFqIQFBFwwYC0GmASECIAEgBEYN6gEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBwdQAai0AAEcNFyAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6wELIANBADYCACAGQQFqIQFBGAwXCyABIARGBEBBpQEhAgzqAQsCQAJAIAEtAABByQBrDgcAGRkZGRkBGQsgAUEBaiEBQYsBIQIM0QELIAFBAWohAUGMASECDNABC0GkASECIAEgBEYN6AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBptUAai0AAEcNFSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6QELIANBADYCACAGQQFqIQFBCQwVC0GjASECIAEgBEYN5wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBpNUAai0AAEcNFCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6AELIANBADYCACAGQQFqIQFBHwwUC0GiASECIAEgBEYN5gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBvtQAai0AAEcNEyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5wELIANBADYCACAGQQFqIQFBAgwTC0GhASECIAEgBEYN5QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGA0AgAS0AACAAQbzUAGotAABHDREgAEEBRg0CIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADOUBCyABIARGBEBBoAEhAgzlAQtBASABLQAAQd8ARw0RGiABQQFqIQFBhwEhAgzLAQsgA0EANgIAIAZBAWohAUGIASECDMoBC0GfASECIAEgBEYN4gEgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNDyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4wELIANBADYCACAGQQFqIQFBKQwPC0GeASECIAEgBEYN4QEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBuNQAai0AAEcNDiAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4gELIANBADYCACAGQQFqIQFBLQwOCyABIARGBEBBnQEhAgzhAQsgAS0AAEHFAEcNDiABQQFqIQFBhAEhAgzHAQsgASAERgRAQZwBIQIM4AELAkACQCABLQAAQcwAaw4IAA8PDw8PDwEPCyABQQFqIQFBggEhAgzHAQsgAUEBaiEBQYMBIQIMxgELQZsBIQIgASAERg3eASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEGz1ABqLQAARw0LIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzfAQsgA0EANgIAIAZBAWohAUEjDAsLQZoBIQIgASAERg3dASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGw1ABqLQAARw0KIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzeAQsgA0EANgIAIAZBAWohAUEADAoLIAEgBEYEQEGZASECDN0BCwJAAkAgAS0AAEHIAGsOCAAMDAwMDAwBDAsgAUEBaiEBQf0AIQIMxAELIAFBAWohAUGAASECDMMBCyABIARGBEBBmAEhAgzcAQsCQAJAIAEtAABBzgBrDgMACwELCyABQQFqIQFB/gAhAgzDAQsgAUEBaiEBQf8AIQIMwgELIAEgBEYEQEGXASECDNsBCyABLQAAQdkARw0IIAFBAWohAUEIDAcLQZYBIQIgASAERg3ZASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEGs1ABqLQAARw0GIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzaAQsgA0EANgIAIAZBAWohAUEFDAYLQZUBIQIgASAERg3YASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGm1ABqLQAARw0FIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzZAQsgA0EANgIAIAZBAWohAUEWDAULQZQBIQIgASAERg3XASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0EIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzYAQsgA0EANgIAIAZBAWohAUEQDAQLIAEgBEYEQEGTASECDNcBCwJAAkAgAS0AAEHDAGsODAAGBgYGBgYGBgYGAQYLIAFBAWohAUH5ACECDL4BCyABQQFqIQFB+gAhAgy9AQtBkgEhAiABIARGDdUBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQaDUAGotAABHDQIgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNYBCyADQQA2AgAgBkEBaiEBQSQMAgsgA0EANgIADAILIAEgBEYEQEGRASECDNQBCyABLQAAQcwARw0BIAFBAWohAUETCzoAKSADKAIEIQAgA0EANgIEIAMgACABEC4iAA0CDAELQQAhAiADQQA2AhwgAyABNgIUIANB/h82AhAgA0EGNgIMDNEBC0H4ACECDLcBCyADQZABNgIcIAMgATYCFCADIAA2AgxBACECDM8BC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUYNASADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgzOAQtB9wAhAgy0AQsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDMwBCyABIARGBEBBjwEhAgzMAQsCQCABLQAAQSBGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GbHzYCECADQQY2AgxBACECDMwBC0ECIQIMsgELA0AgAS0AAEEgRw0CIAQgAUEBaiIBRw0AC0GOASECDMoBCyABIARGBEBBjQEhAgzKAQsCQCABLQAAQQlrDgRKAABKAAtB9QAhAgywAQsgAy0AKUEFRgRAQfYAIQIMsAELQfQAIQIMrwELIAEgBEYEQEGMASECDMgBCyADQRA2AgggAyABNgIEDAoLIAEgBEYEQEGLASECDMcBCwJAIAEtAABBCWsOBEcAAEcAC0HzACECDK0BCyABIARHBEAgA0EQNgIIIAMgATYCBEHxACECDK0BC0GKASECDMUBCwJAIAEgBEcEQANAIAEtAABBoNAAai0AACIAQQNHBEACQCAAQQFrDgJJAAQLQfAAIQIMrwELIAQgAUEBaiIBRw0AC0GIASECDMYBC0GIASECDMUBCyADQQA2AhwgAyABNgIUIANB2yA2AhAgA0EHNgIMQQAhAgzEAQsgASAERgRAQYkBIQIMxAELAkACQAJAIAEtAABBoNIAai0AAEEBaw4DRgIAAQtB8gAhAgysAQsgA0EANgIcIAMgATYCFCADQbQSNgIQIANBBzYCDEEAIQIMxAELQeoAIQIMqgELIAEgBEcEQCABQQFqIQFB7wAhAgyqAQtBhwEhAgzCAQsgBCABIgBGBEBBhgEhAgzCAQsgAC0AACIBQS9GBEAgAEEBaiEBQe4AIQIMqQELIAFBCWsiAkEXSw0BIAAhAUEBIAJ0QZuAgARxDUEMAQsgBCABIgBGBEBBhQEhAgzBAQsgAC0AAEEvRw0AIABBAWohAQwDC0EAIQIgA0EANgIcIAMgADYCFCADQdsgNgIQIANBBzYCDAy/AQsCQAJAAkACQAJAA0AgAS0AAEGgzgBqLQAAIgBBBUcEQAJAAkAgAEEBaw4IRwUGBwgABAEIC0HrACECDK0BCyABQQFqIQFB7QAhAgysAQsgBCABQQFqIgFHDQALQYQBIQIMwwELIAFBAWoMFAsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgzBAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgzAAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy/AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMvgELIAEgBEYEQEGDASECDL4BCwJAIAEtAABBoM4Aai0AAEEBaw4IPgQFBgAIAgMHCyABQQFqIQELQQMhAgyjAQsgAUEBagwNC0EAIQIgA0EANgIcIANB0RI2AhAgA0EHNgIMIAMgAUEBajYCFAy6AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgy5AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgy4AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy3AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMtgELQewAIQIMnAELIAEgBEYEQEGCASECDLUBCyABQQFqDAILIAEgBEYEQEGBASECDLQBCyABQQFqDAELIAEgBEYNASABQQFqCyEBQQQhAgyYAQtBgAEhAgywAQsDQCABLQAAQaDMAGotAAAiAEECRwRAIABBAUcEQEHpACECDJkBCwwxCyAEIAFBAWoiAUcNAAtB/wAhAgyvAQsgASAERgRAQf4AIQIMrwELAkAgAS0AAEEJaw43LwMGLwQGBgYGBgYGBgYGBgYGBgYGBgYFBgYCBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGAAYLIAFBAWoLIQFBBSECDJQBCyABQQFqDAYLIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIANBADYCHCADIAE2AhQgA0GNFDYCECADQQc2AgxBACECDKgBCwJAAkACQAJAA0AgAS0AAEGgygBqLQAAIgBBBUcEQAJAIABBAWsOBi4DBAUGAAYLQegAIQIMlAELIAQgAUEBaiIBRw0AC0H9ACECDKsBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQdsANgIcIAMgATYCFCADIAA2AgxBACECDKoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDKkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQfoANgIcIAMgATYCFCADIAA2AgxBACECDKgBCyADQQA2AhwgAyABNgIUIANB5Ag2AhAgA0EHNgIMQQAhAgynAQsgASAERg0BIAFBAWoLIQFBBiECDIwBC0H8ACECDKQBCwJAAkACQAJAA0AgAS0AAEGgyABqLQAAIgBBBUcEQCAAQQFrDgQpAgMEBQsgBCABQQFqIgFHDQALQfsAIQIMpwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMpgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMpQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMpAELIANBADYCHCADIAE2AhQgA0G8CjYCECADQQc2AgxBACECDKMBC0HPACECDIkBC0HRACECDIgBC0HnACECDIcBCyABIARGBEBB+gAhAgygAQsCQCABLQAAQQlrDgQgAAAgAAsgAUEBaiEBQeYAIQIMhgELIAEgBEYEQEH5ACECDJ8BCwJAIAEtAABBCWsOBB8AAB8AC0EAIQACQCADKAI4IgJFDQAgAigCOCICRQ0AIAMgAhEAACEACyAARQRAQeIBIQIMhgELIABBFUcEQCADQQA2AhwgAyABNgIUIANByQ02AhAgA0EaNgIMQQAhAgyfAQsgA0H4ADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDJ4BCyABIARHBEAgA0ENNgIIIAMgATYCBEHkACECDIUBC0H3ACECDJ0BCyABIARGBEBB9gAhAgydAQsCQAJAAkAgAS0AAEHIAGsOCwABCwsLCwsLCwsCCwsgAUEBaiEBQd0AIQIMhQELIAFBAWohAUHgACECDIQBCyABQQFqIQFB4wAhAgyDAQtB9QAhAiABIARGDZsBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbXVAGotAABHDQggAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJwBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIABEAgA0H0ADYCHCADIAE2AhQgAyAANgIMQQAhAgycAQtB4gAhAgyCAQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJwBC0HhACECDIIBCyADQfMANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMmgELIAMtACkiAEEja0ELSQ0JAkAgAEEGSw0AQQEgAHRBygBxRQ0ADAoLQQAhAiADQQA2AhwgAyABNgIUIANB7Qk2AhAgA0EINgIMDJkBC0HyACECIAEgBEYNmAEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBs9UAai0AAEcNBSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMmQELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfEANgIcIAMgATYCFCADIAA2AgxBACECDJkBC0HfACECDH8LQQAhAAJAIAMoAjgiAkUNACACKAI0IgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANB6g02AhAgA0EmNgIMQQAhAgyZAQtB3gAhAgx/CyADQfAANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMlwELIAMtAClBIUYNBiADQQA2AhwgAyABNgIUIANBkQo2AhAgA0EINgIMQQAhAgyWAQtB7wAhAiABIARGDZUBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDVAGotAABHDQIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIARQ0CIANB7QA2AhwgAyABNgIUIAMgADYCDEEAIQIMlQELIANBADYCAAsgAygCBCEAIANBADYCBCADIAAgARArIgBFDYABIANB7gA2AhwgAyABNgIUIAMgADYCDEEAIQIMkwELQdwAIQIMeQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJMBC0HbACECDHkLIANB7AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyRAQsgAy0AKSIAQSNJDQAgAEEuRg0AIANBADYCHCADIAE2AhQgA0HJCTYCECADQQg2AgxBACECDJABC0HaACECDHYLIAEgBEYEQEHrACECDI8BCwJAIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMjwELQdkAIQIMdQsgASAERwRAIANBDjYCCCADIAE2AgRB2AAhAgx1C0HqACECDI0BCyABIARGBEBB6QAhAgyNAQsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFB1wAhAgx0CyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeiADQegANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyABIARGBEBB5wAhAgyMAQsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELQdYAIQIMcgsgASAERgRAQeUAIQIMiwELQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIANgIcIAMgATYCFCADIAA2AgxBACECDI0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNfSADQeMANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeyADQeQANgIcIAMgATYCFCADIAA2AgwMiwELQdQAIQIMcQsgAy0AKUEiRg2GAUHTACECDHALQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALIABFBEBB1QAhAgxwCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQaQNNgIQIANBITYCDEEAIQIMiQELIANB4QA2AhwgAyABNgIUIANB0Bo2AhAgA0EVNgIMQQAhAgyIAQsgASAERgRAQeAAIQIMiAELAkACQAJAAkACQCABLQAAQQprDgQBBAQABAsgAUEBaiEBDAELIAFBAWohASADQS9qLQAAQQFxRQ0BC0HSACECDHALIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIgBCyADQQA2AhwgAyABNgIUIANBthE2AhAgA0EJNgIMQQAhAgyHAQsgASAERgRAQd8AIQIMhwELIAEtAABBCkYEQCABQQFqIQEMCQsgAy0ALkHAAHENCCADQQA2AhwgAyABNgIUIANBthE2AhAgA0ECNgIMQQAhAgyGAQsgASAERgRAQd0AIQIMhgELIAEtAAAiAkENRgRAIAFBAWohAUHQACECDG0LIAEhACACQQlrDgQFAQEFAQsgBCABIgBGBEBB3AAhAgyFAQsgAC0AAEEKRw0AIABBAWoMAgtBACECIANBADYCHCADIAA2AhQgA0HKLTYCECADQQc2AgwMgwELIAEgBEYEQEHbACECDIMBCwJAIAEtAABBCWsOBAMAAAMACyABQQFqCyEBQc4AIQIMaAsgASAERgRAQdoAIQIMgQELIAEtAABBCWsOBAABAQABC0EAIQIgA0EANgIcIANBmhI2AhAgA0EHNgIMIAMgAUEBajYCFAx/CyADQYASOwEqQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2QA2AhwgAyABNgIUIANB6ho2AhAgA0EVNgIMQQAhAgx+C0HNACECDGQLIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDHwLIAEgBEYEQEHZACECDHwLIAEtAABBIEcNPSABQQFqIQEgAy0ALkEBcQ09IANBADYCHCADIAE2AhQgA0HCHDYCECADQR42AgxBACECDHsLIAEgBEYEQEHYACECDHsLAkACQAJAAkACQCABLQAAIgBBCmsOBAIDAwABCyABQQFqIQFBLCECDGULIABBOkcNASADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgx9CyABQQFqIQEgA0Evai0AAEEBcUUNcyADLQAyQYABcUUEQCADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALAkACQCAADhZNTEsBAQEBAQEBAQEBAQEBAQEBAQEAAQsgA0EpNgIcIAMgATYCFCADQawZNgIQIANBFTYCDEEAIQIMfgsgA0EANgIcIAMgATYCFCADQeULNgIQIANBETYCDEEAIQIMfQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUNWSAAQRVHDQEgA0EFNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMfAtBywAhAgxiC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAx6CyADIAMvATJBgAFyOwEyDDsLIAEgBEcEQCADQRE2AgggAyABNgIEQcoAIQIMYAtB1wAhAgx4CyABIARGBEBB1gAhAgx4CwJAAkACQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQeMAaw4TAEBAQEBAQEBAQEBAQAFAQEACA0ALIAFBAWohAUHGACECDGELIAFBAWohAUHHACECDGALIAFBAWohAUHIACECDF8LIAFBAWohAUHJACECDF4LQdUAIQIgBCABIgBGDXYgBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0IQQQgAUEFRg0KGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx2C0HUACECIAQgASIARg11IAQgAWsgAygCACIBaiEGIAAgAWtBD2ohBwNAIAFBgMgAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNB0EDIAFBD0YNCRogAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdQtB0wAhAiAEIAEiAEYNdCAEIAFrIAMoAgAiAWohBiAAIAFrQQ5qIQcDQCABQeLHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQYgAUEORg0HIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHQLQdIAIQIgBCABIgBGDXMgBCABayADKAIAIgFqIQUgACABa0EBaiEGA0AgAUHgxwBqLQAAIAAtAAAiB0EgciAHIAdBwQBrQf8BcUEaSRtB/wFxRw0FIAFBAUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBTYCAAxzCyABIARGBEBB0QAhAgxzCwJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB7gBrDgcAOTk5OTkBOQsgAUEBaiEBQcMAIQIMWgsgAUEBaiEBQcQAIQIMWQsgA0EANgIAIAZBAWohAUHFACECDFgLQdAAIQIgBCABIgBGDXAgBCABayADKAIAIgFqIQYgACABa0EJaiEHA0AgAUHWxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0CQQIgAUEJRg0EGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxwC0HPACECIAQgASIARg1vIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwNAIAFB0McAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQVGDQIgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMbwsgACEBIANBADYCAAwzC0EBCzoALCADQQA2AgAgB0EBaiEBC0EtIQIMUgsCQANAIAEtAABB0MUAai0AAEEBRw0BIAQgAUEBaiIBRw0AC0HNACECDGsLQcIAIQIMUQsgASAERgRAQcwAIQIMagsgAS0AAEE6RgRAIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0zIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMagsgA0EANgIcIAMgATYCFCADQecRNgIQIANBCjYCDEEAIQIMaQsCQAJAIAMtACxBAmsOAgABJwsgA0Ezai0AAEECcUUNJiADLQAuQQJxDSYgA0EANgIcIAMgATYCFCADQaYUNgIQIANBCzYCDEEAIQIMaQsgAy0AMkEgcUUNJSADLQAuQQJxDSUgA0EANgIcIAMgATYCFCADQb0TNgIQIANBDzYCDEEAIQIMaAtBACEAAkAgAygCOCICRQ0AIAIoAkgiAkUNACADIAIRAAAhAAsgAEUEQEHBACECDE8LIABBFUcEQCADQQA2AhwgAyABNgIUIANBpg82AhAgA0EcNgIMQQAhAgxoCyADQcoANgIcIAMgATYCFCADQYUcNgIQIANBFTYCDEEAIQIMZwsgASAERwRAA0AgAS0AAEHAwQBqLQAAQQFHDRcgBCABQQFqIgFHDQALQcQAIQIMZwtBxAAhAgxmCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUE2IQIMUgsgAUEBaiEBQTchAgxRCyABQQFqIQFBOCECDFALDBULIAQgAUEBaiIBRw0AC0E8IQIMZgtBPCECDGULIAEgBEYEQEHIACECDGULIANBEjYCCCADIAE2AgQCQAJAAkACQAJAIAMtACxBAWsOBBQAAQIJCyADLQAyQSBxDQNB4AEhAgxPCwJAIAMvATIiAEEIcUUNACADLQAoQQFHDQAgAy0ALkEIcUUNAgsgAyAAQff7A3FBgARyOwEyDAsLIAMgAy8BMkEQcjsBMgwECyADQQA2AgQgAyABIAEQMSIABEAgA0HBADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxmCyABQQFqIQEMWAsgA0EANgIcIAMgATYCFCADQfQTNgIQIANBBDYCDEEAIQIMZAtBxwAhAiABIARGDWMgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCAAQcDFAGotAAAgAS0AAEEgckcNASAAQQZGDUogAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMZAsgA0EANgIADAULAkAgASAERwRAA0AgAS0AAEHAwwBqLQAAIgBBAUcEQCAAQQJHDQMgAUEBaiEBDAULIAQgAUEBaiIBRw0AC0HFACECDGQLQcUAIQIMYwsLIANBADoALAwBC0ELIQIMRwtBPyECDEYLAkACQANAIAEtAAAiAEEgRwRAAkAgAEEKaw4EAwUFAwALIABBLEYNAwwECyAEIAFBAWoiAUcNAAtBxgAhAgxgCyADQQg6ACwMDgsgAy0AKEEBRw0CIAMtAC5BCHENAiADKAIEIQAgA0EANgIEIAMgACABEDEiAARAIANBwgA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMXwsgAUEBaiEBDFALQTshAgxECwJAA0AgAS0AACIAQSBHIABBCUdxDQEgBCABQQFqIgFHDQALQcMAIQIMXQsLQTwhAgxCCwJAAkAgASAERwRAA0AgAS0AACIAQSBHBEAgAEEKaw4EAwQEAwQLIAQgAUEBaiIBRw0AC0E/IQIMXQtBPyECDFwLIAMgAy8BMkEgcjsBMgwKCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNTiADQT42AhwgAyABNgIUIAMgADYCDEEAIQIMWgsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkYNAwwMCyAEIAFBAWoiAUcNAAtBNyECDFsLQTchAgxaCyABQQFqIQEMBAtBOyECIAQgASIARg1YIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwJAA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEMPwsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMWQsgA0EANgIAIAAhAQwFC0E6IQIgBCABIgBGDVcgBCABayADKAIAIgFqIQYgACABa0EIaiEHAkADQCABQbTBAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEIRgRAQQUhAQw+CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxYCyADQQA2AgAgACEBDAQLQTkhAiAEIAEiAEYNViAEIAFrIAMoAgAiAWohBiAAIAFrQQNqIQcCQANAIAFBsMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQNGBEBBBiEBDD0LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFcLIANBADYCACAAIQEMAwsCQANAIAEtAAAiAEEgRwRAIABBCmsOBAcEBAcCCyAEIAFBAWoiAUcNAAtBOCECDFYLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCADLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIANBAToALCADIAMvATIgAXI7ATIgACEBDAELIAMgAy8BMkEIcjsBMiAAIQELQT4hAgw7CyADQQA6ACwLQTkhAgw5CyABIARGBEBBNiECDFILAkACQAJAAkACQCABLQAAQQprDgQAAgIBAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDQIgA0EzNgIcIAMgATYCFCADIAA2AgxBACECDFULIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQRAIAFBAWohAQwGCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMVAsgAy0ALkEBcQRAQd8BIQIMOwsgAygCBCEAIANBADYCBCADIAAgARAxIgANAQxJC0E0IQIMOQsgA0E1NgIcIAMgATYCFCADIAA2AgxBACECDFELQTUhAgw3CyADQS9qLQAAQQFxDQAgA0EANgIcIAMgATYCFCADQesWNgIQIANBGTYCDEEAIQIMTwtBMyECDDULIAEgBEYEQEEyIQIMTgsCQCABLQAAQQpGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GSFzYCECADQQM2AgxBACECDE4LQTIhAgw0CyABIARGBEBBMSECDE0LAkAgAS0AACIAQQlGDQAgAEEgRg0AQQEhAgJAIAMtACxBBWsOBAYEBQANCyADIAMvATJBCHI7ATIMDAsgAy0ALkEBcUUNASADLQAsQQhHDQAgA0EAOgAsC0E9IQIMMgsgA0EANgIcIAMgATYCFCADQcIWNgIQIANBCjYCDEEAIQIMSgtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgwGCyABIARGBEBBMCECDEcLIAEtAABBCkYEQCABQQFqIQEMAQsgAy0ALkEBcQ0AIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDEYLQTAhAgwsCyABQQFqIQFBMSECDCsLIAEgBEYEQEEvIQIMRAsgAS0AACIAQQlHIABBIEdxRQRAIAFBAWohASADLQAuQQFxDQEgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDEEAIQIMRAtBASECAkACQAJAAkACQAJAIAMtACxBAmsOBwUEBAMBAgAECyADIAMvATJBCHI7ATIMAwtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgtBLyECDCsLIANBADYCHCADIAE2AhQgA0GEEzYCECADQQs2AgxBACECDEMLQeEBIQIMKQsgASAERgRAQS4hAgxCCyADQQA2AgQgA0ESNgIIIAMgASABEDEiAA0BC0EuIQIMJwsgA0EtNgIcIAMgATYCFCADIAA2AgxBACECDD8LQQAhAAJAIAMoAjgiAkUNACACKAJMIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2AA2AhwgAyABNgIUIANBsxs2AhAgA0EVNgIMQQAhAgw+C0HMACECDCQLIANBADYCHCADIAE2AhQgA0GzDjYCECADQR02AgxBACECDDwLIAEgBEYEQEHOACECDDwLIAEtAAAiAEEgRg0CIABBOkYNAQsgA0EAOgAsQQkhAgwhCyADKAIEIQAgA0EANgIEIAMgACABEDAiAA0BDAILIAMtAC5BAXEEQEHeASECDCALIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0CIANBKjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgw4CyADQcsANgIcIAMgADYCDCADIAFBAWo2AhRBACECDDcLIAFBAWohAUHAACECDB0LIAFBAWohAQwsCyABIARGBEBBKyECDDULAkAgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQcAAcUUNBgsgAy0AMkGAAXEEQEEAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ0SIABBFUYEQCADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgw2CyADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMQQAhAgw1CyADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyADQQE6ADALIAIgAi8BAEHAAHI7AQALQSshAgwYCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgwwCyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgwvCyADQQA2AhwgAyABNgIUIANBpQs2AhAgA0ECNgIMQQAhAgwuC0EBIQcgAy8BMiIFQQhxRQRAIAMpAyBCAFIhBwsCQCADLQAwBEBBASEAIAMtAClBBUYNASAFQcAAcUUgB3FFDQELAkAgAy0AKCICQQJGBEBBASEAIAMvATQiBkHlAEYNAkEAIQAgBUHAAHENAiAGQeQARg0CIAZB5gBrQQJJDQIgBkHMAUYNAiAGQbACRg0CDAELQQAhACAFQcAAcQ0BC0ECIQAgBUEIcQ0AIAVBgARxBEACQCACQQFHDQAgAy0ALkEKcQ0AQQUhAAwCC0EEIQAMAQsgBUEgcUUEQCADEDZBAEdBAnQhAAwBC0EAQQMgAykDIFAbIQALIABBAWsOBQIABwEDBAtBESECDBMLIANBAToAMQwpC0EAIQICQCADKAI4IgBFDQAgACgCMCIARQ0AIAMgABEAACECCyACRQ0mIAJBFUYEQCADQQM2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwrC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAwqCyADQQA2AhwgAyABNgIUIANB+SA2AhAgA0EPNgIMQQAhAgwpC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAADQELQQ4hAgwOCyAAQRVGBEAgA0ECNgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMJwsgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDEEAIQIMJgtBKiECDAwLIAEgBEcEQCADQQk2AgggAyABNgIEQSkhAgwMC0EmIQIMJAsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFQEQEElIQIMJAsgAygCBCEAIANBADYCBCADIAAgASAMp2oiARAyIgBFDQAgA0EFNgIcIAMgATYCFCADIAA2AgxBACECDCMLQQ8hAgwJC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FxYAAQIDBAUGBxQUFBQUFBQICQoLDA0UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFA4PEBESExQLQgIhCgwWC0IDIQoMFQtCBCEKDBQLQgUhCgwTC0IGIQoMEgtCByEKDBELQgghCgwQC0IJIQoMDwtCCiEKDA4LQgshCgwNC0IMIQoMDAtCDSEKDAsLQg4hCgwKC0IPIQoMCQtCCiEKDAgLQgshCgwHC0IMIQoMBgtCDSEKDAULQg4hCgwEC0IPIQoMAwsgA0EANgIcIAMgATYCFCADQZ8VNgIQIANBDDYCDEEAIQIMIQsgASAERgRAQSIhAgwhC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsONxUUAAECAwQFBgcWFhYWFhYWCAkKCwwNFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYODxAREhMWC0ICIQoMFAtCAyEKDBMLQgQhCgwSC0IFIQoMEQtCBiEKDBALQgchCgwPC0IIIQoMDgtCCSEKDA0LQgohCgwMC0ILIQoMCwtCDCEKDAoLQg0hCgwJC0IOIQoMCAtCDyEKDAcLQgohCgwGC0ILIQoMBQtCDCEKDAQLQg0hCgwDC0IOIQoMAgtCDyEKDAELQgEhCgsgAUEBaiEBIAMpAyAiC0L//////////w9YBEAgAyALQgSGIAqENwMgDAILIANBADYCHCADIAE2AhQgA0G1CTYCECADQQw2AgxBACECDB4LQSchAgwEC0EoIQIMAwsgAyABOgAsIANBADYCACAHQQFqIQFBDCECDAILIANBADYCACAGQQFqIQFBCiECDAELIAFBAWohAUEIIQIMAAsAC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwXC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwWC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwVC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwUC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwTC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwSC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwRC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwQC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwPC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwOC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwNC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwMC0EAIQIgA0EANgIcIAMgATYCFCADQZkTNgIQIANBCzYCDAwLC0EAIQIgA0EANgIcIAMgATYCFCADQZ0JNgIQIANBCzYCDAwKC0EAIQIgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDAwJC0EAIQIgA0EANgIcIAMgATYCFCADQbEQNgIQIANBCjYCDAwIC0EAIQIgA0EANgIcIAMgATYCFCADQbsdNgIQIANBAjYCDAwHC0EAIQIgA0EANgIcIAMgATYCFCADQZYWNgIQIANBAjYCDAwGC0EAIQIgA0EANgIcIAMgATYCFCADQfkYNgIQIANBAjYCDAwFC0EAIQIgA0EANgIcIAMgATYCFCADQcQYNgIQIANBAjYCDAwECyADQQI2AhwgAyABNgIUIANBqR42AhAgA0EWNgIMQQAhAgwDC0HeACECIAEgBEYNAiAJQQhqIQcgAygCACEFAkACQCABIARHBEAgBUGWyABqIQggBCAFaiABayEGIAVBf3NBCmoiBSABaiEAA0AgAS0AACAILQAARwRAQQIhCAwDCyAFRQRAQQAhCCAAIQEMAwsgBUEBayEFIAhBAWohCCAEIAFBAWoiAUcNAAsgBiEFIAQhAQsgB0EBNgIAIAMgBTYCAAwBCyADQQA2AgAgByAINgIACyAHIAE2AgQgCSgCDCEAAkACQCAJKAIIQQFrDgIEAQALIANBADYCHCADQcIeNgIQIANBFzYCDCADIABBAWo2AhRBACECDAMLIANBADYCHCADIAA2AhQgA0HXHjYCECADQQk2AgxBACECDAILIAEgBEYEQEEoIQIMAgsgA0EJNgIIIAMgATYCBEEnIQIMAQsgASAERgRAQQEhAgwBCwNAAkACQAJAIAEtAABBCmsOBAABAQABCyABQQFqIQEMAQsgAUEBaiEBIAMtAC5BIHENAEEAIQIgA0EANgIcIAMgATYCFCADQaEhNgIQIANBBTYCDAwCC0EBIQIgASAERw0ACwsgCUEQaiQAIAJFBEAgAygCDCEADAELIAMgAjYCHEEAIQAgAygCBCIBRQ0AIAMgASAEIAMoAggRAQAiAUUNACADIAQ2AhQgAyABNgIMIAEhAAsgAAu+AgECfyAAQQA6AAAgAEHkAGoiAUEBa0EAOgAAIABBADoAAiAAQQA6AAEgAUEDa0EAOgAAIAFBAmtBADoAACAAQQA6AAMgAUEEa0EAOgAAQQAgAGtBA3EiASAAaiIAQQA2AgBB5AAgAWtBfHEiAiAAaiIBQQRrQQA2AgACQCACQQlJDQAgAEEANgIIIABBADYCBCABQQhrQQA2AgAgAUEMa0EANgIAIAJBGUkNACAAQQA2AhggAEEANgIUIABBADYCECAAQQA2AgwgAUEQa0EANgIAIAFBFGtBADYCACABQRhrQQA2AgAgAUEca0EANgIAIAIgAEEEcUEYciICayIBQSBJDQAgACACaiEAA0AgAEIANwMYIABCADcDECAAQgA3AwggAEIANwMAIABBIGohACABQSBrIgFBH0sNAAsLC1YBAX8CQCAAKAIMDQACQAJAAkACQCAALQAxDgMBAAMCCyAAKAI4IgFFDQAgASgCMCIBRQ0AIAAgAREAACIBDQMLQQAPCwALIABByhk2AhBBDiEBCyABCxoAIAAoAgxFBEAgAEHeHzYCECAAQRU2AgwLCxQAIAAoAgxBFUYEQCAAQQA2AgwLCxQAIAAoAgxBFkYEQCAAQQA2AgwLCwcAIAAoAgwLBwAgACgCEAsJACAAIAE2AhALBwAgACgCFAsrAAJAIABBJ08NAEL//////wkgAK2IQgGDUA0AIABBAnRB0DhqKAIADwsACxcAIABBL08EQAALIABBAnRB7DlqKAIAC78JAQF/QfQtIQECQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQeQAaw70A2NiAAFhYWFhYWECAwQFYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQYHCAkKCwwNDg9hYWFhYRBhYWFhYWFhYWFhYRFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWESExQVFhcYGRobYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1NmE3ODk6YWFhYWFhYWE7YWFhPGFhYWE9Pj9hYWFhYWFhYUBhYUFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFCQ0RFRkdISUpLTE1OT1BRUlNhYWFhYWFhYVRVVldYWVpbYVxdYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhXmFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYV9gYQtB6iwPC0GYJg8LQe0xDwtBoDcPC0HJKQ8LQbQpDwtBli0PC0HrKw8LQaI1DwtB2zQPC0HgKQ8LQeMkDwtB1SQPC0HuJA8LQeYlDwtByjQPC0HQNw8LQao1DwtB9SwPC0H2Jg8LQYIiDwtB8jMPC0G+KA8LQec3DwtBzSEPC0HAIQ8LQbglDwtByyUPC0GWJA8LQY80DwtBzTUPC0HdKg8LQe4zDwtBnDQPC0GeMQ8LQfQ1DwtB5SIPC0GvJQ8LQZkxDwtBsjYPC0H5Ng8LQcQyDwtB3SwPC0GCMQ8LQcExDwtBjTcPC0HJJA8LQew2DwtB5yoPC0HIIw8LQeIhDwtByTcPC0GlIg8LQZQiDwtB2zYPC0HeNQ8LQYYmDwtBvCsPC0GLMg8LQaAjDwtB9jAPC0GALA8LQYkrDwtBpCYPC0HyIw8LQYEoDwtBqzIPC0HrJw8LQcI2DwtBoiQPC0HPKg8LQdwjDwtBhycPC0HkNA8LQbciDwtBrTEPC0HVIg8LQa80DwtB3iYPC0HWMg8LQfQ0DwtBgTgPC0H0Nw8LQZI2DwtBnScPC0GCKQ8LQY0jDwtB1zEPC0G9NQ8LQbQ3DwtB2DAPC0G2Jw8LQZo4DwtBpyoPC0HEJw8LQa4jDwtB9SIPCwALQcomIQELIAELFwAgACAALwEuQf7/A3EgAUEAR3I7AS4LGgAgACAALwEuQf3/A3EgAUEAR0EBdHI7AS4LGgAgACAALwEuQfv/A3EgAUEAR0ECdHI7AS4LGgAgACAALwEuQff/A3EgAUEAR0EDdHI7AS4LGgAgACAALwEuQe//A3EgAUEAR0EEdHI7AS4LGgAgACAALwEuQd//A3EgAUEAR0EFdHI7AS4LGgAgACAALwEuQb//A3EgAUEAR0EGdHI7AS4LGgAgACAALwEuQf/+A3EgAUEAR0EHdHI7AS4LGgAgACAALwEuQf/9A3EgAUEAR0EIdHI7AS4LGgAgACAALwEuQf/7A3EgAUEAR0EJdHI7AS4LPgECfwJAIAAoAjgiA0UNACADKAIEIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHhEjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIIIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH8ETYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIMIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHsCjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIQIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH6HjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIUIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHLEDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIYIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG3HzYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIcIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG/FTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIsIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH+CDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIgIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEGMHTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIkIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHmFTYCEEEYIQQLIAQLOAAgAAJ/IAAvATJBFHFBFEYEQEEBIAAtAChBAUYNARogAC8BNEHlAEYMAQsgAC0AKUEFRgs6ADALWQECfwJAIAAtAChBAUYNACAALwE0IgFB5ABrQeQASQ0AIAFBzAFGDQAgAUGwAkYNACAALwEyIgBBwABxDQBBASECIABBiARxQYAERg0AIABBKHFFIQILIAILjAEBAn8CQAJAAkAgAC0AKkUNACAALQArRQ0AIAAvATIiAUECcUUNAQwCCyAALwEyIgFBAXFFDQELQQEhAiAALQAoQQFGDQAgAC8BNCIAQeQAa0HkAEkNACAAQcwBRg0AIABBsAJGDQAgAUHAAHENAEEAIQIgAUGIBHFBgARGDQAgAUEocUEARyECCyACC1cAIABBGGpCADcDACAAQgA3AwAgAEE4akIANwMAIABBMGpCADcDACAAQShqQgA3AwAgAEEgakIANwMAIABBEGpCADcDACAAQQhqQgA3AwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==';

		let wasmBuffer;

		Object.defineProperty(module, 'exports', {
		  get: () => {
		    return wasmBuffer
		      ? wasmBuffer
		      : (wasmBuffer = Buffer.from(wasmBase64, 'base64'))
		  }
		}); 
	} (llhttpWasm));
	return llhttpWasm.exports;
}

var llhttp_simdWasm = {exports: {}};

llhttp_simdWasm.exports;

var hasRequiredLlhttp_simdWasm;

function requireLlhttp_simdWasm () {
	if (hasRequiredLlhttp_simdWasm) return llhttp_simdWasm.exports;
	hasRequiredLlhttp_simdWasm = 1;
	(function (module) {

		const { Buffer } = require('node:buffer');

		const wasmBase64 = 'AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCuzaAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgLhocCAwd/A34BeyABIAJqIQQCQCAAIgMoAgwiAA0AIAMoAgQEQCADIAE2AgQLIwBBEGsiCSQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADKAIcIgJBAmsO/AEB+QECAwQFBgcICQoLDA0ODxAREvgBE/cBFBX2ARYX9QEYGRobHB0eHyD9AfsBIfQBIiMkJSYnKCkqK/MBLC0uLzAxMvIB8QEzNPAB7wE1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk/6AVBRUlPuAe0BVOwBVesBVldYWVrqAVtcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBuAG5AboBuwG8Ab0BvgG/AcABwQHCAcMBxAHFAcYBxwHIAckBygHLAcwBzQHOAekB6AHPAecB0AHmAdEB0gHTAdQB5QHVAdYB1wHYAdkB2gHbAdwB3QHeAd8B4AHhAeIB4wEA/AELQQAM4wELQQ4M4gELQQ0M4QELQQ8M4AELQRAM3wELQRMM3gELQRQM3QELQRUM3AELQRYM2wELQRcM2gELQRgM2QELQRkM2AELQRoM1wELQRsM1gELQRwM1QELQR0M1AELQR4M0wELQR8M0gELQSAM0QELQSEM0AELQQgMzwELQSIMzgELQSQMzQELQSMMzAELQQcMywELQSUMygELQSYMyQELQScMyAELQSgMxwELQRIMxgELQREMxQELQSkMxAELQSoMwwELQSsMwgELQSwMwQELQd4BDMABC0EuDL8BC0EvDL4BC0EwDL0BC0ExDLwBC0EyDLsBC0EzDLoBC0E0DLkBC0HfAQy4AQtBNQy3AQtBOQy2AQtBDAy1AQtBNgy0AQtBNwyzAQtBOAyyAQtBPgyxAQtBOgywAQtB4AEMrwELQQsMrgELQT8MrQELQTsMrAELQQoMqwELQTwMqgELQT0MqQELQeEBDKgBC0HBAAynAQtBwAAMpgELQcIADKUBC0EJDKQBC0EtDKMBC0HDAAyiAQtBxAAMoQELQcUADKABC0HGAAyfAQtBxwAMngELQcgADJ0BC0HJAAycAQtBygAMmwELQcsADJoBC0HMAAyZAQtBzQAMmAELQc4ADJcBC0HPAAyWAQtB0AAMlQELQdEADJQBC0HSAAyTAQtB0wAMkgELQdUADJEBC0HUAAyQAQtB1gAMjwELQdcADI4BC0HYAAyNAQtB2QAMjAELQdoADIsBC0HbAAyKAQtB3AAMiQELQd0ADIgBC0HeAAyHAQtB3wAMhgELQeAADIUBC0HhAAyEAQtB4gAMgwELQeMADIIBC0HkAAyBAQtB5QAMgAELQeIBDH8LQeYADH4LQecADH0LQQYMfAtB6AAMewtBBQx6C0HpAAx5C0EEDHgLQeoADHcLQesADHYLQewADHULQe0ADHQLQQMMcwtB7gAMcgtB7wAMcQtB8AAMcAtB8gAMbwtB8QAMbgtB8wAMbQtB9AAMbAtB9QAMawtB9gAMagtBAgxpC0H3AAxoC0H4AAxnC0H5AAxmC0H6AAxlC0H7AAxkC0H8AAxjC0H9AAxiC0H+AAxhC0H/AAxgC0GAAQxfC0GBAQxeC0GCAQxdC0GDAQxcC0GEAQxbC0GFAQxaC0GGAQxZC0GHAQxYC0GIAQxXC0GJAQxWC0GKAQxVC0GLAQxUC0GMAQxTC0GNAQxSC0GOAQxRC0GPAQxQC0GQAQxPC0GRAQxOC0GSAQxNC0GTAQxMC0GUAQxLC0GVAQxKC0GWAQxJC0GXAQxIC0GYAQxHC0GZAQxGC0GaAQxFC0GbAQxEC0GcAQxDC0GdAQxCC0GeAQxBC0GfAQxAC0GgAQw/C0GhAQw+C0GiAQw9C0GjAQw8C0GkAQw7C0GlAQw6C0GmAQw5C0GnAQw4C0GoAQw3C0GpAQw2C0GqAQw1C0GrAQw0C0GsAQwzC0GtAQwyC0GuAQwxC0GvAQwwC0GwAQwvC0GxAQwuC0GyAQwtC0GzAQwsC0G0AQwrC0G1AQwqC0G2AQwpC0G3AQwoC0G4AQwnC0G5AQwmC0G6AQwlC0G7AQwkC0G8AQwjC0G9AQwiC0G+AQwhC0G/AQwgC0HAAQwfC0HBAQweC0HCAQwdC0EBDBwLQcMBDBsLQcQBDBoLQcUBDBkLQcYBDBgLQccBDBcLQcgBDBYLQckBDBULQcoBDBQLQcsBDBMLQcwBDBILQc0BDBELQc4BDBALQc8BDA8LQdABDA4LQdEBDA0LQdIBDAwLQdMBDAsLQdQBDAoLQdUBDAkLQdYBDAgLQeMBDAcLQdcBDAYLQdgBDAULQdkBDAQLQdoBDAMLQdsBDAILQd0BDAELQdwBCyECA0ACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAwJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDuMBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISMkJScoKZ4DmwOaA5EDigODA4AD/QL7AvgC8gLxAu8C7QLoAucC5gLlAuQC3ALbAtoC2QLYAtcC1gLVAs8CzgLMAssCygLJAsgCxwLGAsQCwwK+ArwCugK5ArgCtwK2ArUCtAKzArICsQKwAq4CrQKpAqgCpwKmAqUCpAKjAqICoQKgAp8CmAKQAowCiwKKAoEC/gH9AfwB+wH6AfkB+AH3AfUB8wHwAesB6QHoAecB5gHlAeQB4wHiAeEB4AHfAd4B3QHcAdoB2QHYAdcB1gHVAdQB0wHSAdEB0AHPAc4BzQHMAcsBygHJAcgBxwHGAcUBxAHDAcIBwQHAAb8BvgG9AbwBuwG6AbkBuAG3AbYBtQG0AbMBsgGxAbABrwGuAa0BrAGrAaoBqQGoAacBpgGlAaQBowGiAZ8BngGZAZgBlwGWAZUBlAGTAZIBkQGQAY8BjQGMAYcBhgGFAYQBgwGCAX18e3p5dnV0UFFSU1RVCyABIARHDXJB/QEhAgy+AwsgASAERw2YAUHbASECDL0DCyABIARHDfEBQY4BIQIMvAMLIAEgBEcN/AFBhAEhAgy7AwsgASAERw2KAkH/ACECDLoDCyABIARHDZECQf0AIQIMuQMLIAEgBEcNlAJB+wAhAgy4AwsgASAERw0eQR4hAgy3AwsgASAERw0ZQRghAgy2AwsgASAERw3KAkHNACECDLUDCyABIARHDdUCQcYAIQIMtAMLIAEgBEcN1gJBwwAhAgyzAwsgASAERw3cAkE4IQIMsgMLIAMtADBBAUYNrQMMiQMLQQAhAAJAAkACQCADLQAqRQ0AIAMtACtFDQAgAy8BMiICQQJxRQ0BDAILIAMvATIiAkEBcUUNAQtBASEAIAMtAChBAUYNACADLwE0IgZB5ABrQeQASQ0AIAZBzAFGDQAgBkGwAkYNACACQcAAcQ0AQQAhACACQYgEcUGABEYNACACQShxQQBHIQALIANBADsBMiADQQA6ADECQCAARQRAIANBADoAMSADLQAuQQRxDQEMsQMLIANCADcDIAsgA0EAOgAxIANBAToANgxIC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAARQ1IIABBFUcNYiADQQQ2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgyvAwsgASAERgRAQQYhAgyvAwsgAS0AAEEKRw0ZIAFBAWohAQwaCyADQgA3AyBBEiECDJQDCyABIARHDYoDQSMhAgysAwsgASAERgRAQQchAgysAwsCQAJAIAEtAABBCmsOBAEYGAAYCyABQQFqIQFBECECDJMDCyABQQFqIQEgA0Evai0AAEEBcQ0XQQAhAiADQQA2AhwgAyABNgIUIANBmSA2AhAgA0EZNgIMDKsDCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMWg0YQQghAgyqAwsgASAERwRAIANBCTYCCCADIAE2AgRBFCECDJEDC0EJIQIMqQMLIAMpAyBQDa4CDEMLIAEgBEYEQEELIQIMqAMLIAEtAABBCkcNFiABQQFqIQEMFwsgA0Evai0AAEEBcUUNGQwmC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRkMQgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0aDCQLQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGwwyCyADQS9qLQAAQQFxRQ0cDCILQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANHAxCC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADR0MIAsgASAERgRAQRMhAgygAwsCQCABLQAAIgBBCmsOBB8jIwAiCyABQQFqIQEMHwtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0iDEILIAEgBEYEQEEWIQIMngMLIAEtAABBwMEAai0AAEEBRw0jDIMDCwJAA0AgAS0AAEGwO2otAAAiAEEBRwRAAkAgAEECaw4CAwAnCyABQQFqIQFBISECDIYDCyAEIAFBAWoiAUcNAAtBGCECDJ0DCyADKAIEIQBBACECIANBADYCBCADIAAgAUEBaiIBEDQiAA0hDEELQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIwwqCyABIARGBEBBHCECDJsDCyADQQo2AgggAyABNgIEQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANJUEkIQIMgQMLIAEgBEcEQANAIAEtAABBsD1qLQAAIgBBA0cEQCAAQQFrDgUYGiaCAyUmCyAEIAFBAWoiAUcNAAtBGyECDJoDC0EbIQIMmQMLA0AgAS0AAEGwP2otAAAiAEEDRwRAIABBAWsOBQ8RJxMmJwsgBCABQQFqIgFHDQALQR4hAgyYAwsgASAERwRAIANBCzYCCCADIAE2AgRBByECDP8CC0EfIQIMlwMLIAEgBEYEQEEgIQIMlwMLAkAgAS0AAEENaw4ULj8/Pz8/Pz8/Pz8/Pz8/Pz8/PwA/C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAyWAwsgA0EvaiECA0AgASAERgRAQSEhAgyXAwsCQAJAAkAgAS0AACIAQQlrDhgCACkpASkpKSkpKSkpKSkpKSkpKSkpKQInCyABQQFqIQEgA0Evai0AAEEBcUUNCgwYCyABQQFqIQEMFwsgAUEBaiEBIAItAABBAnENAAtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwMlQMLIAMtAC5BgAFxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ3mAiAAQRVGBEAgA0EkNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMlAMLQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDJMDC0EAIQIgA0EANgIcIAMgATYCFCADQb4gNgIQIANBAjYCDAySAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEgDKdqIgEQMiIARQ0rIANBBzYCHCADIAE2AhQgAyAANgIMDJEDCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlgiAkUNACADIAIRAAAhAAsgAEUNKyAAQRVGBEAgA0EKNgIcIAMgATYCFCADQesZNgIQIANBFTYCDEEAIQIMkAMLQQAhAiADQQA2AhwgAyABNgIUIANBkww2AhAgA0ETNgIMDI8DC0EAIQIgA0EANgIcIAMgATYCFCADQYIVNgIQIANBAjYCDAyOAwtBACECIANBADYCHCADIAE2AhQgA0HdFDYCECADQRk2AgwMjQMLQQAhAiADQQA2AhwgAyABNgIUIANB5h02AhAgA0EZNgIMDIwDCyAAQRVGDT1BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMiwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUNKCADQQ02AhwgAyABNgIUIAMgADYCDAyKAwsgAEEVRg06QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIkDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCgLIANBDjYCHCADIAA2AgwgAyABQQFqNgIUDIgDCyAAQRVGDTdBACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMhwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUEQCABQQFqIQEMJwsgA0EPNgIcIAMgADYCDCADIAFBAWo2AhQMhgMLQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDIUDCyAAQRVGDTNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwMhAMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUNJSADQRE2AhwgAyABNgIUIAMgADYCDAyDAwsgAEEVRg0wQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIIDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDCULIANBEjYCHCADIAA2AgwgAyABQQFqNgIUDIEDCyADQS9qLQAAQQFxRQ0BC0EXIQIM5gILQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDP4CCyAAQTtHDQAgAUEBaiEBDAwLQQAhAiADQQA2AhwgAyABNgIUIANBkhg2AhAgA0ECNgIMDPwCCyAAQRVGDShBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM+wILIANBFDYCHCADIAE2AhQgAyAANgIMDPoCCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDPUCCyADQRU2AhwgAyAANgIMIAMgAUEBajYCFAz5AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzzAgsgA0EXNgIcIAMgADYCDCADIAFBAWo2AhQM+AILIABBFUYNI0EAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAz3AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwdCyADQRk2AhwgAyAANgIMIAMgAUEBajYCFAz2AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzvAgsgA0EaNgIcIAMgADYCDCADIAFBAWo2AhQM9QILIABBFUYNH0EAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAz0AgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDBsLIANBHDYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgzzAgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDOsCCyADQR02AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8gILIABBO0cNASABQQFqIQELQSYhAgzXAgtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwM7wILIAEgBEcEQANAIAEtAABBIEcNhAIgBCABQQFqIgFHDQALQSwhAgzvAgtBLCECDO4CCyABIARGBEBBNCECDO4CCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtBNCECDO8CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNnwIgA0EyNgIcIAMgATYCFCADIAA2AgxBACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUEQCABQQFqIQEMnwILIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgztAgsgASAERwRAAkADQCABLQAAQTBrIgBB/wFxQQpPBEBBOiECDNcCCyADKQMgIgtCmbPmzJmz5swZVg0BIAMgC0IKfiIKNwMgIAogAK1C/wGDIgtCf4VWDQEgAyAKIAt8NwMgIAQgAUEBaiIBRw0AC0HAACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABQQFqIgEQMSIADRcM4gILQcAAIQIM7AILIAEgBEYEQEHJACECDOwCCwJAA0ACQCABLQAAQQlrDhgAAqICogKpAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAgCiAgsgBCABQQFqIgFHDQALQckAIQIM7AILIAFBAWohASADQS9qLQAAQQFxDaUCIANBADYCHCADIAE2AhQgA0GXEDYCECADQQo2AgxBACECDOsCCyABIARHBEADQCABLQAAQSBHDRUgBCABQQFqIgFHDQALQfgAIQIM6wILQfgAIQIM6gILIANBAjoAKAw4C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAzoAgtBACECDM4CC0ENIQIMzQILQRMhAgzMAgtBFSECDMsCC0EWIQIMygILQRghAgzJAgtBGSECDMgCC0EaIQIMxwILQRshAgzGAgtBHCECDMUCC0EdIQIMxAILQR4hAgzDAgtBHyECDMICC0EgIQIMwQILQSIhAgzAAgtBIyECDL8CC0ElIQIMvgILQeUAIQIMvQILIANBPTYCHCADIAE2AhQgAyAANgIMQQAhAgzVAgsgA0EbNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIM1AILIANBIDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNMCCyADQRM2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzSAgsgA0ELNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0QILIANBEDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNACCyADQSA2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzPAgsgA0ELNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzgILIANBDDYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM0CC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAzMAgsCQANAAkAgAS0AAEEKaw4EAAICAAILIAQgAUEBaiIBRw0AC0H9ASECDMwCCwJAAkAgAy0ANkEBRw0AQQAhAAJAIAMoAjgiAkUNACACKAJgIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB/AE2AhwgAyABNgIUIANB3Bk2AhAgA0EVNgIMQQAhAgzNAgtB3AEhAgyzAgsgA0EANgIcIAMgATYCFCADQfkLNgIQIANBHzYCDEEAIQIMywILAkACQCADLQAoQQFrDgIEAQALQdsBIQIMsgILQdQBIQIMsQILIANBAjoAMUEAIQACQCADKAI4IgJFDQAgAigCACICRQ0AIAMgAhEAACEACyAARQRAQd0BIQIMsQILIABBFUcEQCADQQA2AhwgAyABNgIUIANBtAw2AhAgA0EQNgIMQQAhAgzKAgsgA0H7ATYCHCADIAE2AhQgA0GBGjYCECADQRU2AgxBACECDMkCCyABIARGBEBB+gEhAgzJAgsgAS0AAEHIAEYNASADQQE6ACgLQcABIQIMrgILQdoBIQIMrQILIAEgBEcEQCADQQw2AgggAyABNgIEQdkBIQIMrQILQfkBIQIMxQILIAEgBEYEQEH4ASECDMUCCyABLQAAQcgARw0EIAFBAWohAUHYASECDKsCCyABIARGBEBB9wEhAgzEAgsCQAJAIAEtAABBxQBrDhAABQUFBQUFBQUFBQUFBQUBBQsgAUEBaiEBQdYBIQIMqwILIAFBAWohAUHXASECDKoCC0H2ASECIAEgBEYNwgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABButUAai0AAEcNAyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMwwILIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgBFBEBB4wEhAgyqAgsgA0H1ATYCHCADIAE2AhQgAyAANgIMQQAhAgzCAgtB9AEhAiABIARGDcECIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjVAGotAABHDQIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMICCyADQYEEOwEoIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgANAwwCCyADQQA2AgALQQAhAiADQQA2AhwgAyABNgIUIANB5R82AhAgA0EINgIMDL8CC0HVASECDKUCCyADQfMBNgIcIAMgATYCFCADIAA2AgxBACECDL0CC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ1uIABBFUcEQCADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgy9AgsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDLwCCyABIARHBEAgA0ENNgIIIAMgATYCBEHTASECDKMCC0HyASECDLsCCyABIARGBEBB8QEhAgy7AgsCQAJAAkAgAS0AAEHIAGsOCwABCAgICAgICAgCCAsgAUEBaiEBQdABIQIMowILIAFBAWohAUHRASECDKICCyABQQFqIQFB0gEhAgyhAgtB8AEhAiABIARGDbkCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEG11QBqLQAARw0EIABBAkYNAyAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy5AgtB7wEhAiABIARGDbgCIAMoAgAiACAEIAFraiEGIAEgAGtBAWohBQNAIAEtAAAgAEGz1QBqLQAARw0DIABBAUYNAiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy4AgtB7gEhAiABIARGDbcCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEGw1QBqLQAARw0CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy3AgsgAygCBCEAIANCADcDACADIAAgBUEBaiIBECsiAEUNAiADQewBNgIcIAMgATYCFCADIAA2AgxBACECDLYCCyADQQA2AgALIAMoAgQhACADQQA2AgQgAyAAIAEQKyIARQ2cAiADQe0BNgIcIAMgATYCFCADIAA2AgxBACECDLQCC0HPASECDJoCC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMtAILQc4BIQIMmgILIANB6wE2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyyAgsgASAERgRAQesBIQIMsgILIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMsQILQc0BIQIMlwILIAEgBEcEQCADQQ42AgggAyABNgIEQcwBIQIMlwILQeoBIQIMrwILIAEgBEYEQEHpASECDK8CCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHLASECDJYCCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNlwIgA0HoATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgASAERgRAQecBIQIMrgILAkAgAS0AAEEuRgRAIAFBAWohAQwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmAIgA0HmATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgtBygEhAgyUAgsgASAERgRAQeUBIQIMrQILQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIBNgIcIAMgATYCFCADIAA2AgxBACECDK8CCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmgIgA0HjATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5AE2AhwgAyABNgIUIAMgADYCDAytAgtByQEhAgyTAgtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GkDTYCECADQSE2AgxBACECDK0CC0HIASECDJMCCyADQeEBNgIcIAMgATYCFCADQdAaNgIQIANBFTYCDEEAIQIMqwILIAEgBEYEQEHhASECDKsCCwJAIAEtAABBIEYEQCADQQA7ATQgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GZETYCECADQQk2AgxBACECDKsCC0HHASECDJECCyABIARGBEBB4AEhAgyqAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKsCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyqAgtBxgEhAgyQAgsgASAERgRAQd8BIQIMqQILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyqAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqQILQcUBIQIMjwILIAEgBEYEQEHeASECDKgCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqQILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKgCC0HEASECDI4CCyABIARGBEBB3QEhAgynAgsCQAJAAkACQCABLQAAQQprDhcCAwMAAwMDAwMDAwMDAwMDAwMDAwMDAQMLIAFBAWoMBQsgAUEBaiEBQcMBIQIMjwILIAFBAWohASADQS9qLQAAQQFxDQggA0EANgIcIAMgATYCFCADQY0LNgIQIANBDTYCDEEAIQIMpwILIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKYCCyABIARHBEAgA0EPNgIIIAMgATYCBEEBIQIMjQILQdwBIQIMpQILAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0HbASECDKYCCyADKAIEIQAgA0EANgIEIAMgACABEC0iAEUEQCABQQFqIQEMBAsgA0HaATYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgylAgsgAygCBCEAIANBADYCBCADIAAgARAtIgANASABQQFqCyEBQcEBIQIMigILIANB2QE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMogILQcIBIQIMiAILIANBL2otAABBAXENASADQQA2AhwgAyABNgIUIANB5Bw2AhAgA0EZNgIMQQAhAgygAgsgASAERgRAQdkBIQIMoAILAkACQAJAIAEtAABBCmsOBAECAgACCyABQQFqIQEMAgsgAUEBaiEBDAELIAMtAC5BwABxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCPCICRQ0AIAMgAhEAACEACyAARQ2gASAAQRVGBEAgA0HZADYCHCADIAE2AhQgA0G3GjYCECADQRU2AgxBACECDJ8CCyADQQA2AhwgAyABNgIUIANBgA02AhAgA0EbNgIMQQAhAgyeAgsgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMnQILIAEgBEcEQCADQQw2AgggAyABNgIEQb8BIQIMhAILQdgBIQIMnAILIAEgBEYEQEHXASECDJwCCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEHBAGsOFQABAgNaBAUGWlpaBwgJCgsMDQ4PEFoLIAFBAWohAUH7ACECDJICCyABQQFqIQFB/AAhAgyRAgsgAUEBaiEBQYEBIQIMkAILIAFBAWohAUGFASECDI8CCyABQQFqIQFBhgEhAgyOAgsgAUEBaiEBQYkBIQIMjQILIAFBAWohAUGKASECDIwCCyABQQFqIQFBjQEhAgyLAgsgAUEBaiEBQZYBIQIMigILIAFBAWohAUGXASECDIkCCyABQQFqIQFBmAEhAgyIAgsgAUEBaiEBQaUBIQIMhwILIAFBAWohAUGmASECDIYCCyABQQFqIQFBrAEhAgyFAgsgAUEBaiEBQbQBIQIMhAILIAFBAWohAUG3ASECDIMCCyABQQFqIQFBvgEhAgyCAgsgASAERgRAQdYBIQIMmwILIAEtAABBzgBHDUggAUEBaiEBQb0BIQIMgQILIAEgBEYEQEHVASECDJoCCwJAAkACQCABLQAAQcIAaw4SAEpKSkpKSkpKSgFKSkpKSkoCSgsgAUEBaiEBQbgBIQIMggILIAFBAWohAUG7ASECDIECCyABQQFqIQFBvAEhAgyAAgtB1AEhAiABIARGDZgCIAMoAgAiACAEIAFraiEFIAEgAGtBB2ohBgJAA0AgAS0AACAAQajVAGotAABHDUUgAEEHRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJkCCyADQQA2AgAgBkEBaiEBQRsMRQsgASAERgRAQdMBIQIMmAILAkACQCABLQAAQckAaw4HAEdHR0dHAUcLIAFBAWohAUG5ASECDP8BCyABQQFqIQFBugEhAgz+AQtB0gEhAiABIARGDZYCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQabVAGotAABHDUMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJcCCyADQQA2AgAgBkEBaiEBQQ8MQwtB0QEhAiABIARGDZUCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQaTVAGotAABHDUIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYCCyADQQA2AgAgBkEBaiEBQSAMQgtB0AEhAiABIARGDZQCIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDUEgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJUCCyADQQA2AgAgBkEBaiEBQRIMQQsgASAERgRAQc8BIQIMlAILAkACQCABLQAAQcUAaw4OAENDQ0NDQ0NDQ0NDQwFDCyABQQFqIQFBtQEhAgz7AQsgAUEBaiEBQbYBIQIM+gELQc4BIQIgASAERg2SAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGe1QBqLQAARw0/IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyTAgsgA0EANgIAIAZBAWohAUEHDD8LQc0BIQIgASAERg2RAiADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGY1QBqLQAARw0+IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAySAgsgA0EANgIAIAZBAWohAUEoDD4LIAEgBEYEQEHMASECDJECCwJAAkACQCABLQAAQcUAaw4RAEFBQUFBQUFBQQFBQUFBQQJBCyABQQFqIQFBsQEhAgz5AQsgAUEBaiEBQbIBIQIM+AELIAFBAWohAUGzASECDPcBC0HLASECIAEgBEYNjwIgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBkdUAai0AAEcNPCAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkAILIANBADYCACAGQQFqIQFBGgw8C0HKASECIAEgBEYNjgIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBjdUAai0AAEcNOyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjwILIANBADYCACAGQQFqIQFBIQw7CyABIARGBEBByQEhAgyOAgsCQAJAIAEtAABBwQBrDhQAPT09PT09PT09PT09PT09PT09AT0LIAFBAWohAUGtASECDPUBCyABQQFqIQFBsAEhAgz0AQsgASAERgRAQcgBIQIMjQILAkACQCABLQAAQdUAaw4LADw8PDw8PDw8PAE8CyABQQFqIQFBrgEhAgz0AQsgAUEBaiEBQa8BIQIM8wELQccBIQIgASAERg2LAiADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw04IABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyMAgsgA0EANgIAIAZBAWohAUEqDDgLIAEgBEYEQEHGASECDIsCCyABLQAAQdAARw04IAFBAWohAUElDDcLQcUBIQIgASAERg2JAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGB1QBqLQAARw02IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyKAgsgA0EANgIAIAZBAWohAUEODDYLIAEgBEYEQEHEASECDIkCCyABLQAAQcUARw02IAFBAWohAUGrASECDO8BCyABIARGBEBBwwEhAgyIAgsCQAJAAkACQCABLQAAQcIAaw4PAAECOTk5OTk5OTk5OTkDOQsgAUEBaiEBQacBIQIM8QELIAFBAWohAUGoASECDPABCyABQQFqIQFBqQEhAgzvAQsgAUEBaiEBQaoBIQIM7gELQcIBIQIgASAERg2GAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH+1ABqLQAARw0zIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyHAgsgA0EANgIAIAZBAWohAUEUDDMLQcEBIQIgASAERg2FAiADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEH51ABqLQAARw0yIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyGAgsgA0EANgIAIAZBAWohAUErDDILQcABIQIgASAERg2EAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH21ABqLQAARw0xIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyFAgsgA0EANgIAIAZBAWohAUEsDDELQb8BIQIgASAERg2DAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0wIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyEAgsgA0EANgIAIAZBAWohAUERDDALQb4BIQIgASAERg2CAiADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEHy1ABqLQAARw0vIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyDAgsgA0EANgIAIAZBAWohAUEuDC8LIAEgBEYEQEG9ASECDIICCwJAAkACQAJAAkAgAS0AAEHBAGsOFQA0NDQ0NDQ0NDQ0ATQ0AjQ0AzQ0BDQLIAFBAWohAUGbASECDOwBCyABQQFqIQFBnAEhAgzrAQsgAUEBaiEBQZ0BIQIM6gELIAFBAWohAUGiASECDOkBCyABQQFqIQFBpAEhAgzoAQsgASAERgRAQbwBIQIMgQILAkACQCABLQAAQdIAaw4DADABMAsgAUEBaiEBQaMBIQIM6AELIAFBAWohAUEEDC0LQbsBIQIgASAERg3/ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHw1ABqLQAARw0sIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyAAgsgA0EANgIAIAZBAWohAUEdDCwLIAEgBEYEQEG6ASECDP8BCwJAAkAgAS0AAEHJAGsOBwEuLi4uLgAuCyABQQFqIQFBoQEhAgzmAQsgAUEBaiEBQSIMKwsgASAERgRAQbkBIQIM/gELIAEtAABB0ABHDSsgAUEBaiEBQaABIQIM5AELIAEgBEYEQEG4ASECDP0BCwJAAkAgAS0AAEHGAGsOCwAsLCwsLCwsLCwBLAsgAUEBaiEBQZ4BIQIM5AELIAFBAWohAUGfASECDOMBC0G3ASECIAEgBEYN+wEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB7NQAai0AAEcNKCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM/AELIANBADYCACAGQQFqIQFBDQwoC0G2ASECIAEgBEYN+gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNJyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+wELIANBADYCACAGQQFqIQFBDAwnC0G1ASECIAEgBEYN+QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6tQAai0AAEcNJiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+gELIANBADYCACAGQQFqIQFBAwwmC0G0ASECIAEgBEYN+AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6NQAai0AAEcNJSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+QELIANBADYCACAGQQFqIQFBJgwlCyABIARGBEBBswEhAgz4AQsCQAJAIAEtAABB1ABrDgIAAScLIAFBAWohAUGZASECDN8BCyABQQFqIQFBmgEhAgzeAQtBsgEhAiABIARGDfYBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQebUAGotAABHDSMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPcBCyADQQA2AgAgBkEBaiEBQScMIwtBsQEhAiABIARGDfUBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQeTUAGotAABHDSIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPYBCyADQQA2AgAgBkEBaiEBQRwMIgtBsAEhAiABIARGDfQBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQd7UAGotAABHDSEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPUBCyADQQA2AgAgBkEBaiEBQQYMIQtBrwEhAiABIARGDfMBIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQdnUAGotAABHDSAgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPQBCyADQQA2AgAgBkEBaiEBQRkMIAsgASAERgRAQa4BIQIM8wELAkACQAJAAkAgAS0AAEEtaw4jACQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkASQkJCQkAiQkJAMkCyABQQFqIQFBjgEhAgzcAQsgAUEBaiEBQY8BIQIM2wELIAFBAWohAUGUASECDNoBCyABQQFqIQFBlQEhAgzZAQtBrQEhAiABIARGDfEBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQdfUAGotAABHDR4gAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPIBCyADQQA2AgAgBkEBaiEBQQsMHgsgASAERgRAQawBIQIM8QELAkACQCABLQAAQcEAaw4DACABIAsgAUEBaiEBQZABIQIM2AELIAFBAWohAUGTASECDNcBCyABIARGBEBBqwEhAgzwAQsCQAJAIAEtAABBwQBrDg8AHx8fHx8fHx8fHx8fHwEfCyABQQFqIQFBkQEhAgzXAQsgAUEBaiEBQZIBIQIM1gELIAEgBEYEQEGqASECDO8BCyABLQAAQcwARw0cIAFBAWohAUEKDBsLQakBIQIgASAERg3tASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHR1ABqLQAARw0aIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzuAQsgA0EANgIAIAZBAWohAUEeDBoLQagBIQIgASAERg3sASADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEHK1ABqLQAARw0ZIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAztAQsgA0EANgIAIAZBAWohAUEVDBkLQacBIQIgASAERg3rASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHH1ABqLQAARw0YIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzsAQsgA0EANgIAIAZBAWohAUEXDBgLQaYBIQIgASAERg3qASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHB1ABqLQAARw0XIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzrAQsgA0EANgIAIAZBAWohAUEYDBcLIAEgBEYEQEGlASECDOoBCwJAAkAgAS0AAEHJAGsOBwAZGRkZGQEZCyABQQFqIQFBiwEhAgzRAQsgAUEBaiEBQYwBIQIM0AELQaQBIQIgASAERg3oASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw0VIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzpAQsgA0EANgIAIAZBAWohAUEJDBULQaMBIQIgASAERg3nASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw0UIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzoAQsgA0EANgIAIAZBAWohAUEfDBQLQaIBIQIgASAERg3mASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEG+1ABqLQAARw0TIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAznAQsgA0EANgIAIAZBAWohAUECDBMLQaEBIQIgASAERg3lASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYDQCABLQAAIABBvNQAai0AAEcNESAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5QELIAEgBEYEQEGgASECDOUBC0EBIAEtAABB3wBHDREaIAFBAWohAUGHASECDMsBCyADQQA2AgAgBkEBaiEBQYgBIQIMygELQZ8BIQIgASAERg3iASADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw0PIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzjAQsgA0EANgIAIAZBAWohAUEpDA8LQZ4BIQIgASAERg3hASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEG41ABqLQAARw0OIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAziAQsgA0EANgIAIAZBAWohAUEtDA4LIAEgBEYEQEGdASECDOEBCyABLQAAQcUARw0OIAFBAWohAUGEASECDMcBCyABIARGBEBBnAEhAgzgAQsCQAJAIAEtAABBzABrDggADw8PDw8PAQ8LIAFBAWohAUGCASECDMcBCyABQQFqIQFBgwEhAgzGAQtBmwEhAiABIARGDd4BIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQbPUAGotAABHDQsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN8BCyADQQA2AgAgBkEBaiEBQSMMCwtBmgEhAiABIARGDd0BIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDUAGotAABHDQogAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN4BCyADQQA2AgAgBkEBaiEBQQAMCgsgASAERgRAQZkBIQIM3QELAkACQCABLQAAQcgAaw4IAAwMDAwMDAEMCyABQQFqIQFB/QAhAgzEAQsgAUEBaiEBQYABIQIMwwELIAEgBEYEQEGYASECDNwBCwJAAkAgAS0AAEHOAGsOAwALAQsLIAFBAWohAUH+ACECDMMBCyABQQFqIQFB/wAhAgzCAQsgASAERgRAQZcBIQIM2wELIAEtAABB2QBHDQggAUEBaiEBQQgMBwtBlgEhAiABIARGDdkBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQazUAGotAABHDQYgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNoBCyADQQA2AgAgBkEBaiEBQQUMBgtBlQEhAiABIARGDdgBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQabUAGotAABHDQUgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNkBCyADQQA2AgAgBkEBaiEBQRYMBQtBlAEhAiABIARGDdcBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDQQgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNgBCyADQQA2AgAgBkEBaiEBQRAMBAsgASAERgRAQZMBIQIM1wELAkACQCABLQAAQcMAaw4MAAYGBgYGBgYGBgYBBgsgAUEBaiEBQfkAIQIMvgELIAFBAWohAUH6ACECDL0BC0GSASECIAEgBEYN1QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBoNQAai0AAEcNAiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM1gELIANBADYCACAGQQFqIQFBJAwCCyADQQA2AgAMAgsgASAERgRAQZEBIQIM1AELIAEtAABBzABHDQEgAUEBaiEBQRMLOgApIAMoAgQhACADQQA2AgQgAyAAIAEQLiIADQIMAQtBACECIANBADYCHCADIAE2AhQgA0H+HzYCECADQQY2AgwM0QELQfgAIQIMtwELIANBkAE2AhwgAyABNgIUIAMgADYCDEEAIQIMzwELQQAhAAJAIAMoAjgiAkUNACACKAJAIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GCDzYCECADQSA2AgxBACECDM4BC0H3ACECDLQBCyADQY8BNgIcIAMgATYCFCADQewbNgIQIANBFTYCDEEAIQIMzAELIAEgBEYEQEGPASECDMwBCwJAIAEtAABBIEYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZsfNgIQIANBBjYCDEEAIQIMzAELQQIhAgyyAQsDQCABLQAAQSBHDQIgBCABQQFqIgFHDQALQY4BIQIMygELIAEgBEYEQEGNASECDMoBCwJAIAEtAABBCWsOBEoAAEoAC0H1ACECDLABCyADLQApQQVGBEBB9gAhAgywAQtB9AAhAgyvAQsgASAERgRAQYwBIQIMyAELIANBEDYCCCADIAE2AgQMCgsgASAERgRAQYsBIQIMxwELAkAgAS0AAEEJaw4ERwAARwALQfMAIQIMrQELIAEgBEcEQCADQRA2AgggAyABNgIEQfEAIQIMrQELQYoBIQIMxQELAkAgASAERwRAA0AgAS0AAEGg0ABqLQAAIgBBA0cEQAJAIABBAWsOAkkABAtB8AAhAgyvAQsgBCABQQFqIgFHDQALQYgBIQIMxgELQYgBIQIMxQELIANBADYCHCADIAE2AhQgA0HbIDYCECADQQc2AgxBACECDMQBCyABIARGBEBBiQEhAgzEAQsCQAJAAkAgAS0AAEGg0gBqLQAAQQFrDgNGAgABC0HyACECDKwBCyADQQA2AhwgAyABNgIUIANBtBI2AhAgA0EHNgIMQQAhAgzEAQtB6gAhAgyqAQsgASAERwRAIAFBAWohAUHvACECDKoBC0GHASECDMIBCyAEIAEiAEYEQEGGASECDMIBCyAALQAAIgFBL0YEQCAAQQFqIQFB7gAhAgypAQsgAUEJayICQRdLDQEgACEBQQEgAnRBm4CABHENQQwBCyAEIAEiAEYEQEGFASECDMEBCyAALQAAQS9HDQAgAEEBaiEBDAMLQQAhAiADQQA2AhwgAyAANgIUIANB2yA2AhAgA0EHNgIMDL8BCwJAAkACQAJAAkADQCABLQAAQaDOAGotAAAiAEEFRwRAAkACQCAAQQFrDghHBQYHCAAEAQgLQesAIQIMrQELIAFBAWohAUHtACECDKwBCyAEIAFBAWoiAUcNAAtBhAEhAgzDAQsgAUEBagwUCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDMEBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDMABCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDL8BCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy+AQsgASAERgRAQYMBIQIMvgELAkAgAS0AAEGgzgBqLQAAQQFrDgg+BAUGAAgCAwcLIAFBAWohAQtBAyECDKMBCyABQQFqDA0LQQAhAiADQQA2AhwgA0HREjYCECADQQc2AgwgAyABQQFqNgIUDLoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDLkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDLgBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDLcBCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy2AQtB7AAhAgycAQsgASAERgRAQYIBIQIMtQELIAFBAWoMAgsgASAERgRAQYEBIQIMtAELIAFBAWoMAQsgASAERg0BIAFBAWoLIQFBBCECDJgBC0GAASECDLABCwNAIAEtAABBoMwAai0AACIAQQJHBEAgAEEBRwRAQekAIQIMmQELDDELIAQgAUEBaiIBRw0AC0H/ACECDK8BCyABIARGBEBB/gAhAgyvAQsCQCABLQAAQQlrDjcvAwYvBAYGBgYGBgYGBgYGBgYGBgYGBgUGBgIGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYABgsgAUEBagshAUEFIQIMlAELIAFBAWoMBgsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgyrAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgyqAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgypAQsgA0EANgIcIAMgATYCFCADQY0UNgIQIANBBzYCDEEAIQIMqAELAkACQAJAAkADQCABLQAAQaDKAGotAAAiAEEFRwRAAkAgAEEBaw4GLgMEBQYABgtB6AAhAgyUAQsgBCABQQFqIgFHDQALQf0AIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqAELIANBADYCHCADIAE2AhQgA0HkCDYCECADQQc2AgxBACECDKcBCyABIARGDQEgAUEBagshAUEGIQIMjAELQfwAIQIMpAELAkACQAJAAkADQCABLQAAQaDIAGotAAAiAEEFRwRAIABBAWsOBCkCAwQFCyAEIAFBAWoiAUcNAAtB+wAhAgynAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgymAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgylAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgykAQsgA0EANgIcIAMgATYCFCADQbwKNgIQIANBBzYCDEEAIQIMowELQc8AIQIMiQELQdEAIQIMiAELQecAIQIMhwELIAEgBEYEQEH6ACECDKABCwJAIAEtAABBCWsOBCAAACAACyABQQFqIQFB5gAhAgyGAQsgASAERgRAQfkAIQIMnwELAkAgAS0AAEEJaw4EHwAAHwALQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFBEBB4gEhAgyGAQsgAEEVRwRAIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDJ8BCyADQfgANgIcIAMgATYCFCADQeoaNgIQIANBFTYCDEEAIQIMngELIAEgBEcEQCADQQ02AgggAyABNgIEQeQAIQIMhQELQfcAIQIMnQELIAEgBEYEQEH2ACECDJ0BCwJAAkACQCABLQAAQcgAaw4LAAELCwsLCwsLCwILCyABQQFqIQFB3QAhAgyFAQsgAUEBaiEBQeAAIQIMhAELIAFBAWohAUHjACECDIMBC0H1ACECIAEgBEYNmwEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBtdUAai0AAEcNCCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMnAELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfQANgIcIAMgATYCFCADIAA2AgxBACECDJwBC0HiACECDIIBC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMnAELQeEAIQIMggELIANB8wA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyaAQsgAy0AKSIAQSNrQQtJDQkCQCAAQQZLDQBBASAAdEHKAHFFDQAMCgtBACECIANBADYCHCADIAE2AhQgA0HtCTYCECADQQg2AgwMmQELQfIAIQIgASAERg2YASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGz1QBqLQAARw0FIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAQsgAygCBCEAIANCADcDACADIAAgBkEBaiIBECsiAARAIANB8QA2AhwgAyABNgIUIAMgADYCDEEAIQIMmQELQd8AIQIMfwtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJkBC0HeACECDH8LIANB8AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyXAQsgAy0AKUEhRg0GIANBADYCHCADIAE2AhQgA0GRCjYCECADQQg2AgxBACECDJYBC0HvACECIAEgBEYNlQEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMlgELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgBFDQIgA0HtADYCHCADIAE2AhQgAyAANgIMQQAhAgyVAQsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNgAEgA0HuADYCHCADIAE2AhQgAyAANgIMQQAhAgyTAQtB3AAhAgx5C0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMkwELQdsAIQIMeQsgA0HsADYCHCADIAE2AhQgA0GAGzYCECADQRU2AgxBACECDJEBCyADLQApIgBBI0kNACAAQS5GDQAgA0EANgIcIAMgATYCFCADQckJNgIQIANBCDYCDEEAIQIMkAELQdoAIQIMdgsgASAERgRAQesAIQIMjwELAkAgAS0AAEEvRgRAIAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMQQAhAgyPAQtB2QAhAgx1CyABIARHBEAgA0EONgIIIAMgATYCBEHYACECDHULQeoAIQIMjQELIAEgBEYEQEHpACECDI0BCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHXACECDHQLIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ16IANB6AA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAEgBEYEQEHnACECDIwBCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDXsgA0HmADYCHCADIAE2AhQgAyAANgIMQQAhAgyMAQtB1gAhAgxyCyABIARGBEBB5QAhAgyLAQtBACEAQQEhBUEBIQdBACECAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkAgAS0AAEEwaw4KCgkAAQIDBAUGCAsLQQIMBgtBAwwFC0EEDAQLQQUMAwtBBgwCC0EHDAELQQgLIQJBACEFQQAhBwwCC0EJIQJBASEAQQAhBUEAIQcMAQtBACEFQQEhAgsgAyACOgArIAFBAWohAQJAAkAgAy0ALkEQcQ0AAkACQAJAIAMtACoOAwEAAgQLIAdFDQMMAgsgAA0BDAILIAVFDQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ0CIANB4gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ19IANB4wA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5AA2AhwgAyABNgIUIAMgADYCDAyLAQtB1AAhAgxxCyADLQApQSJGDYYBQdMAIQIMcAtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsgAEUEQEHVACECDHALIABBFUcEQCADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgyJAQsgA0HhADYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDIgBCyABIARGBEBB4AAhAgyIAQsCQAJAAkACQAJAIAEtAABBCmsOBAEEBAAECyABQQFqIQEMAQsgAUEBaiEBIANBL2otAABBAXFFDQELQdIAIQIMcAsgA0EANgIcIAMgATYCFCADQbYRNgIQIANBCTYCDEEAIQIMiAELIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIcBCyABIARGBEBB3wAhAgyHAQsgAS0AAEEKRgRAIAFBAWohAQwJCyADLQAuQcAAcQ0IIANBADYCHCADIAE2AhQgA0G2ETYCECADQQI2AgxBACECDIYBCyABIARGBEBB3QAhAgyGAQsgAS0AACICQQ1GBEAgAUEBaiEBQdAAIQIMbQsgASEAIAJBCWsOBAUBAQUBCyAEIAEiAEYEQEHcACECDIUBCyAALQAAQQpHDQAgAEEBagwCC0EAIQIgA0EANgIcIAMgADYCFCADQcotNgIQIANBBzYCDAyDAQsgASAERgRAQdsAIQIMgwELAkAgAS0AAEEJaw4EAwAAAwALIAFBAWoLIQFBzgAhAgxoCyABIARGBEBB2gAhAgyBAQsgAS0AAEEJaw4EAAEBAAELQQAhAiADQQA2AhwgA0GaEjYCECADQQc2AgwgAyABQQFqNgIUDH8LIANBgBI7ASpBACEAAkAgAygCOCICRQ0AIAIoAjgiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HZADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDH4LQc0AIQIMZAsgA0EANgIcIAMgATYCFCADQckNNgIQIANBGjYCDEEAIQIMfAsgASAERgRAQdkAIQIMfAsgAS0AAEEgRw09IAFBAWohASADLQAuQQFxDT0gA0EANgIcIAMgATYCFCADQcIcNgIQIANBHjYCDEEAIQIMewsgASAERgRAQdgAIQIMewsCQAJAAkACQAJAIAEtAAAiAEEKaw4EAgMDAAELIAFBAWohAUEsIQIMZQsgAEE6Rw0BIANBADYCHCADIAE2AhQgA0HnETYCECADQQo2AgxBACECDH0LIAFBAWohASADQS9qLQAAQQFxRQ1zIAMtADJBgAFxRQRAIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsCQAJAIAAOFk1MSwEBAQEBAQEBAQEBAQEBAQEBAQABCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgx+CyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgx9C0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ1ZIABBFUcNASADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgx8C0HLACECDGILQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDHoLIAMgAy8BMkGAAXI7ATIMOwsgASAERwRAIANBETYCCCADIAE2AgRBygAhAgxgC0HXACECDHgLIAEgBEYEQEHWACECDHgLAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAQEBAQEBAQEBAQEBAAUBAQAIDQAsgAUEBaiEBQcYAIQIMYQsgAUEBaiEBQccAIQIMYAsgAUEBaiEBQcgAIQIMXwsgAUEBaiEBQckAIQIMXgtB1QAhAiAEIAEiAEYNdiAEIAFrIAMoAgAiAWohBiAAIAFrQQVqIQcDQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQhBBCABQQVGDQoaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHYLQdQAIQIgBCABIgBGDXUgBCABayADKAIAIgFqIQYgACABa0EPaiEHA0AgAUGAyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0HQQMgAUEPRg0JGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx1C0HTACECIAQgASIARg10IAQgAWsgAygCACIBaiEGIAAgAWtBDmohBwNAIAFB4scAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNBiABQQ5GDQcgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdAtB0gAhAiAEIAEiAEYNcyAEIAFrIAMoAgAiAWohBSAAIAFrQQFqIQYDQCABQeDHAGotAAAgAC0AACIHQSByIAcgB0HBAGtB/wFxQRpJG0H/AXFHDQUgAUEBRg0CIAFBAWohASAEIABBAWoiAEcNAAsgAyAFNgIADHMLIAEgBEYEQEHRACECDHMLAkACQCABLQAAIgBBIHIgACAAQcEAa0H/AXFBGkkbQf8BcUHuAGsOBwA5OTk5OQE5CyABQQFqIQFBwwAhAgxaCyABQQFqIQFBxAAhAgxZCyADQQA2AgAgBkEBaiEBQcUAIQIMWAtB0AAhAiAEIAEiAEYNcCAEIAFrIAMoAgAiAWohBiAAIAFrQQlqIQcDQCABQdbHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQJBAiABQQlGDQQaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHALQc8AIQIgBCABIgBGDW8gBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUHQxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxvCyAAIQEgA0EANgIADDMLQQELOgAsIANBADYCACAHQQFqIQELQS0hAgxSCwJAA0AgAS0AAEHQxQBqLQAAQQFHDQEgBCABQQFqIgFHDQALQc0AIQIMawtBwgAhAgxRCyABIARGBEBBzAAhAgxqCyABLQAAQTpGBEAgAygCBCEAIANBADYCBCADIAAgARAwIgBFDTMgA0HLADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxqCyADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgxpCwJAAkAgAy0ALEECaw4CAAEnCyADQTNqLQAAQQJxRQ0mIAMtAC5BAnENJiADQQA2AhwgAyABNgIUIANBphQ2AhAgA0ELNgIMQQAhAgxpCyADLQAyQSBxRQ0lIAMtAC5BAnENJSADQQA2AhwgAyABNgIUIANBvRM2AhAgA0EPNgIMQQAhAgxoC0EAIQACQCADKAI4IgJFDQAgAigCSCICRQ0AIAMgAhEAACEACyAARQRAQcEAIQIMTwsgAEEVRwRAIANBADYCHCADIAE2AhQgA0GmDzYCECADQRw2AgxBACECDGgLIANBygA2AhwgAyABNgIUIANBhRw2AhAgA0EVNgIMQQAhAgxnCyABIARHBEAgASECA0AgBCACIgFrQRBOBEAgAUEQaiEC/Qz/////////////////////IAH9AAAAIg1BB/1sIA39DODg4ODg4ODg4ODg4ODg4OD9bv0MX19fX19fX19fX19fX19fX/0mIA39DAkJCQkJCQkJCQkJCQkJCQn9I/1Q/VL9ZEF/c2giAEEQRg0BIAAgAWohAQwYCyABIARGBEBBxAAhAgxpCyABLQAAQcDBAGotAABBAUcNFyAEIAFBAWoiAkcNAAtBxAAhAgxnC0HEACECDGYLIAEgBEcEQANAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXEiAEEJRg0AIABBIEYNAAJAAkACQAJAIABB4wBrDhMAAwMDAwMDAwEDAwMDAwMDAwMCAwsgAUEBaiEBQTYhAgxSCyABQQFqIQFBNyECDFELIAFBAWohAUE4IQIMUAsMFQsgBCABQQFqIgFHDQALQTwhAgxmC0E8IQIMZQsgASAERgRAQcgAIQIMZQsgA0ESNgIIIAMgATYCBAJAAkACQAJAAkAgAy0ALEEBaw4EFAABAgkLIAMtADJBIHENA0HgASECDE8LAkAgAy8BMiIAQQhxRQ0AIAMtAChBAUcNACADLQAuQQhxRQ0CCyADIABB9/sDcUGABHI7ATIMCwsgAyADLwEyQRByOwEyDAQLIANBADYCBCADIAEgARAxIgAEQCADQcEANgIcIAMgADYCDCADIAFBAWo2AhRBACECDGYLIAFBAWohAQxYCyADQQA2AhwgAyABNgIUIANB9BM2AhAgA0EENgIMQQAhAgxkC0HHACECIAEgBEYNYyADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIABBwMUAai0AACABLQAAQSByRw0BIABBBkYNSiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAxkCyADQQA2AgAMBQsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkcNAyABQQFqIQEMBQsgBCABQQFqIgFHDQALQcUAIQIMZAtBxQAhAgxjCwsgA0EAOgAsDAELQQshAgxHC0E/IQIMRgsCQAJAA0AgAS0AACIAQSBHBEACQCAAQQprDgQDBQUDAAsgAEEsRg0DDAQLIAQgAUEBaiIBRw0AC0HGACECDGALIANBCDoALAwOCyADLQAoQQFHDQIgAy0ALkEIcQ0CIAMoAgQhACADQQA2AgQgAyAAIAEQMSIABEAgA0HCADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxfCyABQQFqIQEMUAtBOyECDEQLAkADQCABLQAAIgBBIEcgAEEJR3ENASAEIAFBAWoiAUcNAAtBwwAhAgxdCwtBPCECDEILAkACQCABIARHBEADQCABLQAAIgBBIEcEQCAAQQprDgQDBAQDBAsgBCABQQFqIgFHDQALQT8hAgxdC0E/IQIMXAsgAyADLwEyQSByOwEyDAoLIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQ1OIANBPjYCHCADIAE2AhQgAyAANgIMQQAhAgxaCwJAIAEgBEcEQANAIAEtAABBwMMAai0AACIAQQFHBEAgAEECRg0DDAwLIAQgAUEBaiIBRw0AC0E3IQIMWwtBNyECDFoLIAFBAWohAQwEC0E7IQIgBCABIgBGDVggBCABayADKAIAIgFqIQYgACABa0EFaiEHAkADQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEFRgRAQQchAQw/CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxZCyADQQA2AgAgACEBDAULQTohAiAEIAEiAEYNVyAEIAFrIAMoAgAiAWohBiAAIAFrQQhqIQcCQANAIAFBtMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQhGBEBBBSEBDD4LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFgLIANBADYCACAAIQEMBAtBOSECIAQgASIARg1WIAQgAWsgAygCACIBaiEGIAAgAWtBA2ohBwJAA0AgAUGwwQBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBA0YEQEEGIQEMPQsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMVwsgA0EANgIAIAAhAQwDCwJAA0AgAS0AACIAQSBHBEAgAEEKaw4EBwQEBwILIAQgAUEBaiIBRw0AC0E4IQIMVgsgAEEsRw0BIAFBAWohAEEBIQECQAJAAkACQAJAIAMtACxBBWsOBAMBAgQACyAAIQEMBAtBAiEBDAELQQQhAQsgA0EBOgAsIAMgAy8BMiABcjsBMiAAIQEMAQsgAyADLwEyQQhyOwEyIAAhAQtBPiECDDsLIANBADoALAtBOSECDDkLIAEgBEYEQEE2IQIMUgsCQAJAAkACQAJAIAEtAABBCmsOBAACAgECCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNAiADQTM2AhwgAyABNgIUIAMgADYCDEEAIQIMVQsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDAYLIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxUCyADLQAuQQFxBEBB3wEhAgw7CyADKAIEIQAgA0EANgIEIAMgACABEDEiAA0BDEkLQTQhAgw5CyADQTU2AhwgAyABNgIUIAMgADYCDEEAIQIMUQtBNSECDDcLIANBL2otAABBAXENACADQQA2AhwgAyABNgIUIANB6xY2AhAgA0EZNgIMQQAhAgxPC0EzIQIMNQsgASAERgRAQTIhAgxOCwJAIAEtAABBCkYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZIXNgIQIANBAzYCDEEAIQIMTgtBMiECDDQLIAEgBEYEQEExIQIMTQsCQCABLQAAIgBBCUYNACAAQSBGDQBBASECAkAgAy0ALEEFaw4EBgQFAA0LIAMgAy8BMkEIcjsBMgwMCyADLQAuQQFxRQ0BIAMtACxBCEcNACADQQA6ACwLQT0hAgwyCyADQQA2AhwgAyABNgIUIANBwhY2AhAgA0EKNgIMQQAhAgxKC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyDAYLIAEgBEYEQEEwIQIMRwsgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQQFxDQAgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMRgtBMCECDCwLIAFBAWohAUExIQIMKwsgASAERgRAQS8hAgxECyABLQAAIgBBCUcgAEEgR3FFBEAgAUEBaiEBIAMtAC5BAXENASADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgxEC0EBIQICQAJAAkACQAJAAkAgAy0ALEECaw4HBQQEAwECAAQLIAMgAy8BMkEIcjsBMgwDC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyC0EvIQIMKwsgA0EANgIcIAMgATYCFCADQYQTNgIQIANBCzYCDEEAIQIMQwtB4QEhAgwpCyABIARGBEBBLiECDEILIANBADYCBCADQRI2AgggAyABIAEQMSIADQELQS4hAgwnCyADQS02AhwgAyABNgIUIAMgADYCDEEAIQIMPwtBACEAAkAgAygCOCICRQ0AIAIoAkwiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HYADYCHCADIAE2AhQgA0GzGzYCECADQRU2AgxBACECDD4LQcwAIQIMJAsgA0EANgIcIAMgATYCFCADQbMONgIQIANBHTYCDEEAIQIMPAsgASAERgRAQc4AIQIMPAsgAS0AACIAQSBGDQIgAEE6Rg0BCyADQQA6ACxBCSECDCELIAMoAgQhACADQQA2AgQgAyAAIAEQMCIADQEMAgsgAy0ALkEBcQRAQd4BIQIMIAsgAygCBCEAIANBADYCBCADIAAgARAwIgBFDQIgA0EqNgIcIAMgADYCDCADIAFBAWo2AhRBACECDDgLIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMNwsgAUEBaiEBQcAAIQIMHQsgAUEBaiEBDCwLIAEgBEYEQEErIQIMNQsCQCABLQAAQQpGBEAgAUEBaiEBDAELIAMtAC5BwABxRQ0GCyADLQAyQYABcQRAQQAhAAJAIAMoAjgiAkUNACACKAJcIgJFDQAgAyACEQAAIQALIABFDRIgAEEVRgRAIANBBTYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDDYLIANBADYCHCADIAE2AhQgA0GQDjYCECADQRQ2AgxBACECDDULIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsgAA4WAgEABAQEBAQEBAQEBAQEBAQEBAQEAwQLIANBAToAMAsgAiACLwEAQcAAcjsBAAtBKyECDBgLIANBKTYCHCADIAE2AhQgA0GsGTYCECADQRU2AgxBACECDDALIANBADYCHCADIAE2AhQgA0HlCzYCECADQRE2AgxBACECDC8LIANBADYCHCADIAE2AhQgA0GlCzYCECADQQI2AgxBACECDC4LQQEhByADLwEyIgVBCHFFBEAgAykDIEIAUiEHCwJAIAMtADAEQEEBIQAgAy0AKUEFRg0BIAVBwABxRSAHcUUNAQsCQCADLQAoIgJBAkYEQEEBIQAgAy8BNCIGQeUARg0CQQAhACAFQcAAcQ0CIAZB5ABGDQIgBkHmAGtBAkkNAiAGQcwBRg0CIAZBsAJGDQIMAQtBACEAIAVBwABxDQELQQIhACAFQQhxDQAgBUGABHEEQAJAIAJBAUcNACADLQAuQQpxDQBBBSEADAILQQQhAAwBCyAFQSBxRQRAIAMQNkEAR0ECdCEADAELQQBBAyADKQMgUBshAAsgAEEBaw4FAgAHAQMEC0ERIQIMEwsgA0EBOgAxDCkLQQAhAgJAIAMoAjgiAEUNACAAKAIwIgBFDQAgAyAAEQAAIQILIAJFDSYgAkEVRgRAIANBAzYCHCADIAE2AhQgA0HSGzYCECADQRU2AgxBACECDCsLQQAhAiADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMDCoLIANBADYCHCADIAE2AhQgA0H5IDYCECADQQ82AgxBACECDCkLQQAhAAJAIAMoAjgiAkUNACACKAIwIgJFDQAgAyACEQAAIQALIAANAQtBDiECDA4LIABBFUYEQCADQQI2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwnCyADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMQQAhAgwmC0EqIQIMDAsgASAERwRAIANBCTYCCCADIAE2AgRBKSECDAwLQSYhAgwkCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMVARAQSUhAgwkCyADKAIEIQAgA0EANgIEIAMgACABIAynaiIBEDIiAEUNACADQQU2AhwgAyABNgIUIAMgADYCDEEAIQIMIwtBDyECDAkLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQTBrDjcXFgABAgMEBQYHFBQUFBQUFAgJCgsMDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUDg8QERITFAtCAiEKDBYLQgMhCgwVC0IEIQoMFAtCBSEKDBMLQgYhCgwSC0IHIQoMEQtCCCEKDBALQgkhCgwPC0IKIQoMDgtCCyEKDA0LQgwhCgwMC0INIQoMCwtCDiEKDAoLQg8hCgwJC0IKIQoMCAtCCyEKDAcLQgwhCgwGC0INIQoMBQtCDiEKDAQLQg8hCgwDCyADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMQQAhAgwhCyABIARGBEBBIiECDCELQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FRQAAQIDBAUGBxYWFhYWFhYICQoLDA0WFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFg4PEBESExYLQgIhCgwUC0IDIQoMEwtCBCEKDBILQgUhCgwRC0IGIQoMEAtCByEKDA8LQgghCgwOC0IJIQoMDQtCCiEKDAwLQgshCgwLC0IMIQoMCgtCDSEKDAkLQg4hCgwIC0IPIQoMBwtCCiEKDAYLQgshCgwFC0IMIQoMBAtCDSEKDAMLQg4hCgwCC0IPIQoMAQtCASEKCyABQQFqIQEgAykDICILQv//////////D1gEQCADIAtCBIYgCoQ3AyAMAgsgA0EANgIcIAMgATYCFCADQbUJNgIQIANBDDYCDEEAIQIMHgtBJyECDAQLQSghAgwDCyADIAE6ACwgA0EANgIAIAdBAWohAUEMIQIMAgsgA0EANgIAIAZBAWohAUEKIQIMAQsgAUEBaiEBQQghAgwACwALQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBcLQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBYLQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBULQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDBQLQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDBMLQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBILQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBELQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBALQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDA8LQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDA4LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDA0LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDAwLQQAhAiADQQA2AhwgAyABNgIUIANBmRM2AhAgA0ELNgIMDAsLQQAhAiADQQA2AhwgAyABNgIUIANBnQk2AhAgA0ELNgIMDAoLQQAhAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMDAkLQQAhAiADQQA2AhwgAyABNgIUIANBsRA2AhAgA0EKNgIMDAgLQQAhAiADQQA2AhwgAyABNgIUIANBux02AhAgA0ECNgIMDAcLQQAhAiADQQA2AhwgAyABNgIUIANBlhY2AhAgA0ECNgIMDAYLQQAhAiADQQA2AhwgAyABNgIUIANB+Rg2AhAgA0ECNgIMDAULQQAhAiADQQA2AhwgAyABNgIUIANBxBg2AhAgA0ECNgIMDAQLIANBAjYCHCADIAE2AhQgA0GpHjYCECADQRY2AgxBACECDAMLQd4AIQIgASAERg0CIAlBCGohByADKAIAIQUCQAJAIAEgBEcEQCAFQZbIAGohCCAEIAVqIAFrIQYgBUF/c0EKaiIFIAFqIQADQCABLQAAIAgtAABHBEBBAiEIDAMLIAVFBEBBACEIIAAhAQwDCyAFQQFrIQUgCEEBaiEIIAQgAUEBaiIBRw0ACyAGIQUgBCEBCyAHQQE2AgAgAyAFNgIADAELIANBADYCACAHIAg2AgALIAcgATYCBCAJKAIMIQACQAJAIAkoAghBAWsOAgQBAAsgA0EANgIcIANBwh42AhAgA0EXNgIMIAMgAEEBajYCFEEAIQIMAwsgA0EANgIcIAMgADYCFCADQdceNgIQIANBCTYCDEEAIQIMAgsgASAERgRAQSghAgwCCyADQQk2AgggAyABNgIEQSchAgwBCyABIARGBEBBASECDAELA0ACQAJAAkAgAS0AAEEKaw4EAAEBAAELIAFBAWohAQwBCyABQQFqIQEgAy0ALkEgcQ0AQQAhAiADQQA2AhwgAyABNgIUIANBoSE2AhAgA0EFNgIMDAILQQEhAiABIARHDQALCyAJQRBqJAAgAkUEQCADKAIMIQAMAQsgAyACNgIcQQAhACADKAIEIgFFDQAgAyABIAQgAygCCBEBACIBRQ0AIAMgBDYCFCADIAE2AgwgASEACyAAC74CAQJ/IABBADoAACAAQeQAaiIBQQFrQQA6AAAgAEEAOgACIABBADoAASABQQNrQQA6AAAgAUECa0EAOgAAIABBADoAAyABQQRrQQA6AABBACAAa0EDcSIBIABqIgBBADYCAEHkACABa0F8cSICIABqIgFBBGtBADYCAAJAIAJBCUkNACAAQQA2AgggAEEANgIEIAFBCGtBADYCACABQQxrQQA2AgAgAkEZSQ0AIABBADYCGCAAQQA2AhQgAEEANgIQIABBADYCDCABQRBrQQA2AgAgAUEUa0EANgIAIAFBGGtBADYCACABQRxrQQA2AgAgAiAAQQRxQRhyIgJrIgFBIEkNACAAIAJqIQADQCAAQgA3AxggAEIANwMQIABCADcDCCAAQgA3AwAgAEEgaiEAIAFBIGsiAUEfSw0ACwsLVgEBfwJAIAAoAgwNAAJAAkACQAJAIAAtADEOAwEAAwILIAAoAjgiAUUNACABKAIwIgFFDQAgACABEQAAIgENAwtBAA8LAAsgAEHKGTYCEEEOIQELIAELGgAgACgCDEUEQCAAQd4fNgIQIABBFTYCDAsLFAAgACgCDEEVRgRAIABBADYCDAsLFAAgACgCDEEWRgRAIABBADYCDAsLBwAgACgCDAsHACAAKAIQCwkAIAAgATYCEAsHACAAKAIUCysAAkAgAEEnTw0AQv//////CSAArYhCAYNQDQAgAEECdEHQOGooAgAPCwALFwAgAEEvTwRAAAsgAEECdEHsOWooAgALvwkBAX9B9C0hAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HqLA8LQZgmDwtB7TEPC0GgNw8LQckpDwtBtCkPC0GWLQ8LQesrDwtBojUPC0HbNA8LQeApDwtB4yQPC0HVJA8LQe4kDwtB5iUPC0HKNA8LQdA3DwtBqjUPC0H1LA8LQfYmDwtBgiIPC0HyMw8LQb4oDwtB5zcPC0HNIQ8LQcAhDwtBuCUPC0HLJQ8LQZYkDwtBjzQPC0HNNQ8LQd0qDwtB7jMPC0GcNA8LQZ4xDwtB9DUPC0HlIg8LQa8lDwtBmTEPC0GyNg8LQfk2DwtBxDIPC0HdLA8LQYIxDwtBwTEPC0GNNw8LQckkDwtB7DYPC0HnKg8LQcgjDwtB4iEPC0HJNw8LQaUiDwtBlCIPC0HbNg8LQd41DwtBhiYPC0G8Kw8LQYsyDwtBoCMPC0H2MA8LQYAsDwtBiSsPC0GkJg8LQfIjDwtBgSgPC0GrMg8LQesnDwtBwjYPC0GiJA8LQc8qDwtB3CMPC0GHJw8LQeQ0DwtBtyIPC0GtMQ8LQdUiDwtBrzQPC0HeJg8LQdYyDwtB9DQPC0GBOA8LQfQ3DwtBkjYPC0GdJw8LQYIpDwtBjSMPC0HXMQ8LQb01DwtBtDcPC0HYMA8LQbYnDwtBmjgPC0GnKg8LQcQnDwtBriMPC0H1Ig8LAAtByiYhAQsgAQsXACAAIAAvAS5B/v8DcSABQQBHcjsBLgsaACAAIAAvAS5B/f8DcSABQQBHQQF0cjsBLgsaACAAIAAvAS5B+/8DcSABQQBHQQJ0cjsBLgsaACAAIAAvAS5B9/8DcSABQQBHQQN0cjsBLgsaACAAIAAvAS5B7/8DcSABQQBHQQR0cjsBLgsaACAAIAAvAS5B3/8DcSABQQBHQQV0cjsBLgsaACAAIAAvAS5Bv/8DcSABQQBHQQZ0cjsBLgsaACAAIAAvAS5B//4DcSABQQBHQQd0cjsBLgsaACAAIAAvAS5B//0DcSABQQBHQQh0cjsBLgsaACAAIAAvAS5B//sDcSABQQBHQQl0cjsBLgs+AQJ/AkAgACgCOCIDRQ0AIAMoAgQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeESNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAggiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfwRNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAgwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQewKNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfoeNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQcsQNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhgiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQbcfNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQb8VNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQf4INgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQYwdNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeYVNgIQQRghBAsgBAs4ACAAAn8gAC8BMkEUcUEURgRAQQEgAC0AKEEBRg0BGiAALwE0QeUARgwBCyAALQApQQVGCzoAMAtZAQJ/AkAgAC0AKEEBRg0AIAAvATQiAUHkAGtB5ABJDQAgAUHMAUYNACABQbACRg0AIAAvATIiAEHAAHENAEEBIQIgAEGIBHFBgARGDQAgAEEocUUhAgsgAguMAQECfwJAAkACQCAALQAqRQ0AIAAtACtFDQAgAC8BMiIBQQJxRQ0BDAILIAAvATIiAUEBcUUNAQtBASECIAAtAChBAUYNACAALwE0IgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNACABQcAAcQ0AQQAhAiABQYgEcUGABEYNACABQShxQQBHIQILIAILcwAgAEEQav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEwav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEgav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==';

		let wasmBuffer;

		Object.defineProperty(module, 'exports', {
		  get: () => {
		    return wasmBuffer
		      ? wasmBuffer
		      : (wasmBuffer = Buffer.from(wasmBase64, 'base64'))
		  }
		}); 
	} (llhttp_simdWasm));
	return llhttp_simdWasm.exports;
}

var constants$1;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants$1;
	hasRequiredConstants = 1;

	const corsSafeListedMethods = /** @type {const} */ (['GET', 'HEAD', 'POST']);
	const corsSafeListedMethodsSet = new Set(corsSafeListedMethods);

	const nullBodyStatus = /** @type {const} */ ([101, 204, 205, 304]);

	const redirectStatus = /** @type {const} */ ([301, 302, 303, 307, 308]);
	const redirectStatusSet = new Set(redirectStatus);

	/**
	 * @see https://fetch.spec.whatwg.org/#block-bad-port
	 */
	const badPorts = /** @type {const} */ ([
	  '1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53', '69', '77', '79',
	  '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123', '135', '137',
	  '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530', '531', '532',
	  '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719', '1720', '1723',
	  '2049', '3659', '4045', '4190', '5060', '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6679',
	  '6697', '10080'
	]);
	const badPortsSet = new Set(badPorts);

	/**
	 * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policy-header
	 */
	const referrerPolicyTokens = /** @type {const} */ ([
	  'no-referrer',
	  'no-referrer-when-downgrade',
	  'same-origin',
	  'origin',
	  'strict-origin',
	  'origin-when-cross-origin',
	  'strict-origin-when-cross-origin',
	  'unsafe-url'
	]);

	/**
	 * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policies
	 */
	const referrerPolicy = /** @type {const} */ ([
	  '',
	  ...referrerPolicyTokens
	]);
	const referrerPolicyTokensSet = new Set(referrerPolicyTokens);

	const requestRedirect = /** @type {const} */ (['follow', 'manual', 'error']);

	const safeMethods = /** @type {const} */ (['GET', 'HEAD', 'OPTIONS', 'TRACE']);
	const safeMethodsSet = new Set(safeMethods);

	const requestMode = /** @type {const} */ (['navigate', 'same-origin', 'no-cors', 'cors']);

	const requestCredentials = /** @type {const} */ (['omit', 'same-origin', 'include']);

	const requestCache = /** @type {const} */ ([
	  'default',
	  'no-store',
	  'reload',
	  'no-cache',
	  'force-cache',
	  'only-if-cached'
	]);

	/**
	 * @see https://fetch.spec.whatwg.org/#request-body-header-name
	 */
	const requestBodyHeader = /** @type {const} */ ([
	  'content-encoding',
	  'content-language',
	  'content-location',
	  'content-type',
	  // See https://github.com/nodejs/undici/issues/2021
	  // 'Content-Length' is a forbidden header name, which is typically
	  // removed in the Headers implementation. However, undici doesn't
	  // filter out headers, so we add it here.
	  'content-length'
	]);

	/**
	 * @see https://fetch.spec.whatwg.org/#enumdef-requestduplex
	 */
	const requestDuplex = /** @type {const} */ ([
	  'half'
	]);

	/**
	 * @see http://fetch.spec.whatwg.org/#forbidden-method
	 */
	const forbiddenMethods = /** @type {const} */ (['CONNECT', 'TRACE', 'TRACK']);
	const forbiddenMethodsSet = new Set(forbiddenMethods);

	const subresource = /** @type {const} */ ([
	  'audio',
	  'audioworklet',
	  'font',
	  'image',
	  'manifest',
	  'paintworklet',
	  'script',
	  'style',
	  'track',
	  'video',
	  'xslt',
	  ''
	]);
	const subresourceSet = new Set(subresource);

	constants$1 = {
	  subresource,
	  forbiddenMethods,
	  requestBodyHeader,
	  referrerPolicy,
	  requestRedirect,
	  requestMode,
	  requestCredentials,
	  requestCache,
	  redirectStatus,
	  corsSafeListedMethods,
	  nullBodyStatus,
	  safeMethods,
	  badPorts,
	  requestDuplex,
	  subresourceSet,
	  badPortsSet,
	  redirectStatusSet,
	  corsSafeListedMethodsSet,
	  safeMethodsSet,
	  forbiddenMethodsSet,
	  referrerPolicyTokens: referrerPolicyTokensSet
	};
	return constants$1;
}

var global$1;
var hasRequiredGlobal;

function requireGlobal () {
	if (hasRequiredGlobal) return global$1;
	hasRequiredGlobal = 1;

	// In case of breaking changes, increase the version
	// number to avoid conflicts.
	const globalOrigin = Symbol.for('undici.globalOrigin.1');

	function getGlobalOrigin () {
	  return globalThis[globalOrigin]
	}

	function setGlobalOrigin (newOrigin) {
	  if (newOrigin === undefined) {
	    Object.defineProperty(globalThis, globalOrigin, {
	      value: undefined,
	      writable: true,
	      enumerable: false,
	      configurable: false
	    });

	    return
	  }

	  const parsedURL = new URL(newOrigin);

	  if (parsedURL.protocol !== 'http:' && parsedURL.protocol !== 'https:') {
	    throw new TypeError(`Only http & https urls are allowed, received ${parsedURL.protocol}`)
	  }

	  Object.defineProperty(globalThis, globalOrigin, {
	    value: parsedURL,
	    writable: true,
	    enumerable: false,
	    configurable: false
	  });
	}

	global$1 = {
	  getGlobalOrigin,
	  setGlobalOrigin
	};
	return global$1;
}

var encoding;
var hasRequiredEncoding;

function requireEncoding () {
	if (hasRequiredEncoding) return encoding;
	hasRequiredEncoding = 1;

	const textDecoder = new TextDecoder();

	/**
	 * @see https://encoding.spec.whatwg.org/#utf-8-decode
	 * @param {Uint8Array} buffer
	 */
	function utf8DecodeBytes (buffer) {
	  if (buffer.length === 0) {
	    return ''
	  }

	  // 1. Let buffer be the result of peeking three bytes from
	  //    ioQueue, converted to a byte sequence.

	  // 2. If buffer is 0xEF 0xBB 0xBF, then read three
	  //    bytes from ioQueue. (Do nothing with those bytes.)
	  if (buffer[0] === 0xEF && buffer[1] === 0xBB && buffer[2] === 0xBF) {
	    buffer = buffer.subarray(3);
	  }

	  // 3. Process a queue with an instance of UTF-8’s
	  //    decoder, ioQueue, output, and "replacement".
	  const output = textDecoder.decode(buffer);

	  // 4. Return output.
	  return output
	}

	encoding = {
	  utf8DecodeBytes
	};
	return encoding;
}

var infra;
var hasRequiredInfra;

function requireInfra () {
	if (hasRequiredInfra) return infra;
	hasRequiredInfra = 1;

	const assert = require('node:assert');
	const { utf8DecodeBytes } = requireEncoding();

	/**
	 * @param {(char: string) => boolean} condition
	 * @param {string} input
	 * @param {{ position: number }} position
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#collect-a-sequence-of-code-points
	 */
	function collectASequenceOfCodePoints (condition, input, position) {
	  // 1. Let result be the empty string.
	  let result = '';

	  // 2. While position doesn’t point past the end of input and the
	  // code point at position within input meets the condition condition:
	  while (position.position < input.length && condition(input[position.position])) {
	    // 1. Append that code point to the end of result.
	    result += input[position.position];

	    // 2. Advance position by 1.
	    position.position++;
	  }

	  // 3. Return result.
	  return result
	}

	/**
	 * A faster collectASequenceOfCodePoints that only works when comparing a single character.
	 * @param {string} char
	 * @param {string} input
	 * @param {{ position: number }} position
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#collect-a-sequence-of-code-points
	 */
	function collectASequenceOfCodePointsFast (char, input, position) {
	  const idx = input.indexOf(char, position.position);
	  const start = position.position;

	  if (idx === -1) {
	    position.position = input.length;
	    return input.slice(start)
	  }

	  position.position = idx;
	  return input.slice(start, position.position)
	}

	const ASCII_WHITESPACE_REPLACE_REGEX = /[\u0009\u000A\u000C\u000D\u0020]/g; // eslint-disable-line no-control-regex
	const nonASCIIRegex = /[^\x00-\x7F]/; // eslint-disable-line no-control-regex

	/**
	 * @param {string} str
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#ascii-lowercase
	 */
	function asciiLowercase (str) {
	  return nonASCIIRegex.test(str)
	    ? str.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
	    : str.toLowerCase()
	}

	/**
	 * @param {string} data
	 * @returns {Uint8Array | 'failure'}
	 *
	 * @see https://infra.spec.whatwg.org/#forgiving-base64-decode
	 */
	function forgivingBase64 (data) {
	  // 1. Remove all ASCII whitespace from data.
	  data = data.replace(ASCII_WHITESPACE_REPLACE_REGEX, '');

	  let dataLength = data.length;
	  // 2. If data’s code point length divides by 4 leaving
	  // no remainder, then:
	  if (dataLength % 4 === 0) {
	    // 1. If data ends with one or two U+003D (=) code points,
	    // then remove them from data.
	    if (data.charCodeAt(dataLength - 1) === 0x003D) {
	      --dataLength;
	      if (data.charCodeAt(dataLength - 1) === 0x003D) {
	        --dataLength;
	      }
	    }
	  }

	  // 3. If data’s code point length divides by 4 leaving
	  // a remainder of 1, then return failure.
	  if (dataLength % 4 === 1) {
	    return 'failure'
	  }

	  // 4. If data contains a code point that is not one of
	  //  U+002B (+)
	  //  U+002F (/)
	  //  ASCII alphanumeric
	  // then return failure.
	  if (/[^+/0-9A-Za-z]/.test(data.length === dataLength ? data : data.substring(0, dataLength))) {
	    return 'failure'
	  }

	  const buffer = Buffer.from(data, 'base64');
	  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
	}

	/**
	 * @param {number} char
	 * @returns {boolean}
	 *
	 * @see https://infra.spec.whatwg.org/#ascii-whitespace
	 */
	function isASCIIWhitespace (char) {
	  return (
	    char === 0x09 || // \t
	    char === 0x0a || // \n
	    char === 0x0c || // \f
	    char === 0x0d || // \r
	    char === 0x20    // space
	  )
	}

	/**
	 * @param {Uint8Array} input
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#isomorphic-decode
	 */
	function isomorphicDecode (input) {
	  // 1. To isomorphic decode a byte sequence input, return a string whose code point
	  //    length is equal to input’s length and whose code points have the same values
	  //    as the values of input’s bytes, in the same order.
	  const length = input.length;
	  if ((2 << 15) - 1 > length) {
	    return String.fromCharCode.apply(null, input)
	  }
	  let result = '';
	  let i = 0;
	  let addition = (2 << 15) - 1;
	  while (i < length) {
	    if (i + addition > length) {
	      addition = length - i;
	    }
	    result += String.fromCharCode.apply(null, input.subarray(i, i += addition));
	  }
	  return result
	}

	const invalidIsomorphicEncodeValueRegex = /[^\x00-\xFF]/; // eslint-disable-line no-control-regex

	/**
	 * @param {string} input
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#isomorphic-encode
	 */
	function isomorphicEncode (input) {
	  // 1. Assert: input contains no code points greater than U+00FF.
	  assert(!invalidIsomorphicEncodeValueRegex.test(input));

	  // 2. Return a byte sequence whose length is equal to input’s code
	  //    point length and whose bytes have the same values as the
	  //    values of input’s code points, in the same order
	  return input
	}

	/**
	 * @see https://infra.spec.whatwg.org/#parse-json-bytes-to-a-javascript-value
	 * @param {Uint8Array} bytes
	 */
	function parseJSONFromBytes (bytes) {
	  return JSON.parse(utf8DecodeBytes(bytes))
	}

	/**
	 * @param {string} str
	 * @param {boolean} [leading=true]
	 * @param {boolean} [trailing=true]
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#strip-leading-and-trailing-ascii-whitespace
	 */
	function removeASCIIWhitespace (str, leading = true, trailing = true) {
	  return removeChars(str, leading, trailing, isASCIIWhitespace)
	}

	/**
	 * @param {string} str
	 * @param {boolean} leading
	 * @param {boolean} trailing
	 * @param {(charCode: number) => boolean} predicate
	 * @returns {string}
	 */
	function removeChars (str, leading, trailing, predicate) {
	  let lead = 0;
	  let trail = str.length - 1;

	  if (leading) {
	    while (lead < str.length && predicate(str.charCodeAt(lead))) lead++;
	  }

	  if (trailing) {
	    while (trail > 0 && predicate(str.charCodeAt(trail))) trail--;
	  }

	  return lead === 0 && trail === str.length - 1 ? str : str.slice(lead, trail + 1)
	}

	// https://infra.spec.whatwg.org/#serialize-a-javascript-value-to-a-json-string
	function serializeJavascriptValueToJSONString (value) {
	  // 1. Let result be ? Call(%JSON.stringify%, undefined, « value »).
	  const result = JSON.stringify(value);

	  // 2. If result is undefined, then throw a TypeError.
	  if (result === undefined) {
	    throw new TypeError('Value is not JSON serializable')
	  }

	  // 3. Assert: result is a string.
	  assert(typeof result === 'string');

	  // 4. Return result.
	  return result
	}

	infra = {
	  asciiLowercase,
	  collectASequenceOfCodePoints,
	  collectASequenceOfCodePointsFast,
	  forgivingBase64,
	  isASCIIWhitespace,
	  isomorphicDecode,
	  isomorphicEncode,
	  parseJSONFromBytes,
	  removeASCIIWhitespace,
	  removeChars,
	  serializeJavascriptValueToJSONString
	};
	return infra;
}

var dataUrl;
var hasRequiredDataUrl;

function requireDataUrl () {
	if (hasRequiredDataUrl) return dataUrl;
	hasRequiredDataUrl = 1;

	const assert = require('node:assert');
	const { forgivingBase64, collectASequenceOfCodePoints, collectASequenceOfCodePointsFast, isomorphicDecode, removeASCIIWhitespace, removeChars } = requireInfra();

	const encoder = new TextEncoder();

	/**
	 * @see https://mimesniff.spec.whatwg.org/#http-token-code-point
	 */
	const HTTP_TOKEN_CODEPOINTS = /^[-!#$%&'*+.^_|~A-Za-z0-9]+$/u;
	const HTTP_WHITESPACE_REGEX = /[\u000A\u000D\u0009\u0020]/u; // eslint-disable-line

	/**
	 * @see https://mimesniff.spec.whatwg.org/#http-quoted-string-token-code-point
	 */
	const HTTP_QUOTED_STRING_TOKENS = /^[\u0009\u0020-\u007E\u0080-\u00FF]+$/u; // eslint-disable-line

	// https://fetch.spec.whatwg.org/#data-url-processor
	/** @param {URL} dataURL */
	function dataURLProcessor (dataURL) {
	  // 1. Assert: dataURL’s scheme is "data".
	  assert(dataURL.protocol === 'data:');

	  // 2. Let input be the result of running the URL
	  // serializer on dataURL with exclude fragment
	  // set to true.
	  let input = URLSerializer(dataURL, true);

	  // 3. Remove the leading "data:" string from input.
	  input = input.slice(5);

	  // 4. Let position point at the start of input.
	  const position = { position: 0 };

	  // 5. Let mimeType be the result of collecting a
	  // sequence of code points that are not equal
	  // to U+002C (,), given position.
	  let mimeType = collectASequenceOfCodePointsFast(
	    ',',
	    input,
	    position
	  );

	  // 6. Strip leading and trailing ASCII whitespace
	  // from mimeType.
	  // Undici implementation note: we need to store the
	  // length because if the mimetype has spaces removed,
	  // the wrong amount will be sliced from the input in
	  // step #9
	  const mimeTypeLength = mimeType.length;
	  mimeType = removeASCIIWhitespace(mimeType, true, true);

	  // 7. If position is past the end of input, then
	  // return failure
	  if (position.position >= input.length) {
	    return 'failure'
	  }

	  // 8. Advance position by 1.
	  position.position++;

	  // 9. Let encodedBody be the remainder of input.
	  const encodedBody = input.slice(mimeTypeLength + 1);

	  // 10. Let body be the percent-decoding of encodedBody.
	  let body = stringPercentDecode(encodedBody);

	  // 11. If mimeType ends with U+003B (;), followed by
	  // zero or more U+0020 SPACE, followed by an ASCII
	  // case-insensitive match for "base64", then:
	  if (/;(?:\u0020*)base64$/ui.test(mimeType)) {
	    // 1. Let stringBody be the isomorphic decode of body.
	    const stringBody = isomorphicDecode(body);

	    // 2. Set body to the forgiving-base64 decode of
	    // stringBody.
	    body = forgivingBase64(stringBody);

	    // 3. If body is failure, then return failure.
	    if (body === 'failure') {
	      return 'failure'
	    }

	    // 4. Remove the last 6 code points from mimeType.
	    mimeType = mimeType.slice(0, -6);

	    // 5. Remove trailing U+0020 SPACE code points from mimeType,
	    // if any.
	    mimeType = mimeType.replace(/(\u0020+)$/u, '');

	    // 6. Remove the last U+003B (;) code point from mimeType.
	    mimeType = mimeType.slice(0, -1);
	  }

	  // 12. If mimeType starts with U+003B (;), then prepend
	  // "text/plain" to mimeType.
	  if (mimeType.startsWith(';')) {
	    mimeType = 'text/plain' + mimeType;
	  }

	  // 13. Let mimeTypeRecord be the result of parsing
	  // mimeType.
	  let mimeTypeRecord = parseMIMEType(mimeType);

	  // 14. If mimeTypeRecord is failure, then set
	  // mimeTypeRecord to text/plain;charset=US-ASCII.
	  if (mimeTypeRecord === 'failure') {
	    mimeTypeRecord = parseMIMEType('text/plain;charset=US-ASCII');
	  }

	  // 15. Return a new data: URL struct whose MIME
	  // type is mimeTypeRecord and body is body.
	  // https://fetch.spec.whatwg.org/#data-url-struct
	  return { mimeType: mimeTypeRecord, body }
	}

	// https://url.spec.whatwg.org/#concept-url-serializer
	/**
	 * @param {URL} url
	 * @param {boolean} excludeFragment
	 */
	function URLSerializer (url, excludeFragment = false) {
	  if (!excludeFragment) {
	    return url.href
	  }

	  const href = url.href;
	  const hashLength = url.hash.length;

	  const serialized = hashLength === 0 ? href : href.substring(0, href.length - hashLength);

	  if (!hashLength && href.endsWith('#')) {
	    return serialized.slice(0, -1)
	  }

	  return serialized
	}

	// https://url.spec.whatwg.org/#string-percent-decode
	/** @param {string} input */
	function stringPercentDecode (input) {
	  // 1. Let bytes be the UTF-8 encoding of input.
	  const bytes = encoder.encode(input);

	  // 2. Return the percent-decoding of bytes.
	  return percentDecode(bytes)
	}

	/**
	 * @param {number} byte
	 */
	function isHexCharByte (byte) {
	  // 0-9 A-F a-f
	  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
	}

	/**
	 * @param {number} byte
	 */
	function hexByteToNumber (byte) {
	  return (
	    // 0-9
	    byte >= 0x30 && byte <= 0x39
	      ? (byte - 48)
	    // Convert to uppercase
	    // ((byte & 0xDF) - 65) + 10
	      : ((byte & 0xDF) - 55)
	  )
	}

	// https://url.spec.whatwg.org/#percent-decode
	/** @param {Uint8Array} input */
	function percentDecode (input) {
	  const length = input.length;
	  // 1. Let output be an empty byte sequence.
	  /** @type {Uint8Array} */
	  const output = new Uint8Array(length);
	  let j = 0;
	  let i = 0;
	  // 2. For each byte byte in input:
	  while (i < length) {
	    const byte = input[i];

	    // 1. If byte is not 0x25 (%), then append byte to output.
	    if (byte !== 0x25) {
	      output[j++] = byte;

	    // 2. Otherwise, if byte is 0x25 (%) and the next two bytes
	    // after byte in input are not in the ranges
	    // 0x30 (0) to 0x39 (9), 0x41 (A) to 0x46 (F),
	    // and 0x61 (a) to 0x66 (f), all inclusive, append byte
	    // to output.
	    } else if (
	      byte === 0x25 &&
	      !(isHexCharByte(input[i + 1]) && isHexCharByte(input[i + 2]))
	    ) {
	      output[j++] = 0x25;

	    // 3. Otherwise:
	    } else {
	      // 1. Let bytePoint be the two bytes after byte in input,
	      // decoded, and then interpreted as hexadecimal number.
	      // 2. Append a byte whose value is bytePoint to output.
	      output[j++] = (hexByteToNumber(input[i + 1]) << 4) | hexByteToNumber(input[i + 2]);

	      // 3. Skip the next two bytes in input.
	      i += 2;
	    }
	    ++i;
	  }

	  // 3. Return output.
	  return length === j ? output : output.subarray(0, j)
	}

	// https://mimesniff.spec.whatwg.org/#parse-a-mime-type
	/** @param {string} input */
	function parseMIMEType (input) {
	  // 1. Remove any leading and trailing HTTP whitespace
	  // from input.
	  input = removeHTTPWhitespace(input, true, true);

	  // 2. Let position be a position variable for input,
	  // initially pointing at the start of input.
	  const position = { position: 0 };

	  // 3. Let type be the result of collecting a sequence
	  // of code points that are not U+002F (/) from
	  // input, given position.
	  const type = collectASequenceOfCodePointsFast(
	    '/',
	    input,
	    position
	  );

	  // 4. If type is the empty string or does not solely
	  // contain HTTP token code points, then return failure.
	  // https://mimesniff.spec.whatwg.org/#http-token-code-point
	  if (type.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(type)) {
	    return 'failure'
	  }

	  // 5. If position is past the end of input, then return
	  // failure
	  if (position.position >= input.length) {
	    return 'failure'
	  }

	  // 6. Advance position by 1. (This skips past U+002F (/).)
	  position.position++;

	  // 7. Let subtype be the result of collecting a sequence of
	  // code points that are not U+003B (;) from input, given
	  // position.
	  let subtype = collectASequenceOfCodePointsFast(
	    ';',
	    input,
	    position
	  );

	  // 8. Remove any trailing HTTP whitespace from subtype.
	  subtype = removeHTTPWhitespace(subtype, false, true);

	  // 9. If subtype is the empty string or does not solely
	  // contain HTTP token code points, then return failure.
	  if (subtype.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(subtype)) {
	    return 'failure'
	  }

	  const typeLowercase = type.toLowerCase();
	  const subtypeLowercase = subtype.toLowerCase();

	  // 10. Let mimeType be a new MIME type record whose type
	  // is type, in ASCII lowercase, and subtype is subtype,
	  // in ASCII lowercase.
	  // https://mimesniff.spec.whatwg.org/#mime-type
	  const mimeType = {
	    type: typeLowercase,
	    subtype: subtypeLowercase,
	    /** @type {Map<string, string>} */
	    parameters: new Map(),
	    // https://mimesniff.spec.whatwg.org/#mime-type-essence
	    essence: `${typeLowercase}/${subtypeLowercase}`
	  };

	  // 11. While position is not past the end of input:
	  while (position.position < input.length) {
	    // 1. Advance position by 1. (This skips past U+003B (;).)
	    position.position++;

	    // 2. Collect a sequence of code points that are HTTP
	    // whitespace from input given position.
	    collectASequenceOfCodePoints(
	      // https://fetch.spec.whatwg.org/#http-whitespace
	      char => HTTP_WHITESPACE_REGEX.test(char),
	      input,
	      position
	    );

	    // 3. Let parameterName be the result of collecting a
	    // sequence of code points that are not U+003B (;)
	    // or U+003D (=) from input, given position.
	    let parameterName = collectASequenceOfCodePoints(
	      (char) => char !== ';' && char !== '=',
	      input,
	      position
	    );

	    // 4. Set parameterName to parameterName, in ASCII
	    // lowercase.
	    parameterName = parameterName.toLowerCase();

	    // 5. If position is not past the end of input, then:
	    if (position.position < input.length) {
	      // 1. If the code point at position within input is
	      // U+003B (;), then continue.
	      if (input[position.position] === ';') {
	        continue
	      }

	      // 2. Advance position by 1. (This skips past U+003D (=).)
	      position.position++;
	    }

	    // 6. If position is past the end of input, then break.
	    if (position.position >= input.length) {
	      break
	    }

	    // 7. Let parameterValue be null.
	    let parameterValue = null;

	    // 8. If the code point at position within input is
	    // U+0022 ("), then:
	    if (input[position.position] === '"') {
	      // 1. Set parameterValue to the result of collecting
	      // an HTTP quoted string from input, given position
	      // and the extract-value flag.
	      parameterValue = collectAnHTTPQuotedString(input, position, true);

	      // 2. Collect a sequence of code points that are not
	      // U+003B (;) from input, given position.
	      collectASequenceOfCodePointsFast(
	        ';',
	        input,
	        position
	      );

	    // 9. Otherwise:
	    } else {
	      // 1. Set parameterValue to the result of collecting
	      // a sequence of code points that are not U+003B (;)
	      // from input, given position.
	      parameterValue = collectASequenceOfCodePointsFast(
	        ';',
	        input,
	        position
	      );

	      // 2. Remove any trailing HTTP whitespace from parameterValue.
	      parameterValue = removeHTTPWhitespace(parameterValue, false, true);

	      // 3. If parameterValue is the empty string, then continue.
	      if (parameterValue.length === 0) {
	        continue
	      }
	    }

	    // 10. If all of the following are true
	    // - parameterName is not the empty string
	    // - parameterName solely contains HTTP token code points
	    // - parameterValue solely contains HTTP quoted-string token code points
	    // - mimeType’s parameters[parameterName] does not exist
	    // then set mimeType’s parameters[parameterName] to parameterValue.
	    if (
	      parameterName.length !== 0 &&
	      HTTP_TOKEN_CODEPOINTS.test(parameterName) &&
	      (parameterValue.length === 0 || HTTP_QUOTED_STRING_TOKENS.test(parameterValue)) &&
	      !mimeType.parameters.has(parameterName)
	    ) {
	      mimeType.parameters.set(parameterName, parameterValue);
	    }
	  }

	  // 12. Return mimeType.
	  return mimeType
	}

	// https://fetch.spec.whatwg.org/#collect-an-http-quoted-string
	// tests: https://fetch.spec.whatwg.org/#example-http-quoted-string
	/**
	 * @param {string} input
	 * @param {{ position: number }} position
	 * @param {boolean} [extractValue=false]
	 */
	function collectAnHTTPQuotedString (input, position, extractValue = false) {
	  // 1. Let positionStart be position.
	  const positionStart = position.position;

	  // 2. Let value be the empty string.
	  let value = '';

	  // 3. Assert: the code point at position within input
	  // is U+0022 (").
	  assert(input[position.position] === '"');

	  // 4. Advance position by 1.
	  position.position++;

	  // 5. While true:
	  while (true) {
	    // 1. Append the result of collecting a sequence of code points
	    // that are not U+0022 (") or U+005C (\) from input, given
	    // position, to value.
	    value += collectASequenceOfCodePoints(
	      (char) => char !== '"' && char !== '\\',
	      input,
	      position
	    );

	    // 2. If position is past the end of input, then break.
	    if (position.position >= input.length) {
	      break
	    }

	    // 3. Let quoteOrBackslash be the code point at position within
	    // input.
	    const quoteOrBackslash = input[position.position];

	    // 4. Advance position by 1.
	    position.position++;

	    // 5. If quoteOrBackslash is U+005C (\), then:
	    if (quoteOrBackslash === '\\') {
	      // 1. If position is past the end of input, then append
	      // U+005C (\) to value and break.
	      if (position.position >= input.length) {
	        value += '\\';
	        break
	      }

	      // 2. Append the code point at position within input to value.
	      value += input[position.position];

	      // 3. Advance position by 1.
	      position.position++;

	    // 6. Otherwise:
	    } else {
	      // 1. Assert: quoteOrBackslash is U+0022 (").
	      assert(quoteOrBackslash === '"');

	      // 2. Break.
	      break
	    }
	  }

	  // 6. If the extract-value flag is set, then return value.
	  if (extractValue) {
	    return value
	  }

	  // 7. Return the code points from positionStart to position,
	  // inclusive, within input.
	  return input.slice(positionStart, position.position)
	}

	/**
	 * @see https://mimesniff.spec.whatwg.org/#serialize-a-mime-type
	 */
	function serializeAMimeType (mimeType) {
	  assert(mimeType !== 'failure');
	  const { parameters, essence } = mimeType;

	  // 1. Let serialization be the concatenation of mimeType’s
	  //    type, U+002F (/), and mimeType’s subtype.
	  let serialization = essence;

	  // 2. For each name → value of mimeType’s parameters:
	  for (let [name, value] of parameters.entries()) {
	    // 1. Append U+003B (;) to serialization.
	    serialization += ';';

	    // 2. Append name to serialization.
	    serialization += name;

	    // 3. Append U+003D (=) to serialization.
	    serialization += '=';

	    // 4. If value does not solely contain HTTP token code
	    //    points or value is the empty string, then:
	    if (!HTTP_TOKEN_CODEPOINTS.test(value)) {
	      // 1. Precede each occurrence of U+0022 (") or
	      //    U+005C (\) in value with U+005C (\).
	      value = value.replace(/[\\"]/ug, '\\$&');

	      // 2. Prepend U+0022 (") to value.
	      value = '"' + value;

	      // 3. Append U+0022 (") to value.
	      value += '"';
	    }

	    // 5. Append value to serialization.
	    serialization += value;
	  }

	  // 3. Return serialization.
	  return serialization
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#http-whitespace
	 * @param {number} char
	 */
	function isHTTPWhiteSpace (char) {
	  // "\r\n\t "
	  return char === 0x00d || char === 0x00a || char === 0x009 || char === 0x020
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#http-whitespace
	 * @param {string} str
	 * @param {boolean} [leading=true]
	 * @param {boolean} [trailing=true]
	 */
	function removeHTTPWhitespace (str, leading = true, trailing = true) {
	  return removeChars(str, leading, trailing, isHTTPWhiteSpace)
	}

	/**
	 * @see https://mimesniff.spec.whatwg.org/#minimize-a-supported-mime-type
	 * @param {Exclude<ReturnType<typeof parseMIMEType>, 'failure'>} mimeType
	 */
	function minimizeSupportedMimeType (mimeType) {
	  switch (mimeType.essence) {
	    case 'application/ecmascript':
	    case 'application/javascript':
	    case 'application/x-ecmascript':
	    case 'application/x-javascript':
	    case 'text/ecmascript':
	    case 'text/javascript':
	    case 'text/javascript1.0':
	    case 'text/javascript1.1':
	    case 'text/javascript1.2':
	    case 'text/javascript1.3':
	    case 'text/javascript1.4':
	    case 'text/javascript1.5':
	    case 'text/jscript':
	    case 'text/livescript':
	    case 'text/x-ecmascript':
	    case 'text/x-javascript':
	      // 1. If mimeType is a JavaScript MIME type, then return "text/javascript".
	      return 'text/javascript'
	    case 'application/json':
	    case 'text/json':
	      // 2. If mimeType is a JSON MIME type, then return "application/json".
	      return 'application/json'
	    case 'image/svg+xml':
	      // 3. If mimeType’s essence is "image/svg+xml", then return "image/svg+xml".
	      return 'image/svg+xml'
	    case 'text/xml':
	    case 'application/xml':
	      // 4. If mimeType is an XML MIME type, then return "application/xml".
	      return 'application/xml'
	  }

	  // 2. If mimeType is a JSON MIME type, then return "application/json".
	  if (mimeType.subtype.endsWith('+json')) {
	    return 'application/json'
	  }

	  // 4. If mimeType is an XML MIME type, then return "application/xml".
	  if (mimeType.subtype.endsWith('+xml')) {
	    return 'application/xml'
	  }

	  // 5. If mimeType is supported by the user agent, then return mimeType’s essence.
	  // Technically, node doesn't support any mimetypes.

	  // 6. Return the empty string.
	  return ''
	}

	dataUrl = {
	  dataURLProcessor,
	  URLSerializer,
	  stringPercentDecode,
	  parseMIMEType,
	  collectAnHTTPQuotedString,
	  serializeAMimeType,
	  removeHTTPWhitespace,
	  minimizeSupportedMimeType,
	  HTTP_TOKEN_CODEPOINTS
	};
	return dataUrl;
}

var runtimeFeatures = {};

var hasRequiredRuntimeFeatures;

function requireRuntimeFeatures () {
	if (hasRequiredRuntimeFeatures) return runtimeFeatures;
	hasRequiredRuntimeFeatures = 1;

	/** @typedef {`node:${string}`} NodeModuleName */

	/** @type {Record<NodeModuleName, () => any>} */
	const lazyLoaders = {
	  __proto__: null,
	  'node:crypto': () => require('node:crypto'),
	  'node:sqlite': () => require('node:sqlite'),
	  'node:worker_threads': () => require('node:worker_threads'),
	  'node:zlib': () => require('node:zlib')
	};

	/**
	 * @param {NodeModuleName} moduleName
	 * @returns {boolean}
	 */
	function detectRuntimeFeatureByNodeModule (moduleName) {
	  try {
	    lazyLoaders[moduleName]();
	    return true
	  } catch (err) {
	    if (err.code !== 'ERR_UNKNOWN_BUILTIN_MODULE' && err.code !== 'ERR_NO_CRYPTO') {
	      throw err
	    }
	    return false
	  }
	}

	/**
	 * @param {NodeModuleName} moduleName
	 * @param {string} property
	 * @returns {boolean}
	 */
	function detectRuntimeFeatureByExportedProperty (moduleName, property) {
	  const module = lazyLoaders[moduleName]();
	  return typeof module[property] !== 'undefined'
	}

	const runtimeFeaturesByExportedProperty = /** @type {const} */ (['markAsUncloneable', 'zstd']);

	/** @type {Record<RuntimeFeatureByExportedProperty, [NodeModuleName, string]>} */
	const exportedPropertyLookup = {
	  markAsUncloneable: ['node:worker_threads', 'markAsUncloneable'],
	  zstd: ['node:zlib', 'createZstdDecompress']
	};

	/** @typedef {typeof runtimeFeaturesByExportedProperty[number]} RuntimeFeatureByExportedProperty */

	const runtimeFeaturesAsNodeModule = /** @type {const} */ (['crypto', 'sqlite']);
	/** @typedef {typeof runtimeFeaturesAsNodeModule[number]} RuntimeFeatureByNodeModule */

	const features = /** @type {const} */ ([
	  ...runtimeFeaturesAsNodeModule,
	  ...runtimeFeaturesByExportedProperty
	]);

	/** @typedef {typeof features[number]} Feature */

	/**
	 * @param {Feature} feature
	 * @returns {boolean}
	 */
	function detectRuntimeFeature (feature) {
	  if (runtimeFeaturesAsNodeModule.includes(/** @type {RuntimeFeatureByNodeModule} */ (feature))) {
	    return detectRuntimeFeatureByNodeModule(`node:${feature}`)
	  } else if (runtimeFeaturesByExportedProperty.includes(/** @type {RuntimeFeatureByExportedProperty} */ (feature))) {
	    const [moduleName, property] = exportedPropertyLookup[feature];
	    return detectRuntimeFeatureByExportedProperty(moduleName, property)
	  }
	  throw new TypeError(`unknown feature: ${feature}`)
	}

	/**
	 * @class
	 * @name RuntimeFeatures
	 */
	class RuntimeFeatures {
	  /** @type {Map<Feature, boolean>} */
	  #map = new Map()

	  /**
	   * Clears all cached feature detections.
	   */
	  clear () {
	    this.#map.clear();
	  }

	  /**
	   * @param {Feature} feature
	   * @returns {boolean}
	   */
	  has (feature) {
	    return (
	      this.#map.get(feature) ?? this.#detectRuntimeFeature(feature)
	    )
	  }

	  /**
	   * @param {Feature} feature
	   * @param {boolean} value
	   */
	  set (feature, value) {
	    if (features.includes(feature) === false) {
	      throw new TypeError(`unknown feature: ${feature}`)
	    }
	    this.#map.set(feature, value);
	  }

	  /**
	   * @param {Feature} feature
	   * @returns {boolean}
	   */
	  #detectRuntimeFeature (feature) {
	    const result = detectRuntimeFeature(feature);
	    this.#map.set(feature, result);
	    return result
	  }
	}

	const instance = new RuntimeFeatures();

	runtimeFeatures.runtimeFeatures = instance;
	runtimeFeatures.default = instance;
	return runtimeFeatures;
}

var webidl_1;
var hasRequiredWebidl;

function requireWebidl () {
	if (hasRequiredWebidl) return webidl_1;
	hasRequiredWebidl = 1;

	const assert = require('node:assert');
	const { types, inspect } = require('node:util');
	const { runtimeFeatures } = requireRuntimeFeatures();

	const UNDEFINED = 1;
	const BOOLEAN = 2;
	const STRING = 3;
	const SYMBOL = 4;
	const NUMBER = 5;
	const BIGINT = 6;
	const NULL = 7;
	const OBJECT = 8; // function and object

	const FunctionPrototypeSymbolHasInstance = Function.call.bind(Function.prototype[Symbol.hasInstance]);

	/** @type {import('../../../types/webidl').Webidl} */
	const webidl = {
	  converters: {},
	  util: {},
	  errors: {},
	  is: {}
	};

	/**
	 * @description Instantiate an error.
	 *
	 * @param {Object} opts
	 * @param {string} opts.header
	 * @param {string} opts.message
	 * @returns {TypeError}
	 */
	webidl.errors.exception = function (message) {
	  return new TypeError(`${message.header}: ${message.message}`)
	};

	/**
	 * @description Instantiate an error when conversion from one type to another has failed.
	 *
	 * @param {Object} opts
	 * @param {string} opts.prefix
	 * @param {string} opts.argument
	 * @param {string[]} opts.types
	 * @returns {TypeError}
	 */
	webidl.errors.conversionFailed = function (opts) {
	  const plural = opts.types.length === 1 ? '' : ' one of';
	  const message =
	    `${opts.argument} could not be converted to` +
	    `${plural}: ${opts.types.join(', ')}.`;

	  return webidl.errors.exception({
	    header: opts.prefix,
	    message
	  })
	};

	/**
	 * @description Instantiate an error when an invalid argument is provided
	 *
	 * @param {Object} context
	 * @param {string} context.prefix
	 * @param {string} context.value
	 * @param {string} context.type
	 * @returns {TypeError}
	 */
	webidl.errors.invalidArgument = function (context) {
	  return webidl.errors.exception({
	    header: context.prefix,
	    message: `"${context.value}" is an invalid ${context.type}.`
	  })
	};

	// https://webidl.spec.whatwg.org/#implements
	webidl.brandCheck = function (V, I) {
	  if (!FunctionPrototypeSymbolHasInstance(I, V)) {
	    const err = new TypeError('Illegal invocation');
	    err.code = 'ERR_INVALID_THIS'; // node compat.
	    throw err
	  }
	};

	webidl.brandCheckMultiple = function (List) {
	  const prototypes = List.map((c) => webidl.util.MakeTypeAssertion(c));

	  return (V) => {
	    if (prototypes.every(typeCheck => !typeCheck(V))) {
	      const err = new TypeError('Illegal invocation');
	      err.code = 'ERR_INVALID_THIS'; // node compat.
	      throw err
	    }
	  }
	};

	webidl.argumentLengthCheck = function ({ length }, min, ctx) {
	  if (length < min) {
	    throw webidl.errors.exception({
	      message: `${min} argument${min !== 1 ? 's' : ''} required, ` +
	               `but${length ? ' only' : ''} ${length} found.`,
	      header: ctx
	    })
	  }
	};

	webidl.illegalConstructor = function () {
	  throw webidl.errors.exception({
	    header: 'TypeError',
	    message: 'Illegal constructor'
	  })
	};

	webidl.util.MakeTypeAssertion = function (I) {
	  return (O) => FunctionPrototypeSymbolHasInstance(I, O)
	};

	// https://tc39.es/ecma262/#sec-ecmascript-data-types-and-values
	webidl.util.Type = function (V) {
	  switch (typeof V) {
	    case 'undefined': return UNDEFINED
	    case 'boolean': return BOOLEAN
	    case 'string': return STRING
	    case 'symbol': return SYMBOL
	    case 'number': return NUMBER
	    case 'bigint': return BIGINT
	    case 'function':
	    case 'object': {
	      if (V === null) {
	        return NULL
	      }

	      return OBJECT
	    }
	  }
	};

	webidl.util.Types = {
	  UNDEFINED,
	  BOOLEAN,
	  STRING,
	  SYMBOL,
	  NUMBER,
	  BIGINT,
	  NULL,
	  OBJECT
	};

	webidl.util.TypeValueToString = function (o) {
	  switch (webidl.util.Type(o)) {
	    case UNDEFINED: return 'Undefined'
	    case BOOLEAN: return 'Boolean'
	    case STRING: return 'String'
	    case SYMBOL: return 'Symbol'
	    case NUMBER: return 'Number'
	    case BIGINT: return 'BigInt'
	    case NULL: return 'Null'
	    case OBJECT: return 'Object'
	  }
	};

	webidl.util.markAsUncloneable = runtimeFeatures.has('markAsUncloneable')
	  ? require('node:worker_threads').markAsUncloneable
	  : () => {};

	// https://webidl.spec.whatwg.org/#abstract-opdef-converttoint
	webidl.util.ConvertToInt = function (V, bitLength, signedness, flags) {
	  let upperBound;
	  let lowerBound;

	  // 1. If bitLength is 64, then:
	  if (bitLength === 64) {
	    // 1. Let upperBound be 2^53 − 1.
	    upperBound = Math.pow(2, 53) - 1;

	    // 2. If signedness is "unsigned", then let lowerBound be 0.
	    if (signedness === 'unsigned') {
	      lowerBound = 0;
	    } else {
	      // 3. Otherwise let lowerBound be −2^53 + 1.
	      lowerBound = Math.pow(-2, 53) + 1;
	    }
	  } else if (signedness === 'unsigned') {
	    // 2. Otherwise, if signedness is "unsigned", then:

	    // 1. Let lowerBound be 0.
	    lowerBound = 0;

	    // 2. Let upperBound be 2^bitLength − 1.
	    upperBound = Math.pow(2, bitLength) - 1;
	  } else {
	    // 3. Otherwise:

	    // 1. Let lowerBound be -2^(bitLength − 1).
	    lowerBound = -Math.pow(2, bitLength - 1);

	    // 2. Let upperBound be 2^(bitLength − 1) − 1.
	    upperBound = Math.pow(2, bitLength - 1) - 1;
	  }

	  // 4. Let x be ? ToNumber(V).
	  let x = Number(V);

	  // 5. If x is −0, then set x to +0.
	  if (x === 0) {
	    x = 0;
	  }

	  // 6. If the conversion is to an IDL type associated
	  //    with the [EnforceRange] extended attribute, then:
	  if (webidl.util.HasFlag(flags, webidl.attributes.EnforceRange)) {
	    // 1. If x is NaN, +∞, or −∞, then throw a TypeError.
	    if (
	      Number.isNaN(x) ||
	      x === Number.POSITIVE_INFINITY ||
	      x === Number.NEGATIVE_INFINITY
	    ) {
	      throw webidl.errors.exception({
	        header: 'Integer conversion',
	        message: `Could not convert ${webidl.util.Stringify(V)} to an integer.`
	      })
	    }

	    // 2. Set x to IntegerPart(x).
	    x = webidl.util.IntegerPart(x);

	    // 3. If x < lowerBound or x > upperBound, then
	    //    throw a TypeError.
	    if (x < lowerBound || x > upperBound) {
	      throw webidl.errors.exception({
	        header: 'Integer conversion',
	        message: `Value must be between ${lowerBound}-${upperBound}, got ${x}.`
	      })
	    }

	    // 4. Return x.
	    return x
	  }

	  // 7. If x is not NaN and the conversion is to an IDL
	  //    type associated with the [Clamp] extended
	  //    attribute, then:
	  if (!Number.isNaN(x) && webidl.util.HasFlag(flags, webidl.attributes.Clamp)) {
	    // 1. Set x to min(max(x, lowerBound), upperBound).
	    x = Math.min(Math.max(x, lowerBound), upperBound);

	    // 2. Round x to the nearest integer, choosing the
	    //    even integer if it lies halfway between two,
	    //    and choosing +0 rather than −0.
	    if (Math.floor(x) % 2 === 0) {
	      x = Math.floor(x);
	    } else {
	      x = Math.ceil(x);
	    }

	    // 3. Return x.
	    return x
	  }

	  // 8. If x is NaN, +0, +∞, or −∞, then return +0.
	  if (
	    Number.isNaN(x) ||
	    (x === 0 && Object.is(0, x)) ||
	    x === Number.POSITIVE_INFINITY ||
	    x === Number.NEGATIVE_INFINITY
	  ) {
	    return 0
	  }

	  // 9. Set x to IntegerPart(x).
	  x = webidl.util.IntegerPart(x);

	  // 10. Set x to x modulo 2^bitLength.
	  x = x % Math.pow(2, bitLength);

	  // 11. If signedness is "signed" and x ≥ 2^(bitLength − 1),
	  //    then return x − 2^bitLength.
	  if (signedness === 'signed' && x >= Math.pow(2, bitLength - 1)) {
	    return x - Math.pow(2, bitLength)
	  }

	  // 12. Otherwise, return x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#abstract-opdef-integerpart
	webidl.util.IntegerPart = function (n) {
	  // 1. Let r be floor(abs(n)).
	  const r = Math.floor(Math.abs(n));

	  // 2. If n < 0, then return -1 × r.
	  if (n < 0) {
	    return -1 * r
	  }

	  // 3. Otherwise, return r.
	  return r
	};

	webidl.util.Stringify = function (V) {
	  const type = webidl.util.Type(V);

	  switch (type) {
	    case SYMBOL:
	      return `Symbol(${V.description})`
	    case OBJECT:
	      return inspect(V)
	    case STRING:
	      return `"${V}"`
	    case BIGINT:
	      return `${V}n`
	    default:
	      return `${V}`
	  }
	};

	webidl.util.IsResizableArrayBuffer = function (V) {
	  if (types.isArrayBuffer(V)) {
	    return V.resizable
	  }

	  if (types.isSharedArrayBuffer(V)) {
	    return V.growable
	  }

	  throw webidl.errors.exception({
	    header: 'IsResizableArrayBuffer',
	    message: `"${webidl.util.Stringify(V)}" is not an array buffer.`
	  })
	};

	webidl.util.HasFlag = function (flags, attributes) {
	  return typeof flags === 'number' && (flags & attributes) === attributes
	};

	// https://webidl.spec.whatwg.org/#es-sequence
	webidl.sequenceConverter = function (converter) {
	  return (V, prefix, argument, Iterable) => {
	    // 1. If Type(V) is not Object, throw a TypeError.
	    if (webidl.util.Type(V) !== OBJECT) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `${argument} (${webidl.util.Stringify(V)}) is not iterable.`
	      })
	    }

	    // 2. Let method be ? GetMethod(V, @@iterator).
	    /** @type {Generator} */
	    const method = typeof Iterable === 'function' ? Iterable() : V?.[Symbol.iterator]?.();
	    const seq = [];
	    let index = 0;

	    // 3. If method is undefined, throw a TypeError.
	    if (
	      method === undefined ||
	      typeof method.next !== 'function'
	    ) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `${argument} is not iterable.`
	      })
	    }

	    // https://webidl.spec.whatwg.org/#create-sequence-from-iterable
	    while (true) {
	      const { done, value } = method.next();

	      if (done) {
	        break
	      }

	      seq.push(converter(value, prefix, `${argument}[${index++}]`));
	    }

	    return seq
	  }
	};

	// https://webidl.spec.whatwg.org/#es-to-record
	webidl.recordConverter = function (keyConverter, valueConverter) {
	  return (O, prefix, argument) => {
	    // 1. If Type(O) is not Object, throw a TypeError.
	    if (webidl.util.Type(O) !== OBJECT) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `${argument} ("${webidl.util.TypeValueToString(O)}") is not an Object.`
	      })
	    }

	    // 2. Let result be a new empty instance of record<K, V>.
	    const result = {};

	    if (!types.isProxy(O)) {
	      // 1. Let desc be ? O.[[GetOwnProperty]](key).
	      const keys = [...Object.getOwnPropertyNames(O), ...Object.getOwnPropertySymbols(O)];

	      for (const key of keys) {
	        const keyName = webidl.util.Stringify(key);

	        // 1. Let typedKey be key converted to an IDL value of type K.
	        const typedKey = keyConverter(key, prefix, `Key ${keyName} in ${argument}`);

	        // 2. Let value be ? Get(O, key).
	        // 3. Let typedValue be value converted to an IDL value of type V.
	        const typedValue = valueConverter(O[key], prefix, `${argument}[${keyName}]`);

	        // 4. Set result[typedKey] to typedValue.
	        result[typedKey] = typedValue;
	      }

	      // 5. Return result.
	      return result
	    }

	    // 3. Let keys be ? O.[[OwnPropertyKeys]]().
	    const keys = Reflect.ownKeys(O);

	    // 4. For each key of keys.
	    for (const key of keys) {
	      // 1. Let desc be ? O.[[GetOwnProperty]](key).
	      const desc = Reflect.getOwnPropertyDescriptor(O, key);

	      // 2. If desc is not undefined and desc.[[Enumerable]] is true:
	      if (desc?.enumerable) {
	        // 1. Let typedKey be key converted to an IDL value of type K.
	        const typedKey = keyConverter(key, prefix, argument);

	        // 2. Let value be ? Get(O, key).
	        // 3. Let typedValue be value converted to an IDL value of type V.
	        const typedValue = valueConverter(O[key], prefix, argument);

	        // 4. Set result[typedKey] to typedValue.
	        result[typedKey] = typedValue;
	      }
	    }

	    // 5. Return result.
	    return result
	  }
	};

	webidl.interfaceConverter = function (TypeCheck, name) {
	  return (V, prefix, argument) => {
	    if (!TypeCheck(V)) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `Expected ${argument} ("${webidl.util.Stringify(V)}") to be an instance of ${name}.`
	      })
	    }

	    return V
	  }
	};

	webidl.dictionaryConverter = function (converters) {
	  // "For each dictionary member member declared on dictionary, in lexicographical order:"
	  converters.sort((a, b) => (a.key > b.key) - (a.key < b.key));

	  return (dictionary, prefix, argument) => {
	    const dict = {};

	    if (dictionary != null && webidl.util.Type(dictionary) !== OBJECT) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `Expected ${dictionary} to be one of: Null, Undefined, Object.`
	      })
	    }

	    for (const options of converters) {
	      const { key, defaultValue, required, converter } = options;

	      if (required === true) {
	        if (dictionary == null || !Object.hasOwn(dictionary, key)) {
	          throw webidl.errors.exception({
	            header: prefix,
	            message: `Missing required key "${key}".`
	          })
	        }
	      }

	      let value = dictionary?.[key];
	      const hasDefault = defaultValue !== undefined;

	      // Only use defaultValue if value is undefined and
	      // a defaultValue options was provided.
	      if (hasDefault && value === undefined) {
	        value = defaultValue();
	      }

	      // A key can be optional and have no default value.
	      // When this happens, do not perform a conversion,
	      // and do not assign the key a value.
	      if (required || hasDefault || value !== undefined) {
	        value = converter(value, prefix, `${argument}.${key}`);

	        if (
	          options.allowedValues &&
	          !options.allowedValues.includes(value)
	        ) {
	          throw webidl.errors.exception({
	            header: prefix,
	            message: `${value} is not an accepted type. Expected one of ${options.allowedValues.join(', ')}.`
	          })
	        }

	        dict[key] = value;
	      }
	    }

	    return dict
	  }
	};

	webidl.nullableConverter = function (converter) {
	  return (V, prefix, argument) => {
	    if (V === null) {
	      return V
	    }

	    return converter(V, prefix, argument)
	  }
	};

	/**
	 * @param {*} value
	 * @returns {boolean}
	 */
	webidl.is.USVString = function (value) {
	  return (
	    typeof value === 'string' &&
	    value.isWellFormed()
	  )
	};

	webidl.is.ReadableStream = webidl.util.MakeTypeAssertion(ReadableStream);
	webidl.is.Blob = webidl.util.MakeTypeAssertion(Blob);
	webidl.is.URLSearchParams = webidl.util.MakeTypeAssertion(URLSearchParams);
	webidl.is.File = webidl.util.MakeTypeAssertion(File);
	webidl.is.URL = webidl.util.MakeTypeAssertion(URL);
	webidl.is.AbortSignal = webidl.util.MakeTypeAssertion(AbortSignal);
	webidl.is.MessagePort = webidl.util.MakeTypeAssertion(MessagePort);

	webidl.is.BufferSource = function (V) {
	  return types.isArrayBuffer(V) || (
	    ArrayBuffer.isView(V) &&
	    types.isArrayBuffer(V.buffer)
	  )
	};

	// https://webidl.spec.whatwg.org/#dfn-get-buffer-source-copy
	webidl.util.getCopyOfBytesHeldByBufferSource = function (bufferSource) {
	  // 1. Let jsBufferSource be the result of converting bufferSource to a JavaScript value.
	  const jsBufferSource = bufferSource;

	  // 2. Let jsArrayBuffer be jsBufferSource.
	  let jsArrayBuffer = jsBufferSource;

	  // 3. Let offset be 0.
	  let offset = 0;

	  // 4. Let length be 0.
	  let length = 0;

	  // 5. If jsBufferSource has a [[ViewedArrayBuffer]] internal slot, then:
	  if (types.isTypedArray(jsBufferSource) || types.isDataView(jsBufferSource)) {
	    // 5.1. Set jsArrayBuffer to jsBufferSource.[[ViewedArrayBuffer]].
	    jsArrayBuffer = jsBufferSource.buffer;

	    // 5.2. Set offset to jsBufferSource.[[ByteOffset]].
	    offset = jsBufferSource.byteOffset;

	    // 5.3. Set length to jsBufferSource.[[ByteLength]].
	    length = jsBufferSource.byteLength;
	  } else {
	    // 6. Otherwise:

	    // 6.1. Assert: jsBufferSource is an ArrayBuffer or SharedArrayBuffer object.
	    assert(types.isAnyArrayBuffer(jsBufferSource));

	    // 6.2. Set length to jsBufferSource.[[ArrayBufferByteLength]].
	    length = jsBufferSource.byteLength;
	  }

	  // 7. If IsDetachedBuffer(jsArrayBuffer) is true, then return the empty byte sequence.
	  if (jsArrayBuffer.detached) {
	    return new Uint8Array(0)
	  }

	  // 8. Let bytes be a new byte sequence of length equal to length.
	  const bytes = new Uint8Array(length);

	  // 9. For i in the range offset to offset + length − 1, inclusive,
	  //    set bytes[i − offset] to GetValueFromBuffer(jsArrayBuffer, i, Uint8, true, Unordered).
	  const view = new Uint8Array(jsArrayBuffer, offset, length);
	  bytes.set(view);

	  // 10. Return bytes.
	  return bytes
	};

	// https://webidl.spec.whatwg.org/#es-DOMString
	webidl.converters.DOMString = function (V, prefix, argument, flags) {
	  // 1. If V is null and the conversion is to an IDL type
	  //    associated with the [LegacyNullToEmptyString]
	  //    extended attribute, then return the DOMString value
	  //    that represents the empty string.
	  if (V === null && webidl.util.HasFlag(flags, webidl.attributes.LegacyNullToEmptyString)) {
	    return ''
	  }

	  // 2. Let x be ? ToString(V).
	  if (typeof V === 'symbol') {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} is a symbol, which cannot be converted to a DOMString.`
	    })
	  }

	  // 3. Return the IDL DOMString value that represents the
	  //    same sequence of code units as the one the
	  //    ECMAScript String value x represents.
	  return String(V)
	};

	// https://webidl.spec.whatwg.org/#es-ByteString
	webidl.converters.ByteString = function (V, prefix, argument) {
	  // 1. Let x be ? ToString(V).
	  if (typeof V === 'symbol') {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} is a symbol, which cannot be converted to a ByteString.`
	    })
	  }

	  const x = String(V);

	  // 2. If the value of any element of x is greater than
	  //    255, then throw a TypeError.
	  for (let index = 0; index < x.length; index++) {
	    if (x.charCodeAt(index) > 255) {
	      throw new TypeError(
	        'Cannot convert argument to a ByteString because the character at ' +
	        `index ${index} has a value of ${x.charCodeAt(index)} which is greater than 255.`
	      )
	    }
	  }

	  // 3. Return an IDL ByteString value whose length is the
	  //    length of x, and where the value of each element is
	  //    the value of the corresponding element of x.
	  return x
	};

	/**
	 * @param {unknown} value
	 * @returns {string}
	 * @see https://webidl.spec.whatwg.org/#es-USVString
	 */
	webidl.converters.USVString = function (value) {
	  // TODO: rewrite this so we can control the errors thrown
	  if (typeof value === 'string') {
	    return value.toWellFormed()
	  }
	  return `${value}`.toWellFormed()
	};

	// https://webidl.spec.whatwg.org/#es-boolean
	webidl.converters.boolean = function (V) {
	  // 1. Let x be the result of computing ToBoolean(V).
	  // https://262.ecma-international.org/10.0/index.html#table-10
	  const x = Boolean(V);

	  // 2. Return the IDL boolean value that is the one that represents
	  //    the same truth value as the ECMAScript Boolean value x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-any
	webidl.converters.any = function (V) {
	  return V
	};

	// https://webidl.spec.whatwg.org/#es-long-long
	webidl.converters['long long'] = function (V, prefix, argument) {
	  // 1. Let x be ? ConvertToInt(V, 64, "signed").
	  const x = webidl.util.ConvertToInt(V, 64, 'signed', 0, prefix, argument);

	  // 2. Return the IDL long long value that represents
	  //    the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-unsigned-long-long
	webidl.converters['unsigned long long'] = function (V, prefix, argument) {
	  // 1. Let x be ? ConvertToInt(V, 64, "unsigned").
	  const x = webidl.util.ConvertToInt(V, 64, 'unsigned', 0, prefix, argument);

	  // 2. Return the IDL unsigned long long value that
	  //    represents the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-unsigned-long
	webidl.converters['unsigned long'] = function (V, prefix, argument) {
	  // 1. Let x be ? ConvertToInt(V, 32, "unsigned").
	  const x = webidl.util.ConvertToInt(V, 32, 'unsigned', 0, prefix, argument);

	  // 2. Return the IDL unsigned long value that
	  //    represents the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-unsigned-short
	webidl.converters['unsigned short'] = function (V, prefix, argument, flags) {
	  // 1. Let x be ? ConvertToInt(V, 16, "unsigned").
	  const x = webidl.util.ConvertToInt(V, 16, 'unsigned', flags, prefix, argument);

	  // 2. Return the IDL unsigned short value that represents
	  //    the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#idl-ArrayBuffer
	webidl.converters.ArrayBuffer = function (V, prefix, argument, flags) {
	  // 1. If V is not an Object, or V does not have an
	  //    [[ArrayBufferData]] internal slot, then throw a
	  //    TypeError.
	  // 2. If IsSharedArrayBuffer(V) is true, then throw a
	  //    TypeError.
	  // see: https://tc39.es/ecma262/#sec-properties-of-the-arraybuffer-instances
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isArrayBuffer(V)
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['ArrayBuffer']
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V) is true, then throw a
	  //    TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a resizable ArrayBuffer.`
	    })
	  }

	  // 4. Return the IDL ArrayBuffer value that is a
	  //    reference to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#idl-SharedArrayBuffer
	webidl.converters.SharedArrayBuffer = function (V, prefix, argument, flags) {
	  // 1. If V is not an Object, or V does not have an
	  //    [[ArrayBufferData]] internal slot, then throw a
	  //    TypeError.
	  // 2. If IsSharedArrayBuffer(V) is false, then throw a
	  //    TypeError.
	  // see: https://tc39.es/ecma262/#sec-properties-of-the-sharedarraybuffer-instances
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isSharedArrayBuffer(V)
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['SharedArrayBuffer']
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V) is true, then throw a
	  //    TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a resizable SharedArrayBuffer.`
	    })
	  }

	  // 4. Return the IDL SharedArrayBuffer value that is a
	  //    reference to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#dfn-typed-array-type
	webidl.converters.TypedArray = function (V, T, prefix, argument, flags) {
	  // 1. Let T be the IDL type V is being converted to.

	  // 2. If Type(V) is not Object, or V does not have a
	  //    [[TypedArrayName]] internal slot with a value
	  //    equal to T’s name, then throw a TypeError.
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isTypedArray(V) ||
	    V.constructor.name !== T.name
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: [T.name]
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowShared] extended attribute, and
	  //    IsSharedArrayBuffer(V.[[ViewedArrayBuffer]]) is
	  //    true, then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a shared array buffer.`
	    })
	  }

	  // 4. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V.[[ViewedArrayBuffer]]) is
	  //    true, then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a resizable array buffer.`
	    })
	  }

	  // 5. Return the IDL value of type T that is a reference
	  //    to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#idl-DataView
	webidl.converters.DataView = function (V, prefix, argument, flags) {
	  // 1. If Type(V) is not Object, or V does not have a
	  //    [[DataView]] internal slot, then throw a TypeError.
	  if (webidl.util.Type(V) !== OBJECT || !types.isDataView(V)) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['DataView']
	    })
	  }

	  // 2. If the conversion is not to an IDL type associated
	  //    with the [AllowShared] extended attribute, and
	  //    IsSharedArrayBuffer(V.[[ViewedArrayBuffer]]) is true,
	  //    then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a shared array buffer.`
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V.[[ViewedArrayBuffer]]) is
	  //    true, then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a resizable array buffer.`
	    })
	  }

	  // 4. Return the IDL DataView value that is a reference
	  //    to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#ArrayBufferView
	webidl.converters.ArrayBufferView = function (V, prefix, argument, flags) {
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isArrayBufferView(V)
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['ArrayBufferView']
	    })
	  }

	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a shared array buffer.`
	    })
	  }

	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a resizable array buffer.`
	    })
	  }

	  return V
	};

	// https://webidl.spec.whatwg.org/#BufferSource
	webidl.converters.BufferSource = function (V, prefix, argument, flags) {
	  if (types.isArrayBuffer(V)) {
	    return webidl.converters.ArrayBuffer(V, prefix, argument, flags)
	  }

	  if (types.isArrayBufferView(V)) {
	    flags &= ~webidl.attributes.AllowShared;

	    return webidl.converters.ArrayBufferView(V, prefix, argument, flags)
	  }

	  // Make this explicit for easier debugging
	  if (types.isSharedArrayBuffer(V)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a SharedArrayBuffer.`
	    })
	  }

	  throw webidl.errors.conversionFailed({
	    prefix,
	    argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	    types: ['ArrayBuffer', 'ArrayBufferView']
	  })
	};

	// https://webidl.spec.whatwg.org/#AllowSharedBufferSource
	webidl.converters.AllowSharedBufferSource = function (V, prefix, argument, flags) {
	  if (types.isArrayBuffer(V)) {
	    return webidl.converters.ArrayBuffer(V, prefix, argument, flags)
	  }

	  if (types.isSharedArrayBuffer(V)) {
	    return webidl.converters.SharedArrayBuffer(V, prefix, argument, flags)
	  }

	  if (types.isArrayBufferView(V)) {
	    flags |= webidl.attributes.AllowShared;
	    return webidl.converters.ArrayBufferView(V, prefix, argument, flags)
	  }

	  throw webidl.errors.conversionFailed({
	    prefix,
	    argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	    types: ['ArrayBuffer', 'SharedArrayBuffer', 'ArrayBufferView']
	  })
	};

	webidl.converters['sequence<ByteString>'] = webidl.sequenceConverter(
	  webidl.converters.ByteString
	);

	webidl.converters['sequence<sequence<ByteString>>'] = webidl.sequenceConverter(
	  webidl.converters['sequence<ByteString>']
	);

	webidl.converters['record<ByteString, ByteString>'] = webidl.recordConverter(
	  webidl.converters.ByteString,
	  webidl.converters.ByteString
	);

	webidl.converters.Blob = webidl.interfaceConverter(webidl.is.Blob, 'Blob');

	webidl.converters.AbortSignal = webidl.interfaceConverter(
	  webidl.is.AbortSignal,
	  'AbortSignal'
	);

	/**
	 * [LegacyTreatNonObjectAsNull]
	 * callback EventHandlerNonNull = any (Event event);
	 * typedef EventHandlerNonNull? EventHandler;
	 * @param {*} V
	 */
	webidl.converters.EventHandlerNonNull = function (V) {
	  if (webidl.util.Type(V) !== OBJECT) {
	    return null
	  }

	  // [I]f the value is not an object, it will be converted to null, and if the value is not callable,
	  // it will be converted to a callback function value that does nothing when called.
	  if (typeof V === 'function') {
	    return V
	  }

	  return () => {}
	};

	webidl.attributes = {
	  Clamp: 1 << 0,
	  EnforceRange: 1 << 1,
	  AllowShared: 1 << 2,
	  AllowResizable: 1 << 3,
	  LegacyNullToEmptyString: 1 << 4
	};

	webidl_1 = {
	  webidl
	};
	return webidl_1;
}

var util;
var hasRequiredUtil;

function requireUtil () {
	if (hasRequiredUtil) return util;
	hasRequiredUtil = 1;

	const { Transform } = require('node:stream');
	const zlib = require('node:zlib');
	const { redirectStatusSet, referrerPolicyTokens, badPortsSet } = requireConstants();
	const { getGlobalOrigin } = requireGlobal();
	const { collectAnHTTPQuotedString, parseMIMEType } = requireDataUrl();
	const { performance } = require('node:perf_hooks');
	const { ReadableStreamFrom, isValidHTTPToken, normalizedMethodRecordsBase } = requireUtil$1();
	const assert = require('node:assert');
	const { isUint8Array } = require('node:util/types');
	const { webidl } = requireWebidl();
	const { isomorphicEncode, collectASequenceOfCodePoints, removeChars } = requireInfra();

	function responseURL (response) {
	  // https://fetch.spec.whatwg.org/#responses
	  // A response has an associated URL. It is a pointer to the last URL
	  // in response’s URL list and null if response’s URL list is empty.
	  const urlList = response.urlList;
	  const length = urlList.length;
	  return length === 0 ? null : urlList[length - 1].toString()
	}

	// https://fetch.spec.whatwg.org/#concept-response-location-url
	function responseLocationURL (response, requestFragment) {
	  // 1. If response’s status is not a redirect status, then return null.
	  if (!redirectStatusSet.has(response.status)) {
	    return null
	  }

	  // 2. Let location be the result of extracting header list values given
	  // `Location` and response’s header list.
	  let location = response.headersList.get('location', true);

	  // 3. If location is a header value, then set location to the result of
	  //    parsing location with response’s URL.
	  if (location !== null && isValidHeaderValue(location)) {
	    if (!isValidEncodedURL(location)) {
	      // Some websites respond location header in UTF-8 form without encoding them as ASCII
	      // and major browsers redirect them to correctly UTF-8 encoded addresses.
	      // Here, we handle that behavior in the same way.
	      location = normalizeBinaryStringToUtf8(location);
	    }
	    location = new URL(location, responseURL(response));
	  }

	  // 4. If location is a URL whose fragment is null, then set location’s
	  // fragment to requestFragment.
	  if (location && !location.hash) {
	    location.hash = requestFragment;
	  }

	  // 5. Return location.
	  return location
	}

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc1738#section-2.2
	 * @param {string} url
	 * @returns {boolean}
	 */
	function isValidEncodedURL (url) {
	  for (let i = 0; i < url.length; ++i) {
	    const code = url.charCodeAt(i);

	    if (
	      code > 0x7E || // Non-US-ASCII + DEL
	      code < 0x20 // Control characters NUL - US
	    ) {
	      return false
	    }
	  }
	  return true
	}

	/**
	 * If string contains non-ASCII characters, assumes it's UTF-8 encoded and decodes it.
	 * Since UTF-8 is a superset of ASCII, this will work for ASCII strings as well.
	 * @param {string} value
	 * @returns {string}
	 */
	function normalizeBinaryStringToUtf8 (value) {
	  return Buffer.from(value, 'binary').toString('utf8')
	}

	/** @returns {URL} */
	function requestCurrentURL (request) {
	  return request.urlList[request.urlList.length - 1]
	}

	function requestBadPort (request) {
	  // 1. Let url be request’s current URL.
	  const url = requestCurrentURL(request);

	  // 2. If url’s scheme is an HTTP(S) scheme and url’s port is a bad port,
	  // then return blocked.
	  if (urlIsHttpHttpsScheme(url) && badPortsSet.has(url.port)) {
	    return 'blocked'
	  }

	  // 3. Return allowed.
	  return 'allowed'
	}

	function isErrorLike (object) {
	  return object instanceof Error || (
	    object?.constructor?.name === 'Error' ||
	    object?.constructor?.name === 'DOMException'
	  )
	}

	// Check whether |statusText| is a ByteString and
	// matches the Reason-Phrase token production.
	// RFC 2616: https://tools.ietf.org/html/rfc2616
	// RFC 7230: https://tools.ietf.org/html/rfc7230
	// "reason-phrase = *( HTAB / SP / VCHAR / obs-text )"
	// https://github.com/chromium/chromium/blob/94.0.4604.1/third_party/blink/renderer/core/fetch/response.cc#L116
	function isValidReasonPhrase (statusText) {
	  for (let i = 0; i < statusText.length; ++i) {
	    const c = statusText.charCodeAt(i);
	    if (
	      !(
	        (
	          c === 0x09 || // HTAB
	          (c >= 0x20 && c <= 0x7e) || // SP / VCHAR
	          (c >= 0x80 && c <= 0xff)
	        ) // obs-text
	      )
	    ) {
	      return false
	    }
	  }
	  return true
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#header-name
	 * @param {string} potentialValue
	 */
	const isValidHeaderName = isValidHTTPToken;

	/**
	 * @see https://fetch.spec.whatwg.org/#header-value
	 * @param {string} potentialValue
	 */
	function isValidHeaderValue (potentialValue) {
	  // - Has no leading or trailing HTTP tab or space bytes.
	  // - Contains no 0x00 (NUL) or HTTP newline bytes.
	  return (
	    potentialValue[0] === '\t' ||
	    potentialValue[0] === ' ' ||
	    potentialValue[potentialValue.length - 1] === '\t' ||
	    potentialValue[potentialValue.length - 1] === ' ' ||
	    potentialValue.includes('\n') ||
	    potentialValue.includes('\r') ||
	    potentialValue.includes('\0')
	  ) === false
	}

	/**
	 * Parse a referrer policy from a Referrer-Policy header
	 * @see https://w3c.github.io/webappsec-referrer-policy/#parse-referrer-policy-from-header
	 */
	function parseReferrerPolicy (actualResponse) {
	  // 1. Let policy-tokens be the result of extracting header list values given `Referrer-Policy` and response’s header list.
	  const policyHeader = (actualResponse.headersList.get('referrer-policy', true) ?? '').split(',');

	  // 2. Let policy be the empty string.
	  let policy = '';

	  // 3. For each token in policy-tokens, if token is a referrer policy and token is not the empty string, then set policy to token.

	  // Note: As the referrer-policy can contain multiple policies
	  // separated by comma, we need to loop through all of them
	  // and pick the first valid one.
	  // Ref: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy#specify_a_fallback_policy
	  if (policyHeader.length) {
	    // The right-most policy takes precedence.
	    // The left-most policy is the fallback.
	    for (let i = policyHeader.length; i !== 0; i--) {
	      const token = policyHeader[i - 1].trim();
	      if (referrerPolicyTokens.has(token)) {
	        policy = token;
	        break
	      }
	    }
	  }

	  // 4. Return policy.
	  return policy
	}

	/**
	 * Given a request request and a response actualResponse, this algorithm
	 * updates request’s referrer policy according to the Referrer-Policy
	 * header (if any) in actualResponse.
	 * @see https://w3c.github.io/webappsec-referrer-policy/#set-requests-referrer-policy-on-redirect
	 * @param {import('./request').Request} request
	 * @param {import('./response').Response} actualResponse
	 */
	function setRequestReferrerPolicyOnRedirect (request, actualResponse) {
	  // 1. Let policy be the result of executing § 8.1 Parse a referrer policy
	  // from a Referrer-Policy header on actualResponse.
	  const policy = parseReferrerPolicy(actualResponse);

	  // 2. If policy is not the empty string, then set request’s referrer policy to policy.
	  if (policy !== '') {
	    request.referrerPolicy = policy;
	  }
	}

	// https://fetch.spec.whatwg.org/#cross-origin-resource-policy-check
	function crossOriginResourcePolicyCheck () {
	  // TODO
	  return 'allowed'
	}

	// https://fetch.spec.whatwg.org/#concept-cors-check
	function corsCheck () {
	  // TODO
	  return 'success'
	}

	// https://fetch.spec.whatwg.org/#concept-tao-check
	function TAOCheck () {
	  // TODO
	  return 'success'
	}

	function appendFetchMetadata (httpRequest) {
	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-dest-header
	  //  TODO

	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-mode-header

	  //  1. Assert: r’s url is a potentially trustworthy URL.
	  //  TODO

	  //  2. Let header be a Structured Header whose value is a token.
	  let header = null;

	  //  3. Set header’s value to r’s mode.
	  header = httpRequest.mode;

	  //  4. Set a structured field value `Sec-Fetch-Mode`/header in r’s header list.
	  httpRequest.headersList.set('sec-fetch-mode', header, true);

	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header
	  //  TODO

	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-user-header
	  //  TODO
	}

	// https://fetch.spec.whatwg.org/#append-a-request-origin-header
	function appendRequestOriginHeader (request) {
	  // 1. Let serializedOrigin be the result of byte-serializing a request origin
	  //    with request.
	  // TODO: implement "byte-serializing a request origin"
	  let serializedOrigin = request.origin;

	  // - "'client' is changed to an origin during fetching."
	  //   This doesn't happen in undici (in most cases) because undici, by default,
	  //   has no concept of origin.
	  // - request.origin can also be set to request.client.origin (client being
	  //   an environment settings object), which is undefined without using
	  //   setGlobalOrigin.
	  if (serializedOrigin === 'client' || serializedOrigin === undefined) {
	    return
	  }

	  // 2. If request’s response tainting is "cors" or request’s mode is "websocket",
	  //    then append (`Origin`, serializedOrigin) to request’s header list.
	  // 3. Otherwise, if request’s method is neither `GET` nor `HEAD`, then:
	  if (request.responseTainting === 'cors' || request.mode === 'websocket') {
	    request.headersList.append('origin', serializedOrigin, true);
	  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
	    // 1. Switch on request’s referrer policy:
	    switch (request.referrerPolicy) {
	      case 'no-referrer':
	        // Set serializedOrigin to `null`.
	        serializedOrigin = null;
	        break
	      case 'no-referrer-when-downgrade':
	      case 'strict-origin':
	      case 'strict-origin-when-cross-origin':
	        // If request’s origin is a tuple origin, its scheme is "https", and
	        // request’s current URL’s scheme is not "https", then set
	        // serializedOrigin to `null`.
	        if (request.origin && urlHasHttpsScheme(request.origin) && !urlHasHttpsScheme(requestCurrentURL(request))) {
	          serializedOrigin = null;
	        }
	        break
	      case 'same-origin':
	        // If request’s origin is not same origin with request’s current URL’s
	        // origin, then set serializedOrigin to `null`.
	        if (!sameOrigin(request, requestCurrentURL(request))) {
	          serializedOrigin = null;
	        }
	        break
	        // Do nothing.
	    }

	    // 2. Append (`Origin`, serializedOrigin) to request’s header list.
	    request.headersList.append('origin', serializedOrigin, true);
	  }
	}

	// https://w3c.github.io/hr-time/#dfn-coarsen-time
	function coarsenTime (timestamp, crossOriginIsolatedCapability) {
	  // TODO
	  return timestamp
	}

	// https://fetch.spec.whatwg.org/#clamp-and-coarsen-connection-timing-info
	function clampAndCoarsenConnectionTimingInfo (connectionTimingInfo, defaultStartTime, crossOriginIsolatedCapability) {
	  if (!connectionTimingInfo?.startTime || connectionTimingInfo.startTime < defaultStartTime) {
	    return {
	      domainLookupStartTime: defaultStartTime,
	      domainLookupEndTime: defaultStartTime,
	      connectionStartTime: defaultStartTime,
	      connectionEndTime: defaultStartTime,
	      secureConnectionStartTime: defaultStartTime,
	      ALPNNegotiatedProtocol: connectionTimingInfo?.ALPNNegotiatedProtocol
	    }
	  }

	  return {
	    domainLookupStartTime: coarsenTime(connectionTimingInfo.domainLookupStartTime),
	    domainLookupEndTime: coarsenTime(connectionTimingInfo.domainLookupEndTime),
	    connectionStartTime: coarsenTime(connectionTimingInfo.connectionStartTime),
	    connectionEndTime: coarsenTime(connectionTimingInfo.connectionEndTime),
	    secureConnectionStartTime: coarsenTime(connectionTimingInfo.secureConnectionStartTime),
	    ALPNNegotiatedProtocol: connectionTimingInfo.ALPNNegotiatedProtocol
	  }
	}

	// https://w3c.github.io/hr-time/#dfn-coarsened-shared-current-time
	function coarsenedSharedCurrentTime (crossOriginIsolatedCapability) {
	  return coarsenTime(performance.now())
	}

	// https://fetch.spec.whatwg.org/#create-an-opaque-timing-info
	function createOpaqueTimingInfo (timingInfo) {
	  return {
	    startTime: timingInfo.startTime ?? 0,
	    redirectStartTime: 0,
	    redirectEndTime: 0,
	    postRedirectStartTime: timingInfo.startTime ?? 0,
	    finalServiceWorkerStartTime: 0,
	    finalNetworkResponseStartTime: 0,
	    finalNetworkRequestStartTime: 0,
	    endTime: 0,
	    encodedBodySize: 0,
	    decodedBodySize: 0,
	    finalConnectionTimingInfo: null
	  }
	}

	// https://html.spec.whatwg.org/multipage/origin.html#policy-container
	function makePolicyContainer () {
	  // Note: the fetch spec doesn't make use of embedder policy or CSP list
	  return {
	    referrerPolicy: 'strict-origin-when-cross-origin'
	  }
	}

	// https://html.spec.whatwg.org/multipage/origin.html#clone-a-policy-container
	function clonePolicyContainer (policyContainer) {
	  return {
	    referrerPolicy: policyContainer.referrerPolicy
	  }
	}

	/**
	 * Determine request’s Referrer
	 *
	 * @see https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer
	 */
	function determineRequestsReferrer (request) {
	  // Given a request request, we can determine the correct referrer information
	  // to send by examining its referrer policy as detailed in the following
	  // steps, which return either no referrer or a URL:

	  // 1. Let policy be request's referrer policy.
	  const policy = request.referrerPolicy;

	  // Note: policy cannot (shouldn't) be null or an empty string.
	  assert(policy);

	  // 2. Let environment be request’s client.

	  let referrerSource = null;

	  // 3. Switch on request’s referrer:

	  // "client"
	  if (request.referrer === 'client') {
	    // Note: node isn't a browser and doesn't implement document/iframes,
	    // so we bypass this step and replace it with our own.

	    const globalOrigin = getGlobalOrigin();

	    if (!globalOrigin || globalOrigin.origin === 'null') {
	      return 'no-referrer'
	    }

	    // Note: we need to clone it as it's mutated
	    referrerSource = new URL(globalOrigin);
	  // a URL
	  } else if (webidl.is.URL(request.referrer)) {
	    // Let referrerSource be request’s referrer.
	    referrerSource = request.referrer;
	  }

	  // 4. Let request’s referrerURL be the result of stripping referrerSource for
	  //    use as a referrer.
	  let referrerURL = stripURLForReferrer(referrerSource);

	  // 5. Let referrerOrigin be the result of stripping referrerSource for use as
	  //    a referrer, with the origin-only flag set to true.
	  const referrerOrigin = stripURLForReferrer(referrerSource, true);

	  // 6. If the result of serializing referrerURL is a string whose length is
	  //    greater than 4096, set referrerURL to referrerOrigin.
	  if (referrerURL.toString().length > 4096) {
	    referrerURL = referrerOrigin;
	  }

	  // 7. The user agent MAY alter referrerURL or referrerOrigin at this point
	  // to enforce arbitrary policy considerations in the interests of minimizing
	  // data leakage. For example, the user agent could strip the URL down to an
	  // origin, modify its host, replace it with an empty string, etc.

	  // 8. Execute the switch statements corresponding to the value of policy:
	  switch (policy) {
	    case 'no-referrer':
	      // Return no referrer
	      return 'no-referrer'
	    case 'origin':
	      // Return referrerOrigin
	      if (referrerOrigin != null) {
	        return referrerOrigin
	      }
	      return stripURLForReferrer(referrerSource, true)
	    case 'unsafe-url':
	      // Return referrerURL.
	      return referrerURL
	    case 'strict-origin': {
	      const currentURL = requestCurrentURL(request);

	      // 1. If referrerURL is a potentially trustworthy URL and request’s
	      //    current URL is not a potentially trustworthy URL, then return no
	      //    referrer.
	      if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
	        return 'no-referrer'
	      }
	      // 2. Return referrerOrigin
	      return referrerOrigin
	    }
	    case 'strict-origin-when-cross-origin': {
	      const currentURL = requestCurrentURL(request);

	      // 1. If the origin of referrerURL and the origin of request’s current
	      //    URL are the same, then return referrerURL.
	      if (sameOrigin(referrerURL, currentURL)) {
	        return referrerURL
	      }

	      // 2. If referrerURL is a potentially trustworthy URL and request’s
	      //    current URL is not a potentially trustworthy URL, then return no
	      //    referrer.
	      if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
	        return 'no-referrer'
	      }

	      // 3. Return referrerOrigin.
	      return referrerOrigin
	    }
	    case 'same-origin':
	      // 1. If the origin of referrerURL and the origin of request’s current
	      // URL are the same, then return referrerURL.
	      if (sameOrigin(request, referrerURL)) {
	        return referrerURL
	      }
	      // 2. Return no referrer.
	      return 'no-referrer'
	    case 'origin-when-cross-origin':
	      // 1. If the origin of referrerURL and the origin of request’s current
	      // URL are the same, then return referrerURL.
	      if (sameOrigin(request, referrerURL)) {
	        return referrerURL
	      }
	      // 2. Return referrerOrigin.
	      return referrerOrigin
	    case 'no-referrer-when-downgrade': {
	      const currentURL = requestCurrentURL(request);

	      // 1. If referrerURL is a potentially trustworthy URL and request’s
	      //    current URL is not a potentially trustworthy URL, then return no
	      //    referrer.
	      if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
	        return 'no-referrer'
	      }
	      // 2. Return referrerURL.
	      return referrerURL
	    }
	  }
	}

	/**
	 * Certain portions of URLs must not be included when sending a URL as the
	 * value of a `Referer` header: a URLs fragment, username, and password
	 * components must be stripped from the URL before it’s sent out. This
	 * algorithm accepts a origin-only flag, which defaults to false. If set to
	 * true, the algorithm will additionally remove the URL’s path and query
	 * components, leaving only the scheme, host, and port.
	 *
	 * @see https://w3c.github.io/webappsec-referrer-policy/#strip-url
	 * @param {URL} url
	 * @param {boolean} [originOnly=false]
	 */
	function stripURLForReferrer (url, originOnly = false) {
	  // 1. Assert: url is a URL.
	  assert(webidl.is.URL(url));

	  // Note: Create a new URL instance to avoid mutating the original URL.
	  url = new URL(url);

	  // 2. If url’s scheme is a local scheme, then return no referrer.
	  if (urlIsLocal(url)) {
	    return 'no-referrer'
	  }

	  // 3. Set url’s username to the empty string.
	  url.username = '';

	  // 4. Set url’s password to the empty string.
	  url.password = '';

	  // 5. Set url’s fragment to null.
	  url.hash = '';

	  // 6. If the origin-only flag is true, then:
	  if (originOnly === true) {
	    // 1. Set url’s path to « the empty string ».
	    url.pathname = '';

	    // 2. Set url’s query to null.
	    url.search = '';
	  }

	  // 7. Return url.
	  return url
	}

	const isPotentialleTrustworthyIPv4 = RegExp.prototype.test
	  .bind(/^127\.(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){2}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/);

	const isPotentiallyTrustworthyIPv6 = RegExp.prototype.test
	  .bind(/^(?:(?:0{1,4}:){7}|(?:0{1,4}:){1,6}:|::)0{0,3}1$/);

	/**
	 * Check if host matches one of the CIDR notations 127.0.0.0/8 or ::1/128.
	 *
	 * @param {string} origin
	 * @returns {boolean}
	 */
	function isOriginIPPotentiallyTrustworthy (origin) {
	  // IPv6
	  if (origin.includes(':')) {
	    // Remove brackets from IPv6 addresses
	    if (origin[0] === '[' && origin[origin.length - 1] === ']') {
	      origin = origin.slice(1, -1);
	    }
	    return isPotentiallyTrustworthyIPv6(origin)
	  }

	  // IPv4
	  return isPotentialleTrustworthyIPv4(origin)
	}

	/**
	 * A potentially trustworthy origin is one which a user agent can generally
	 * trust as delivering data securely.
	 *
	 * Return value `true` means `Potentially Trustworthy`.
	 * Return value `false` means `Not Trustworthy`.
	 *
	 * @see https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
	 * @param {string} origin
	 * @returns {boolean}
	 */
	function isOriginPotentiallyTrustworthy (origin) {
	  // 1. If origin is an opaque origin, return "Not Trustworthy".
	  if (origin == null || origin === 'null') {
	    return false
	  }

	  // 2. Assert: origin is a tuple origin.
	  origin = new URL(origin);

	  // 3. If origin’s scheme is either "https" or "wss",
	  //    return "Potentially Trustworthy".
	  if (origin.protocol === 'https:' || origin.protocol === 'wss:') {
	    return true
	  }

	  // 4. If origin’s host matches one of the CIDR notations 127.0.0.0/8 or
	  // ::1/128 [RFC4632], return "Potentially Trustworthy".
	  if (isOriginIPPotentiallyTrustworthy(origin.hostname)) {
	    return true
	  }

	  // 5. If the user agent conforms to the name resolution rules in
	  //    [let-localhost-be-localhost] and one of the following is true:

	  //    origin’s host is "localhost" or "localhost."
	  if (origin.hostname === 'localhost' || origin.hostname === 'localhost.') {
	    return true
	  }

	  //    origin’s host ends with ".localhost" or ".localhost."
	  if (origin.hostname.endsWith('.localhost') || origin.hostname.endsWith('.localhost.')) {
	    return true
	  }

	  // 6. If origin’s scheme is "file", return "Potentially Trustworthy".
	  if (origin.protocol === 'file:') {
	    return true
	  }

	  // 7. If origin’s scheme component is one which the user agent considers to
	  // be authenticated, return "Potentially Trustworthy".

	  // 8. If origin has been configured as a trustworthy origin, return
	  //    "Potentially Trustworthy".

	  // 9. Return "Not Trustworthy".
	  return false
	}

	/**
	 * A potentially trustworthy URL is one which either inherits context from its
	 * creator (about:blank, about:srcdoc, data) or one whose origin is a
	 * potentially trustworthy origin.
	 *
	 * Return value `true` means `Potentially Trustworthy`.
	 * Return value `false` means `Not Trustworthy`.
	 *
	 * @see https://www.w3.org/TR/secure-contexts/#is-url-trustworthy
	 * @param {URL} url
	 * @returns {boolean}
	 */
	function isURLPotentiallyTrustworthy (url) {
	  // Given a URL record (url), the following algorithm returns "Potentially
	  // Trustworthy" or "Not Trustworthy" as appropriate:
	  if (!webidl.is.URL(url)) {
	    return false
	  }

	  // 1. If url is "about:blank" or "about:srcdoc",
	  //    return "Potentially Trustworthy".
	  if (url.href === 'about:blank' || url.href === 'about:srcdoc') {
	    return true
	  }

	  // 2. If url’s scheme is "data", return "Potentially Trustworthy".
	  if (url.protocol === 'data:') return true

	  // Note: The origin of blob: URLs is the origin of the context in which they
	  // were created. Therefore, blobs created in a trustworthy origin will
	  // themselves be potentially trustworthy.
	  if (url.protocol === 'blob:') return true

	  // 3. Return the result of executing § 3.1 Is origin potentially trustworthy?
	  // on url’s origin.
	  return isOriginPotentiallyTrustworthy(url.origin)
	}

	// https://w3c.github.io/webappsec-upgrade-insecure-requests/#upgrade-request
	function tryUpgradeRequestToAPotentiallyTrustworthyURL (request) {
	  // TODO
	}

	/**
	 * @link {https://html.spec.whatwg.org/multipage/origin.html#same-origin}
	 * @param {URL} A
	 * @param {URL} B
	 */
	function sameOrigin (A, B) {
	  // 1. If A and B are the same opaque origin, then return true.
	  if (A.origin === B.origin && A.origin === 'null') {
	    return true
	  }

	  // 2. If A and B are both tuple origins and their schemes,
	  //    hosts, and port are identical, then return true.
	  if (A.protocol === B.protocol && A.hostname === B.hostname && A.port === B.port) {
	    return true
	  }

	  // 3. Return false.
	  return false
	}

	function isAborted (fetchParams) {
	  return fetchParams.controller.state === 'aborted'
	}

	function isCancelled (fetchParams) {
	  return fetchParams.controller.state === 'aborted' ||
	    fetchParams.controller.state === 'terminated'
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-method-normalize
	 * @param {string} method
	 */
	function normalizeMethod (method) {
	  return normalizedMethodRecordsBase[method.toLowerCase()] ?? method
	}

	// https://tc39.es/ecma262/#sec-%25iteratorprototype%25-object
	const esIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

	/**
	 * @see https://webidl.spec.whatwg.org/#dfn-iterator-prototype-object
	 * @param {string} name name of the instance
	 * @param {((target: any) => any)} kInternalIterator
	 * @param {string | number} [keyIndex]
	 * @param {string | number} [valueIndex]
	 */
	function createIterator (name, kInternalIterator, keyIndex = 0, valueIndex = 1) {
	  class FastIterableIterator {
	    /** @type {any} */
	    #target
	    /** @type {'key' | 'value' | 'key+value'} */
	    #kind
	    /** @type {number} */
	    #index

	    /**
	     * @see https://webidl.spec.whatwg.org/#dfn-default-iterator-object
	     * @param {unknown} target
	     * @param {'key' | 'value' | 'key+value'} kind
	     */
	    constructor (target, kind) {
	      this.#target = target;
	      this.#kind = kind;
	      this.#index = 0;
	    }

	    next () {
	      // 1. Let interface be the interface for which the iterator prototype object exists.
	      // 2. Let thisValue be the this value.
	      // 3. Let object be ? ToObject(thisValue).
	      // 4. If object is a platform object, then perform a security
	      //    check, passing:
	      // 5. If object is not a default iterator object for interface,
	      //    then throw a TypeError.
	      if (typeof this !== 'object' || this === null || !(#target in this)) {
	        throw new TypeError(
	          `'next' called on an object that does not implement interface ${name} Iterator.`
	        )
	      }

	      // 6. Let index be object’s index.
	      // 7. Let kind be object’s kind.
	      // 8. Let values be object’s target's value pairs to iterate over.
	      const index = this.#index;
	      const values = kInternalIterator(this.#target);

	      // 9. Let len be the length of values.
	      const len = values.length;

	      // 10. If index is greater than or equal to len, then return
	      //     CreateIterResultObject(undefined, true).
	      if (index >= len) {
	        return {
	          value: undefined,
	          done: true
	        }
	      }

	      // 11. Let pair be the entry in values at index index.
	      const { [keyIndex]: key, [valueIndex]: value } = values[index];

	      // 12. Set object’s index to index + 1.
	      this.#index = index + 1;

	      // 13. Return the iterator result for pair and kind.

	      // https://webidl.spec.whatwg.org/#iterator-result

	      // 1. Let result be a value determined by the value of kind:
	      let result;
	      switch (this.#kind) {
	        case 'key':
	          // 1. Let idlKey be pair’s key.
	          // 2. Let key be the result of converting idlKey to an
	          //    ECMAScript value.
	          // 3. result is key.
	          result = key;
	          break
	        case 'value':
	          // 1. Let idlValue be pair’s value.
	          // 2. Let value be the result of converting idlValue to
	          //    an ECMAScript value.
	          // 3. result is value.
	          result = value;
	          break
	        case 'key+value':
	          // 1. Let idlKey be pair’s key.
	          // 2. Let idlValue be pair’s value.
	          // 3. Let key be the result of converting idlKey to an
	          //    ECMAScript value.
	          // 4. Let value be the result of converting idlValue to
	          //    an ECMAScript value.
	          // 5. Let array be ! ArrayCreate(2).
	          // 6. Call ! CreateDataProperty(array, "0", key).
	          // 7. Call ! CreateDataProperty(array, "1", value).
	          // 8. result is array.
	          result = [key, value];
	          break
	      }

	      // 2. Return CreateIterResultObject(result, false).
	      return {
	        value: result,
	        done: false
	      }
	    }
	  }

	  // https://webidl.spec.whatwg.org/#dfn-iterator-prototype-object
	  // @ts-ignore
	  delete FastIterableIterator.prototype.constructor;

	  Object.setPrototypeOf(FastIterableIterator.prototype, esIteratorPrototype);

	  Object.defineProperties(FastIterableIterator.prototype, {
	    [Symbol.toStringTag]: {
	      writable: false,
	      enumerable: false,
	      configurable: true,
	      value: `${name} Iterator`
	    },
	    next: { writable: true, enumerable: true, configurable: true }
	  });

	  /**
	   * @param {unknown} target
	   * @param {'key' | 'value' | 'key+value'} kind
	   * @returns {IterableIterator<any>}
	   */
	  return function (target, kind) {
	    return new FastIterableIterator(target, kind)
	  }
	}

	/**
	 * @see https://webidl.spec.whatwg.org/#dfn-iterator-prototype-object
	 * @param {string} name name of the instance
	 * @param {any} object class
	 * @param {(target: any) => any} kInternalIterator
	 * @param {string | number} [keyIndex]
	 * @param {string | number} [valueIndex]
	 */
	function iteratorMixin (name, object, kInternalIterator, keyIndex = 0, valueIndex = 1) {
	  const makeIterator = createIterator(name, kInternalIterator, keyIndex, valueIndex);

	  const properties = {
	    keys: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function keys () {
	        webidl.brandCheck(this, object);
	        return makeIterator(this, 'key')
	      }
	    },
	    values: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function values () {
	        webidl.brandCheck(this, object);
	        return makeIterator(this, 'value')
	      }
	    },
	    entries: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function entries () {
	        webidl.brandCheck(this, object);
	        return makeIterator(this, 'key+value')
	      }
	    },
	    forEach: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function forEach (callbackfn, thisArg = globalThis) {
	        webidl.brandCheck(this, object);
	        webidl.argumentLengthCheck(arguments, 1, `${name}.forEach`);
	        if (typeof callbackfn !== 'function') {
	          throw new TypeError(
	            `Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`
	          )
	        }
	        for (const { 0: key, 1: value } of makeIterator(this, 'key+value')) {
	          callbackfn.call(thisArg, value, key, this);
	        }
	      }
	    }
	  };

	  return Object.defineProperties(object.prototype, {
	    ...properties,
	    [Symbol.iterator]: {
	      writable: true,
	      enumerable: false,
	      configurable: true,
	      value: properties.entries.value
	    }
	  })
	}

	/**
	 * @param {import('./body').ExtractBodyResult} body
	 * @param {(bytes: Uint8Array) => void} processBody
	 * @param {(error: Error) => void} processBodyError
	 * @returns {void}
	 *
	 * @see https://fetch.spec.whatwg.org/#body-fully-read
	 */
	function fullyReadBody (body, processBody, processBodyError) {
	  // 1. If taskDestination is null, then set taskDestination to
	  //    the result of starting a new parallel queue.

	  // 2. Let successSteps given a byte sequence bytes be to queue a
	  //    fetch task to run processBody given bytes, with taskDestination.
	  const successSteps = processBody;

	  // 3. Let errorSteps be to queue a fetch task to run processBodyError,
	  //    with taskDestination.
	  const errorSteps = processBodyError;

	  try {
	  // 4. Let reader be the result of getting a reader for body’s stream.
	  //    If that threw an exception, then run errorSteps with that
	  //    exception and return.
	    const reader = body.stream.getReader();

	    // 5. Read all bytes from reader, given successSteps and errorSteps.
	    readAllBytes(reader, successSteps, errorSteps);
	  } catch (e) {
	    errorSteps(e);
	  }
	}

	/**
	 * @param {ReadableStreamController<Uint8Array>} controller
	 */
	function readableStreamClose (controller) {
	  try {
	    controller.close();
	    controller.byobRequest?.respond(0);
	  } catch (err) {
	    // TODO: add comment explaining why this error occurs.
	    if (!err.message.includes('Controller is already closed') && !err.message.includes('ReadableStream is already closed')) {
	      throw err
	    }
	  }
	}

	/**
	 * @see https://streams.spec.whatwg.org/#readablestreamdefaultreader-read-all-bytes
	 * @see https://streams.spec.whatwg.org/#read-loop
	 * @param {ReadableStream<Uint8Array<ArrayBuffer>>} reader
	 * @param {(bytes: Uint8Array) => void} successSteps
	 * @param {(error: Error) => void} failureSteps
	 * @returns {Promise<void>}
	 */
	async function readAllBytes (reader, successSteps, failureSteps) {
	  try {
	    const bytes = [];
	    let byteLength = 0;

	    do {
	      const { done, value: chunk } = await reader.read();

	      if (done) {
	        // 1. Call successSteps with bytes.
	        successSteps(Buffer.concat(bytes, byteLength));
	        return
	      }

	      // 1. If chunk is not a Uint8Array object, call failureSteps
	      //    with a TypeError and abort these steps.
	      if (!isUint8Array(chunk)) {
	        failureSteps(new TypeError('Received non-Uint8Array chunk'));
	        return
	      }

	      // 2. Append the bytes represented by chunk to bytes.
	      bytes.push(chunk);
	      byteLength += chunk.length;

	    // 3. Read-loop given reader, bytes, successSteps, and failureSteps.
	    } while (true)
	  } catch (e) {
	    // 1. Call failureSteps with e.
	    failureSteps(e);
	  }
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#is-local
	 * @param {URL} url
	 * @returns {boolean}
	 */
	function urlIsLocal (url) {
	  assert('protocol' in url); // ensure it's a url object

	  const protocol = url.protocol;

	  // A URL is local if its scheme is a local scheme.
	  // A local scheme is "about", "blob", or "data".
	  return protocol === 'about:' || protocol === 'blob:' || protocol === 'data:'
	}

	/**
	 * @param {string|URL} url
	 * @returns {boolean}
	 */
	function urlHasHttpsScheme (url) {
	  return (
	    (
	      typeof url === 'string' &&
	      url[5] === ':' &&
	      url[0] === 'h' &&
	      url[1] === 't' &&
	      url[2] === 't' &&
	      url[3] === 'p' &&
	      url[4] === 's'
	    ) ||
	    url.protocol === 'https:'
	  )
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#http-scheme
	 * @param {URL} url
	 */
	function urlIsHttpHttpsScheme (url) {
	  assert('protocol' in url); // ensure it's a url object

	  const protocol = url.protocol;

	  return protocol === 'http:' || protocol === 'https:'
	}

	/**
	 * @typedef {Object} RangeHeaderValue
	 * @property {number|null} rangeStartValue
	 * @property {number|null} rangeEndValue
	 */

	/**
	 * @see https://fetch.spec.whatwg.org/#simple-range-header-value
	 * @param {string} value
	 * @param {boolean} allowWhitespace
	 * @return {RangeHeaderValue|'failure'}
	 */
	function simpleRangeHeaderValue (value, allowWhitespace) {
	  // 1. Let data be the isomorphic decoding of value.
	  // Note: isomorphic decoding takes a sequence of bytes (ie. a Uint8Array) and turns it into a string,
	  // nothing more. We obviously don't need to do that if value is a string already.
	  const data = value;

	  // 2. If data does not start with "bytes", then return failure.
	  if (!data.startsWith('bytes')) {
	    return 'failure'
	  }

	  // 3. Let position be a position variable for data, initially pointing at the 5th code point of data.
	  const position = { position: 5 };

	  // 4. If allowWhitespace is true, collect a sequence of code points that are HTTP tab or space,
	  //    from data given position.
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 5. If the code point at position within data is not U+003D (=), then return failure.
	  if (data.charCodeAt(position.position) !== 0x3D) {
	    return 'failure'
	  }

	  // 6. Advance position by 1.
	  position.position++;

	  // 7. If allowWhitespace is true, collect a sequence of code points that are HTTP tab or space, from
	  //    data given position.
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 8. Let rangeStart be the result of collecting a sequence of code points that are ASCII digits,
	  //    from data given position.
	  const rangeStart = collectASequenceOfCodePoints(
	    (char) => {
	      const code = char.charCodeAt(0);

	      return code >= 0x30 && code <= 0x39
	    },
	    data,
	    position
	  );

	  // 9. Let rangeStartValue be rangeStart, interpreted as decimal number, if rangeStart is not the
	  //    empty string; otherwise null.
	  const rangeStartValue = rangeStart.length ? Number(rangeStart) : null;

	  // 10. If allowWhitespace is true, collect a sequence of code points that are HTTP tab or space,
	  //     from data given position.
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 11. If the code point at position within data is not U+002D (-), then return failure.
	  if (data.charCodeAt(position.position) !== 0x2D) {
	    return 'failure'
	  }

	  // 12. Advance position by 1.
	  position.position++;

	  // 13. If allowWhitespace is true, collect a sequence of code points that are HTTP tab
	  //     or space, from data given position.
	  // Note from Khafra: its the same step as in #8 again lol
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 14. Let rangeEnd be the result of collecting a sequence of code points that are
	  //     ASCII digits, from data given position.
	  // Note from Khafra: you wouldn't guess it, but this is also the same step as #8
	  const rangeEnd = collectASequenceOfCodePoints(
	    (char) => {
	      const code = char.charCodeAt(0);

	      return code >= 0x30 && code <= 0x39
	    },
	    data,
	    position
	  );

	  // 15. Let rangeEndValue be rangeEnd, interpreted as decimal number, if rangeEnd
	  //     is not the empty string; otherwise null.
	  // Note from Khafra: THE SAME STEP, AGAIN!!!
	  // Note: why interpret as a decimal if we only collect ascii digits?
	  const rangeEndValue = rangeEnd.length ? Number(rangeEnd) : null;

	  // 16. If position is not past the end of data, then return failure.
	  if (position.position < data.length) {
	    return 'failure'
	  }

	  // 17. If rangeEndValue and rangeStartValue are null, then return failure.
	  if (rangeEndValue === null && rangeStartValue === null) {
	    return 'failure'
	  }

	  // 18. If rangeStartValue and rangeEndValue are numbers, and rangeStartValue is
	  //     greater than rangeEndValue, then return failure.
	  // Note: ... when can they not be numbers?
	  if (rangeStartValue > rangeEndValue) {
	    return 'failure'
	  }

	  // 19. Return (rangeStartValue, rangeEndValue).
	  return { rangeStartValue, rangeEndValue }
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#build-a-content-range
	 * @param {number} rangeStart
	 * @param {number} rangeEnd
	 * @param {number} fullLength
	 */
	function buildContentRange (rangeStart, rangeEnd, fullLength) {
	  // 1. Let contentRange be `bytes `.
	  let contentRange = 'bytes ';

	  // 2. Append rangeStart, serialized and isomorphic encoded, to contentRange.
	  contentRange += isomorphicEncode(`${rangeStart}`);

	  // 3. Append 0x2D (-) to contentRange.
	  contentRange += '-';

	  // 4. Append rangeEnd, serialized and isomorphic encoded to contentRange.
	  contentRange += isomorphicEncode(`${rangeEnd}`);

	  // 5. Append 0x2F (/) to contentRange.
	  contentRange += '/';

	  // 6. Append fullLength, serialized and isomorphic encoded to contentRange.
	  contentRange += isomorphicEncode(`${fullLength}`);

	  // 7. Return contentRange.
	  return contentRange
	}

	// A Stream, which pipes the response to zlib.createInflate() or
	// zlib.createInflateRaw() depending on the first byte of the Buffer.
	// If the lower byte of the first byte is 0x08, then the stream is
	// interpreted as a zlib stream, otherwise it's interpreted as a
	// raw deflate stream.
	class InflateStream extends Transform {
	  #zlibOptions

	  /** @param {zlib.ZlibOptions} [zlibOptions] */
	  constructor (zlibOptions) {
	    super();
	    this.#zlibOptions = zlibOptions;
	  }

	  _transform (chunk, encoding, callback) {
	    if (!this._inflateStream) {
	      if (chunk.length === 0) {
	        callback();
	        return
	      }
	      this._inflateStream = (chunk[0] & 0x0F) === 0x08
	        ? zlib.createInflate(this.#zlibOptions)
	        : zlib.createInflateRaw(this.#zlibOptions);

	      this._inflateStream.on('data', this.push.bind(this));
	      this._inflateStream.on('end', () => this.push(null));
	      this._inflateStream.on('error', (err) => this.destroy(err));
	    }

	    this._inflateStream.write(chunk, encoding, callback);
	  }

	  _final (callback) {
	    if (this._inflateStream) {
	      this._inflateStream.end();
	      this._inflateStream = null;
	    }
	    callback();
	  }
	}

	/**
	 * @param {zlib.ZlibOptions} [zlibOptions]
	 * @returns {InflateStream}
	 */
	function createInflate (zlibOptions) {
	  return new InflateStream(zlibOptions)
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-header-extract-mime-type
	 * @param {import('./headers').HeadersList} headers
	 */
	function extractMimeType (headers) {
	  // 1. Let charset be null.
	  let charset = null;

	  // 2. Let essence be null.
	  let essence = null;

	  // 3. Let mimeType be null.
	  let mimeType = null;

	  // 4. Let values be the result of getting, decoding, and splitting `Content-Type` from headers.
	  const values = getDecodeSplit('content-type', headers);

	  // 5. If values is null, then return failure.
	  if (values === null) {
	    return 'failure'
	  }

	  // 6. For each value of values:
	  for (const value of values) {
	    // 6.1. Let temporaryMimeType be the result of parsing value.
	    const temporaryMimeType = parseMIMEType(value);

	    // 6.2. If temporaryMimeType is failure or its essence is "*/*", then continue.
	    if (temporaryMimeType === 'failure' || temporaryMimeType.essence === '*/*') {
	      continue
	    }

	    // 6.3. Set mimeType to temporaryMimeType.
	    mimeType = temporaryMimeType;

	    // 6.4. If mimeType’s essence is not essence, then:
	    if (mimeType.essence !== essence) {
	      // 6.4.1. Set charset to null.
	      charset = null;

	      // 6.4.2. If mimeType’s parameters["charset"] exists, then set charset to
	      //        mimeType’s parameters["charset"].
	      if (mimeType.parameters.has('charset')) {
	        charset = mimeType.parameters.get('charset');
	      }

	      // 6.4.3. Set essence to mimeType’s essence.
	      essence = mimeType.essence;
	    } else if (!mimeType.parameters.has('charset') && charset !== null) {
	      // 6.5. Otherwise, if mimeType’s parameters["charset"] does not exist, and
	      //      charset is non-null, set mimeType’s parameters["charset"] to charset.
	      mimeType.parameters.set('charset', charset);
	    }
	  }

	  // 7. If mimeType is null, then return failure.
	  if (mimeType == null) {
	    return 'failure'
	  }

	  // 8. Return mimeType.
	  return mimeType
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#header-value-get-decode-and-split
	 * @param {string|null} value
	 */
	function gettingDecodingSplitting (value) {
	  // 1. Let input be the result of isomorphic decoding value.
	  const input = value;

	  // 2. Let position be a position variable for input, initially pointing at the start of input.
	  const position = { position: 0 };

	  // 3. Let values be a list of strings, initially empty.
	  const values = [];

	  // 4. Let temporaryValue be the empty string.
	  let temporaryValue = '';

	  // 5. While position is not past the end of input:
	  while (position.position < input.length) {
	    // 5.1. Append the result of collecting a sequence of code points that are not U+0022 (")
	    //      or U+002C (,) from input, given position, to temporaryValue.
	    temporaryValue += collectASequenceOfCodePoints(
	      (char) => char !== '"' && char !== ',',
	      input,
	      position
	    );

	    // 5.2. If position is not past the end of input, then:
	    if (position.position < input.length) {
	      // 5.2.1. If the code point at position within input is U+0022 ("), then:
	      if (input.charCodeAt(position.position) === 0x22) {
	        // 5.2.1.1. Append the result of collecting an HTTP quoted string from input, given position, to temporaryValue.
	        temporaryValue += collectAnHTTPQuotedString(
	          input,
	          position
	        );

	        // 5.2.1.2. If position is not past the end of input, then continue.
	        if (position.position < input.length) {
	          continue
	        }
	      } else {
	        // 5.2.2. Otherwise:

	        // 5.2.2.1. Assert: the code point at position within input is U+002C (,).
	        assert(input.charCodeAt(position.position) === 0x2C);

	        // 5.2.2.2. Advance position by 1.
	        position.position++;
	      }
	    }

	    // 5.3. Remove all HTTP tab or space from the start and end of temporaryValue.
	    temporaryValue = removeChars(temporaryValue, true, true, (char) => char === 0x9 || char === 0x20);

	    // 5.4. Append temporaryValue to values.
	    values.push(temporaryValue);

	    // 5.6. Set temporaryValue to the empty string.
	    temporaryValue = '';
	  }

	  // 6. Return values.
	  return values
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-header-list-get-decode-split
	 * @param {string} name lowercase header name
	 * @param {import('./headers').HeadersList} list
	 */
	function getDecodeSplit (name, list) {
	  // 1. Let value be the result of getting name from list.
	  const value = list.get(name, true);

	  // 2. If value is null, then return null.
	  if (value === null) {
	    return null
	  }

	  // 3. Return the result of getting, decoding, and splitting value.
	  return gettingDecodingSplitting(value)
	}

	function hasAuthenticationEntry (request) {
	  return false
	}

	/**
	 * @see https://url.spec.whatwg.org/#include-credentials
	 * @param {URL} url
	 */
	function includesCredentials (url) {
	  // A URL includes credentials if its username or password is not the empty string.
	  return !!(url.username || url.password)
	}

	/**
	 * @see https://html.spec.whatwg.org/multipage/document-sequences.html#traversable-navigable
	 * @param {object|string} navigable
	 */
	function isTraversableNavigable (navigable) {
	  // Returns true only if we have an actual traversable navigable object
	  // that can prompt the user for credentials. In Node.js, this will always
	  // be false since there's no Window object or navigable.
	  return navigable != null && navigable !== 'client' && navigable !== 'no-traversable'
	}

	class EnvironmentSettingsObjectBase {
	  get baseUrl () {
	    return getGlobalOrigin()
	  }

	  get origin () {
	    return this.baseUrl?.origin
	  }

	  policyContainer = makePolicyContainer()
	}

	class EnvironmentSettingsObject {
	  settingsObject = new EnvironmentSettingsObjectBase()
	}

	const environmentSettingsObject = new EnvironmentSettingsObject();

	util = {
	  isAborted,
	  isCancelled,
	  isValidEncodedURL,
	  ReadableStreamFrom,
	  tryUpgradeRequestToAPotentiallyTrustworthyURL,
	  clampAndCoarsenConnectionTimingInfo,
	  coarsenedSharedCurrentTime,
	  determineRequestsReferrer,
	  makePolicyContainer,
	  clonePolicyContainer,
	  appendFetchMetadata,
	  appendRequestOriginHeader,
	  TAOCheck,
	  corsCheck,
	  crossOriginResourcePolicyCheck,
	  createOpaqueTimingInfo,
	  setRequestReferrerPolicyOnRedirect,
	  isValidHTTPToken,
	  requestBadPort,
	  requestCurrentURL,
	  responseURL,
	  responseLocationURL,
	  isURLPotentiallyTrustworthy,
	  isValidReasonPhrase,
	  sameOrigin,
	  normalizeMethod,
	  iteratorMixin,
	  createIterator,
	  isValidHeaderName,
	  isValidHeaderValue,
	  isErrorLike,
	  fullyReadBody,
	  readableStreamClose,
	  urlIsLocal,
	  urlHasHttpsScheme,
	  urlIsHttpHttpsScheme,
	  readAllBytes,
	  simpleRangeHeaderValue,
	  buildContentRange,
	  createInflate,
	  extractMimeType,
	  getDecodeSplit,
	  environmentSettingsObject,
	  isOriginIPPotentiallyTrustworthy,
	  hasAuthenticationEntry,
	  includesCredentials,
	  isTraversableNavigable
	};
	return util;
}

var formdata;
var hasRequiredFormdata;

function requireFormdata () {
	if (hasRequiredFormdata) return formdata;
	hasRequiredFormdata = 1;

	const { iteratorMixin } = requireUtil();
	const { kEnumerableProperty } = requireUtil$1();
	const { webidl } = requireWebidl();
	const nodeUtil = require('node:util');

	// https://xhr.spec.whatwg.org/#formdata
	class FormData {
	  #state = []

	  constructor (form = undefined) {
	    webidl.util.markAsUncloneable(this);

	    if (form !== undefined) {
	      throw webidl.errors.conversionFailed({
	        prefix: 'FormData constructor',
	        argument: 'Argument 1',
	        types: ['undefined']
	      })
	    }
	  }

	  append (name, value, filename = undefined) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.append';
	    webidl.argumentLengthCheck(arguments, 2, prefix);

	    name = webidl.converters.USVString(name);

	    if (arguments.length === 3 || webidl.is.Blob(value)) {
	      value = webidl.converters.Blob(value, prefix, 'value');

	      if (filename !== undefined) {
	        filename = webidl.converters.USVString(filename);
	      }
	    } else {
	      value = webidl.converters.USVString(value);
	    }

	    // 1. Let value be value if given; otherwise blobValue.

	    // 2. Let entry be the result of creating an entry with
	    // name, value, and filename if given.
	    const entry = makeEntry(name, value, filename);

	    // 3. Append entry to this’s entry list.
	    this.#state.push(entry);
	  }

	  delete (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.delete';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // The delete(name) method steps are to remove all entries whose name
	    // is name from this’s entry list.
	    this.#state = this.#state.filter(entry => entry.name !== name);
	  }

	  get (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.get';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // 1. If there is no entry whose name is name in this’s entry list,
	    // then return null.
	    const idx = this.#state.findIndex((entry) => entry.name === name);
	    if (idx === -1) {
	      return null
	    }

	    // 2. Return the value of the first entry whose name is name from
	    // this’s entry list.
	    return this.#state[idx].value
	  }

	  getAll (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.getAll';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // 1. If there is no entry whose name is name in this’s entry list,
	    // then return the empty list.
	    // 2. Return the values of all entries whose name is name, in order,
	    // from this’s entry list.
	    return this.#state
	      .filter((entry) => entry.name === name)
	      .map((entry) => entry.value)
	  }

	  has (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.has';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // The has(name) method steps are to return true if there is an entry
	    // whose name is name in this’s entry list; otherwise false.
	    return this.#state.findIndex((entry) => entry.name === name) !== -1
	  }

	  set (name, value, filename = undefined) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.set';
	    webidl.argumentLengthCheck(arguments, 2, prefix);

	    name = webidl.converters.USVString(name);

	    if (arguments.length === 3 || webidl.is.Blob(value)) {
	      value = webidl.converters.Blob(value, prefix, 'value');

	      if (filename !== undefined) {
	        filename = webidl.converters.USVString(filename);
	      }
	    } else {
	      value = webidl.converters.USVString(value);
	    }

	    // The set(name, value) and set(name, blobValue, filename) method steps
	    // are:

	    // 1. Let value be value if given; otherwise blobValue.

	    // 2. Let entry be the result of creating an entry with name, value, and
	    // filename if given.
	    const entry = makeEntry(name, value, filename);

	    // 3. If there are entries in this’s entry list whose name is name, then
	    // replace the first such entry with entry and remove the others.
	    const idx = this.#state.findIndex((entry) => entry.name === name);
	    if (idx !== -1) {
	      this.#state = [
	        ...this.#state.slice(0, idx),
	        entry,
	        ...this.#state.slice(idx + 1).filter((entry) => entry.name !== name)
	      ];
	    } else {
	      // 4. Otherwise, append entry to this’s entry list.
	      this.#state.push(entry);
	    }
	  }

	  [nodeUtil.inspect.custom] (depth, options) {
	    const state = this.#state.reduce((a, b) => {
	      if (a[b.name]) {
	        if (Array.isArray(a[b.name])) {
	          a[b.name].push(b.value);
	        } else {
	          a[b.name] = [a[b.name], b.value];
	        }
	      } else {
	        a[b.name] = b.value;
	      }

	      return a
	    }, { __proto__: null });

	    options.depth ??= depth;
	    options.colors ??= true;

	    const output = nodeUtil.formatWithOptions(options, state);

	    // remove [Object null prototype]
	    return `FormData ${output.slice(output.indexOf(']') + 2)}`
	  }

	  /**
	   * @param {FormData} formData
	   */
	  static getFormDataState (formData) {
	    return formData.#state
	  }

	  /**
	   * @param {FormData} formData
	   * @param {any[]} newState
	   */
	  static setFormDataState (formData, newState) {
	    formData.#state = newState;
	  }
	}

	const { getFormDataState, setFormDataState } = FormData;
	Reflect.deleteProperty(FormData, 'getFormDataState');
	Reflect.deleteProperty(FormData, 'setFormDataState');

	iteratorMixin('FormData', FormData, getFormDataState, 'name', 'value');

	Object.defineProperties(FormData.prototype, {
	  append: kEnumerableProperty,
	  delete: kEnumerableProperty,
	  get: kEnumerableProperty,
	  getAll: kEnumerableProperty,
	  has: kEnumerableProperty,
	  set: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'FormData',
	    configurable: true
	  }
	});

	/**
	 * @see https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#create-an-entry
	 * @param {string} name
	 * @param {string|Blob} value
	 * @param {?string} filename
	 * @returns
	 */
	function makeEntry (name, value, filename) {
	  // 1. Set name to the result of converting name into a scalar value string.
	  // Note: This operation was done by the webidl converter USVString.

	  // 2. If value is a string, then set value to the result of converting
	  //    value into a scalar value string.
	  if (typeof value === 'string') ; else {
	    // 3. Otherwise:

	    // 1. If value is not a File object, then set value to a new File object,
	    //    representing the same bytes, whose name attribute value is "blob"
	    if (!webidl.is.File(value)) {
	      value = new File([value], 'blob', { type: value.type });
	    }

	    // 2. If filename is given, then set value to a new File object,
	    //    representing the same bytes, whose name attribute is filename.
	    if (filename !== undefined) {
	      /** @type {FilePropertyBag} */
	      const options = {
	        type: value.type,
	        lastModified: value.lastModified
	      };

	      value = new File([value], filename, options);
	    }
	  }

	  // 4. Return an entry whose name is name and whose value is value.
	  return { name, value }
	}

	webidl.is.FormData = webidl.util.MakeTypeAssertion(FormData);

	formdata = { FormData, makeEntry, setFormDataState };
	return formdata;
}

var formdataParser;
var hasRequiredFormdataParser;

function requireFormdataParser () {
	if (hasRequiredFormdataParser) return formdataParser;
	hasRequiredFormdataParser = 1;

	const { bufferToLowerCasedHeaderName } = requireUtil$1();
	const { HTTP_TOKEN_CODEPOINTS } = requireDataUrl();
	const { makeEntry } = requireFormdata();
	const { webidl } = requireWebidl();
	const assert = require('node:assert');
	const { isomorphicDecode } = requireInfra();

	const dd = Buffer.from('--');
	const decoder = new TextDecoder();
	const decoderIgnoreBOM = new TextDecoder('utf-8', { ignoreBOM: true });

	/**
	 * @param {string} chars
	 */
	function isAsciiString (chars) {
	  for (let i = 0; i < chars.length; ++i) {
	    if ((chars.charCodeAt(i) & -128) !== 0) {
	      return false
	    }
	  }
	  return true
	}

	/**
	 * @see https://andreubotella.github.io/multipart-form-data/#multipart-form-data-boundary
	 * @param {string} boundary
	 */
	function validateBoundary (boundary) {
	  const length = boundary.length;

	  // - its length is greater or equal to 27 and lesser or equal to 70, and
	  if (length < 27 || length > 70) {
	    return false
	  }

	  // - it is composed by bytes in the ranges 0x30 to 0x39, 0x41 to 0x5A, or
	  //   0x61 to 0x7A, inclusive (ASCII alphanumeric), or which are 0x27 ('),
	  //   0x2D (-) or 0x5F (_).
	  for (let i = 0; i < length; ++i) {
	    const cp = boundary.charCodeAt(i);

	    if (!(
	      (cp >= 0x30 && cp <= 0x39) ||
	      (cp >= 0x41 && cp <= 0x5a) ||
	      (cp >= 0x61 && cp <= 0x7a) ||
	      cp === 0x27 ||
	      cp === 0x2d ||
	      cp === 0x5f
	    )) {
	      return false
	    }
	  }

	  return true
	}

	/**
	 * @see https://andreubotella.github.io/multipart-form-data/#multipart-form-data-parser
	 * @param {Buffer} input
	 * @param {ReturnType<import('./data-url')['parseMIMEType']>} mimeType
	 */
	function multipartFormDataParser (input, mimeType) {
	  // 1. Assert: mimeType’s essence is "multipart/form-data".
	  assert(mimeType !== 'failure' && mimeType.essence === 'multipart/form-data');

	  const boundaryString = mimeType.parameters.get('boundary');

	  // 2. If mimeType’s parameters["boundary"] does not exist, return failure.
	  //    Otherwise, let boundary be the result of UTF-8 decoding mimeType’s
	  //    parameters["boundary"].
	  if (boundaryString === undefined) {
	    throw parsingError('missing boundary in content-type header')
	  }

	  const boundary = Buffer.from(`--${boundaryString}`, 'utf8');

	  // 3. Let entry list be an empty entry list.
	  const entryList = [];

	  // 4. Let position be a pointer to a byte in input, initially pointing at
	  //    the first byte.
	  const position = { position: 0 };

	  // Note: Per RFC 2046 Section 5.1.1, we must ignore anything before the
	  // first boundary delimiter line (preamble). Search for the first boundary.
	  const firstBoundaryIndex = input.indexOf(boundary);

	  if (firstBoundaryIndex === -1) {
	    throw parsingError('no boundary found in multipart body')
	  }

	  // Start parsing from the first boundary, ignoring any preamble
	  position.position = firstBoundaryIndex;

	  // 5. While true:
	  while (true) {
	    // 5.1. If position points to a sequence of bytes starting with 0x2D 0x2D
	    //      (`--`) followed by boundary, advance position by 2 + the length of
	    //      boundary. Otherwise, return failure.
	    // Note: boundary is padded with 2 dashes already, no need to add 2.
	    if (input.subarray(position.position, position.position + boundary.length).equals(boundary)) {
	      position.position += boundary.length;
	    } else {
	      throw parsingError('expected a value starting with -- and the boundary')
	    }

	    // 5.2. If position points to the sequence of bytes 0x2D 0x2D 0x0D 0x0A
	    //      (`--` followed by CR LF) followed by the end of input, return entry list.
	    // Note: Per RFC 2046 Section 5.1.1, we must ignore anything after the
	    // final boundary delimiter (epilogue). Check for -- or --CRLF and return
	    // regardless of what follows.
	    if (bufferStartsWith(input, dd, position)) {
	      // Found closing boundary delimiter (--), ignore any epilogue
	      return entryList
	    }

	    // 5.3. If position does not point to a sequence of bytes starting with 0x0D
	    //      0x0A (CR LF), return failure.
	    if (input[position.position] !== 0x0d || input[position.position + 1] !== 0x0a) {
	      throw parsingError('expected CRLF')
	    }

	    // 5.4. Advance position by 2. (This skips past the newline.)
	    position.position += 2;

	    // 5.5. Let name, filename and contentType be the result of parsing
	    //      multipart/form-data headers on input and position, if the result
	    //      is not failure. Otherwise, return failure.
	    const result = parseMultipartFormDataHeaders(input, position);

	    let { name, filename, contentType, encoding } = result;

	    // 5.6. Advance position by 2. (This skips past the empty line that marks
	    //      the end of the headers.)
	    position.position += 2;

	    // 5.7. Let body be the empty byte sequence.
	    let body;

	    // 5.8. Body loop: While position is not past the end of input:
	    // TODO: the steps here are completely wrong
	    {
	      const boundaryIndex = input.indexOf(boundary.subarray(2), position.position);

	      if (boundaryIndex === -1) {
	        throw parsingError('expected boundary after body')
	      }

	      body = input.subarray(position.position, boundaryIndex - 4);

	      position.position += body.length;

	      // Note: position must be advanced by the body's length before being
	      // decoded, otherwise the parsing will fail.
	      if (encoding === 'base64') {
	        body = Buffer.from(body.toString(), 'base64');
	      }
	    }

	    // 5.9. If position does not point to a sequence of bytes starting with
	    //      0x0D 0x0A (CR LF), return failure. Otherwise, advance position by 2.
	    if (input[position.position] !== 0x0d || input[position.position + 1] !== 0x0a) {
	      throw parsingError('expected CRLF')
	    } else {
	      position.position += 2;
	    }

	    // 5.10. If filename is not null:
	    let value;

	    if (filename !== null) {
	      // 5.10.1. If contentType is null, set contentType to "text/plain".
	      contentType ??= 'text/plain';

	      // 5.10.2. If contentType is not an ASCII string, set contentType to the empty string.

	      // Note: `buffer.isAscii` can be used at zero-cost, but converting a string to a buffer is a high overhead.
	      // Content-Type is a relatively small string, so it is faster to use `String#charCodeAt`.
	      if (!isAsciiString(contentType)) {
	        contentType = '';
	      }

	      // 5.10.3. Let value be a new File object with name filename, type contentType, and body body.
	      value = new File([body], filename, { type: contentType });
	    } else {
	      // 5.11. Otherwise:

	      // 5.11.1. Let value be the UTF-8 decoding without BOM of body.
	      value = decoderIgnoreBOM.decode(Buffer.from(body));
	    }

	    // 5.12. Assert: name is a scalar value string and value is either a scalar value string or a File object.
	    assert(webidl.is.USVString(name));
	    assert((typeof value === 'string' && webidl.is.USVString(value)) || webidl.is.File(value));

	    // 5.13. Create an entry with name and value, and append it to entry list.
	    entryList.push(makeEntry(name, value, filename));
	  }
	}

	/**
	 * Parses content-disposition attributes (e.g., name="value" or filename*=utf-8''encoded)
	 * @param {Buffer} input
	 * @param {{ position: number }} position
	 * @returns {{ name: string, value: string, extended: boolean } | null}
	 */
	function parseContentDispositionAttribute (input, position) {
	  // Skip leading semicolon and whitespace
	  if (input[position.position] === 0x3b /* ; */) {
	    position.position++;
	  }

	  // Skip whitespace
	  collectASequenceOfBytes(
	    (char) => char === 0x20 || char === 0x09,
	    input,
	    position
	  );

	  // Collect attribute name (token characters)
	  const attributeName = collectASequenceOfBytes(
	    (char) => isToken(char) && char !== 0x3d && char !== 0x2a, // not = or *
	    input,
	    position
	  );

	  if (attributeName.length === 0) {
	    return null
	  }

	  const attrNameStr = attributeName.toString('ascii').toLowerCase();

	  // Check for extended notation (attribute*)
	  const isExtended = input[position.position] === 0x2a; /* * */
	  if (isExtended) {
	    position.position++; // skip *
	  }

	  // Expect = sign
	  if (input[position.position] !== 0x3d /* = */) {
	    return null
	  }
	  position.position++; // skip =

	  // Skip whitespace
	  collectASequenceOfBytes(
	    (char) => char === 0x20 || char === 0x09,
	    input,
	    position
	  );

	  let value;

	  if (isExtended) {
	    // Extended attribute format: charset'language'encoded-value
	    const headerValue = collectASequenceOfBytes(
	      (char) => char !== 0x20 && char !== 0x0d && char !== 0x0a && char !== 0x3b, // not space, CRLF, or ;
	      input,
	      position
	    );

	    // Check for utf-8'' prefix (case insensitive)
	    if (
	      (headerValue[0] !== 0x75 && headerValue[0] !== 0x55) || // u or U
	      (headerValue[1] !== 0x74 && headerValue[1] !== 0x54) || // t or T
	      (headerValue[2] !== 0x66 && headerValue[2] !== 0x46) || // f or F
	      headerValue[3] !== 0x2d || // -
	      headerValue[4] !== 0x38 // 8
	    ) {
	      throw parsingError('unknown encoding, expected utf-8\'\'')
	    }

	    // Skip utf-8'' and decode the rest
	    value = decodeURIComponent(decoder.decode(headerValue.subarray(7)));
	  } else if (input[position.position] === 0x22 /* " */) {
	    // Quoted string
	    position.position++; // skip opening quote

	    const quotedValue = collectASequenceOfBytes(
	      (char) => char !== 0x0a && char !== 0x0d && char !== 0x22, // not LF, CR, or "
	      input,
	      position
	    );

	    if (input[position.position] !== 0x22) {
	      throw parsingError('Closing quote not found')
	    }
	    position.position++; // skip closing quote

	    value = decoder.decode(quotedValue)
	      .replace(/%0A/ig, '\n')
	      .replace(/%0D/ig, '\r')
	      .replace(/%22/g, '"');
	  } else {
	    // Token value (no quotes)
	    const tokenValue = collectASequenceOfBytes(
	      (char) => isToken(char) && char !== 0x3b, // not ;
	      input,
	      position
	    );

	    value = decoder.decode(tokenValue);
	  }

	  return { name: attrNameStr, value, extended: isExtended }
	}

	/**
	 * @see https://andreubotella.github.io/multipart-form-data/#parse-multipart-form-data-headers
	 * @param {Buffer} input
	 * @param {{ position: number }} position
	 */
	function parseMultipartFormDataHeaders (input, position) {
	  // 1. Let name, filename and contentType be null.
	  let name = null;
	  let filename = null;
	  let contentType = null;
	  let encoding = null;

	  // 2. While true:
	  while (true) {
	    // 2.1. If position points to a sequence of bytes starting with 0x0D 0x0A (CR LF):
	    if (input[position.position] === 0x0d && input[position.position + 1] === 0x0a) {
	      // 2.1.1. If name is null, return failure.
	      if (name === null) {
	        throw parsingError('header name is null')
	      }

	      // 2.1.2. Return name, filename and contentType.
	      return { name, filename, contentType, encoding }
	    }

	    // 2.2. Let header name be the result of collecting a sequence of bytes that are
	    //      not 0x0A (LF), 0x0D (CR) or 0x3A (:), given position.
	    let headerName = collectASequenceOfBytes(
	      (char) => char !== 0x0a && char !== 0x0d && char !== 0x3a,
	      input,
	      position
	    );

	    // 2.3. Remove any HTTP tab or space bytes from the start or end of header name.
	    headerName = removeChars(headerName, true, true, (char) => char === 0x9 || char === 0x20);

	    // 2.4. If header name does not match the field-name token production, return failure.
	    if (!HTTP_TOKEN_CODEPOINTS.test(headerName.toString())) {
	      throw parsingError('header name does not match the field-name token production')
	    }

	    // 2.5. If the byte at position is not 0x3A (:), return failure.
	    if (input[position.position] !== 0x3a) {
	      throw parsingError('expected :')
	    }

	    // 2.6. Advance position by 1.
	    position.position++;

	    // 2.7. Collect a sequence of bytes that are HTTP tab or space bytes given position.
	    //      (Do nothing with those bytes.)
	    collectASequenceOfBytes(
	      (char) => char === 0x20 || char === 0x09,
	      input,
	      position
	    );

	    // 2.8. Byte-lowercase header name and switch on the result:
	    switch (bufferToLowerCasedHeaderName(headerName)) {
	      case 'content-disposition': {
	        name = filename = null;
	        // Track whether filename was set from the extended (RFC 5987) form so
	        // a subsequent legacy `filename` attribute does not override it.
	        let filenameIsExtended = false;

	        // Collect the disposition type (should be "form-data")
	        const dispositionType = collectASequenceOfBytes(
	          (char) => isToken(char),
	          input,
	          position
	        );

	        if (dispositionType.toString('ascii').toLowerCase() !== 'form-data') {
	          throw parsingError('expected form-data for content-disposition header')
	        }

	        // Parse attributes recursively until CRLF
	        while (
	          position.position < input.length &&
	          (input[position.position] !== 0x0d ||
	          input[position.position + 1] !== 0x0a)
	        ) {
	          const attribute = parseContentDispositionAttribute(input, position);

	          if (!attribute) {
	            break
	          }

	          if (attribute.name === 'name') {
	            name = attribute.value;
	          } else if (attribute.name === 'filename') {
	            // Per RFC 5987 §4.1, when both legacy and extended forms of the
	            // same parameter are present, the extended (filename*) form takes
	            // precedence regardless of the order they appear in.
	            if (attribute.extended) {
	              filename = attribute.value;
	              filenameIsExtended = true;
	            } else if (!filenameIsExtended) {
	              filename = attribute.value;
	            }
	          }
	        }

	        if (name === null) {
	          throw parsingError('name attribute is required in content-disposition header')
	        }

	        break
	      }
	      case 'content-type': {
	        // 1. Let header value be the result of collecting a sequence of bytes that are
	        //    not 0x0A (LF) or 0x0D (CR), given position.
	        let headerValue = collectASequenceOfBytes(
	          (char) => char !== 0x0a && char !== 0x0d,
	          input,
	          position
	        );

	        // 2. Remove any HTTP tab or space bytes from the end of header value.
	        headerValue = removeChars(headerValue, false, true, (char) => char === 0x9 || char === 0x20);

	        // 3. Set contentType to the isomorphic decoding of header value.
	        contentType = isomorphicDecode(headerValue);

	        break
	      }
	      case 'content-transfer-encoding': {
	        let headerValue = collectASequenceOfBytes(
	          (char) => char !== 0x0a && char !== 0x0d,
	          input,
	          position
	        );

	        headerValue = removeChars(headerValue, false, true, (char) => char === 0x9 || char === 0x20);

	        encoding = isomorphicDecode(headerValue);

	        break
	      }
	      default: {
	        // Collect a sequence of bytes that are not 0x0A (LF) or 0x0D (CR), given position.
	        // (Do nothing with those bytes.)
	        collectASequenceOfBytes(
	          (char) => char !== 0x0a && char !== 0x0d,
	          input,
	          position
	        );
	      }
	    }

	    // 2.9. If position does not point to a sequence of bytes starting with 0x0D 0x0A
	    //      (CR LF), return failure. Otherwise, advance position by 2 (past the newline).
	    if (input[position.position] !== 0x0d || input[position.position + 1] !== 0x0a) {
	      throw parsingError('expected CRLF')
	    } else {
	      position.position += 2;
	    }
	  }
	}

	/**
	 * @param {(char: number) => boolean} condition
	 * @param {Buffer} input
	 * @param {{ position: number }} position
	 */
	function collectASequenceOfBytes (condition, input, position) {
	  let start = position.position;

	  while (start < input.length && condition(input[start])) {
	    ++start;
	  }

	  return input.subarray(position.position, (position.position = start))
	}

	/**
	 * @param {Buffer} buf
	 * @param {boolean} leading
	 * @param {boolean} trailing
	 * @param {(charCode: number) => boolean} predicate
	 * @returns {Buffer}
	 */
	function removeChars (buf, leading, trailing, predicate) {
	  let lead = 0;
	  let trail = buf.length - 1;

	  if (leading) {
	    while (lead < buf.length && predicate(buf[lead])) lead++;
	  }

	  {
	    while (trail > 0 && predicate(buf[trail])) trail--;
	  }

	  return lead === 0 && trail === buf.length - 1 ? buf : buf.subarray(lead, trail + 1)
	}

	/**
	 * Checks if {@param buffer} starts with {@param start}
	 * @param {Buffer} buffer
	 * @param {Buffer} start
	 * @param {{ position: number }} position
	 */
	function bufferStartsWith (buffer, start, position) {
	  if (buffer.length < start.length) {
	    return false
	  }

	  for (let i = 0; i < start.length; i++) {
	    if (start[i] !== buffer[position.position + i]) {
	      return false
	    }
	  }

	  return true
	}

	function parsingError (cause) {
	  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(cause) })
	}

	/**
	 * CTL            = <any US-ASCII control character
	 *                  (octets 0 - 31) and DEL (127)>
	 * @param {number} char
	 */
	function isCTL (char) {
	  return char <= 0x1f || char === 0x7f
	}

	/**
	 * tspecials :=  "(" / ")" / "<" / ">" / "@" /
	 *                "," / ";" / ":" / "\" / <">
	 *                "/" / "[" / "]" / "?" / "="
	 *                ; Must be in quoted-string,
	 *                ; to use within parameter values
	 * @param {number} char
	 */
	function isTSpecial (char) {
	  return (
	    char === 0x28 || // (
	    char === 0x29 || // )
	    char === 0x3c || // <
	    char === 0x3e || // >
	    char === 0x40 || // @
	    char === 0x2c || // ,
	    char === 0x3b || // ;
	    char === 0x3a || // :
	    char === 0x5c || // \
	    char === 0x22 || // "
	    char === 0x2f || // /
	    char === 0x5b || // [
	    char === 0x5d || // ]
	    char === 0x3f || // ?
	    char === 0x3d    // +
	  )
	}

	/**
	 * token := 1*<any (US-ASCII) CHAR except SPACE, CTLs,
	 *          or tspecials>
	 * @param {number} char
	 */
	function isToken (char) {
	  return (
	    char <= 0x7f &&  // ascii
	    char !== 0x20 && // space
	    char !== 0x09 &&
	    !isCTL(char) &&
	    !isTSpecial(char)
	  )
	}

	formdataParser = {
	  multipartFormDataParser,
	  validateBoundary
	};
	return formdataParser;
}

var promise;
var hasRequiredPromise;

function requirePromise () {
	if (hasRequiredPromise) return promise;
	hasRequiredPromise = 1;

	/**
	 * @template {*} T
	 * @typedef {Object} DeferredPromise
	 * @property {Promise<T>} promise
	 * @property {(value?: T) => void} resolve
	 * @property {(reason?: any) => void} reject
	 */

	/**
	 * @template {*} T
	 * @returns {DeferredPromise<T>} An object containing a promise and its resolve/reject methods.
	 */
	function createDeferredPromise () {
	  let res;
	  let rej;
	  const promise = new Promise((resolve, reject) => {
	    res = resolve;
	    rej = reject;
	  });

	  return { promise, resolve: res, reject: rej }
	}

	promise = {
	  createDeferredPromise
	};
	return promise;
}

var body;
var hasRequiredBody;

function requireBody () {
	if (hasRequiredBody) return body;
	hasRequiredBody = 1;

	const util = requireUtil$1();
	const {
	  ReadableStreamFrom,
	  readableStreamClose,
	  fullyReadBody,
	  extractMimeType
	} = requireUtil();
	const { FormData, setFormDataState } = requireFormdata();
	const { webidl } = requireWebidl();
	const assert = require('node:assert');
	const { isErrored, isDisturbed } = require('node:stream');
	const { isUint8Array } = require('node:util/types');
	const { serializeAMimeType } = requireDataUrl();
	const { multipartFormDataParser } = requireFormdataParser();
	const { createDeferredPromise } = requirePromise();
	const { parseJSONFromBytes } = requireInfra();
	const { utf8DecodeBytes } = requireEncoding();
	const { runtimeFeatures } = requireRuntimeFeatures();

	const random = runtimeFeatures.has('crypto')
	  ? require('node:crypto').randomInt
	  : (max) => Math.floor(Math.random() * max);

	const textEncoder = new TextEncoder();
	function noop () {}

	const streamRegistry = new FinalizationRegistry((weakRef) => {
	  const stream = weakRef.deref();
	  if (stream && !stream.locked && !isDisturbed(stream) && !isErrored(stream)) {
	    stream.cancel('Response object has been garbage collected').catch(noop);
	  }
	});

	/**
	 * Extract a body with type from a byte sequence or BodyInit object
	 *
	 * @param {import('../../../types').BodyInit} object - The BodyInit object to extract from
	 * @param {boolean} [keepalive=false] - If true, indicates that the body
	 * @returns {[{stream: ReadableStream, source: any, length: number | null}, string | null]} - Returns a tuple containing the body and its type
	 *
	 * @see https://fetch.spec.whatwg.org/#concept-bodyinit-extract
	 */
	function extractBody (object, keepalive = false) {
	  // 1. Let stream be null.
	  let stream = null;

	  // 2. If object is a ReadableStream object, then set stream to object.
	  if (webidl.is.ReadableStream(object)) {
	    stream = object;
	  } else if (webidl.is.Blob(object)) {
	    // 3. Otherwise, if object is a Blob object, set stream to the
	    //    result of running object’s get stream.
	    stream = object.stream();
	  } else {
	    // 4. Otherwise, set stream to a new ReadableStream object, and set
	    //    up stream with byte reading support.
	    stream = new ReadableStream({
	      start () {},
	      async pull (controller) {
	        // 19.1. Run action.
	        const result = action();

	        const iterator = result?.[Symbol.asyncIterator]?.();
	        if (iterator == null) {
	          // 19.2. Whenever one or more bytes are available and stream is not errored,
	          // enqueue the result of creating a Uint8Array from the available bytes into stream.
	          if (result?.length && !isErrored(stream)) {
	            controller.enqueue(typeof result === 'string' ? textEncoder.encode(result) : new Uint8Array(result));
	          }

	          // 19.3. When running action is done, close stream.
	          queueMicrotask(() => readableStreamClose(controller));
	          return
	        }

	        while (true) {
	          const { value, done } = await iterator.next();

	          // 19.3. When running action is done, close stream.
	          if (done) {
	            queueMicrotask(() => readableStreamClose(controller));
	            return
	          }

	          // 19.2. Whenever one or more bytes are available and stream is not errored,
	          // enqueue the result of creating a Uint8Array from the available bytes into stream.
	          if (value.length && !isErrored(stream)) {
	            controller.enqueue(new Uint8Array(value));
	            return
	          }
	        }
	      },
	      cancel (reason) {
	        return action()[Symbol.asyncIterator]?.().return(reason)
	      },
	      type: 'bytes'
	    });
	  }

	  // 5. Assert: stream is a ReadableStream object.
	  assert(webidl.is.ReadableStream(stream));

	  // 6. Let action be null.
	  let action = null;

	  // 7. Let source be null.
	  let source = null;

	  // 8. Let length be null.
	  let length = null;

	  // 9. Let type be null.
	  let type = null;

	  // 10. Switch on object:
	  if (typeof object === 'string') {
	    // Set source to the UTF-8 encoding of object.
	    // Note: setting source to a Uint8Array here breaks some mocking assumptions.
	    source = object;

	    // Set type to `text/plain;charset=UTF-8`.
	    type = 'text/plain;charset=UTF-8';
	  } else if (webidl.is.URLSearchParams(object)) {
	    // URLSearchParams

	    // spec says to run application/x-www-form-urlencoded on body.list
	    // this is implemented in Node.js as apart of an URLSearchParams instance toString method
	    // See: https://github.com/nodejs/node/blob/e46c680bf2b211bbd52cf959ca17ee98c7f657f5/lib/internal/url.js#L490
	    // and https://github.com/nodejs/node/blob/e46c680bf2b211bbd52cf959ca17ee98c7f657f5/lib/internal/url.js#L1100

	    // Set source to the result of running the application/x-www-form-urlencoded serializer with object’s list.
	    source = object.toString();

	    // Set type to `application/x-www-form-urlencoded;charset=UTF-8`.
	    type = 'application/x-www-form-urlencoded;charset=UTF-8';
	  } else if (webidl.is.BufferSource(object)) {
	    // Set source to a copy of the bytes held by object.
	    source = webidl.util.getCopyOfBytesHeldByBufferSource(object);
	  } else if (webidl.is.FormData(object)) {
	    const boundary = `----formdata-undici-0${`${random(1e11)}`.padStart(11, '0')}`;
	    const prefix = `--${boundary}\r\nContent-Disposition: form-data`;

	    /*! formdata-polyfill. MIT License. Jimmy Wärting <https://jimmy.warting.se/opensource> */
	    const formdataEscape = (str) =>
	      str.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
	    const normalizeLinefeeds = (value) => value.replace(/\r?\n|\r/g, '\r\n');

	    // Set action to this step: run the multipart/form-data
	    // encoding algorithm, with object’s entry list and UTF-8.
	    // - This ensures that the body is immutable and can't be changed afterwords
	    // - That the content-length is calculated in advance.
	    // - And that all parts are pre-encoded and ready to be sent.

	    const blobParts = [];
	    const rn = new Uint8Array([13, 10]); // '\r\n'
	    length = 0;
	    let hasUnknownSizeValue = false;

	    for (const [name, value] of object) {
	      if (typeof value === 'string') {
	        const chunk = textEncoder.encode(prefix +
	          `; name="${formdataEscape(normalizeLinefeeds(name))}"` +
	          `\r\n\r\n${normalizeLinefeeds(value)}\r\n`);
	        blobParts.push(chunk);
	        length += chunk.byteLength;
	      } else {
	        const chunk = textEncoder.encode(`${prefix}; name="${formdataEscape(normalizeLinefeeds(name))}"` +
	          (value.name ? `; filename="${formdataEscape(value.name)}"` : '') + '\r\n' +
	          `Content-Type: ${
	            value.type || 'application/octet-stream'
	          }\r\n\r\n`);
	        blobParts.push(chunk, value, rn);
	        if (typeof value.size === 'number') {
	          length += chunk.byteLength + value.size + rn.byteLength;
	        } else {
	          hasUnknownSizeValue = true;
	        }
	      }
	    }

	    // CRLF is appended to the body to function with legacy servers and match other implementations.
	    // https://github.com/curl/curl/blob/3434c6b46e682452973972e8313613dfa58cd690/lib/mime.c#L1029-L1030
	    // https://github.com/form-data/form-data/issues/63
	    const chunk = textEncoder.encode(`--${boundary}--\r\n`);
	    blobParts.push(chunk);
	    length += chunk.byteLength;
	    if (hasUnknownSizeValue) {
	      length = null;
	    }

	    // Set source to object.
	    source = object;

	    const parts = (async function * () {
	      for (const part of blobParts) {
	        if (part.stream) {
	          yield * part.stream();
	        } else {
	          yield part;
	        }
	      }
	    })();
	    action = () => parts;

	    // Set type to `multipart/form-data; boundary=`,
	    // followed by the multipart/form-data boundary string generated
	    // by the multipart/form-data encoding algorithm.
	    type = `multipart/form-data; boundary=${boundary}`;
	  } else if (webidl.is.Blob(object)) {
	    // Blob

	    // Set source to object.
	    source = object;

	    // Set length to object’s size.
	    length = object.size;

	    // If object’s type attribute is not the empty byte sequence, set
	    // type to its value.
	    if (object.type) {
	      type = object.type;
	    }
	  } else if (typeof object[Symbol.asyncIterator] === 'function') {
	    // If keepalive is true, then throw a TypeError.
	    if (keepalive) {
	      throw new TypeError('keepalive')
	    }

	    // If object is disturbed or locked, then throw a TypeError.
	    if (util.isDisturbed(object) || object.locked) {
	      throw new TypeError(
	        'Response body object should not be disturbed or locked'
	      )
	    }

	    stream =
	      webidl.is.ReadableStream(object) ? object : ReadableStreamFrom(object);
	  }

	  // 18. If source is a byte sequence, then set action to a
	  // step that returns source and length to source’s length.
	  if (typeof source === 'string' || isUint8Array(source)) {
	    action = () => source;
	    length = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
	  }

	  // 19. If action is non-null, then run these steps in parallel:
	  // Note: this is done in the pull method of the stream created above

	  // 20. Let body be a body whose stream is stream, source is source,
	  // and length is length.
	  const body = { stream, source, length };

	  // 21. Return (body, type).
	  return [body, type]
	}

	/**
	 * @typedef {object} ExtractBodyResult
	 * @property {ReadableStream<Uint8Array<ArrayBuffer>>} stream - The ReadableStream containing the body data
	 * @property {any} source - The original source of the body data
	 * @property {number | null} length - The length of the body data, or null
	 */

	/**
	 * Safely extract a body with type from a byte sequence or BodyInit object.
	 *
	 * @param {import('../../../types').BodyInit} object - The BodyInit object to extract from
	 * @param {boolean} [keepalive=false] - If true, indicates that the body
	 * @returns {[ExtractBodyResult, string | null]} - Returns a tuple containing the body and its type
	 *
	 * @see https://fetch.spec.whatwg.org/#bodyinit-safely-extract
	 */
	function safelyExtractBody (object, keepalive = false) {
	  // To safely extract a body and a `Content-Type` value from
	  // a byte sequence or BodyInit object object, run these steps:

	  // 1. If object is a ReadableStream object, then:
	  if (webidl.is.ReadableStream(object)) {
	    // Assert: object is neither disturbed nor locked.
	    assert(!util.isDisturbed(object), 'The body has already been consumed.');
	    assert(!object.locked, 'The stream is locked.');
	  }

	  // 2. Return the results of extracting object.
	  return extractBody(object, keepalive)
	}

	function cloneBody (body) {
	  // To clone a body body, run these steps:

	  // https://fetch.spec.whatwg.org/#concept-body-clone

	  // 1. Let « out1, out2 » be the result of teeing body’s stream.
	  const { 0: out1, 1: out2 } = body.stream.tee();

	  // 2. Set body’s stream to out1.
	  body.stream = out1;

	  // 3. Return a body whose stream is out2 and other members are copied from body.
	  return {
	    stream: out2,
	    length: body.length,
	    source: body.source
	  }
	}

	function bodyMixinMethods (instance, getInternalState) {
	  const methods = {
	    blob () {
	      // The blob() method steps are to return the result of
	      // running consume body with this and the following step
	      // given a byte sequence bytes: return a Blob whose
	      // contents are bytes and whose type attribute is this’s
	      // MIME type.
	      return consumeBody(this, (bytes) => {
	        let mimeType = bodyMimeType(getInternalState(this));

	        if (mimeType === null) {
	          mimeType = '';
	        } else if (mimeType) {
	          mimeType = serializeAMimeType(mimeType);
	        }

	        // Return a Blob whose contents are bytes and type attribute
	        // is mimeType.
	        return new Blob([bytes], { type: mimeType })
	      }, instance, getInternalState)
	    },

	    arrayBuffer () {
	      // The arrayBuffer() method steps are to return the result
	      // of running consume body with this and the following step
	      // given a byte sequence bytes: return a new ArrayBuffer
	      // whose contents are bytes.
	      return consumeBody(this, (bytes) => {
	        return new Uint8Array(bytes).buffer
	      }, instance, getInternalState)
	    },

	    text () {
	      // The text() method steps are to return the result of running
	      // consume body with this and UTF-8 decode.
	      return consumeBody(this, utf8DecodeBytes, instance, getInternalState)
	    },

	    json () {
	      // The json() method steps are to return the result of running
	      // consume body with this and parse JSON from bytes.
	      return consumeBody(this, parseJSONFromBytes, instance, getInternalState)
	    },

	    formData () {
	      // The formData() method steps are to return the result of running
	      // consume body with this and the following step given a byte sequence bytes:
	      return consumeBody(this, (value) => {
	        // 1. Let mimeType be the result of get the MIME type with this.
	        const mimeType = bodyMimeType(getInternalState(this));

	        // 2. If mimeType is non-null, then switch on mimeType’s essence and run
	        //    the corresponding steps:
	        if (mimeType !== null) {
	          switch (mimeType.essence) {
	            case 'multipart/form-data': {
	              // 1. ... [long step]
	              // 2. If that fails for some reason, then throw a TypeError.
	              const parsed = multipartFormDataParser(value, mimeType);

	              // 3. Return a new FormData object, appending each entry,
	              //    resulting from the parsing operation, to its entry list.
	              const fd = new FormData();
	              setFormDataState(fd, parsed);

	              return fd
	            }
	            case 'application/x-www-form-urlencoded': {
	              // 1. Let entries be the result of parsing bytes.
	              const entries = new URLSearchParams(value.toString());

	              // 2. If entries is failure, then throw a TypeError.

	              // 3. Return a new FormData object whose entry list is entries.
	              const fd = new FormData();

	              for (const [name, value] of entries) {
	                fd.append(name, value);
	              }

	              return fd
	            }
	          }
	        }

	        // 3. Throw a TypeError.
	        throw new TypeError(
	          'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".'
	        )
	      }, instance, getInternalState)
	    },

	    bytes () {
	      // The bytes() method steps are to return the result of running consume body
	      // with this and the following step given a byte sequence bytes: return the
	      // result of creating a Uint8Array from bytes in this’s relevant realm.
	      return consumeBody(this, (bytes) => {
	        return new Uint8Array(bytes)
	      }, instance, getInternalState)
	    }
	  };

	  return methods
	}

	function mixinBody (prototype, getInternalState) {
	  Object.assign(prototype.prototype, bodyMixinMethods(prototype, getInternalState));
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-body-consume-body
	 * @param {any} object internal state
	 * @param {(value: unknown) => unknown} convertBytesToJSValue
	 * @param {any} instance
	 * @param {(target: any) => any} getInternalState
	 */
	function consumeBody (object, convertBytesToJSValue, instance, getInternalState) {
	  try {
	    webidl.brandCheck(object, instance);
	  } catch (e) {
	    return Promise.reject(e)
	  }

	  object = getInternalState(object);

	  // 1. If object is unusable, then return a promise rejected
	  //    with a TypeError.
	  if (bodyUnusable(object)) {
	    return Promise.reject(new TypeError('Body is unusable: Body has already been read'))
	  }

	  // 2. Let promise be a new promise.
	  const promise = createDeferredPromise();

	  // 3. Let errorSteps given error be to reject promise with error.
	  const errorSteps = promise.reject;

	  // 4. Let successSteps given a byte sequence data be to resolve
	  //    promise with the result of running convertBytesToJSValue
	  //    with data. If that threw an exception, then run errorSteps
	  //    with that exception.
	  const successSteps = (data) => {
	    try {
	      promise.resolve(convertBytesToJSValue(data));
	    } catch (e) {
	      errorSteps(e);
	    }
	  };

	  // 5. If object’s body is null, then run successSteps with an
	  //    empty byte sequence.
	  if (object.body == null) {
	    successSteps(Buffer.allocUnsafe(0));
	    return promise.promise
	  }

	  // 6. Otherwise, fully read object’s body given successSteps,
	  //    errorSteps, and object’s relevant global object.
	  fullyReadBody(object.body, successSteps, errorSteps);

	  // 7. Return promise.
	  return promise.promise
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#body-unusable
	 * @param {any} object internal state
	 */
	function bodyUnusable (object) {
	  const body = object.body;

	  // An object including the Body interface mixin is
	  // said to be unusable if its body is non-null and
	  // its body’s stream is disturbed or locked.
	  return body != null && (body.stream.locked || util.isDisturbed(body.stream))
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-body-mime-type
	 * @param {any} requestOrResponse internal state
	 */
	function bodyMimeType (requestOrResponse) {
	  // 1. Let headers be null.
	  // 2. If requestOrResponse is a Request object, then set headers to requestOrResponse’s request’s header list.
	  // 3. Otherwise, set headers to requestOrResponse’s response’s header list.
	  /** @type {import('./headers').HeadersList} */
	  const headers = requestOrResponse.headersList;

	  // 4. Let mimeType be the result of extracting a MIME type from headers.
	  const mimeType = extractMimeType(headers);

	  // 5. If mimeType is failure, then return null.
	  if (mimeType === 'failure') {
	    return null
	  }

	  // 6. Return mimeType.
	  return mimeType
	}

	body = {
	  extractBody,
	  safelyExtractBody,
	  cloneBody,
	  mixinBody,
	  streamRegistry,
	  bodyUnusable
	};
	return body;
}

var clientH1;
var hasRequiredClientH1;

function requireClientH1 () {
	if (hasRequiredClientH1) return clientH1;
	hasRequiredClientH1 = 1;

	/* global WebAssembly */

	const assert = require('node:assert');
	const util = requireUtil$1();
	const { channels } = requireDiagnostics();
	const timers = requireTimers();
	const {
	  RequestContentLengthMismatchError,
	  ResponseContentLengthMismatchError,
	  RequestAbortedError,
	  InvalidArgumentError,
	  HeadersTimeoutError,
	  HeadersOverflowError,
	  SocketError,
	  InformationalError,
	  BodyTimeoutError,
	  HTTPParserError,
	  ResponseExceededMaxSizeError
	} = requireErrors();
	const {
	  kUrl,
	  kReset,
	  kClient,
	  kParser,
	  kBlocking,
	  kRunning,
	  kPending,
	  kSize,
	  kWriting,
	  kQueue,
	  kNoRef,
	  kKeepAliveDefaultTimeout,
	  kHostHeader,
	  kPendingIdx,
	  kRunningIdx,
	  kError,
	  kPipelining,
	  kSocket,
	  kKeepAliveTimeoutValue,
	  kMaxHeadersSize,
	  kKeepAliveMaxTimeout,
	  kKeepAliveTimeoutThreshold,
	  kHeadersTimeout,
	  kBodyTimeout,
	  kStrictContentLength,
	  kMaxRequests,
	  kCounter,
	  kMaxResponseSize,
	  kOnError,
	  kResume,
	  kHTTPContext,
	  kClosed
	} = requireSymbols();

	const constants = requireConstants$1();
	const EMPTY_BUF = Buffer.alloc(0);
	const FastBuffer = Buffer[Symbol.species];
	const removeAllListeners = util.removeAllListeners;
	const kIdleSocketValidation = Symbol('kIdleSocketValidation');
	const kIdleSocketValidationTimeout = Symbol('kIdleSocketValidationTimeout');
	const kSocketUsed = Symbol('kSocketUsed');
	const kTypeOfService = Symbol('kTypeOfService');

	let extractBody;

	function lazyllhttp () {
	  const llhttpWasmData = process.env.JEST_WORKER_ID ? requireLlhttpWasm() : undefined;

	  let mod;

	  // We disable wasm SIMD on older versions of Node.js on ppc64 that are broken on Power >=9 architectures.
	  let useWasmSIMD = true;
	  if (process.arch === 'ppc64') {
	    const [major, minor] = process.versions.node.split('.').map(n => parseInt(n, 10));
	    if (major < 24 || (major === 24 && minor < 12)) {
	      useWasmSIMD = false;
	    }
	  }
	  // The Env Variable UNDICI_NO_WASM_SIMD allows explicitly overriding the default behavior
	  if (process.env.UNDICI_NO_WASM_SIMD === '1') {
	    useWasmSIMD = false;
	  } else if (process.env.UNDICI_NO_WASM_SIMD === '0') {
	    useWasmSIMD = true;
	  }

	  if (useWasmSIMD) {
	    try {
	      mod = new WebAssembly.Module(requireLlhttp_simdWasm());
	    } catch {
	    }
	  }

	  if (!mod) {
	    // We could check if the error was caused by the simd option not
	    // being enabled, but the occurring of this other error
	    // * https://github.com/emscripten-core/emscripten/issues/11495
	    // got me to remove that check to avoid breaking Node 12.
	    mod = new WebAssembly.Module(llhttpWasmData || requireLlhttpWasm());
	  }

	  return new WebAssembly.Instance(mod, {
	    env: {
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_url: (p, at, len) => {
	        return 0
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_status: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onStatus(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @returns {number}
	       */
	      wasm_on_message_begin: (p) => {
	        assert(currentParser.ptr === p);
	        return currentParser.onMessageBegin()
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_header_field: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onHeaderField(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_header_value: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onHeaderValue(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @param {number} statusCode
	       * @param {0|1} upgrade
	       * @param {0|1} shouldKeepAlive
	       * @returns {number}
	       */
	      wasm_on_headers_complete: (p, statusCode, upgrade, shouldKeepAlive) => {
	        assert(currentParser.ptr === p);
	        return currentParser.onHeadersComplete(statusCode, upgrade === 1, shouldKeepAlive === 1)
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_body: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onBody(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @returns {number}
	       */
	      wasm_on_message_complete: (p) => {
	        assert(currentParser.ptr === p);
	        return currentParser.onMessageComplete()
	      }

	    }
	  })
	}

	let llhttpInstance = null;

	/**
	 * @type {Parser|null}
	 */
	let currentParser = null;
	let currentBufferRef = null;
	/**
	 * @type {number}
	 */
	let currentBufferSize = 0;
	let currentBufferPtr = null;

	const USE_NATIVE_TIMER = 0;
	const USE_FAST_TIMER = 1;

	// Use fast timers for headers and body to take eventual event loop
	// latency into account.
	const TIMEOUT_HEADERS = 2 | USE_FAST_TIMER;
	const TIMEOUT_BODY = 4 | USE_FAST_TIMER;

	// Use native timers to ignore event loop latency for keep-alive
	// handling.
	const TIMEOUT_KEEP_ALIVE = 8 | USE_NATIVE_TIMER;

	class Parser {
	  /**
	     * @param {import('./client.js')} client
	     * @param {import('net').Socket} socket
	     * @param {*} llhttp
	     */
	  constructor (client, socket, { exports }) {
	    this.llhttp = exports;
	    this.ptr = this.llhttp.llhttp_alloc(constants.TYPE.RESPONSE);
	    this.client = client;
	    /**
	     * @type {import('net').Socket}
	     */
	    this.socket = socket;
	    this.timeout = null;
	    this.timeoutWeakRef = new WeakRef(this);
	    this.timeoutValue = null;
	    this.timeoutType = null;
	    this.statusCode = 0;
	    this.statusText = '';
	    this.upgrade = false;
	    this.headers = [];
	    this.headersSize = 0;
	    this.headersMaxSize = client[kMaxHeadersSize];
	    this.shouldKeepAlive = false;
	    this.paused = false;
	    this.resume = this.resume.bind(this);

	    this.bytesRead = 0;

	    this.keepAlive = '';
	    this.contentLength = '';
	    this.connection = '';
	    this.maxResponseSize = client[kMaxResponseSize];
	  }

	  setTimeout (delay, type) {
	    // If the existing timer and the new timer are of different timer type
	    // (fast or native) or have different delay, we need to clear the existing
	    // timer and set a new one.
	    if (
	      delay !== this.timeoutValue ||
	      (type & USE_FAST_TIMER) ^ (this.timeoutType & USE_FAST_TIMER)
	    ) {
	      // If a timeout is already set, clear it with clearTimeout of the fast
	      // timer implementation, as it can clear fast and native timers.
	      if (this.timeout) {
	        timers.clearTimeout(this.timeout);
	        this.timeout = null;
	      }

	      if (delay) {
	        if (type & USE_FAST_TIMER) {
	          this.timeout = timers.setFastTimeout(onParserTimeout, delay, this.timeoutWeakRef);
	        } else {
	          this.timeout = setTimeout(onParserTimeout, delay, this.timeoutWeakRef);
	          this.timeout?.unref();
	        }
	      }

	      this.timeoutValue = delay;
	    } else if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    this.timeoutType = type;
	  }

	  resume () {
	    if (this.socket.destroyed || !this.paused) {
	      return
	    }

	    assert(this.ptr != null);
	    assert(currentParser === null);

	    this.llhttp.llhttp_resume(this.ptr);

	    assert(this.timeoutType === TIMEOUT_BODY);
	    if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    this.paused = false;
	    this.execute(this.socket.read() || EMPTY_BUF); // Flush parser.
	    this.readMore();
	  }

	  readMore () {
	    while (!this.paused && this.ptr) {
	      const chunk = this.socket.read();
	      if (chunk === null) {
	        break
	      }
	      this.execute(chunk);
	    }
	  }

	  /**
	   * @param {Buffer} chunk
	   */
	  execute (chunk) {
	    assert(currentParser === null);
	    assert(this.ptr != null);
	    assert(!this.paused);

	    const { socket, llhttp } = this;

	    // Allocate a new buffer if the current buffer is too small.
	    if (chunk.length > currentBufferSize) {
	      if (currentBufferPtr) {
	        llhttp.free(currentBufferPtr);
	      }
	      // Allocate a buffer that is a multiple of 4096 bytes.
	      currentBufferSize = Math.ceil(chunk.length / 4096) * 4096;
	      currentBufferPtr = llhttp.malloc(currentBufferSize);
	    }

	    new Uint8Array(llhttp.memory.buffer, currentBufferPtr, currentBufferSize).set(chunk);

	    // Call `execute` on the wasm parser.
	    // We pass the `llhttp_parser` pointer address, the pointer address of buffer view data,
	    // and finally the length of bytes to parse.
	    // The return value is an error code or `constants.ERROR.OK`.
	    try {
	      let ret;

	      try {
	        currentBufferRef = chunk;
	        currentParser = this;
	        ret = llhttp.llhttp_execute(this.ptr, currentBufferPtr, chunk.length);
	      } finally {
	        currentParser = null;
	        currentBufferRef = null;
	      }

	      if (ret !== constants.ERROR.OK) {
	        const data = chunk.subarray(llhttp.llhttp_get_error_pos(this.ptr) - currentBufferPtr);

	        if (ret === constants.ERROR.PAUSED_UPGRADE) {
	          this.onUpgrade(data);
	        } else if (ret === constants.ERROR.PAUSED) {
	          this.paused = true;
	          socket.unshift(data);
	        } else {
	          throw this.createError(ret, data)
	        }
	      }
	    } catch (err) {
	      util.destroy(socket, err);
	    }
	  }

	  finish () {
	    assert(currentParser === null);
	    assert(this.ptr != null);
	    assert(!this.paused);

	    const { llhttp } = this;

	    let ret;

	    try {
	      currentParser = this;
	      ret = llhttp.llhttp_finish(this.ptr);
	    } finally {
	      currentParser = null;
	    }

	    if (ret === constants.ERROR.OK) {
	      return null
	    }

	    if (ret === constants.ERROR.PAUSED || ret === constants.ERROR.PAUSED_UPGRADE) {
	      this.paused = true;
	      return null
	    }

	    return this.createError(ret, EMPTY_BUF)
	  }

	  createError (ret, data) {
	    const { llhttp, contentLength, bytesRead } = this;

	    if (contentLength && bytesRead !== parseInt(contentLength, 10)) {
	      return new ResponseContentLengthMismatchError()
	    }

	    const ptr = llhttp.llhttp_get_error_reason(this.ptr);
	    let message = '';
	    if (ptr) {
	      const len = new Uint8Array(llhttp.memory.buffer, ptr).indexOf(0);
	      message =
	        'Response does not match the HTTP/1.1 protocol (' +
	        Buffer.from(llhttp.memory.buffer, ptr, len).toString() +
	        ')';
	    }

	    return new HTTPParserError(message, constants.ERROR[ret], data)
	  }

	  destroy () {
	    assert(currentParser === null);
	    assert(this.ptr != null);

	    this.llhttp.llhttp_free(this.ptr);
	    this.ptr = null;

	    this.timeout && timers.clearTimeout(this.timeout);
	    this.timeout = null;
	    this.timeoutValue = null;
	    this.timeoutType = null;

	    this.paused = false;
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {0}
	   */
	  onStatus (buf) {
	    this.statusText = buf.toString();
	    return 0
	  }

	  /**
	   * @returns {0|-1}
	   */
	  onMessageBegin () {
	    const { socket, client } = this;

	    if (socket.destroyed) {
	      return -1
	    }

	    if (client[kRunning] === 0) {
	      util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
	      return -1
	    }

	    const request = client[kQueue][client[kRunningIdx]];
	    if (!request) {
	      return -1
	    }
	    request.onResponseStarted();

	    return 0
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {number}
	   */
	  onHeaderField (buf) {
	    const len = this.headers.length;

	    if ((len & 1) === 0) {
	      this.headers.push(buf);
	    } else {
	      this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
	    }

	    this.trackHeader(buf.length);

	    return 0
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {number}
	   */
	  onHeaderValue (buf) {
	    let len = this.headers.length;

	    if ((len & 1) === 1) {
	      this.headers.push(buf);
	      len += 1;
	    } else {
	      this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
	    }

	    const key = this.headers[len - 2];
	    if (key.length === 10) {
	      const headerName = util.bufferToLowerCasedHeaderName(key);
	      if (headerName === 'keep-alive') {
	        this.keepAlive += buf.toString();
	      } else if (headerName === 'connection') {
	        this.connection += buf.toString();
	      }
	    } else if (key.length === 14 && util.bufferToLowerCasedHeaderName(key) === 'content-length') {
	      this.contentLength += buf.toString();
	    }

	    this.trackHeader(buf.length);

	    return 0
	  }

	  /**
	   * @param {number} len
	   */
	  trackHeader (len) {
	    this.headersSize += len;
	    if (this.headersSize >= this.headersMaxSize) {
	      util.destroy(this.socket, new HeadersOverflowError());
	    }
	  }

	  /**
	   * @param {Buffer} head
	   */
	  onUpgrade (head) {
	    const { upgrade, client, socket, headers, statusCode, statusText } = this;

	    assert(upgrade);
	    assert(client[kSocket] === socket);
	    assert(!socket.destroyed);
	    assert(!this.paused);
	    assert((headers.length & 1) === 0);

	    const request = client[kQueue][client[kRunningIdx]];
	    assert(request);
	    assert(request.upgrade || request.method === 'CONNECT');

	    this.statusCode = 0;
	    this.statusText = '';
	    this.shouldKeepAlive = false;

	    this.headers = [];
	    this.headersSize = 0;

	    socket.unshift(head);

	    socket[kParser].destroy();
	    socket[kParser] = null;

	    socket[kClient] = null;
	    socket[kError] = null;

	    removeAllListeners(socket);

	    client[kSocket] = null;
	    client[kHTTPContext] = null; // TODO (fix): This is hacky...
	    client[kQueue][client[kRunningIdx]++] = null;
	    client.emit('disconnect', client[kUrl], [client], new InformationalError('upgrade'));

	    try {
	      request.onUpgrade(statusCode, headers, socket, statusText);
	    } catch (err) {
	      util.errorRequest(client, request, err);
	      util.destroy(socket, err);
	    }

	    client[kResume]();
	  }

	  /**
	   * @param {number} statusCode
	   * @param {boolean} upgrade
	   * @param {boolean} shouldKeepAlive
	   * @returns {number}
	   */
	  onHeadersComplete (statusCode, upgrade, shouldKeepAlive) {
	    const { client, socket, headers, statusText } = this;

	    if (socket.destroyed) {
	      return -1
	    }

	    if (client[kRunning] === 0) {
	      util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
	      return -1
	    }

	    const request = client[kQueue][client[kRunningIdx]];

	    if (!request) {
	      return -1
	    }

	    assert(!this.upgrade);
	    assert(this.statusCode < 200);

	    if (statusCode === 100) {
	      util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
	      return -1
	    }

	    /* this can only happen if server is misbehaving */
	    if (upgrade && !request.upgrade) {
	      util.destroy(socket, new SocketError('bad upgrade', util.getSocketInfo(socket)));
	      return -1
	    }

	    assert(this.timeoutType === TIMEOUT_HEADERS);

	    this.statusCode = statusCode;
	    this.shouldKeepAlive = (
	      shouldKeepAlive ||
	      // Override llhttp value which does not allow keepAlive for HEAD.
	      (request.method === 'HEAD' && !socket[kReset] && this.connection.toLowerCase() === 'keep-alive')
	    );

	    if (this.statusCode >= 200) {
	      const bodyTimeout = request.bodyTimeout != null
	        ? request.bodyTimeout
	        : client[kBodyTimeout];
	      this.setTimeout(bodyTimeout, TIMEOUT_BODY);
	    } else if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    if (request.method === 'CONNECT') {
	      assert(client[kRunning] === 1);
	      this.upgrade = true;
	      return 2
	    }

	    if (upgrade) {
	      assert(client[kRunning] === 1);
	      this.upgrade = true;
	      return 2
	    }

	    assert((this.headers.length & 1) === 0);
	    this.headers = [];
	    this.headersSize = 0;

	    if (this.shouldKeepAlive && client[kPipelining]) {
	      const keepAliveTimeout = this.keepAlive ? util.parseKeepAliveTimeout(this.keepAlive) : null;

	      if (keepAliveTimeout != null) {
	        const timeout = Math.min(
	          keepAliveTimeout - client[kKeepAliveTimeoutThreshold],
	          client[kKeepAliveMaxTimeout]
	        );
	        if (timeout <= 0) {
	          socket[kReset] = true;
	        } else {
	          client[kKeepAliveTimeoutValue] = timeout;
	        }
	      } else {
	        client[kKeepAliveTimeoutValue] = client[kKeepAliveDefaultTimeout];
	      }
	    } else {
	      // Stop more requests from being dispatched.
	      socket[kReset] = true;
	    }

	    const pause = request.onHeaders(statusCode, headers, this.resume, statusText) === false;

	    if (request.aborted) {
	      return -1
	    }

	    if (request.method === 'HEAD') {
	      return 1
	    }

	    if (statusCode < 200) {
	      return 1
	    }

	    if (socket[kBlocking]) {
	      socket[kBlocking] = false;
	      client[kResume]();
	    }

	    return pause ? constants.ERROR.PAUSED : 0
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {number}
	   */
	  onBody (buf) {
	    const { client, socket, statusCode, maxResponseSize } = this;

	    if (socket.destroyed) {
	      return -1
	    }

	    const request = client[kQueue][client[kRunningIdx]];
	    assert(request);

	    assert(this.timeoutType === TIMEOUT_BODY);
	    if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    assert(statusCode >= 200);

	    if (maxResponseSize > -1 && this.bytesRead + buf.length > maxResponseSize) {
	      util.destroy(socket, new ResponseExceededMaxSizeError());
	      return -1
	    }

	    this.bytesRead += buf.length;

	    if (request.onData(buf) === false) {
	      return constants.ERROR.PAUSED
	    }

	    return 0
	  }

	  /**
	   * @returns {number}
	   */
	  onMessageComplete () {
	    const { client, socket, statusCode, upgrade, headers, contentLength, bytesRead, shouldKeepAlive } = this;

	    if (socket.destroyed && (!statusCode || shouldKeepAlive)) {
	      return -1
	    }

	    if (upgrade) {
	      return 0
	    }

	    assert(statusCode >= 100);
	    assert((this.headers.length & 1) === 0);

	    const request = client[kQueue][client[kRunningIdx]];
	    assert(request);

	    this.statusCode = 0;
	    this.statusText = '';
	    this.bytesRead = 0;
	    this.contentLength = '';
	    this.keepAlive = '';
	    this.connection = '';

	    this.headers = [];
	    this.headersSize = 0;

	    if (statusCode < 200) {
	      return 0
	    }

	    if (request.method !== 'HEAD' && contentLength && bytesRead !== parseInt(contentLength, 10)) {
	      util.destroy(socket, new ResponseContentLengthMismatchError());
	      return -1
	    }

	    request.onComplete(headers);

	    client[kQueue][client[kRunningIdx]++] = null;
	    socket[kSocketUsed] = client[kPending] === 0;

	    if (socket[kWriting]) {
	      assert(client[kRunning] === 0);
	      // Response completed before request.
	      util.destroy(socket, new InformationalError('reset'));
	      return constants.ERROR.PAUSED
	    } else if (!shouldKeepAlive) {
	      util.destroy(socket, new InformationalError('reset'));
	      return constants.ERROR.PAUSED
	    } else if (socket[kReset] && client[kRunning] === 0) {
	      // Destroy socket once all requests have completed.
	      // The request at the tail of the pipeline is the one
	      // that requested reset and no further requests should
	      // have been queued since then.
	      util.destroy(socket, new InformationalError('reset'));
	      return constants.ERROR.PAUSED
	    } else if (client[kPipelining] == null || client[kPipelining] === 1) {
	      // We must wait a full event loop cycle to reuse this socket to make sure
	      // that non-spec compliant servers are not closing the connection even if they
	      // said they won't.
	      setImmediate(client[kResume]);
	    } else {
	      client[kResume]();
	    }

	    return 0
	  }
	}

	function onParserTimeout (parserWeakRef) {
	  const parser = parserWeakRef.deref();
	  if (!parser) {
	    return
	  }

	  const { socket, timeoutType, client, paused } = parser;

	  if (timeoutType === TIMEOUT_HEADERS) {
	    if (!socket[kWriting] || socket.writableNeedDrain || client[kRunning] > 1) {
	      assert(!paused, 'cannot be paused while waiting for headers');
	      util.destroy(socket, new HeadersTimeoutError());
	    }
	  } else if (timeoutType === TIMEOUT_BODY) {
	    if (!paused) {
	      util.destroy(socket, new BodyTimeoutError());
	    }
	  } else if (timeoutType === TIMEOUT_KEEP_ALIVE) {
	    assert(client[kRunning] === 0 && client[kKeepAliveTimeoutValue]);
	    util.destroy(socket, new InformationalError('socket idle timeout'));
	  }
	}

	/**
	 * @param {import ('./client.js')} client
	 * @param {import('net').Socket} socket
	 * @returns
	 */
	function connectH1 (client, socket) {
	  client[kSocket] = socket;

	  if (!llhttpInstance) {
	    llhttpInstance = lazyllhttp();
	  }

	  if (socket.errored) {
	    throw socket.errored
	  }

	  if (socket.destroyed) {
	    throw new SocketError('destroyed')
	  }

	  socket[kNoRef] = false;
	  socket[kWriting] = false;
	  socket[kReset] = false;
	  socket[kBlocking] = false;
	  socket[kIdleSocketValidation] = 0;
	  socket[kIdleSocketValidationTimeout] = null;
	  socket[kSocketUsed] = false;
	  socket[kParser] = new Parser(client, socket, llhttpInstance);

	  util.addListener(socket, 'error', onHttpSocketError);
	  util.addListener(socket, 'readable', onHttpSocketReadable);
	  util.addListener(socket, 'end', onHttpSocketEnd);
	  util.addListener(socket, 'close', onHttpSocketClose);

	  socket[kClosed] = false;
	  socket.on('close', onSocketClose);

	  return {
	    version: 'h1',
	    defaultPipelining: 1,
	    write (request) {
	      return writeH1(client, request)
	    },
	    resume () {
	      resumeH1(client);
	    },
	    /**
	     * @param {Error|undefined} err
	     * @param {() => void} callback
	     */
	    destroy (err, callback) {
	      if (socket[kClosed]) {
	        queueMicrotask(callback);
	      } else {
	        socket.on('close', callback);
	        socket.destroy(err);
	      }
	    },
	    /**
	     * @returns {boolean}
	     */
	    get destroyed () {
	      return socket.destroyed
	    },
	    /**
	     * @param {import('../core/request.js')} request
	     * @returns {boolean}
	     */
	    busy (request) {
	      if (socket[kWriting] || socket[kReset] || socket[kBlocking] || socket[kIdleSocketValidation] === 1) {
	        return true
	      }

	      if (request) {
	        if (client[kRunning] > 0 && !request.idempotent) {
	          // Non-idempotent request cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          return true
	        }

	        if (client[kRunning] > 0 && (request.upgrade || request.method === 'CONNECT')) {
	          // Don't dispatch an upgrade until all preceding requests have completed.
	          // A misbehaving server might upgrade the connection before all pipelined
	          // request has completed.
	          return true
	        }

	        if (client[kRunning] > 0 && util.bodyLength(request.body) !== 0 &&
	          (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) {
	          // Request with stream or iterator body can error while other requests
	          // are inflight and indirectly error those as well.
	          // Ensure this doesn't happen by waiting for inflight
	          // to complete before dispatching.

	          // Request with stream or iterator body cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          return true
	        }
	      }

	      return false
	    }
	  }
	}

	function onHttpSocketError (err) {
	  const parser = this[kParser];

	  // On Mac OS, we get an ECONNRESET even if there is a full body to be forwarded
	  // to the user.
	  if (err.code === 'ECONNRESET' && parser.statusCode && !parser.shouldKeepAlive) {
	    const parserErr = parser.finish();
	    if (parserErr) {
	      this[kError] = parserErr;
	      this[kClient][kOnError](parserErr);
	    }
	    return
	  }

	  this[kError] = err;

	  this[kClient][kOnError](err);
	}

	function onHttpSocketReadable () {
	  this[kParser]?.readMore();
	}

	function onHttpSocketEnd () {
	  const parser = this[kParser];

	  if (parser.statusCode && !parser.shouldKeepAlive) {
	    const parserErr = parser.finish();
	    if (parserErr) {
	      util.destroy(this, parserErr);
	    }
	    return
	  }

	  util.destroy(this, new SocketError('other side closed', util.getSocketInfo(this)));
	}

	function onHttpSocketClose () {
	  const parser = this[kParser];

	  clearIdleSocketValidation(this);

	  if (parser) {
	    if (!this[kError] && parser.statusCode && !parser.shouldKeepAlive) {
	      this[kError] = parser.finish() || this[kError];
	    }

	    this[kParser].destroy();
	    this[kParser] = null;
	  }

	  const err = this[kError] || new SocketError('closed', util.getSocketInfo(this));

	  const client = this[kClient];

	  client[kSocket] = null;
	  client[kHTTPContext] = null; // TODO (fix): This is hacky...

	  if (client.destroyed) {
	    assert(client[kPending] === 0);

	    // Fail entire queue.
	    const requests = client[kQueue].splice(client[kRunningIdx]);
	    for (let i = 0; i < requests.length; i++) {
	      const request = requests[i];
	      util.errorRequest(client, request, err);
	    }
	  } else if (client[kRunning] > 0 && err.code !== 'UND_ERR_INFO') {
	    // Fail head of pipeline.
	    const request = client[kQueue][client[kRunningIdx]];
	    client[kQueue][client[kRunningIdx]++] = null;

	    util.errorRequest(client, request, err);
	  }

	  client[kPendingIdx] = client[kRunningIdx];

	  assert(client[kRunning] === 0);

	  client.emit('disconnect', client[kUrl], [client], err);

	  client[kResume]();
	}

	function onSocketClose () {
	  this[kClosed] = true;
	}

	function clearIdleSocketValidation (socket) {
	  if (socket[kIdleSocketValidationTimeout]) {
	    clearImmediate(socket[kIdleSocketValidationTimeout]);
	    socket[kIdleSocketValidationTimeout] = null;
	  }

	  socket[kIdleSocketValidation] = 0;
	}

	function scheduleIdleSocketValidation (client, socket) {
	  socket[kIdleSocketValidation] = 1;
	  // Yield to the check phase (after poll) so unsolicited bytes / FIN / RST
	  // already pending on this idle keep-alive socket are processed before the
	  // next request is written (GHSA-35p6-xmwp-9g52).
	  //
	  // setTimeout(0) pays Node's ~1ms timer floor on every sequential reuse
	  // (#5493). setImmediate avoids that, but an *unref'd* Immediate lets poll
	  // block for ~500ms when the event loop is otherwise idle (#5600 / #5606).
	  // A ref'd Immediate both keeps the pending request alive and makes poll
	  // return immediately — the hybrid those issues asked for.
	  socket[kIdleSocketValidationTimeout] = setImmediate(() => {
	    socket[kIdleSocketValidationTimeout] = null;
	    socket[kIdleSocketValidation] = 2;

	    if (client[kSocket] === socket && !socket.destroyed) {
	      client[kResume]();
	    }
	  });
	}

	/**
	 * @param {import('./client.js')} client
	 */
	function resumeH1 (client) {
	  const socket = client[kSocket];

	  if (socket && !socket.destroyed) {
	    if (client[kSize] === 0) {
	      if (!socket[kNoRef] && socket.unref) {
	        socket.unref();
	        socket[kNoRef] = true;
	      }
	    } else if (socket[kNoRef] && socket.ref) {
	      socket.ref();
	      socket[kNoRef] = false;
	    }

	    if (client[kRunning] === 0 && client[kPending] > 0 && socket[kSocketUsed]) {
	      if (socket[kIdleSocketValidation] === 0) {
	        scheduleIdleSocketValidation(client, socket);
	        socket[kParser].readMore();
	        if (socket.destroyed) {
	          return
	        }
	        return
	      }

	      if (socket[kIdleSocketValidation] === 1) {
	        socket[kParser].readMore();
	        if (socket.destroyed) {
	          return
	        }
	        return
	      }
	    }

	    if (client[kRunning] === 0) {
	      socket[kParser].readMore();
	      if (socket.destroyed) {
	        return
	      }
	    }

	    if (client[kSize] === 0) {
	      if (socket[kParser].timeoutType !== TIMEOUT_KEEP_ALIVE) {
	        socket[kParser].setTimeout(client[kKeepAliveTimeoutValue], TIMEOUT_KEEP_ALIVE);
	      }
	    } else if (client[kRunning] > 0 && socket[kParser].statusCode < 200) {
	      if (socket[kParser].timeoutType !== TIMEOUT_HEADERS) {
	        const request = client[kQueue][client[kRunningIdx]];
	        const headersTimeout = request.headersTimeout != null
	          ? request.headersTimeout
	          : client[kHeadersTimeout];
	        socket[kParser].setTimeout(headersTimeout, TIMEOUT_HEADERS);
	      }
	    }
	  }
	}

	// https://www.rfc-editor.org/rfc/rfc7230#section-3.3.2
	function shouldSendContentLength (method) {
	  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'TRACE' && method !== 'CONNECT'
	}

	function setTypeOfService (socket, request) {
	  if (typeof socket.setTypeOfService !== 'function') {
	    return
	  }

	  const typeOfService = request.typeOfService;

	  if (typeOfService === undefined) {
	    return
	  }

	  const currentTypeOfService = socket[kTypeOfService];

	  if (currentTypeOfService === typeOfService) {
	    return
	  }

	  try {
	    socket.setTypeOfService(typeOfService);
	    socket[kTypeOfService] = typeOfService;
	  } catch {
	    // QoS marking is best-effort. setTypeOfService() can throw synchronously on
	    // some platforms depending on socket state, but that must not abort the request.
	  }
	}

	/**
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @returns
	 */
	function writeH1 (client, request) {
	  const { method, path, host, upgrade, blocking, reset } = request;

	  let { body, headers, contentLength } = request;

	  // https://tools.ietf.org/html/rfc7231#section-4.3.1
	  // https://tools.ietf.org/html/rfc7231#section-4.3.2
	  // https://tools.ietf.org/html/rfc7231#section-4.3.5

	  // Sending a payload body on a request that does not
	  // expect it can cause undefined behavior on some
	  // servers and corrupt connection state. Do not
	  // re-use the connection for further requests.

	  const expectsPayload = (
	    method === 'PUT' ||
	    method === 'POST' ||
	    method === 'PATCH' ||
	    method === 'QUERY' ||
	    method === 'PROPFIND' ||
	    method === 'PROPPATCH'
	  );

	  if (util.isFormDataLike(body)) {
	    if (!extractBody) {
	      extractBody = requireBody().extractBody;
	    }

	    const [bodyStream, contentType] = extractBody(body);
	    if (request.contentType == null) {
	      headers.push('content-type', contentType);
	    }
	    body = bodyStream.stream;
	    contentLength = bodyStream.length;
	  } else if (util.isBlobLike(body) && request.contentType == null) {
	    const contentType = body.type;
	    if (contentType) {
	      const contentTypeValue = `${contentType}`;
	      if (!util.isValidHeaderValue(contentTypeValue)) {
	        util.errorRequest(client, request, new InvalidArgumentError('invalid content-type header'));
	        return false
	      }
	      headers.push('content-type', contentTypeValue);
	    }
	  }

	  if (body && typeof body.read === 'function') {
	    // Try to read EOF in order to get length.
	    body.read(0);
	  }

	  const bodyLength = util.bodyLength(body);

	  contentLength = bodyLength ?? contentLength;

	  if (contentLength === null) {
	    contentLength = request.contentLength;
	  }

	  if (contentLength === 0 && !expectsPayload) {
	    // https://tools.ietf.org/html/rfc7230#section-3.3.2
	    // A user agent SHOULD NOT send a Content-Length header field when
	    // the request message does not contain a payload body and the method
	    // semantics do not anticipate such a body.

	    contentLength = null;
	  }

	  // https://github.com/nodejs/undici/issues/2046
	  // A user agent may send a Content-Length header with 0 value, this should be allowed.
	  if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength !== null && request.contentLength !== contentLength) {
	    if (client[kStrictContentLength]) {
	      util.errorRequest(client, request, new RequestContentLengthMismatchError());
	      return false
	    }

	    process.emitWarning(new RequestContentLengthMismatchError());
	  }

	  const socket = client[kSocket];
	  clearIdleSocketValidation(socket);

	  /**
	   * @param {Error} [err]
	   * @returns {void}
	   */
	  const abort = (err) => {
	    if (request.aborted || request.completed) {
	      return
	    }

	    util.errorRequest(client, request, err || new RequestAbortedError());

	    util.destroy(body);
	    util.destroy(socket, new InformationalError('aborted'));
	  };

	  try {
	    request.onConnect(abort);
	  } catch (err) {
	    util.errorRequest(client, request, err);
	  }

	  if (request.aborted) {
	    return false
	  }

	  if (method === 'HEAD') {
	    // https://github.com/mcollina/undici/issues/258
	    // Close after a HEAD request to interop with misbehaving servers
	    // that may send a body in the response.

	    socket[kReset] = true;
	  }

	  if (upgrade || method === 'CONNECT') {
	    // On CONNECT or upgrade, block pipeline from dispatching further
	    // requests on this connection.

	    socket[kReset] = true;
	  }

	  if (reset != null) {
	    socket[kReset] = reset;
	  }

	  if (client[kMaxRequests] && socket[kCounter]++ >= client[kMaxRequests]) {
	    socket[kReset] = true;
	  }

	  if (blocking) {
	    socket[kBlocking] = true;
	  }

	  setTypeOfService(socket, request);

	  let header = `${method} ${path} HTTP/1.1\r\n`;

	  if (typeof host === 'string') {
	    header += `host: ${host}\r\n`;
	  } else {
	    header += client[kHostHeader];
	  }

	  if (upgrade) {
	    header += `connection: upgrade\r\nupgrade: ${upgrade}\r\n`;
	  } else if (client[kPipelining] && !socket[kReset]) {
	    header += 'connection: keep-alive\r\n';
	  } else {
	    header += 'connection: close\r\n';
	  }

	  if (Array.isArray(headers)) {
	    for (let n = 0; n < headers.length; n += 2) {
	      const key = headers[n + 0];
	      const val = headers[n + 1];

	      if (Array.isArray(val)) {
	        for (let i = 0; i < val.length; i++) {
	          header += `${key}: ${val[i]}\r\n`;
	        }
	      } else {
	        header += `${key}: ${val}\r\n`;
	      }
	    }
	  }

	  if (channels.sendHeaders.hasSubscribers) {
	    channels.sendHeaders.publish({ request, headers: header, socket });
	  }

	  if (!body || bodyLength === 0) {
	    writeBuffer(abort, null, client, request, socket, contentLength, header, expectsPayload);
	  } else if (util.isBuffer(body)) {
	    writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload);
	  } else if (util.isBlobLike(body)) {
	    if (typeof body.stream === 'function') {
	      writeIterable(abort, body.stream(), client, request, socket, contentLength, header, expectsPayload);
	    } else {
	      writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload);
	    }
	  } else if (util.isStream(body)) {
	    writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload);
	  } else if (util.isIterable(body)) {
	    writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload);
	  } else {
	    assert(false);
	  }

	  return true
	}

	/**
	 * @param {AbortCallback} abort
	 * @param {import('stream').Stream} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 */
	function writeStream (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'stream body cannot be pipelined');

	  let finished = false;

	  const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });

	  /**
	   * @param {Buffer} chunk
	   * @returns {void}
	   */
	  const onData = function (chunk) {
	    if (finished) {
	      return
	    }

	    try {
	      if (!writer.write(chunk) && this.pause) {
	        this.pause();
	      }
	    } catch (err) {
	      util.destroy(this, err);
	    }
	  };

	  /**
	   * @returns {void}
	   */
	  const onDrain = function () {
	    if (finished) {
	      return
	    }

	    if (body.resume) {
	      body.resume();
	    }
	  };

	  /**
	   * @returns {void}
	   */
	  const onClose = function () {
	    // 'close' might be emitted *before* 'error' for
	    // broken streams. Wait a tick to avoid this case.
	    queueMicrotask(() => {
	      // It's only safe to remove 'error' listener after
	      // 'close'.
	      body.removeListener('error', onFinished);
	    });

	    if (!finished) {
	      const err = new RequestAbortedError();
	      queueMicrotask(() => onFinished(err));
	    }
	  };

	  /**
	   * @param {Error} [err]
	   * @returns
	   */
	  const onFinished = function (err) {
	    if (finished) {
	      return
	    }

	    finished = true;

	    assert(socket.destroyed || (socket[kWriting] && client[kRunning] <= 1));

	    socket
	      .off('drain', onDrain)
	      .off('error', onFinished);

	    body
	      .removeListener('data', onData)
	      .removeListener('end', onFinished)
	      .removeListener('close', onClose);

	    if (!err) {
	      try {
	        writer.end();
	      } catch (er) {
	        err = er;
	      }
	    }

	    writer.destroy(err);

	    if (err && (err.code !== 'UND_ERR_INFO' || err.message !== 'reset')) {
	      util.destroy(body, err);
	    } else {
	      util.destroy(body);
	    }
	  };

	  body
	    .on('data', onData)
	    .on('end', onFinished)
	    .on('error', onFinished)
	    .on('close', onClose);

	  if (body.resume) {
	    body.resume();
	  }

	  socket
	    .on('drain', onDrain)
	    .on('error', onFinished);

	  if (body.errorEmitted ?? body.errored) {
	    setImmediate(onFinished, body.errored);
	  } else if (body.endEmitted ?? body.readableEnded) {
	    setImmediate(onFinished, null);
	  }

	  if (body.closeEmitted ?? body.closed) {
	    setImmediate(onClose);
	  }
	}

	/**
	 * @typedef AbortCallback
	 * @type {Function}
	 * @param {Error} [err]
	 * @returns {void}
	 */

	/**
	 * @param {AbortCallback} abort
	 * @param {Uint8Array|null} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 * @returns {void}
	 */
	function writeBuffer (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  try {
	    if (!body) {
	      if (contentLength === 0) {
	        socket.write(`${header}content-length: 0\r\n\r\n`, 'latin1');
	      } else {
	        assert(contentLength === null, 'no body must not have content length');
	        socket.write(`${header}\r\n`, 'latin1');
	      }
	    } else if (util.isBuffer(body)) {
	      assert(contentLength === body.byteLength, 'buffer body must have content length');

	      socket.cork();
	      socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
	      socket.write(body);
	      socket.uncork();
	      request.onBodySent(body);

	      if (!expectsPayload && request.reset !== false) {
	        socket[kReset] = true;
	      }
	    }
	    request.onRequestSent();

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  }
	}

	/**
	 * @param {AbortCallback} abort
	 * @param {Blob} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 * @returns {Promise<void>}
	 */
	async function writeBlob (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  assert(contentLength === body.size, 'blob body must have content length');

	  try {
	    if (contentLength != null && contentLength !== body.size) {
	      throw new RequestContentLengthMismatchError()
	    }

	    const buffer = Buffer.from(await body.arrayBuffer());

	    socket.cork();
	    socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
	    socket.write(buffer);
	    socket.uncork();

	    request.onBodySent(buffer);
	    request.onRequestSent();

	    if (!expectsPayload && request.reset !== false) {
	      socket[kReset] = true;
	    }

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  }
	}

	/**
	 * @param {AbortCallback} abort
	 * @param {Iterable} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 * @returns {Promise<void>}
	 */
	async function writeIterable (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'iterator body cannot be pipelined');

	  let callback = null;
	  function onDrain () {
	    if (callback) {
	      const cb = callback;
	      callback = null;
	      cb();
	    }
	  }

	  const waitForDrain = () => new Promise((resolve, reject) => {
	    assert(callback === null);

	    if (socket[kError]) {
	      reject(socket[kError]);
	    } else {
	      callback = resolve;
	    }
	  });

	  socket
	    .on('close', onDrain)
	    .on('drain', onDrain);

	  const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });
	  try {
	    // It's up to the user to somehow abort the async iterable.
	    for await (const chunk of body) {
	      if (socket[kError]) {
	        throw socket[kError]
	      }

	      if (!writer.write(chunk)) {
	        await waitForDrain();
	      }
	    }

	    writer.end();
	  } catch (err) {
	    writer.destroy(err);
	  } finally {
	    socket
	      .off('close', onDrain)
	      .off('drain', onDrain);
	  }
	}

	class AsyncWriter {
	  /**
	   *
	   * @param {object} arg
	   * @param {AbortCallback} arg.abort
	   * @param {import('net').Socket} arg.socket
	   * @param {import('../core/request.js')} arg.request
	   * @param {number} arg.contentLength
	   * @param {import('./client.js')} arg.client
	   * @param {boolean} arg.expectsPayload
	   * @param {string} arg.header
	   */
	  constructor ({ abort, socket, request, contentLength, client, expectsPayload, header }) {
	    this.socket = socket;
	    this.request = request;
	    this.contentLength = contentLength;
	    this.client = client;
	    this.bytesWritten = 0;
	    this.expectsPayload = expectsPayload;
	    this.header = header;
	    this.abort = abort;

	    socket[kWriting] = true;
	  }

	  /**
	   * @param {Buffer} chunk
	   * @returns
	   */
	  write (chunk) {
	    const { socket, request, contentLength, client, bytesWritten, expectsPayload, header } = this;

	    if (socket[kError]) {
	      throw socket[kError]
	    }

	    if (socket.destroyed) {
	      return false
	    }

	    const len = Buffer.byteLength(chunk);
	    if (!len) {
	      return true
	    }

	    // We should defer writing chunks.
	    if (contentLength !== null && bytesWritten + len > contentLength) {
	      if (client[kStrictContentLength]) {
	        throw new RequestContentLengthMismatchError()
	      }

	      process.emitWarning(new RequestContentLengthMismatchError());
	    }

	    socket.cork();

	    if (bytesWritten === 0) {
	      if (!expectsPayload && request.reset !== false) {
	        socket[kReset] = true;
	      }

	      if (contentLength === null) {
	        socket.write(`${header}transfer-encoding: chunked\r\n`, 'latin1');
	      } else {
	        socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
	      }
	    }

	    if (contentLength === null) {
	      socket.write(`\r\n${len.toString(16)}\r\n`, 'latin1');
	    }

	    this.bytesWritten += len;

	    const ret = socket.write(chunk);

	    socket.uncork();

	    request.onBodySent(chunk);

	    if (!ret) {
	      if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
	        if (socket[kParser].timeout.refresh) {
	          socket[kParser].timeout.refresh();
	        }
	      }
	    }

	    return ret
	  }

	  /**
	   * @returns {void}
	   */
	  end () {
	    const { socket, contentLength, client, bytesWritten, expectsPayload, header, request } = this;
	    request.onRequestSent();

	    socket[kWriting] = false;

	    if (socket[kError]) {
	      throw socket[kError]
	    }

	    if (socket.destroyed) {
	      return
	    }

	    if (bytesWritten === 0) {
	      if (expectsPayload) {
	        // https://tools.ietf.org/html/rfc7230#section-3.3.2
	        // A user agent SHOULD send a Content-Length in a request message when
	        // no Transfer-Encoding is sent and the request method defines a meaning
	        // for an enclosed payload body.

	        socket.write(`${header}content-length: 0\r\n\r\n`, 'latin1');
	      } else {
	        socket.write(`${header}\r\n`, 'latin1');
	      }
	    } else if (contentLength === null) {
	      socket.write('\r\n0\r\n\r\n', 'latin1');
	    }

	    if (contentLength !== null && bytesWritten !== contentLength) {
	      if (client[kStrictContentLength]) {
	        throw new RequestContentLengthMismatchError()
	      } else {
	        process.emitWarning(new RequestContentLengthMismatchError());
	      }
	    }

	    if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
	      if (socket[kParser].timeout.refresh) {
	        socket[kParser].timeout.refresh();
	      }
	    }

	    client[kResume]();
	  }

	  /**
	   * @param {Error} [err]
	   * @returns {void}
	   */
	  destroy (err) {
	    const { socket, client, abort } = this;

	    socket[kWriting] = false;

	    if (err) {
	      assert(client[kRunning] <= 1, 'pipeline should only contain this request');
	      abort(err);
	    }
	  }
	}

	clientH1 = connectH1;
	return clientH1;
}

var clientH2;
var hasRequiredClientH2;

function requireClientH2 () {
	if (hasRequiredClientH2) return clientH2;
	hasRequiredClientH2 = 1;

	const assert = require('node:assert');
	const { pipeline } = require('node:stream');
	const util = requireUtil$1();
	const {
	  RequestContentLengthMismatchError,
	  RequestAbortedError,
	  SocketError,
	  InformationalError,
	  InvalidArgumentError,
	  HeadersTimeoutError,
	  BodyTimeoutError
	} = requireErrors();
	const {
	  kUrl,
	  kReset,
	  kClient,
	  kRunning,
	  kPending,
	  kQueue,
	  kPendingIdx,
	  kRunningIdx,
	  kError,
	  kSocket,
	  kStrictContentLength,
	  kOnError,
	  kMaxConcurrentStreams,
	  kPingInterval,
	  kHTTP2Session,
	  kHTTP2InitialWindowSize,
	  kHTTP2ConnectionWindowSize,
	  kResume,
	  kSize,
	  kHTTPContext,
	  kClosed,
	  kBodyTimeout,
	  kHeadersTimeout,
	  kEnableConnectProtocol,
	  kRemoteSettings,
	  kHTTP2Stream,
	  kHTTP2SessionState
	} = requireSymbols();
	const { channels } = requireDiagnostics();

	const kOpenStreams = Symbol('open streams');

	let extractBody;

	/** @type {import('http2')} */
	let http2;
	try {
	  http2 = require('node:http2');
	} catch {
	  // @ts-ignore
	  http2 = { constants: {} };
	}

	const {
	  constants: {
	    HTTP2_HEADER_AUTHORITY,
	    HTTP2_HEADER_METHOD,
	    HTTP2_HEADER_PATH,
	    HTTP2_HEADER_SCHEME,
	    HTTP2_HEADER_CONTENT_LENGTH,
	    HTTP2_HEADER_EXPECT,
	    HTTP2_HEADER_STATUS,
	    HTTP2_HEADER_PROTOCOL,
	    NGHTTP2_REFUSED_STREAM,
	    NGHTTP2_CANCEL
	  }
	} = http2;

	function parseH2Headers (headers) {
	  const result = [];

	  for (const [name, value] of Object.entries(headers)) {
	    // h2 may concat the header value by array
	    // e.g. Set-Cookie
	    if (Array.isArray(value)) {
	      for (const subvalue of value) {
	        // we need to provide each header value of header name
	        // because the headers handler expect name-value pair
	        result.push(Buffer.from(name), Buffer.from(subvalue));
	      }
	    } else {
	      result.push(Buffer.from(name), Buffer.from(value));
	    }
	  }

	  return result
	}

	function connectH2 (client, socket) {
	  client[kSocket] = socket;

	  const http2InitialWindowSize = client[kHTTP2InitialWindowSize];
	  const http2ConnectionWindowSize = client[kHTTP2ConnectionWindowSize];

	  const session = http2.connect(client[kUrl], {
	    createConnection: () => socket,
	    peerMaxConcurrentStreams: client[kMaxConcurrentStreams],
	    settings: {
	      // TODO(metcoder95): add support for PUSH
	      enablePush: false,
	      ...(http2InitialWindowSize != null ? { initialWindowSize: http2InitialWindowSize } : null)
	    }
	  });

	  client[kSocket] = socket;
	  session[kOpenStreams] = 0;
	  session[kClient] = client;
	  session[kSocket] = socket;
	  session[kHTTP2SessionState] = {
	    ping: {
	      interval: client[kPingInterval] === 0 ? null : setInterval(onHttp2SendPing, client[kPingInterval], session).unref()
	    }
	  };
	  // We set it to true by default in a best-effort; however once connected to an H2 server
	  // we will check if extended CONNECT protocol is supported or not
	  // and set this value accordingly.
	  session[kEnableConnectProtocol] = false;
	  // States whether or not we have received the remote settings from the server
	  session[kRemoteSettings] = false;

	  // Apply connection-level flow control once connected (if supported).
	  if (http2ConnectionWindowSize) {
	    util.addListener(session, 'connect', applyConnectionWindowSize.bind(session, http2ConnectionWindowSize));
	  }

	  util.addListener(session, 'error', onHttp2SessionError);
	  util.addListener(session, 'frameError', onHttp2FrameError);
	  util.addListener(session, 'end', onHttp2SessionEnd);
	  util.addListener(session, 'goaway', onHttp2SessionGoAway);
	  util.addListener(session, 'close', onHttp2SessionClose);
	  util.addListener(session, 'remoteSettings', onHttp2RemoteSettings);
	  // TODO (@metcoder95): implement SETTINGS support
	  // util.addListener(session, 'localSettings', onHttp2RemoteSettings)

	  session.unref();

	  client[kHTTP2Session] = session;
	  socket[kHTTP2Session] = session;

	  util.addListener(socket, 'error', onHttp2SocketError);
	  util.addListener(socket, 'end', onHttp2SocketEnd);
	  util.addListener(socket, 'close', onHttp2SocketClose);

	  socket[kClosed] = false;
	  socket.on('close', onSocketClose);

	  return {
	    version: 'h2',
	    defaultPipelining: Infinity,
	    /**
	     * @param {import('../core/request.js')} request
	     * @returns {boolean}
	    */
	    write (request) {
	      return writeH2(client, request)
	    },
	    /**
	     * @returns {void}
	     */
	    resume () {
	      resumeH2(client);
	    },
	    /**
	     * @param {Error | null} err
	     * @param {() => void} callback
	     */
	    destroy (err, callback) {
	      if (socket[kClosed]) {
	        queueMicrotask(callback);
	      } else {
	        socket.destroy(err).on('close', callback);
	      }
	    },
	    /**
	     * @type {boolean}
	     */
	    get destroyed () {
	      return socket.destroyed
	    },
	    /**
	     * @param {import('../core/request.js')} request
	     * @returns {boolean}
	    */
	    busy (request) {
	      if (request != null) {
	        if (client[kRunning] > 0) {
	          // We are already processing requests

	          // Non-idempotent request cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          if (request.idempotent === false) return true
	          // Don't dispatch an upgrade until all preceding requests have completed.
	          // Possibly, we do not have remote settings confirmed yet.
	          if ((request.upgrade === 'websocket' || request.method === 'CONNECT') && session[kRemoteSettings] === false) return true
	          // Request with stream or iterator body can error while other requests
	          // are inflight and indirectly error those as well.
	          // Ensure this doesn't happen by waiting for inflight
	          // to complete before dispatching.

	          // Request with stream or iterator body cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          if (util.bodyLength(request.body) !== 0 &&
	            (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) return true
	        } else {
	          return (request.upgrade === 'websocket' || request.method === 'CONNECT') && session[kRemoteSettings] === false
	        }
	      }

	      return false
	    }
	  }
	}

	function resumeH2 (client) {
	  const socket = client[kSocket];

	  if (socket?.destroyed === false) {
	    // Only let the process exit when there is genuinely nothing outstanding.
	    // Unreffing because the peer advertised MAX_CONCURRENT_STREAMS = 0 left
	    // queued requests with nothing holding the event loop open, so the process
	    // could exit with status 0 while an awaited request never settled.
	    if (client[kSize] === 0) {
	      socket.unref();
	      client[kHTTP2Session].unref();
	    } else {
	      socket.ref();
	      client[kHTTP2Session].ref();
	    }
	  }
	}

	function applyConnectionWindowSize (connectionWindowSize) {
	  try {
	    if (typeof this.setLocalWindowSize === 'function') {
	      this.setLocalWindowSize(connectionWindowSize);
	    }
	  } catch {
	    // Best-effort only.
	  }
	}

	function onHttp2RemoteSettings (settings) {
	  // Fallbacks are a safe bet, remote setting will always override
	  this[kClient][kMaxConcurrentStreams] = settings.maxConcurrentStreams ?? this[kClient][kMaxConcurrentStreams];
	  /**
	   * From RFC-8441
	   * A sender MUST NOT send a SETTINGS_ENABLE_CONNECT_PROTOCOL parameter
	   * with the value of 0 after previously sending a value of 1.
	   */
	  // Note: Cannot be tested in Node, it does not supports disabling the extended CONNECT protocol once enabled
	  if (this[kRemoteSettings] === true && this[kEnableConnectProtocol] === true && settings.enableConnectProtocol === false) {
	    const err = new InformationalError('HTTP/2: Server disabled extended CONNECT protocol against RFC-8441');
	    this[kSocket][kError] = err;
	    this[kClient][kOnError](err);
	    return
	  }

	  this[kEnableConnectProtocol] = settings.enableConnectProtocol ?? this[kEnableConnectProtocol];
	  this[kRemoteSettings] = true;
	  this[kClient][kResume]();
	}

	function onHttp2SendPing (session) {
	  const state = session[kHTTP2SessionState];
	  if ((session.closed || session.destroyed) && state.ping.interval != null) {
	    clearInterval(state.ping.interval);
	    state.ping.interval = null;
	    return
	  }

	  // If no ping sent, do nothing
	  session.ping(onPing.bind(session));

	  function onPing (err, duration) {
	    const client = this[kClient];
	    const socket = this[kClient];

	    if (err != null) {
	      const error = new InformationalError(`HTTP/2: "PING" errored - type ${err.message}`);
	      socket[kError] = error;
	      client[kOnError](error);
	    } else {
	      client.emit('ping', duration);
	    }
	  }
	}

	function onHttp2SessionError (err) {
	  this[kSocket][kError] = err;
	  this[kClient][kOnError](err);
	}

	function onHttp2FrameError (type, code, id) {
	  if (id === 0) {
	    const err = new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`);
	    this[kSocket][kError] = err;
	    this[kClient][kOnError](err);
	  }
	}

	function onHttp2SessionEnd () {
	  const err = new SocketError('other side closed', util.getSocketInfo(this[kSocket]));
	  this.destroy(err);
	  util.destroy(this[kSocket], err);
	}

	/**
	 * This is the root cause of #3011
	 * We need to handle GOAWAY frames properly, and trigger the session close
	 * along with the socket right away
	 *
	 * @this {import('http2').ClientHttp2Session}
	 * @param {number} errorCode
	 */
	// Backport of #5410 and #5569. HTTP/2 multiplexes, so requests complete out of
	// order; advancing kRunningIdx blindly retired whichever request happened to
	// sit at the head instead of the one that actually finished, which both lost
	// requests and left phantom running slots behind.
	function completeRequest (client, request, resetPendingIdx = false) {
	  const queue = client[kQueue];
	  const runningIdx = client[kRunningIdx];

	  // In-order completion: clear the request and advance without splicing.
	  // The client's resume loop compacts cleared slots once the index grows.
	  if (runningIdx < client[kPendingIdx] && queue[runningIdx] === request) {
	    queue[runningIdx] = null;
	    client[kRunningIdx] = runningIdx + 1;
	    return
	  }

	  const index = queue.indexOf(request, runningIdx);

	  if (index === -1 || index >= client[kPendingIdx]) {
	    return
	  }

	  queue.splice(index, 1);
	  client[kPendingIdx]--;

	  if (resetPendingIdx && client[kPendingIdx] < client[kRunningIdx]) {
	    client[kPendingIdx] = client[kRunningIdx];
	  }
	}

	function onHttp2SessionGoAway (errorCode) {
	  // TODO(mcollina): Verify if GOAWAY implements the spec correctly:
	  // https://datatracker.ietf.org/doc/html/rfc7540#section-6.8
	  // Specifically, we do not verify the "valid" stream id.

	  const err = this[kError] || new SocketError(`HTTP/2: "GOAWAY" frame received with code ${errorCode}`, util.getSocketInfo(this[kSocket]));
	  const client = this[kClient];

	  client[kSocket] = null;
	  client[kHTTPContext] = null;

	  // this is an HTTP2 session
	  this.close();
	  this[kHTTP2Session] = null;

	  util.destroy(this[kSocket], err);

	  // Fail head of pipeline.
	  if (client[kRunningIdx] < client[kQueue].length) {
	    const request = client[kQueue][client[kRunningIdx]];
	    client[kQueue][client[kRunningIdx]++] = null;
	    if (request != null) {
	      util.errorRequest(client, request, err);
	    }
	    client[kPendingIdx] = client[kRunningIdx];
	  }

	  assert(client[kRunning] === 0);

	  client.emit('disconnect', client[kUrl], [client], err);
	  client.emit('connectionError', client[kUrl], [client], err);

	  client[kResume]();
	}

	function onHttp2SessionClose () {
	  const { [kClient]: client, [kHTTP2SessionState]: state } = this;
	  const { [kSocket]: socket } = client;

	  const err = this[kSocket][kError] || this[kError] || new SocketError('closed', util.getSocketInfo(socket));

	  client[kSocket] = null;
	  client[kHTTPContext] = null;

	  if (state.ping.interval != null) {
	    clearInterval(state.ping.interval);
	    state.ping.interval = null;
	  }

	  if (client.destroyed) {
	    assert(client[kPending] === 0);

	    // Fail entire queue.
	    const requests = client[kQueue].splice(client[kRunningIdx]);
	    for (let i = 0; i < requests.length; i++) {
	      const request = requests[i];
	      if (request != null) {
	        util.errorRequest(client, request, err);
	      }
	    }
	  }
	}

	function onHttp2SocketClose () {
	  const err = this[kError] || new SocketError('closed', util.getSocketInfo(this));

	  const client = this[kHTTP2Session][kClient];

	  client[kSocket] = null;
	  client[kHTTPContext] = null;

	  if (this[kHTTP2Session] !== null) {
	    this[kHTTP2Session].destroy(err);
	  }

	  client[kPendingIdx] = client[kRunningIdx];

	  assert(client[kRunning] === 0);

	  client.emit('disconnect', client[kUrl], [client], err);

	  client[kResume]();
	}

	function onHttp2SocketError (err) {
	  this[kError] = err;

	  this[kClient][kOnError](err);
	}

	function onHttp2SocketEnd () {
	  util.destroy(this, new SocketError('other side closed', util.getSocketInfo(this)));
	}

	function onSocketClose () {
	  this[kClosed] = true;
	}

	// https://www.rfc-editor.org/rfc/rfc7230#section-3.3.2
	function shouldSendContentLength (method) {
	  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'TRACE' && method !== 'CONNECT'
	}

	function writeH2 (client, request) {
	  // Time to the response headers, then time between body chunks. Using
	  // bodyTimeout for both made headersTimeout a no-op over HTTP/2.
	  const headersTimeout = request.headersTimeout ?? client[kHeadersTimeout];
	  const bodyTimeout = request.bodyTimeout ?? client[kBodyTimeout];
	  const session = client[kHTTP2Session];
	  const { method, path, host, upgrade, expectContinue, signal, protocol, headers: reqHeaders } = request;
	  let { body } = request;

	  if (upgrade != null && upgrade !== 'websocket') {
	    util.errorRequest(client, request, new InvalidArgumentError(`Custom upgrade "${upgrade}" not supported over HTTP/2`));
	    return false
	  }

	  const headers = {};
	  for (let n = 0; n < reqHeaders.length; n += 2) {
	    const key = reqHeaders[n + 0];
	    const val = reqHeaders[n + 1];

	    if (key === 'cookie') {
	      if (headers[key] != null) {
	        headers[key] = Array.isArray(headers[key]) ? (headers[key].push(val), headers[key]) : [headers[key], val];
	      } else {
	        headers[key] = val;
	      }

	      continue
	    }

	    if (Array.isArray(val)) {
	      for (let i = 0; i < val.length; i++) {
	        if (headers[key]) {
	          headers[key] += `, ${val[i]}`;
	        } else {
	          headers[key] = val[i];
	        }
	      }
	    } else if (headers[key]) {
	      headers[key] += `, ${val}`;
	    } else {
	      headers[key] = val;
	    }
	  }

	  /** @type {import('node:http2').ClientHttp2Stream} */
	  let stream = null;

	  const { hostname, port } = client[kUrl];

	  headers[HTTP2_HEADER_AUTHORITY] = host || `${hostname}${port ? `:${port}` : ''}`;
	  headers[HTTP2_HEADER_METHOD] = method;

	  const abort = (err) => {
	    if (request.aborted || request.completed) {
	      return
	    }

	    err = err || new RequestAbortedError();

	    util.errorRequest(client, request, err);

	    if (stream != null) {
	      // Some chunks might still come after abort,
	      // let's ignore them
	      stream.removeAllListeners('data');

	      // On Abort, we close the stream to send RST_STREAM frame
	      stream.close();

	      // We move the running index to the next request
	      client[kOnError](err);
	      completeRequest(client, request);
	      client[kResume]();
	    }

	    // We do not destroy the socket as we can continue using the session
	    // the stream gets destroyed and the session remains to create new streams
	    util.destroy(body, err);
	  };

	  try {
	    // We are already connected, streams are pending.
	    // We can call on connect, and wait for abort
	    request.onConnect(abort);
	  } catch (err) {
	    util.errorRequest(client, request, err);
	  }

	  if (request.aborted) {
	    return false
	  }

	  if (upgrade || method === 'CONNECT') {
	    session.ref();

	    if (upgrade === 'websocket') {
	      // We cannot upgrade to websocket if extended CONNECT protocol is not supported
	      if (session[kEnableConnectProtocol] === false) {
	        util.errorRequest(client, request, new InformationalError('HTTP/2: Extended CONNECT protocol not supported by server'));
	        session.unref();
	        return false
	      }

	      // We force the method to CONNECT
	      // as per RFC-8441
	      // https://datatracker.ietf.org/doc/html/rfc8441#section-4
	      headers[HTTP2_HEADER_METHOD] = 'CONNECT';
	      headers[HTTP2_HEADER_PROTOCOL] = 'websocket';
	      // :path and :scheme headers must be omitted when sending CONNECT but set if extended-CONNECT
	      headers[HTTP2_HEADER_PATH] = path;

	      if (protocol === 'ws:' || protocol === 'wss:') {
	        headers[HTTP2_HEADER_SCHEME] = protocol === 'ws:' ? 'http' : 'https';
	      } else {
	        headers[HTTP2_HEADER_SCHEME] = protocol === 'http:' ? 'http' : 'https';
	      }

	      stream = session.request(headers, { endStream: false, signal });
	      stream[kHTTP2Stream] = true;
	      ++session[kOpenStreams];

	      stream.once('response', (headers, _flags) => {
	        const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers;

	        try {
	          request.onUpgrade(statusCode, parseH2Headers(realHeaders), stream);
	        } catch (err) {
	          abort(err);
	          return
	        }
	        completeRequest(client, request);
	      });

	      stream.on('error', () => {
	        if (stream.rstCode === NGHTTP2_REFUSED_STREAM || stream.rstCode === NGHTTP2_CANCEL) {
	          // NGHTTP2_REFUSED_STREAM (7) or NGHTTP2_CANCEL (8)
	          // We do not treat those as errors as the server might
	          // not support websockets and refuse the stream
	          abort(new InformationalError(`HTTP/2: "stream error" received - code ${stream.rstCode}`));
	        }
	      });

	      stream.once('close', () => {
	        session[kOpenStreams] -= 1;
	        if (session[kOpenStreams] === 0) session.unref();
	      });

	      stream.setTimeout(headersTimeout);
	      return true
	    }

	    // TODO: consolidate once we support CONNECT properly
	    // NOTE: We are already connected, streams are pending, first request
	    // will create a new stream. We trigger a request to create the stream and wait until
	    // `ready` event is triggered
	    // We disabled endStream to allow the user to write to the stream
	    stream = session.request(headers, { endStream: false, signal });
	    stream[kHTTP2Stream] = true;
	    ++session[kOpenStreams];
	    stream.on('response', headers => {
	      const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers;

	      try {
	        request.onUpgrade(statusCode, parseH2Headers(realHeaders), stream);
	      } catch (err) {
	        abort(err);
	        return
	      }
	      completeRequest(client, request);
	    });
	    stream.on('error', abort);
	    stream.once('close', () => {
	      session[kOpenStreams] -= 1;
	      if (session[kOpenStreams] === 0) session.unref();
	    });
	    stream.setTimeout(headersTimeout);

	    return true
	  }

	  // https://tools.ietf.org/html/rfc7540#section-8.3
	  // :path and :scheme headers must be omitted when sending CONNECT
	  headers[HTTP2_HEADER_PATH] = path;
	  headers[HTTP2_HEADER_SCHEME] = protocol === 'http:' ? 'http' : 'https';

	  // https://tools.ietf.org/html/rfc7231#section-4.3.1
	  // https://tools.ietf.org/html/rfc7231#section-4.3.2
	  // https://tools.ietf.org/html/rfc7231#section-4.3.5

	  // Sending a payload body on a request that does not
	  // expect it can cause undefined behavior on some
	  // servers and corrupt connection state. Do not
	  // re-use the connection for further requests.

	  const expectsPayload = (
	    method === 'PUT' ||
	    method === 'POST' ||
	    method === 'PATCH'
	  );

	  if (body && typeof body.read === 'function') {
	    // Try to read EOF in order to get length.
	    body.read(0);
	  }

	  let contentLength = util.bodyLength(body);

	  if (util.isFormDataLike(body)) {
	    extractBody ??= requireBody().extractBody;

	    const [bodyStream, contentType] = extractBody(body);
	    headers['content-type'] = contentType;

	    body = bodyStream.stream;
	    contentLength = bodyStream.length;
	  }

	  if (contentLength == null) {
	    contentLength = request.contentLength;
	  }

	  if (!expectsPayload) {
	    // https://tools.ietf.org/html/rfc7230#section-3.3.2
	    // A user agent SHOULD NOT send a Content-Length header field when
	    // the request message does not contain a payload body and the method
	    // semantics do not anticipate such a body.
	    // And for methods that don't expect a payload, omit Content-Length.
	    contentLength = null;
	  }

	  // https://github.com/nodejs/undici/issues/2046
	  // A user agent may send a Content-Length header with 0 value, this should be allowed.
	  if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength != null && request.contentLength !== contentLength) {
	    if (client[kStrictContentLength]) {
	      util.errorRequest(client, request, new RequestContentLengthMismatchError());
	      return false
	    }

	    process.emitWarning(new RequestContentLengthMismatchError());
	  }

	  if (contentLength != null) {
	    assert(body || contentLength === 0, 'no body must not have content length');
	    headers[HTTP2_HEADER_CONTENT_LENGTH] = `${contentLength}`;
	  }

	  session.ref();

	  if (channels.sendHeaders.hasSubscribers) {
	    let header = '';
	    for (const key in headers) {
	      header += `${key}: ${headers[key]}\r\n`;
	    }
	    channels.sendHeaders.publish({ request, headers: header, socket: session[kSocket] });
	  }

	  // TODO(metcoder95): add support for sending trailers
	  const shouldEndStream = method === 'GET' || method === 'HEAD' || body === null;
	  if (expectContinue) {
	    headers[HTTP2_HEADER_EXPECT] = '100-continue';
	    stream = session.request(headers, { endStream: shouldEndStream, signal });
	    stream[kHTTP2Stream] = true;

	    stream.once('continue', writeBodyH2);
	  } else {
	    stream = session.request(headers, {
	      endStream: shouldEndStream,
	      signal
	    });
	    stream[kHTTP2Stream] = true;

	    writeBodyH2();
	  }

	  // Increment counter as we have new streams open
	  ++session[kOpenStreams];
	  stream.setTimeout(headersTimeout);

	  // Track whether we received a response (headers)
	  let responseReceived = false;

	  stream.once('response', headers => {
	    const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers;
	    request.onResponseStarted();
	    responseReceived = true;
	    stream.setTimeout(bodyTimeout);

	    // Due to the stream nature, it is possible we face a race condition
	    // where the stream has been assigned, but the request has been aborted
	    // the request remains in-flight and headers hasn't been received yet
	    // for those scenarios, best effort is to destroy the stream immediately
	    // as there's no value to keep it open.
	    if (request.aborted) {
	      stream.removeAllListeners('data');
	      return
	    }

	    if (request.onHeaders(Number(statusCode), parseH2Headers(realHeaders), stream.resume.bind(stream), '') === false) {
	      stream.pause();
	    }

	    stream.on('data', (chunk) => {
	      if (request.aborted || request.completed) {
	        return
	      }

	      if (request.onData(chunk) === false) {
	        stream.pause();
	      }
	    });
	  });

	  stream.once('end', () => {
	    stream.removeAllListeners('data');
	    // If we received a response, this is a normal completion
	    if (responseReceived) {
	      if (!request.aborted && !request.completed) {
	        request.onComplete({});
	      }

	      completeRequest(client, request);
	      client[kResume]();
	    } else {
	      // Stream ended without receiving a response - this is an error
	      // (e.g., server destroyed the stream before sending headers)
	      abort(new InformationalError('HTTP/2: stream half-closed (remote)'));
	      completeRequest(client, request, true);
	      client[kResume]();
	    }
	  });

	  stream.once('close', () => {
	    stream.removeAllListeners('data');
	    session[kOpenStreams] -= 1;
	    if (session[kOpenStreams] === 0) {
	      session.unref();
	    }

	    // A stream can close without ever emitting 'end' or 'error': a peer's
	    // RST_STREAM(CANCEL) received before the response is reported by Node as a
	    // bare 'close', and destroying the stream unenrolls its timeout, so no
	    // 'timeout' follows either. Nothing else would ever settle this request.
	    if (!request.aborted && !request.completed) {
	      abort(new InformationalError('HTTP/2: stream closed before the response was complete'));
	    }
	  });

	  stream.once('error', function (err) {
	    stream.removeAllListeners('data');
	    abort(err);
	  });

	  stream.once('frameError', (type, code) => {
	    stream.removeAllListeners('data');
	    abort(new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`));
	  });

	  stream.on('aborted', () => {
	    stream.removeAllListeners('data');
	  });

	  stream.on('timeout', () => {
	    const err = responseReceived
	      ? new BodyTimeoutError(`HTTP/2: "body timeout after ${bodyTimeout}"`)
	      : new HeadersTimeoutError(`HTTP/2: "headers timeout after ${headersTimeout}"`);
	    stream.removeAllListeners('data');
	    session[kOpenStreams] -= 1;

	    if (session[kOpenStreams] === 0) {
	      session.unref();
	    }

	    abort(err);
	  });

	  stream.once('trailers', trailers => {
	    if (request.aborted || request.completed) {
	      return
	    }

	    stream.removeAllListeners('data');
	    request.onComplete(trailers);
	  });

	  return true

	  function writeBodyH2 () {
	    if (!body || contentLength === 0) {
	      writeBuffer(
	        abort,
	        stream,
	        null,
	        client,
	        request,
	        client[kSocket],
	        contentLength,
	        expectsPayload
	      );
	    } else if (util.isBuffer(body)) {
	      writeBuffer(
	        abort,
	        stream,
	        body,
	        client,
	        request,
	        client[kSocket],
	        contentLength,
	        expectsPayload
	      );
	    } else if (util.isBlobLike(body)) {
	      if (typeof body.stream === 'function') {
	        writeIterable(
	          abort,
	          stream,
	          body.stream(),
	          client,
	          request,
	          client[kSocket],
	          contentLength,
	          expectsPayload
	        );
	      } else {
	        writeBlob(
	          abort,
	          stream,
	          body,
	          client,
	          request,
	          client[kSocket],
	          contentLength,
	          expectsPayload
	        );
	      }
	    } else if (util.isStream(body)) {
	      writeStream(
	        abort,
	        client[kSocket],
	        expectsPayload,
	        stream,
	        body,
	        client,
	        request,
	        contentLength
	      );
	    } else if (util.isIterable(body)) {
	      writeIterable(
	        abort,
	        stream,
	        body,
	        client,
	        request,
	        client[kSocket],
	        contentLength,
	        expectsPayload
	      );
	    } else {
	      assert(false);
	    }
	  }
	}

	function writeBuffer (abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
	  try {
	    if (body != null && util.isBuffer(body)) {
	      assert(contentLength === body.byteLength, 'buffer body must have content length');
	      h2stream.cork();
	      h2stream.write(body);
	      h2stream.uncork();
	      h2stream.end();

	      request.onBodySent(body);
	    }

	    if (!expectsPayload) {
	      socket[kReset] = true;
	    }

	    request.onRequestSent();
	    client[kResume]();
	  } catch (error) {
	    abort(error);
	  }
	}

	function writeStream (abort, socket, expectsPayload, h2stream, body, client, request, contentLength) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'stream body cannot be pipelined');

	  // For HTTP/2, is enough to pipe the stream
	  const pipe = pipeline(
	    body,
	    h2stream,
	    (err) => {
	      if (err) {
	        util.destroy(pipe, err);
	        abort(err);
	      } else {
	        util.removeAllListeners(pipe);
	        request.onRequestSent();

	        if (!expectsPayload) {
	          socket[kReset] = true;
	        }

	        client[kResume]();
	      }
	    }
	  );

	  util.addListener(pipe, 'data', onPipeData);

	  function onPipeData (chunk) {
	    request.onBodySent(chunk);
	  }
	}

	async function writeBlob (abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
	  assert(contentLength === body.size, 'blob body must have content length');

	  try {
	    if (contentLength != null && contentLength !== body.size) {
	      throw new RequestContentLengthMismatchError()
	    }

	    const buffer = Buffer.from(await body.arrayBuffer());

	    h2stream.cork();
	    h2stream.write(buffer);
	    h2stream.uncork();
	    h2stream.end();

	    request.onBodySent(buffer);
	    request.onRequestSent();

	    if (!expectsPayload) {
	      socket[kReset] = true;
	    }

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  }
	}

	async function writeIterable (abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'iterator body cannot be pipelined');

	  let callback = null;
	  function onDrain () {
	    if (callback) {
	      const cb = callback;
	      callback = null;
	      cb();
	    }
	  }

	  const waitForDrain = () => new Promise((resolve, reject) => {
	    assert(callback === null);

	    if (socket[kError]) {
	      reject(socket[kError]);
	    } else {
	      callback = resolve;
	    }
	  });

	  h2stream
	    .on('close', onDrain)
	    .on('drain', onDrain);

	  try {
	    // It's up to the user to somehow abort the async iterable.
	    for await (const chunk of body) {
	      if (socket[kError]) {
	        throw socket[kError]
	      }

	      const res = h2stream.write(chunk);
	      request.onBodySent(chunk);
	      if (!res) {
	        await waitForDrain();
	      }
	    }

	    h2stream.end();

	    request.onRequestSent();

	    if (!expectsPayload) {
	      socket[kReset] = true;
	    }

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  } finally {
	    h2stream
	      .off('close', onDrain)
	      .off('drain', onDrain);
	  }
	}

	clientH2 = connectH2;
	return clientH2;
}

var client;
var hasRequiredClient;

function requireClient () {
	if (hasRequiredClient) return client;
	hasRequiredClient = 1;

	const assert = require('node:assert');
	const net = require('node:net');
	const http = require('node:http');
	const util = requireUtil$1();
	const { ClientStats } = requireStats();
	const { channels } = requireDiagnostics();
	const Request = requireRequest();
	const DispatcherBase = requireDispatcherBase();
	const {
	  InvalidArgumentError,
	  InformationalError,
	  ClientDestroyedError
	} = requireErrors();
	const buildConnector = requireConnect();
	const {
	  kUrl,
	  kServerName,
	  kClient,
	  kBusy,
	  kConnect,
	  kResuming,
	  kRunning,
	  kPending,
	  kSize,
	  kQueue,
	  kConnected,
	  kConnecting,
	  kNeedDrain,
	  kKeepAliveDefaultTimeout,
	  kHostHeader,
	  kPendingIdx,
	  kRunningIdx,
	  kError,
	  kPipelining,
	  kKeepAliveTimeoutValue,
	  kMaxHeadersSize,
	  kKeepAliveMaxTimeout,
	  kKeepAliveTimeoutThreshold,
	  kHeadersTimeout,
	  kBodyTimeout,
	  kStrictContentLength,
	  kConnector,
	  kMaxRequests,
	  kCounter,
	  kClose,
	  kDestroy,
	  kDispatch,
	  kLocalAddress,
	  kMaxResponseSize,
	  kOnError,
	  kHTTPContext,
	  kMaxConcurrentStreams,
	  kHTTP2InitialWindowSize,
	  kHTTP2ConnectionWindowSize,
	  kResume,
	  kPingInterval
	} = requireSymbols();
	const connectH1 = requireClientH1();
	const connectH2 = requireClientH2();

	const kClosedResolve = Symbol('kClosedResolve');

	const getDefaultNodeMaxHeaderSize = http &&
	  http.maxHeaderSize &&
	  Number.isInteger(http.maxHeaderSize) &&
	  http.maxHeaderSize > 0
	  ? () => http.maxHeaderSize
	  : () => { throw new InvalidArgumentError('http module not available or http.maxHeaderSize invalid') };

	const noop = () => { };

	function getPipelining (client) {
	  return client[kPipelining] ?? client[kHTTPContext]?.defaultPipelining ?? 1
	}

	/**
	 * @type {import('../../types/client.js').default}
	 */
	class Client extends DispatcherBase {
	  /**
	   *
	   * @param {string|URL} url
	   * @param {import('../../types/client.js').Client.Options} options
	   */
	  constructor (url, {
	    maxHeaderSize,
	    headersTimeout,
	    socketTimeout,
	    requestTimeout,
	    connectTimeout,
	    bodyTimeout,
	    idleTimeout,
	    keepAlive,
	    keepAliveTimeout,
	    maxKeepAliveTimeout,
	    keepAliveMaxTimeout,
	    keepAliveTimeoutThreshold,
	    socketPath,
	    pipelining,
	    tls,
	    strictContentLength,
	    maxCachedSessions,
	    connect,
	    maxRequestsPerClient,
	    localAddress,
	    maxResponseSize,
	    autoSelectFamily,
	    autoSelectFamilyAttemptTimeout,
	    // h2
	    maxConcurrentStreams,
	    allowH2,
	    useH2c,
	    initialWindowSize,
	    connectionWindowSize,
	    pingInterval,
	    webSocket,
	    eventSource
	  } = {}) {
	    if (keepAlive !== undefined) {
	      throw new InvalidArgumentError('unsupported keepAlive, use pipelining=0 instead')
	    }

	    if (socketTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported socketTimeout, use headersTimeout & bodyTimeout instead')
	    }

	    if (requestTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported requestTimeout, use headersTimeout & bodyTimeout instead')
	    }

	    if (idleTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported idleTimeout, use keepAliveTimeout instead')
	    }

	    if (maxKeepAliveTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead')
	    }

	    if (maxHeaderSize != null) {
	      if (!Number.isInteger(maxHeaderSize) || maxHeaderSize < 1) {
	        throw new InvalidArgumentError('invalid maxHeaderSize')
	      }
	    } else {
	      // If maxHeaderSize is not provided, use the default value from the http module
	      // or if that is not available, throw an error.
	      maxHeaderSize = getDefaultNodeMaxHeaderSize();
	    }

	    if (socketPath != null && typeof socketPath !== 'string') {
	      throw new InvalidArgumentError('invalid socketPath')
	    }

	    if (connectTimeout != null && (!Number.isFinite(connectTimeout) || connectTimeout < 0)) {
	      throw new InvalidArgumentError('invalid connectTimeout')
	    }

	    if (keepAliveTimeout != null && (!Number.isFinite(keepAliveTimeout) || keepAliveTimeout <= 0)) {
	      throw new InvalidArgumentError('invalid keepAliveTimeout')
	    }

	    if (keepAliveMaxTimeout != null && (!Number.isFinite(keepAliveMaxTimeout) || keepAliveMaxTimeout <= 0)) {
	      throw new InvalidArgumentError('invalid keepAliveMaxTimeout')
	    }

	    if (keepAliveTimeoutThreshold != null && !Number.isFinite(keepAliveTimeoutThreshold)) {
	      throw new InvalidArgumentError('invalid keepAliveTimeoutThreshold')
	    }

	    if (headersTimeout != null && (!Number.isInteger(headersTimeout) || headersTimeout < 0)) {
	      throw new InvalidArgumentError('headersTimeout must be a positive integer or zero')
	    }

	    if (bodyTimeout != null && (!Number.isInteger(bodyTimeout) || bodyTimeout < 0)) {
	      throw new InvalidArgumentError('bodyTimeout must be a positive integer or zero')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (maxRequestsPerClient != null && (!Number.isInteger(maxRequestsPerClient) || maxRequestsPerClient < 0)) {
	      throw new InvalidArgumentError('maxRequestsPerClient must be a positive number')
	    }

	    if (localAddress != null && (typeof localAddress !== 'string' || net.isIP(localAddress) === 0)) {
	      throw new InvalidArgumentError('localAddress must be valid string IP address')
	    }

	    if (maxResponseSize != null && (!Number.isInteger(maxResponseSize) || maxResponseSize < -1)) {
	      throw new InvalidArgumentError('maxResponseSize must be a positive number')
	    }

	    if (
	      autoSelectFamilyAttemptTimeout != null &&
	      (!Number.isInteger(autoSelectFamilyAttemptTimeout) || autoSelectFamilyAttemptTimeout < -1)
	    ) {
	      throw new InvalidArgumentError('autoSelectFamilyAttemptTimeout must be a positive number')
	    }

	    // h2
	    if (allowH2 != null && typeof allowH2 !== 'boolean') {
	      throw new InvalidArgumentError('allowH2 must be a valid boolean value')
	    }

	    if (maxConcurrentStreams != null && (typeof maxConcurrentStreams !== 'number' || maxConcurrentStreams < 1)) {
	      throw new InvalidArgumentError('maxConcurrentStreams must be a positive integer, greater than 0')
	    }

	    if (useH2c != null && typeof useH2c !== 'boolean') {
	      throw new InvalidArgumentError('useH2c must be a valid boolean value')
	    }

	    if (initialWindowSize != null && (!Number.isInteger(initialWindowSize) || initialWindowSize < 1)) {
	      throw new InvalidArgumentError('initialWindowSize must be a positive integer, greater than 0')
	    }

	    if (connectionWindowSize != null && (!Number.isInteger(connectionWindowSize) || connectionWindowSize < 1)) {
	      throw new InvalidArgumentError('connectionWindowSize must be a positive integer, greater than 0')
	    }

	    if (pingInterval != null && (typeof pingInterval !== 'number' || !Number.isInteger(pingInterval) || pingInterval < 0)) {
	      throw new InvalidArgumentError('pingInterval must be a positive integer, greater or equal to 0')
	    }

	    super({ webSocket, eventSource });

	    if (typeof connect !== 'function') {
	      connect = buildConnector({
	        ...tls,
	        maxCachedSessions,
	        allowH2,
	        useH2c,
	        socketPath,
	        timeout: connectTimeout,
	        ...(typeof autoSelectFamily === 'boolean' ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : undefined),
	        ...connect
	      });
	    } else {
	      const customConnect = connect;
	      connect = (opts, callback) => customConnect({
	        ...opts,
	        ...(socketPath != null ? { socketPath } : null),
	        ...(allowH2 != null ? { allowH2 } : null)
	      }, callback);
	    }

	    this[kUrl] = util.parseOrigin(url);
	    this[kConnector] = connect;
	    this[kPipelining] = pipelining != null ? pipelining : 1;
	    this[kMaxHeadersSize] = maxHeaderSize;
	    this[kKeepAliveDefaultTimeout] = keepAliveTimeout == null ? 4e3 : keepAliveTimeout;
	    this[kKeepAliveMaxTimeout] = keepAliveMaxTimeout == null ? 600e3 : keepAliveMaxTimeout;
	    this[kKeepAliveTimeoutThreshold] = keepAliveTimeoutThreshold == null ? 2e3 : keepAliveTimeoutThreshold;
	    this[kKeepAliveTimeoutValue] = this[kKeepAliveDefaultTimeout];
	    this[kServerName] = null;
	    this[kLocalAddress] = localAddress != null ? localAddress : null;
	    this[kResuming] = 0; // 0, idle, 1, scheduled, 2 resuming
	    this[kNeedDrain] = 0; // 0, idle, 1, scheduled, 2 resuming
	    this[kHostHeader] = `host: ${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ''}\r\n`;
	    this[kBodyTimeout] = bodyTimeout != null ? bodyTimeout : 300e3;
	    this[kHeadersTimeout] = headersTimeout != null ? headersTimeout : 300e3;
	    this[kStrictContentLength] = strictContentLength == null ? true : strictContentLength;
	    this[kMaxRequests] = maxRequestsPerClient;
	    this[kClosedResolve] = null;
	    this[kMaxResponseSize] = maxResponseSize > -1 ? maxResponseSize : -1;
	    this[kHTTPContext] = null;
	    // h2
	    this[kMaxConcurrentStreams] = maxConcurrentStreams != null ? maxConcurrentStreams : 100; // Max peerConcurrentStreams for a Node h2 server
	    // HTTP/2 window sizes are set to higher defaults than Node.js core for better performance:
	    // - initialWindowSize: 262144 (256KB) vs Node.js default 65535 (64KB - 1)
	    //   Allows more data to be sent before requiring acknowledgment, improving throughput
	    //   especially on high-latency networks. This matches common production HTTP/2 servers.
	    // - connectionWindowSize: 524288 (512KB) vs Node.js default (none set)
	    //   Provides better flow control for the entire connection across multiple streams.
	    this[kHTTP2InitialWindowSize] = initialWindowSize != null ? initialWindowSize : 262144;
	    this[kHTTP2ConnectionWindowSize] = connectionWindowSize != null ? connectionWindowSize : 524288;
	    this[kPingInterval] = pingInterval != null ? pingInterval : 60e3; // Default ping interval for h2 - 1 minute

	    // kQueue is built up of 3 sections separated by
	    // the kRunningIdx and kPendingIdx indices.
	    // |   complete   |   running   |   pending   |
	    //                ^ kRunningIdx ^ kPendingIdx ^ kQueue.length
	    // kRunningIdx points to the first running element.
	    // kPendingIdx points to the first pending element.
	    // This implements a fast queue with an amortized
	    // time of O(1).

	    this[kQueue] = [];
	    this[kRunningIdx] = 0;
	    this[kPendingIdx] = 0;

	    this[kResume] = (sync) => resume(this, sync);
	    this[kOnError] = (err) => onError(this, err);
	  }

	  get pipelining () {
	    return this[kPipelining]
	  }

	  set pipelining (value) {
	    this[kPipelining] = value;
	    this[kResume](true);
	  }

	  get stats () {
	    return new ClientStats(this)
	  }

	  get [kPending] () {
	    return this[kQueue].length - this[kPendingIdx]
	  }

	  get [kRunning] () {
	    return this[kPendingIdx] - this[kRunningIdx]
	  }

	  get [kSize] () {
	    return this[kQueue].length - this[kRunningIdx]
	  }

	  get [kConnected] () {
	    return !!this[kHTTPContext] && !this[kConnecting] && !this[kHTTPContext].destroyed
	  }

	  get [kBusy] () {
	    return Boolean(
	      this[kHTTPContext]?.busy(null) ||
	      (this[kSize] >= (getPipelining(this) || 1)) ||
	      this[kPending] > 0
	    )
	  }

	  [kConnect] (cb) {
	    connect(this);
	    this.once('connect', cb);
	  }

	  [kDispatch] (opts, handler) {
	    const request = new Request(this[kUrl].origin, opts, handler);

	    this[kQueue].push(request);
	    if (this[kResuming]) ; else if (util.bodyLength(request.body) == null && util.isIterable(request.body)) {
	      // Wait a tick in case stream/iterator is ended in the same tick.
	      this[kResuming] = 1;
	      queueMicrotask(() => resume(this));
	    } else {
	      this[kResume](true);
	    }

	    if (this[kResuming] && this[kNeedDrain] !== 2 && this[kBusy]) {
	      this[kNeedDrain] = 2;
	    }

	    return this[kNeedDrain] < 2
	  }

	  [kClose] () {
	    // TODO: for H2 we need to gracefully flush the remaining enqueued
	    // request and close each stream.
	    return new Promise((resolve) => {
	      if (this[kSize]) {
	        this[kClosedResolve] = resolve;
	      } else {
	        resolve(null);
	      }
	    })
	  }

	  [kDestroy] (err) {
	    return new Promise((resolve) => {
	      const requests = this[kQueue].splice(this[kPendingIdx]);
	      for (let i = 0; i < requests.length; i++) {
	        const request = requests[i];
	        if (request != null) {
	          util.errorRequest(this, request, err);
	        }
	      }

	      const callback = () => {
	        if (this[kClosedResolve]) {
	          // TODO (fix): Should we error here with ClientDestroyedError?
	          this[kClosedResolve]();
	          this[kClosedResolve] = null;
	        }
	        resolve(null);
	      };

	      if (this[kHTTPContext]) {
	        this[kHTTPContext].destroy(err, callback);
	        this[kHTTPContext] = null;
	      } else {
	        queueMicrotask(callback);
	      }

	      this[kResume]();
	    })
	  }
	}

	function onError (client, err) {
	  if (
	    client[kRunning] === 0 &&
	    err.code !== 'UND_ERR_INFO' &&
	    err.code !== 'UND_ERR_SOCKET'
	  ) {
	    // Error is not caused by running request and not a recoverable
	    // socket error.

	    assert(client[kPendingIdx] === client[kRunningIdx]);

	    const requests = client[kQueue].splice(client[kRunningIdx]);

	    for (let i = 0; i < requests.length; i++) {
	      const request = requests[i];
	      if (request != null) {
	        util.errorRequest(client, request, err);
	      }
	    }
	    assert(client[kSize] === 0);
	  }
	}

	/**
	 * @param {Client} client
	 * @returns {void}
	 */
	function connect (client) {
	  assert(!client[kConnecting]);
	  assert(!client[kHTTPContext]);

	  let { host, hostname, protocol, port } = client[kUrl];

	  // Resolve ipv6
	  if (hostname[0] === '[') {
	    const idx = hostname.indexOf(']');

	    assert(idx !== -1);
	    const ip = hostname.substring(1, idx);

	    assert(net.isIPv6(ip));
	    hostname = ip;
	  }

	  client[kConnecting] = true;

	  if (channels.beforeConnect.hasSubscribers) {
	    channels.beforeConnect.publish({
	      connectParams: {
	        host,
	        hostname,
	        protocol,
	        port,
	        version: client[kHTTPContext]?.version,
	        servername: client[kServerName],
	        localAddress: client[kLocalAddress]
	      },
	      connector: client[kConnector]
	    });
	  }

	  try {
	    client[kConnector]({
	      host,
	      hostname,
	      protocol,
	      port,
	      servername: client[kServerName],
	      localAddress: client[kLocalAddress]
	    }, (err, socket) => {
	      if (err) {
	        handleConnectError(client, err, { host, hostname, protocol, port });
	        client[kResume]();
	        return
	      }

	      if (client.destroyed) {
	        util.destroy(socket.on('error', noop), new ClientDestroyedError());
	        client[kResume]();
	        return
	      }

	      assert(socket);

	      try {
	        client[kHTTPContext] = socket.alpnProtocol === 'h2'
	          ? connectH2(client, socket)
	          : connectH1(client, socket);
	      } catch (err) {
	        socket.destroy().on('error', noop);
	        handleConnectError(client, err, { host, hostname, protocol, port });
	        client[kResume]();
	        return
	      }

	      client[kConnecting] = false;

	      socket[kCounter] = 0;
	      socket[kMaxRequests] = client[kMaxRequests];
	      socket[kClient] = client;
	      socket[kError] = null;

	      if (channels.connected.hasSubscribers) {
	        channels.connected.publish({
	          connectParams: {
	            host,
	            hostname,
	            protocol,
	            port,
	            version: client[kHTTPContext]?.version,
	            servername: client[kServerName],
	            localAddress: client[kLocalAddress]
	          },
	          connector: client[kConnector],
	          socket
	        });
	      }

	      client.emit('connect', client[kUrl], [client]);
	      client[kResume]();
	    });
	  } catch (err) {
	    handleConnectError(client, err, { host, hostname, protocol, port });
	    client[kResume]();
	  }
	}

	function handleConnectError (client, err, { host, hostname, protocol, port }) {
	  if (client.destroyed) {
	    return
	  }

	  client[kConnecting] = false;

	  if (channels.connectError.hasSubscribers) {
	    channels.connectError.publish({
	      connectParams: {
	        host,
	        hostname,
	        protocol,
	        port,
	        version: client[kHTTPContext]?.version,
	        servername: client[kServerName],
	        localAddress: client[kLocalAddress]
	      },
	      connector: client[kConnector],
	      error: err
	    });
	  }

	  if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
	    assert(client[kRunning] === 0);
	    while (client[kPending] > 0 && client[kQueue][client[kPendingIdx]].servername === client[kServerName]) {
	      const request = client[kQueue][client[kPendingIdx]++];
	      util.errorRequest(client, request, err);
	    }
	  } else {
	    onError(client, err);
	  }

	  client.emit('connectionError', client[kUrl], [client], err);
	}

	function emitDrain (client) {
	  client[kNeedDrain] = 0;
	  client.emit('drain', client[kUrl], [client]);
	}

	function resume (client, sync) {
	  if (client[kResuming] === 2) {
	    return
	  }

	  client[kResuming] = 2;

	  _resume(client, sync);
	  client[kResuming] = 0;

	  if (client[kRunningIdx] > 256) {
	    client[kQueue].splice(0, client[kRunningIdx]);
	    client[kPendingIdx] -= client[kRunningIdx];
	    client[kRunningIdx] = 0;
	  }
	}

	function _resume (client, sync) {
	  while (true) {
	    if (client.destroyed) {
	      assert(client[kPending] === 0);
	      return
	    }

	    if (client[kClosedResolve] && !client[kSize]) {
	      client[kClosedResolve]();
	      client[kClosedResolve] = null;
	      return
	    }

	    if (client[kHTTPContext]) {
	      client[kHTTPContext].resume();
	    }

	    if (client[kBusy]) {
	      client[kNeedDrain] = 2;
	    } else if (client[kNeedDrain] === 2) {
	      if (sync) {
	        client[kNeedDrain] = 1;
	        queueMicrotask(() => emitDrain(client));
	      } else {
	        emitDrain(client);
	      }
	      continue
	    }

	    if (client[kPending] === 0) {
	      return
	    }

	    if (client[kRunning] >= (getPipelining(client) || 1)) {
	      return
	    }

	    const request = client[kQueue][client[kPendingIdx]];

	    if (request === null) {
	      return
	    }

	    if (client[kUrl].protocol === 'https:' && client[kServerName] !== request.servername) {
	      if (client[kRunning] > 0) {
	        return
	      }

	      client[kServerName] = request.servername;
	      client[kHTTPContext]?.destroy(new InformationalError('servername changed'), () => {
	        client[kHTTPContext] = null;
	        resume(client);
	      });
	    }

	    if (client[kConnecting]) {
	      return
	    }

	    if (!client[kHTTPContext]) {
	      connect(client);
	      return
	    }

	    if (client[kHTTPContext].destroyed) {
	      return
	    }

	    if (client[kHTTPContext].busy(request)) {
	      return
	    }

	    if (!request.aborted && client[kHTTPContext].write(request)) {
	      client[kPendingIdx]++;
	    } else {
	      client[kQueue].splice(client[kPendingIdx], 1);
	    }
	  }
	}

	client = Client;
	return client;
}

var pool;
var hasRequiredPool;

function requirePool () {
	if (hasRequiredPool) return pool;
	hasRequiredPool = 1;

	const {
	  PoolBase,
	  kClients,
	  kNeedDrain,
	  kAddClient,
	  kGetDispatcher,
	  kRemoveClient
	} = requirePoolBase();
	const Client = requireClient();
	const {
	  InvalidArgumentError
	} = requireErrors();
	const util = requireUtil$1();
	const { kUrl } = requireSymbols();
	const buildConnector = requireConnect();

	const kOptions = Symbol('options');
	const kConnections = Symbol('connections');
	const kFactory = Symbol('factory');

	function defaultFactory (origin, opts) {
	  return new Client(origin, opts)
	}

	class Pool extends PoolBase {
	  constructor (origin, {
	    connections,
	    factory = defaultFactory,
	    connect,
	    connectTimeout,
	    tls,
	    maxCachedSessions,
	    socketPath,
	    autoSelectFamily,
	    autoSelectFamilyAttemptTimeout,
	    allowH2,
	    clientTtl,
	    ...options
	  } = {}) {
	    if (connections != null && (!Number.isFinite(connections) || connections < 0)) {
	      throw new InvalidArgumentError('invalid connections')
	    }

	    if (typeof factory !== 'function') {
	      throw new InvalidArgumentError('factory must be a function.')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (typeof connect !== 'function') {
	      connect = buildConnector({
	        ...tls,
	        maxCachedSessions,
	        allowH2,
	        socketPath,
	        timeout: connectTimeout,
	        ...(typeof autoSelectFamily === 'boolean' ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : undefined),
	        ...connect
	      });
	    }

	    super(options);

	    this[kConnections] = connections || null;
	    this[kUrl] = util.parseOrigin(origin);
	    this[kOptions] = { ...util.deepClone(options), connect, allowH2, clientTtl, socketPath };
	    this[kOptions].interceptors = options.interceptors
	      ? { ...options.interceptors }
	      : undefined;
	    this[kFactory] = factory;

	    this.on('connect', (origin, targets) => {
	      if (clientTtl != null && clientTtl > 0) {
	        for (const target of targets) {
	          Object.assign(target, { ttl: Date.now() });
	        }
	      }
	    });

	    this.on('connectionError', (origin, targets, error) => {
	      // If a connection error occurs, we remove the client from the pool,
	      // and emit a connectionError event. They will not be re-used.
	      // Fixes https://github.com/nodejs/undici/issues/3895
	      for (const target of targets) {
	        // Do not use kRemoveClient here, as it will close the client,
	        // but the client cannot be closed in this state.
	        const idx = this[kClients].indexOf(target);
	        if (idx !== -1) {
	          this[kClients].splice(idx, 1);
	        }
	      }
	    });
	  }

	  [kGetDispatcher] () {
	    const clientTtlOption = this[kOptions].clientTtl;
	    for (const client of this[kClients]) {
	      // check ttl of client and if it's stale, remove it from the pool
	      if (clientTtlOption != null && clientTtlOption > 0 && client.ttl && ((Date.now() - client.ttl) > clientTtlOption)) {
	        this[kRemoveClient](client);
	      } else if (!client[kNeedDrain]) {
	        return client
	      }
	    }

	    if (!this[kConnections] || this[kClients].length < this[kConnections]) {
	      const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
	      this[kAddClient](dispatcher);
	      return dispatcher
	    }
	  }
	}

	pool = Pool;
	return pool;
}

var agent$1;
var hasRequiredAgent;

function requireAgent () {
	if (hasRequiredAgent) return agent$1;
	hasRequiredAgent = 1;

	const { InvalidArgumentError, MaxOriginsReachedError } = requireErrors();
	const { kClients, kRunning, kClose, kDestroy, kDispatch, kUrl } = requireSymbols();
	const DispatcherBase = requireDispatcherBase();
	const Pool = requirePool();
	const Client = requireClient();
	const util = requireUtil$1();

	const kOnConnect = Symbol('onConnect');
	const kOnDisconnect = Symbol('onDisconnect');
	const kOnConnectionError = Symbol('onConnectionError');
	const kOnDrain = Symbol('onDrain');
	const kFactory = Symbol('factory');
	const kOptions = Symbol('options');
	const kOrigins = Symbol('origins');

	function defaultFactory (origin, opts) {
	  return opts && opts.connections === 1
	    ? new Client(origin, opts)
	    : new Pool(origin, opts)
	}

	class Agent extends DispatcherBase {
	  constructor ({ factory = defaultFactory, maxOrigins = Infinity, connect, tls, ...options } = {}) {
	    if (typeof factory !== 'function') {
	      throw new InvalidArgumentError('factory must be a function.')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (typeof maxOrigins !== 'number' || Number.isNaN(maxOrigins) || maxOrigins <= 0) {
	      throw new InvalidArgumentError('maxOrigins must be a number greater than 0')
	    }

	    super(options);

	    if (connect && typeof connect !== 'function') {
	      connect = { ...connect };
	    }

	    if (tls && typeof tls !== 'function') {
	      tls = { ...tls };
	    }

	    this[kOptions] = { ...util.deepClone(options), maxOrigins, connect, tls };
	    this[kFactory] = factory;
	    this[kClients] = new Map();
	    this[kOrigins] = new Set();

	    this[kOnDrain] = (origin, targets) => {
	      this.emit('drain', origin, [this, ...targets]);
	    };

	    this[kOnConnect] = (origin, targets) => {
	      this.emit('connect', origin, [this, ...targets]);
	    };

	    this[kOnDisconnect] = (origin, targets, err) => {
	      this.emit('disconnect', origin, [this, ...targets], err);
	    };

	    this[kOnConnectionError] = (origin, targets, err) => {
	      this.emit('connectionError', origin, [this, ...targets], err);
	    };
	  }

	  get [kRunning] () {
	    let ret = 0;
	    for (const { dispatcher } of this[kClients].values()) {
	      ret += dispatcher[kRunning];
	    }
	    return ret
	  }

	  [kDispatch] (opts, handler) {
	    let key;
	    if (opts.origin && (typeof opts.origin === 'string' || opts.origin instanceof URL)) {
	      key = String(opts.origin);
	    } else {
	      throw new InvalidArgumentError('opts.origin must be a non-empty string or URL.')
	    }

	    if (this[kOrigins].size >= this[kOptions].maxOrigins && !this[kOrigins].has(key)) {
	      throw new MaxOriginsReachedError()
	    }

	    const result = this[kClients].get(key);
	    let dispatcher = result && result.dispatcher;
	    if (!dispatcher) {
	      const closeClientIfUnused = (connected) => {
	        const result = this[kClients].get(key);
	        if (result) {
	          if (connected) result.count -= 1;
	          if (result.count <= 0) {
	            this[kClients].delete(key);
	            if (!result.dispatcher.destroyed) {
	              result.dispatcher.close();
	            }
	          }
	          this[kOrigins].delete(key);
	        }
	      };
	      dispatcher = this[kFactory](opts.origin, this[kOptions])
	        .on('drain', this[kOnDrain])
	        .on('connect', (origin, targets) => {
	          const result = this[kClients].get(key);
	          if (result) {
	            result.count += 1;
	          }
	          this[kOnConnect](origin, targets);
	        })
	        .on('disconnect', (origin, targets, err) => {
	          closeClientIfUnused(true);
	          this[kOnDisconnect](origin, targets, err);
	        })
	        .on('connectionError', (origin, targets, err) => {
	          closeClientIfUnused(false);
	          this[kOnConnectionError](origin, targets, err);
	        });

	      this[kClients].set(key, { count: 0, dispatcher });
	      this[kOrigins].add(key);
	    }

	    return dispatcher.dispatch(opts, handler)
	  }

	  [kClose] () {
	    const closePromises = [];
	    for (const { dispatcher } of this[kClients].values()) {
	      closePromises.push(dispatcher.close());
	    }
	    this[kClients].clear();

	    return Promise.all(closePromises)
	  }

	  [kDestroy] (err) {
	    const destroyPromises = [];
	    for (const { dispatcher } of this[kClients].values()) {
	      destroyPromises.push(dispatcher.destroy(err));
	    }
	    this[kClients].clear();

	    return Promise.all(destroyPromises)
	  }

	  get stats () {
	    const allClientStats = {};
	    for (const { dispatcher } of this[kClients].values()) {
	      if (dispatcher.stats) {
	        allClientStats[dispatcher[kUrl].origin] = dispatcher.stats;
	      }
	    }
	    return allClientStats
	  }
	}

	agent$1 = Agent;
	return agent$1;
}

var agentExports = requireAgent();
var UndiciAgent = /*@__PURE__*/getDefaultExportFromCjs(agentExports);

var apiRequest = {exports: {}};

var readable;
var hasRequiredReadable;

function requireReadable () {
	if (hasRequiredReadable) return readable;
	hasRequiredReadable = 1;

	const assert = require('node:assert');
	const { Readable } = require('node:stream');
	const { RequestAbortedError, NotSupportedError, InvalidArgumentError, AbortError } = requireErrors();
	const util = requireUtil$1();
	const { ReadableStreamFrom } = requireUtil$1();

	const kConsume = Symbol('kConsume');
	const kReading = Symbol('kReading');
	const kBody = Symbol('kBody');
	const kAbort = Symbol('kAbort');
	const kContentType = Symbol('kContentType');
	const kContentLength = Symbol('kContentLength');
	const kUsed = Symbol('kUsed');
	const kBytesRead = Symbol('kBytesRead');

	const noop = () => {};

	/**
	 * @class
	 * @extends {Readable}
	 * @see https://fetch.spec.whatwg.org/#body
	 */
	class BodyReadable extends Readable {
	  /**
	   * @param {object} opts
	   * @param {(this: Readable, size: number) => void} opts.resume
	   * @param {() => (void | null)} opts.abort
	   * @param {string} [opts.contentType = '']
	   * @param {number} [opts.contentLength]
	   * @param {number} [opts.highWaterMark = 64 * 1024]
	   */
	  constructor ({
	    resume,
	    abort,
	    contentType = '',
	    contentLength,
	    highWaterMark = 64 * 1024 // Same as nodejs fs streams.
	  }) {
	    super({
	      autoDestroy: true,
	      read: resume,
	      highWaterMark
	    });

	    this._readableState.dataEmitted = false;

	    this[kAbort] = abort;

	    /** @type {Consume | null} */
	    this[kConsume] = null;

	    /** @type {number} */
	    this[kBytesRead] = 0;

	    /** @type {ReadableStream|null} */
	    this[kBody] = null;

	    /** @type {boolean} */
	    this[kUsed] = false;

	    /** @type {string} */
	    this[kContentType] = contentType;

	    /** @type {number|null} */
	    this[kContentLength] = Number.isFinite(contentLength) ? contentLength : null;

	    /**
	     * Is stream being consumed through Readable API?
	     * This is an optimization so that we avoid checking
	     * for 'data' and 'readable' listeners in the hot path
	     * inside push().
	     *
	     * @type {boolean}
	     */
	    this[kReading] = false;
	  }

	  /**
	   * @param {Error|null} err
	   * @param {(error:(Error|null)) => void} callback
	   * @returns {void}
	   */
	  _destroy (err, callback) {
	    if (!err && !this._readableState.endEmitted) {
	      err = new RequestAbortedError();
	    }

	    if (err) {
	      this[kAbort]();
	    }

	    // Workaround for Node "bug". If the stream is destroyed in same
	    // tick as it is created, then a user who is waiting for a
	    // promise (i.e micro tick) for installing an 'error' listener will
	    // never get a chance and will always encounter an unhandled exception.
	    if (!this[kUsed]) {
	      setImmediate(callback, err);
	    } else {
	      callback(err);
	    }
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  on (event, listener) {
	    if (event === 'data' || event === 'readable') {
	      this[kReading] = true;
	      this[kUsed] = true;
	    }
	    return super.on(event, listener)
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  addListener (event, listener) {
	    return this.on(event, listener)
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  off (event, listener) {
	    const ret = super.off(event, listener);
	    if (event === 'data' || event === 'readable') {
	      this[kReading] = (
	        this.listenerCount('data') > 0 ||
	        this.listenerCount('readable') > 0
	      );
	    }
	    return ret
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  removeListener (event, listener) {
	    return this.off(event, listener)
	  }

	  /**
	   * @param {Buffer|null} chunk
	   * @returns {boolean}
	   */
	  push (chunk) {
	    if (chunk) {
	      this[kBytesRead] += chunk.length;
	      if (this[kConsume]) {
	        consumePush(this[kConsume], chunk);
	        return this[kReading] ? super.push(chunk) : true
	      }
	    }

	    return super.push(chunk)
	  }

	  /**
	   * Consumes and returns the body as a string.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-text
	   * @returns {Promise<string>}
	   */
	  text () {
	    return consume(this, 'text')
	  }

	  /**
	   * Consumes and returns the body as a JavaScript Object.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-json
	   * @returns {Promise<unknown>}
	   */
	  json () {
	    return consume(this, 'json')
	  }

	  /**
	   * Consumes and returns the body as a Blob
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-blob
	   * @returns {Promise<Blob>}
	   */
	  blob () {
	    return consume(this, 'blob')
	  }

	  /**
	   * Consumes and returns the body as an Uint8Array.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-bytes
	   * @returns {Promise<Uint8Array>}
	   */
	  bytes () {
	    return consume(this, 'bytes')
	  }

	  /**
	   * Consumes and returns the body as an ArrayBuffer.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-arraybuffer
	   * @returns {Promise<ArrayBuffer>}
	   */
	  arrayBuffer () {
	    return consume(this, 'arrayBuffer')
	  }

	  /**
	   * Not implemented
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-formdata
	   * @throws {NotSupportedError}
	   */
	  async formData () {
	    // TODO: Implement.
	    throw new NotSupportedError()
	  }

	  /**
	   * Returns true if the body is not null and the body has been consumed.
	   * Otherwise, returns false.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-bodyused
	   * @readonly
	   * @returns {boolean}
	   */
	  get bodyUsed () {
	    return util.isDisturbed(this)
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#dom-body-body
	   * @readonly
	   * @returns {ReadableStream}
	   */
	  get body () {
	    if (!this[kBody]) {
	      this[kBody] = ReadableStreamFrom(this);
	      if (this[kConsume]) {
	        // TODO: Is this the best way to force a lock?
	        this[kBody].getReader(); // Ensure stream is locked.
	        assert(this[kBody].locked);
	      }
	    }
	    return this[kBody]
	  }

	  /**
	   * Dumps the response body by reading `limit` number of bytes.
	   * @param {object} opts
	   * @param {number} [opts.limit = 131072] Number of bytes to read.
	   * @param {AbortSignal} [opts.signal] An AbortSignal to cancel the dump.
	   * @returns {Promise<null>}
	   */
	  dump (opts) {
	    const signal = opts?.signal;

	    if (signal != null && (typeof signal !== 'object' || !('aborted' in signal))) {
	      return Promise.reject(new InvalidArgumentError('signal must be an AbortSignal'))
	    }

	    const limit = opts?.limit && Number.isFinite(opts.limit)
	      ? opts.limit
	      : 128 * 1024;

	    if (signal?.aborted) {
	      return Promise.reject(signal.reason ?? new AbortError())
	    }

	    if (this._readableState.closeEmitted) {
	      return Promise.resolve(null)
	    }

	    return new Promise((resolve, reject) => {
	      if (
	        (this[kContentLength] && (this[kContentLength] > limit)) ||
	        this[kBytesRead] > limit
	      ) {
	        this.destroy(new AbortError());
	      }

	      if (signal) {
	        const onAbort = () => {
	          this.destroy(signal.reason ?? new AbortError());
	        };
	        signal.addEventListener('abort', onAbort);
	        this
	          .on('close', function () {
	            signal.removeEventListener('abort', onAbort);
	            if (signal.aborted) {
	              reject(signal.reason ?? new AbortError());
	            } else {
	              resolve(null);
	            }
	          });
	      } else {
	        this.on('close', resolve);
	      }

	      this
	        .on('error', noop)
	        .on('data', () => {
	          if (this[kBytesRead] > limit) {
	            this.destroy();
	          }
	        })
	        .resume();
	    })
	  }

	  /**
	   * @param {BufferEncoding} encoding
	   * @returns {this}
	   */
	  setEncoding (encoding) {
	    if (Buffer.isEncoding(encoding)) {
	      this._readableState.encoding = encoding;
	    }
	    return this
	  }
	}

	/**
	 * @see https://streams.spec.whatwg.org/#readablestream-locked
	 * @param {BodyReadable} bodyReadable
	 * @returns {boolean}
	 */
	function isLocked (bodyReadable) {
	  // Consume is an implicit lock.
	  return bodyReadable[kBody]?.locked === true || bodyReadable[kConsume] !== null
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#body-unusable
	 * @param {BodyReadable} bodyReadable
	 * @returns {boolean}
	 */
	function isUnusable (bodyReadable) {
	  return util.isDisturbed(bodyReadable) || isLocked(bodyReadable)
	}

	/**
	 * @typedef {'text' | 'json' | 'blob' | 'bytes' | 'arrayBuffer'} ConsumeType
	 */

	/**
	 * @template {ConsumeType} T
	 * @typedef {T extends 'text' ? string :
	 *           T extends 'json' ? unknown :
	 *           T extends 'blob' ? Blob :
	 *           T extends 'arrayBuffer' ? ArrayBuffer :
	 *           T extends 'bytes' ? Uint8Array :
	 *           never
	 * } ConsumeReturnType
	 */
	/**
	 * @typedef {object} Consume
	 * @property {ConsumeType} type
	 * @property {BodyReadable} stream
	 * @property {((value?: any) => void)} resolve
	 * @property {((err: Error) => void)} reject
	 * @property {number} length
	 * @property {Buffer[]} body
	 */

	/**
	 * @template {ConsumeType} T
	 * @param {BodyReadable} stream
	 * @param {T} type
	 * @returns {Promise<ConsumeReturnType<T>>}
	 */
	function consume (stream, type) {
	  assert(!stream[kConsume]);

	  return new Promise((resolve, reject) => {
	    if (isUnusable(stream)) {
	      const rState = stream._readableState;
	      if (rState.destroyed && rState.closeEmitted === false) {
	        stream
	          .on('error', reject)
	          .on('close', () => {
	            reject(new TypeError('unusable'));
	          });
	      } else {
	        reject(rState.errored ?? new TypeError('unusable'));
	      }
	    } else {
	      queueMicrotask(() => {
	        stream[kConsume] = {
	          type,
	          stream,
	          resolve,
	          reject,
	          length: 0,
	          body: []
	        };

	        stream
	          .on('error', function (err) {
	            consumeFinish(this[kConsume], err);
	          })
	          .on('close', function () {
	            if (this[kConsume].body !== null) {
	              consumeFinish(this[kConsume], new RequestAbortedError());
	            }
	          });

	        consumeStart(stream[kConsume]);
	      });
	    }
	  })
	}

	/**
	 * @param {Consume} consume
	 * @returns {void}
	 */
	function consumeStart (consume) {
	  if (consume.body === null) {
	    return
	  }

	  const { _readableState: state } = consume.stream;

	  if (state.bufferIndex) {
	    const start = state.bufferIndex;
	    const end = state.buffer.length;
	    for (let n = start; n < end; n++) {
	      consumePush(consume, state.buffer[n]);
	    }
	  } else {
	    for (const chunk of state.buffer) {
	      consumePush(consume, chunk);
	    }
	  }

	  if (state.endEmitted) {
	    consumeEnd(this[kConsume], this._readableState.encoding);
	  } else {
	    consume.stream.on('end', function () {
	      consumeEnd(this[kConsume], this._readableState.encoding);
	    });
	  }

	  consume.stream.resume();

	  while (consume.stream.read() != null) {
	    // Loop
	  }
	}

	/**
	 * @param {Buffer[]} chunks
	 * @param {number} length
	 * @param {BufferEncoding} [encoding='utf8']
	 * @returns {string}
	 */
	function chunksDecode (chunks, length, encoding) {
	  if (chunks.length === 0 || length === 0) {
	    return ''
	  }
	  const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
	  const bufferLength = buffer.length;

	  // Skip BOM.
	  const start =
	    bufferLength > 2 &&
	    buffer[0] === 0xef &&
	    buffer[1] === 0xbb &&
	    buffer[2] === 0xbf
	      ? 3
	      : 0;
	  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
	    return buffer.utf8Slice(start, bufferLength)
	  } else {
	    return buffer.subarray(start, bufferLength).toString(encoding)
	  }
	}

	/**
	 * @param {Buffer[]} chunks
	 * @param {number} length
	 * @returns {Uint8Array}
	 */
	function chunksConcat (chunks, length) {
	  if (chunks.length === 0 || length === 0) {
	    return new Uint8Array(0)
	  }
	  if (chunks.length === 1) {
	    // fast-path
	    return new Uint8Array(chunks[0])
	  }
	  const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);

	  let offset = 0;
	  for (let i = 0; i < chunks.length; ++i) {
	    const chunk = chunks[i];
	    buffer.set(chunk, offset);
	    offset += chunk.length;
	  }

	  return buffer
	}

	/**
	 * @param {Consume} consume
	 * @param {BufferEncoding} encoding
	 * @returns {void}
	 */
	function consumeEnd (consume, encoding) {
	  const { type, body, resolve, stream, length } = consume;

	  try {
	    if (type === 'text') {
	      resolve(chunksDecode(body, length, encoding));
	    } else if (type === 'json') {
	      resolve(JSON.parse(chunksDecode(body, length, encoding)));
	    } else if (type === 'arrayBuffer') {
	      resolve(chunksConcat(body, length).buffer);
	    } else if (type === 'blob') {
	      resolve(new Blob(body, { type: stream[kContentType] }));
	    } else if (type === 'bytes') {
	      resolve(chunksConcat(body, length));
	    }

	    consumeFinish(consume);
	  } catch (err) {
	    stream.destroy(err);
	  }
	}

	/**
	 * @param {Consume} consume
	 * @param {Buffer} chunk
	 * @returns {void}
	 */
	function consumePush (consume, chunk) {
	  consume.length += chunk.length;
	  consume.body.push(chunk);
	}

	/**
	 * @param {Consume} consume
	 * @param {Error} [err]
	 * @returns {void}
	 */
	function consumeFinish (consume, err) {
	  if (consume.body === null) {
	    return
	  }

	  if (err) {
	    consume.reject(err);
	  } else {
	    consume.resolve();
	  }

	  // Reset the consume object to allow for garbage collection.
	  consume.type = null;
	  consume.stream = null;
	  consume.resolve = null;
	  consume.reject = null;
	  consume.length = 0;
	  consume.body = null;
	}

	readable = {
	  Readable: BodyReadable,
	  chunksDecode
	};
	return readable;
}

var hasRequiredApiRequest;

function requireApiRequest () {
	if (hasRequiredApiRequest) return apiRequest.exports;
	hasRequiredApiRequest = 1;

	const assert = require('node:assert');
	const { AsyncResource } = require('node:async_hooks');
	const { Readable } = requireReadable();
	const { InvalidArgumentError, RequestAbortedError } = requireErrors();
	const util = requireUtil$1();

	function noop () {}

	class RequestHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    const { signal, method, opaque, body, onInfo, responseHeaders, highWaterMark } = opts;

	    try {
	      if (typeof callback !== 'function') {
	        throw new InvalidArgumentError('invalid callback')
	      }

	      if (highWaterMark != null && (!Number.isFinite(highWaterMark) || highWaterMark < 0)) {
	        throw new InvalidArgumentError('invalid highWaterMark')
	      }

	      if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	        throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	      }

	      if (method === 'CONNECT') {
	        throw new InvalidArgumentError('invalid method')
	      }

	      if (onInfo && typeof onInfo !== 'function') {
	        throw new InvalidArgumentError('invalid onInfo callback')
	      }

	      super('UNDICI_REQUEST');
	    } catch (err) {
	      if (util.isStream(body)) {
	        util.destroy(body.on('error', noop), err);
	      }
	      throw err
	    }

	    this.method = method;
	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.callback = callback;
	    this.res = null;
	    this.abort = null;
	    this.body = body;
	    this.trailers = {};
	    this.context = null;
	    this.onInfo = onInfo || null;
	    this.highWaterMark = highWaterMark;
	    this.reason = null;
	    this.removeAbortListener = null;

	    if (signal?.aborted) {
	      this.reason = signal.reason ?? new RequestAbortedError();
	    } else if (signal) {
	      this.removeAbortListener = util.addAbortListener(signal, () => {
	        this.reason = signal.reason ?? new RequestAbortedError();
	        if (this.res) {
	          util.destroy(this.res.on('error', noop), this.reason);
	        } else if (this.abort) {
	          this.abort(this.reason);
	        }
	      });
	    }
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    const { callback, opaque, abort, context, responseHeaders, highWaterMark } = this;

	    const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    const parsedHeaders = responseHeaders === 'raw' ? util.parseHeaders(rawHeaders) : headers;
	    const contentType = parsedHeaders['content-type'];
	    const contentLength = parsedHeaders['content-length'];
	    const res = new Readable({
	      resume,
	      abort,
	      contentType,
	      contentLength: this.method !== 'HEAD' && contentLength
	        ? Number(contentLength)
	        : null,
	      highWaterMark
	    });

	    if (this.removeAbortListener) {
	      res.on('close', this.removeAbortListener);
	      this.removeAbortListener = null;
	    }

	    this.callback = null;
	    this.res = res;
	    if (callback !== null) {
	      try {
	        this.runInAsyncScope(callback, null, null, {
	          statusCode,
	          statusText: statusMessage,
	          headers,
	          trailers: this.trailers,
	          opaque,
	          body: res,
	          context
	        });
	      } catch (err) {
	        // If the callback throws synchronously, we need to handle it
	        // Remove reference to res to allow res being garbage collected
	        this.res = null;

	        // Destroy the response stream
	        util.destroy(res.on('error', noop), err);

	        // Use queueMicrotask to re-throw the error so it reaches uncaughtException
	        queueMicrotask(() => {
	          throw err
	        });
	      }
	    }
	  }

	  onData (chunk) {
	    return this.res.push(chunk)
	  }

	  onComplete (trailers) {
	    util.parseHeaders(trailers, this.trailers);
	    this.res.push(null);
	  }

	  onError (err) {
	    const { res, callback, body, opaque } = this;

	    if (callback) {
	      // TODO: Does this need queueMicrotask?
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }

	    if (res) {
	      this.res = null;
	      // Ensure all queued handlers are invoked before destroying res.
	      queueMicrotask(() => {
	        util.destroy(res.on('error', noop), err);
	      });
	    }

	    if (body) {
	      this.body = null;

	      if (util.isStream(body)) {
	        body.on('error', noop);
	        util.destroy(body, err);
	      }
	    }

	    if (this.removeAbortListener) {
	      this.removeAbortListener();
	      this.removeAbortListener = null;
	    }
	  }
	}

	function request (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      request.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const handler = new RequestHandler(opts, callback);

	    this.dispatch(opts, handler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiRequest.exports = request;
	apiRequest.exports.RequestHandler = RequestHandler;
	return apiRequest.exports;
}

var apiRequestExports = requireApiRequest();
var undiciRequest = /*@__PURE__*/getDefaultExportFromCjs(apiRequestExports);

/**
 * Five tries: with 10% of requests failing at random, one request exhausts four tries with a chance of 1e-4,
 * which over the ~230 requests of a 16-platform push + merge (counted in __tests__/reliability/faults-survived)
 * fails about one release in 40; five tries make that one in 400, and a persistent failure is still reported
 * after at most 7.5 s of backoff (0.5 + 1 + 2 + 4 s).
 */
const defaultRetryPolicy = {
    attempts: 5,
    uploadAttempts: 3,
    baseDelayMs: 500,
    maxDelayMs: 10_000,
    maxRetryAfterMs: 60_000,
    sleep: (ms, signal) => sleep(ms, signal),
};
const defaultTimeouts = {
    headersMs: 30_000,
    putHeadersMs: 300_000,
    bodyMs: 60_000,
    smallBodyMs: 60_000,
    requestBudgetMs: 60_000,
};
/** A blob download that moves less than this in a `bodyMs` window while it is read is stalled (about 1 KiB/s). */
const MIN_BLOB_BYTES_PER_WINDOW = 64 * 1024;
/** Sockets kept open between requests to one registry (undici's pool per origin). */
const KEEP_ALIVE_MS = 30_000;
const CONNECT_TIMEOUT_MS = 30_000;
let sharedAgent;
/**
 * undici parses HTTP with llhttp compiled to WebAssembly, which V8 first compiles quickly (Liftoff) and then
 * again, optimised, on background threads (TurboFan). For the few headers per request we parse (bodies are
 * handed through, not scanned) the second compile never pays for itself: it took ~35 MiB and 0.2–0.4 s of
 * CPU in every run that made a request (a one-file pull: 15,500 page faults and 97 MiB peak RSS with it, 5,500
 * and 60 MiB without). Flags are read when a module is compiled, so they are set before the first connection.
 * Not `--liftoff-only`, which is fatal where Liftoff cannot compile a function; with tier-up off, V8 still
 * compiles such a function with TurboFan. Both flags exist from V8 11 (Node 20) to V8 13 (Node 24) (v8-flags.ts).
 */
function parseWithoutOptimisingCompile() {
    setKnownV8Flags('--no-wasm-tier-up --no-wasm-dynamic-tiering');
}
function agent() {
    if (!sharedAgent)
        parseWithoutOptimisingCompile();
    sharedAgent ??= new UndiciAgent({
        keepAliveTimeout: KEEP_ALIVE_MS,
        keepAliveMaxTimeout: KEEP_ALIVE_MS * 10,
        connect: { timeout: CONNECT_TIMEOUT_MS },
    });
    return sharedAgent;
}
const isReplayable = (body) => body === undefined || typeof body === 'string' || body instanceof Uint8Array;
const isRetryableStatus = (status) => status === 408 || status === 429 || status >= 500;
const retryableErrorCodes = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** A reset, a refused connection or a timeout: worth another try. */
function isRetryableError(error) {
    const code = error?.code;
    if (typeof code === 'string' && retryableErrorCodes.has(code))
        return true;
    const cause = error?.cause;
    return cause !== undefined && cause !== error && isRetryableError(cause);
}
/** Exponential backoff with jitter: a random delay in [d/2, d] where d doubles per attempt up to the cap. */
function backoffDelay(attempt, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function headerValue(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
async function sleep(ms, signal) {
    if (ms <= 0)
        return;
    await new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new Error('aborted'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Sends one request, retrying transient failures when the body can be sent again. */
async function send(request, options) {
    const replayable = isReplayable(request.body);
    const attempts = replayable ? Math.max(1, options.retry.attempts) : 1;
    const signal = combineSignals(request.signal, options.signal);
    const outgoing = signal ? { ...request, signal } : request;
    const started = Date.now();
    const withinBudget = (delayMs) => Date.now() - started + delayMs < options.timeouts.requestBudgetMs;
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await sendOnce(outgoing, options.timeouts);
        }
        catch (e) {
            if (signal?.aborted)
                throw signal.reason ?? e;
            if (attempt >= attempts || !isRetryableError(e))
                throw e;
            const delayMs = backoffDelay(attempt, options.retry);
            if (!withinBudget(delayMs))
                throw e;
            options.onRetry?.({ attempt, delayMs, reason: e.code ?? 'network error' });
            await options.retry.sleep(delayMs, signal);
            continue;
        }
        if (attempt >= attempts || !isRetryableStatus(response.status))
            return response;
        // The wait the registry asks for (Retry-After, ratelimit-* windows), when it fits before the deadline;
        // else the caller reports the status now, saying when to retry (client.ts, errors.ts).
        const asked = registryWait(response.status, response.headers);
        const delayMs = asked?.ms ?? backoffDelay(attempt, options.retry);
        if (asked ? asked.ms > waitLimit(options).ms : !withinBudget(delayMs))
            return response;
        await discard(response.body);
        options.onRetry?.({ attempt, delayMs, reason: `HTTP ${response.status}` });
        await options.retry.sleep(delayMs, signal);
    }
}
async function sendOnce(request, timeouts) {
    const options = {
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method,
        headers: request.headers,
        headersTimeout: request.method === 'PUT' ? timeouts.putHeadersMs : timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
    };
    // undici documents AsyncIterable bodies (docs/api/Dispatcher.md); its typings lag behind.
    if (request.body !== undefined)
        options.body = request.body;
    if (request.signal)
        options.signal = request.signal;
    const res = await undiciRequest.call(agent(), options);
    return { status: res.statusCode, headers: res.headers, body: res.body };
}
/** The request's own signal and the command's deadline, as one. */
function combineSignals(a, b) {
    if (!a || !b)
        return a ?? b;
    return AbortSignal.any([a, b]);
}
/** Reads a response body that is not wanted, so the connection can be reused (or drops it if large). */
async function discard(body) {
    try {
        await body.dump({ limit: 64 * 1024 });
    }
    catch {
        // the connection is closed instead; nothing to report
    }
}
/** Drops a stream without reading it; the abort error that destroying causes is expected, not unhandled. */
function dropStream(stream) {
    stream.on('error', () => { });
    stream.destroy();
}
/** Destroys `body` with a NETWORK error unless it is done within `ms`; returns the cancel function. */
function deadline(body, ms, what) {
    if (ms === undefined)
        return () => { };
    const timer = setTimeout(() => {
        body.destroy(new OciError('NETWORK', `${what} did not arrive within ${Math.round(ms / 1000)} s: try again later`));
    }, ms);
    return () => clearTimeout(timer);
}
/**
 * Reads a whole body up to `limit` bytes; more is an error (TOO_LARGE), never a silent cut. With `deadlineMs`,
 * a body that is not complete in that time is a NETWORK error (a trickle).
 */
async function readCapped(body, limit, what, deadlineMs) {
    const cancel = deadline(body, deadlineMs, what);
    try {
        return await collectStream(body, limit, what);
    }
    finally {
        cancel();
    }
}
/** Reads at most `limit` bytes of a body as text (within `deadlineMs`, if given) and drops the rest (error bodies). */
async function readTextPrefix(body, limit, deadlineMs) {
    const chunks = [];
    let total = 0;
    const cancel = deadline(body, deadlineMs, 'an error answer');
    try {
        for await (const chunk of body) {
            chunks.push(chunk);
            total += chunk.length;
            if (total >= limit)
                break;
        }
    }
    catch {
        // a body that fails half-way still tells what it told
    }
    finally {
        cancel();
        dropStream(body);
    }
    return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
/**
 * Calls `onStall` when `body` (already flowing) moves some bytes, but fewer than MIN_BLOB_BYTES_PER_WINDOW, in
 * a window of `windowMs` while nobody holds it back (a paused body waits for its reader, not for the server).
 */
function watchProgress(body, windowMs, onStall) {
    let received = 0;
    body.on('data', (chunk) => {
        received += chunk.length;
    });
    const timer = setInterval(() => {
        // A silent window is undici's body timeout (bodyMs); this catches the trickle that keeps resetting it.
        if (received > 0 && received < MIN_BLOB_BYTES_PER_WINDOW && !body.isPaused()) {
            clearInterval(timer);
            onStall();
        }
        received = 0;
    }, windowMs);
    timer.unref(); // an abandoned body must not keep the process alive
    body.once('close', () => clearInterval(timer));
}

/**
 * Bearer tokens (the Docker token spec, as Docker Hub, ghcr.io and distribution's token auth speak it):
 * GET realm?service=&scope=… with Basic credentials, or a POST of an OAuth2 refresh_token form for an
 * identity token. `token` or `access_token`, `expires_in` (60 s when absent). Realms are validated.
 */
/** The token spec's default lifetime when `expires_in` is absent. */
const DEFAULT_TOKEN_TTL_SECONDS = 60;
/** A token is reused no longer than this, whatever `expires_in` says (1e308 seconds is not a lifetime). */
const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
/** The client id sent with OAuth2 refresh-token requests. */
const CLIENT_ID = 'oci-multiarch';
/**
 * The realm as a URL: absolute, https, no userinfo. http only when the realm's own host may be spoken to over
 * plain HTTP (loopback, or listed in `plain-http`): a plain-HTTP registry cannot send the Basic credentials in
 * cleartext to another host by naming it as its realm.
 */
function validateRealm(realm, allowsPlainHttp) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new OciError('UNSAFE', `the token realm "${sanitizeRegistryText(realm, 120)}" is not an absolute URL`);
    }
    if (url.protocol === 'http:' && !allowsPlainHttp(url.host)) {
        throw new OciError('UNSAFE', `the token realm ${redactUrl(url)} is plain HTTP on a host that is neither loopback nor listed in "plain-http": refusing to send credentials there`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new OciError('UNSAFE', `the token realm ${redactUrl(url)} is not HTTPS: refusing to send credentials there`);
    }
    if (url.username || url.password) {
        throw new OciError('UNSAFE', `the token realm ${redactUrl(url)} carries user information: refusing it`);
    }
    return url;
}
async function fetchToken(request, http) {
    const realm = validateRealm(request.realm, request.allowsPlainHttp);
    const scopeText = request.scopes.join(' ') || 'registry access';
    const exchange = {
        operation: `token for ${scopeText}`,
        target: request.registryHost,
        host: request.registryHost,
    };
    const credential = request.credential;
    const oauth = credential !== undefined && 'identityToken' in credential;
    let { method, url, res } = await sendTokenRequest(request, realm, http, oauth ? 'POST' : 'GET');
    if (oauth && TOKEN_POST_REFUSED_STATUSES.includes(res.status)) {
        await readTextPrefix(res.body, TOKEN_BODY_LIMIT, http.timeouts.smallBodyMs);
        ({ method, url, res } = await sendTokenRequest(request, realm, http, 'GET'));
    }
    if (res.status !== 200) {
        const text = await readTextPrefix(res.body, TOKEN_BODY_LIMIT, http.timeouts.smallBodyMs);
        const wait = waitReport(res.status, res.headers, http);
        throw buildRegistryError({ ...exchange, method, url, status: res.status, body: text, wait });
    }
    const contentLength = Number(headerValue(res.headers, 'content-length') ?? '0');
    if (contentLength > TOKEN_BODY_LIMIT) {
        dropStream(res.body);
        throw new OciError('TOO_LARGE', `the token answer from ${redactUrl(url)} is larger than ${TOKEN_BODY_LIMIT} bytes`);
    }
    const raw = await readCapped(res.body, TOKEN_BODY_LIMIT, `the token answer from ${redactUrl(url)}`, http.timeouts.smallBodyMs);
    return parseTokenAnswer(raw.toString('utf8'), redactUrl(url));
}
/**
 * One token request: POST of an OAuth2 refresh_token form (identity tokens), or GET with the scopes in the
 * query and Basic credentials (an identity token goes as the password of the user `<token>`, as docker stores it).
 */
async function sendTokenRequest(request, realm, http, method) {
    const headers = { 'user-agent': request.userAgent, accept: 'application/json' };
    const credential = request.credential;
    let body;
    const url = new URL(realm);
    if (method === 'POST' && credential && 'identityToken' in credential) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT_ID });
        if (request.service)
            form.set('service', request.service);
        if (request.scopes.length)
            form.set('scope', request.scopes.join(' '));
        form.set('refresh_token', credential.identityToken);
        body = form.toString();
        headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    else {
        if (request.service)
            url.searchParams.set('service', request.service);
        for (const scope of request.scopes)
            url.searchParams.append('scope', scope);
        if (credential) {
            const basic = 'identityToken' in credential ? { username: '<token>', password: credential.identityToken } : credential;
            headers.authorization = `Basic ${basicValue(basic)}`;
        }
    }
    const sendRequest = { method, url, headers, ...(body === undefined ? {} : { body }) };
    const res = await send(request.signal ? { ...sendRequest, signal: request.signal } : sendRequest, http);
    return { method, url, res };
}
/** `token` or `access_token`, and its lifetime; anything else is an AUTH error naming the realm only. */
function parseTokenAnswer(text, realmForMessages, now = Date.now()) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new OciError('AUTH', `the token server ${realmForMessages} answered something that is not JSON`);
    }
    const answer = (typeof json === 'object' && json !== null ? json : {});
    const token = typeof answer.token === 'string' && answer.token
        ? answer.token
        : typeof answer.access_token === 'string'
            ? answer.access_token
            : '';
    if (!token)
        throw new OciError('AUTH', `the token server ${realmForMessages} answered without a token`);
    const ttl = typeof answer.expires_in === 'number' && Number.isFinite(answer.expires_in) && answer.expires_in > 0
        ? answer.expires_in
        : DEFAULT_TOKEN_TTL_SECONDS;
    return { token, expiresAt: now + Math.min(ttl, MAX_TOKEN_TTL_SECONDS) * 1000 };
}

/**
 * The auth state of one registry client: anonymous until the registry says 401, then Basic or Bearer as
 * its challenge asks. Bearer tokens are cached per scope set and refreshed on expiry or after a 401.
 * Every credential and token is handed to `onSecret` before it is used.
 */
/** A token this close to its expiry is renewed rather than used (at most a quarter of its lifetime). */
const EXPIRY_MARGIN_MS = 5_000;
/**
 * Errors thrown while getting a token (the token step), as opposed to the registry's answer to the request:
 * a caller asking for extra scopes it can do without (a mount's source) falls back when the token step fails.
 */
const tokenStepFailures = new WeakSet();
/** Whether `e` came from the token step of a request (the token endpoint refused or failed), not the registry. */
const failedAtTokenStep = (e) => typeof e === 'object' && e !== null && tokenStepFailures.has(e);
function createAuthorizer(options) {
    let scheme;
    let bearer;
    let credential;
    const tokens = new Map();
    const pending = new Map();
    const getCredential = () => {
        credential ??= (options.credentials ?? (async () => undefined))(options.registryHost).then((found) => {
            if (found)
                for (const secret of secretsOf(found))
                    if (secret)
                        options.onSecret?.(secret);
            return found;
        });
        return credential;
    };
    const token = async (scopes, signal) => {
        const key = [...scopes].sort().join(' ');
        const cached = tokens.get(key);
        const now = Date.now();
        if (cached && cached.expiresAt - now > Math.min(EXPIRY_MARGIN_MS, (cached.expiresAt - cached.issuedAt) / 4)) {
            return cached;
        }
        const inFlight = pending.get(key);
        if (inFlight)
            return inFlight;
        const challenge = bearer;
        if (!challenge)
            throw new OciError('AUTH', `no Bearer challenge known for ${options.registryHost}`);
        const fetching = (async () => {
            const issuedAt = Date.now();
            const issued = await fetchToken({
                realm: challenge.realm,
                service: challenge.service,
                scopes,
                credential: await getCredential(),
                registryHost: options.registryHost,
                allowsPlainHttp: options.allowsPlainHttp,
                userAgent: options.userAgent,
                signal,
            }, options.http);
            options.onSecret?.(issued.token);
            const entry = { ...issued, issuedAt };
            tokens.set(key, entry);
            options.logger.debug(`registry ${options.registryHost}: got a token for ${key || 'registry access'}`);
            return entry;
        })();
        pending.set(key, fetching);
        try {
            return await fetching;
        }
        finally {
            pending.delete(key);
        }
    };
    return {
        async header(scopes, signal) {
            if (scheme === 'bearer') {
                try {
                    return `Bearer ${(await token(scopes, signal)).token}`;
                }
                catch (e) {
                    if (typeof e === 'object' && e !== null)
                        tokenStepFailures.add(e);
                    throw e;
                }
            }
            if (scheme === 'basic') {
                const found = await getCredential();
                if (found && !('identityToken' in found))
                    return `Basic ${basicValue(found)}`;
            }
            return undefined;
        },
        async challenged(wwwAuthenticate, scopes, sentAuthorization) {
            const challenges = parseChallenges(wwwAuthenticate);
            const bearerChallenge = findChallenge(challenges, 'bearer');
            const realm = bearerChallenge?.params.realm;
            if (realm) {
                scheme = 'bearer';
                bearer = { realm, service: bearerChallenge?.params.service };
                tokens.delete([...scopes].sort().join(' '));
                return true;
            }
            if (findChallenge(challenges, 'basic')) {
                const wasBasic = scheme === 'basic';
                scheme = 'basic';
                const found = await getCredential();
                if (!found)
                    return false;
                if ('identityToken' in found)
                    return false; // an identity token is for a token server only
                return !(wasBasic && sentAuthorization);
            }
            return false;
        },
    };
}

async function* uploadChunks(stream, desc, what, onProgress) {
    const digester = verifiesAs(stream, desc) ? undefined : createDigester(parseDigest(desc.digest).algorithm);
    let held;
    let seen = 0;
    for await (const chunk of stream) {
        seen += chunk.length;
        if (seen > desc.size) {
            throw new OciError('SIZE_MISMATCH', `${what} ${desc.digest}: more than the expected ${desc.size} bytes`);
        }
        digester?.update(chunk);
        if (held !== undefined) {
            yield held;
            onProgress?.(seen - chunk.length);
        }
        held = chunk;
    }
    if (seen !== desc.size) {
        throw new OciError('SIZE_MISMATCH', `${what} ${desc.digest}: got ${seen} bytes, expected ${desc.size}`);
    }
    const actual = digester?.digest();
    if (actual !== undefined && actual !== desc.digest) {
        throw new OciError('DIGEST_MISMATCH', `${what}: expected digest ${desc.digest} but the bytes hash to ${actual}`);
    }
    if (held !== undefined)
        yield held;
    onProgress?.(seen);
}

/**
 * Blobs: HEAD, streaming GET verified while it streams, uploads (monolithic from memory for small blobs,
 * one streamed PUT for large ones, so memory stays flat), cross-repository mounts. An upload that fails
 * cancels its session; it is retried as a whole, with a new session, only when the content can be re-read.
 */
const pullScope = (repository) => `repository:${repository}:pull`;
const pushScope = (repository) => `repository:${repository}:pull,push`;
async function blobExists(client, desc) {
    const request = blobRequest(client, 'HEAD', desc);
    const response = await client.request(request);
    await discard(response.body);
    if (response.status === 200)
        return true;
    if (response.status === 404)
        return false;
    throw await client.fail(request, response);
}
async function fetchBlob(client, desc, signal) {
    const request = { ...blobRequest(client, 'GET', desc), signal };
    const response = await client.request(request);
    if (response.status !== 200)
        throw await client.fail(request, response);
    const length = headerValue(response.headers, 'content-length');
    if (length !== undefined && Number(length) !== desc.size) {
        dropStream(response.body);
        throw new OciError('SIZE_MISMATCH', `GET blob ${desc.digest} in ${client.name}: the registry announced ${length} bytes, expected ${desc.size}`);
    }
    const body = response.body;
    const verifying = createVerifyingStream(desc, `blob from ${client.name}`);
    // A small body can fail verification before the caller, after an await of its own, attaches a handler:
    // that must not crash the process. The stream stays errored, so pipeline() or a read still reports it.
    verifying.on('error', () => { });
    body.on('error', (e) => verifying.destroy(e instanceof OciError ? e : brokenDownload(client, desc, e)));
    verifying.on('close', () => {
        if (!body.destroyed)
            dropStream(body); // the reader stopped early
    });
    body.pipe(verifying);
    const windowMs = client.http.timeouts.bodyMs;
    watchProgress(body, windowMs, () => body.destroy(new OciError('NETWORK', `GET blob ${desc.digest} in ${client.name}: less than ${MIN_BLOB_BYTES_PER_WINDOW} bytes arrived in ${Math.round(windowMs / 1000)} s: the download is stalled; try again`)));
    return verifying;
}
function brokenDownload(client, desc, cause) {
    const code = cause?.code;
    return new OciError('NETWORK', `GET blob ${desc.digest} in ${client.name}: the download broke off${typeof code === 'string' ? ` (${code})` : ''}: try again`, { cause });
}
function blobRequest(client, method, desc) {
    return {
        method,
        url: client.url(`blobs/${desc.digest}`),
        operation: `blob ${desc.digest}`,
        scopes: [pullScope(client.repository)],
        followRedirects: true,
    };
}
async function pushBlob(client, desc, content, signal, onProgress) {
    if (content instanceof Uint8Array)
        verifyBytes(content, desc, `blob for ${client.name}`);
    const attempts = content instanceof Readable ? 1 : client.http.retry.uploadAttempts;
    const open = async () => (content instanceof Uint8Array ? content : openBody(content, desc));
    for (let attempt = 1;; attempt++) {
        try {
            await uploadOnce(client, desc, open, signal, onProgress);
            return;
        }
        catch (e) {
            // A commit whose answer was lost leaves its session spent (a retried PUT gets 404 BLOB_UPLOAD_UNKNOWN)
            // while the blob is stored: the registry verified the digest when it committed, so present means done.
            if (!signal?.aborted && (await committedAfterAll(client, desc)))
                return;
            if (attempt >= attempts || signal?.aborted || !isTransient(e))
                throw e;
            const delayMs = backoffDelay(attempt, client.http.retry);
            client.logger.debug(`blob ${desc.digest} upload to ${client.name} failed, trying again in ${delayMs} ms`);
            await client.http.retry.sleep(delayMs, signal);
        }
    }
}
async function committedAfterAll(client, desc) {
    try {
        return await blobExists(client, desc);
    }
    catch {
        return false; // the upload's own error is the one to report
    }
}
async function openBody(content, desc) {
    const stream = content instanceof Readable ? content : await content();
    if (desc.size >= MONOLITHIC_UPLOAD_LIMIT)
        return stream;
    const bytes = await readCapped(stream, MONOLITHIC_UPLOAD_LIMIT, `blob ${desc.digest}`);
    verifyBytes(bytes, desc, 'blob to upload');
    return bytes;
}
/** Clients whose registry refused a PUT carrying the body: their uploads PATCH the bytes, then PUT. */
const patchFirst = new WeakSet();
/**
 * A failure worth a new upload session: a retryable status (unless the registry asked for a longer wait than the
 * command has left) or a network error.
 */
const isTransient = (e) => (e instanceof RegistryError && isRetryableStatus(e.status) && e.retryNotBefore === undefined) ||
    (e instanceof OciError && e.code === 'NETWORK');
async function uploadOnce(client, desc, open, signal, onProgress) {
    // The session and the content are asked for at once: a copy's GET from its source overlaps this POST.
    const [started, opened] = await Promise.allSettled([
        startUpload(client, `blob upload ${desc.digest}`, signal),
        open(),
    ]);
    if (started.status === 'rejected' || opened.status === 'rejected') {
        if (opened.status === 'fulfilled' && !(opened.value instanceof Uint8Array))
            dropStream(opened.value);
        if (started.status === 'fulfilled')
            await cancelUpload(client, started.value);
        throw opened.status === 'rejected' ? opened.reason : started.reason;
    }
    const body = opened.value;
    let session = started.value;
    try {
        // One pass over the bytes, checked on the way out (each hashed once); the last held back until they are good.
        const streamed = body instanceof Uint8Array ? body : uploadChunks(body, desc, 'blob to upload', onProgress);
        if (patchFirst.has(client)) {
            await patchThenCommit(client, session, desc, streamed, signal);
            return;
        }
        try {
            await commitUpload(client, session, desc.digest, signal, { content: streamed, size: desc.size });
        }
        catch (e) {
            // A registry that refuses the body on the commit PUT (old Artifactory) takes PATCH, then an empty PUT.
            if (!(body instanceof Uint8Array) || !isPutWithBodyRefusal(e))
                throw e;
            patchFirst.add(client);
            client.logger.debug(`${client.name} refused the body on the commit PUT: uploading with PATCH, then PUT`);
            await cancelUpload(client, session);
            session = await startUpload(client, `blob upload ${desc.digest}`, signal);
            await patchThenCommit(client, session, desc, body, signal);
        }
    }
    catch (e) {
        if (!(body instanceof Uint8Array))
            dropStream(body);
        await cancelUpload(client, session);
        throw e;
    }
}
async function patchThenCommit(client, session, desc, body, signal) {
    const next = await patchUpload(client, session, `blob upload ${desc.digest}`, body, signal, desc.size);
    await commitUpload(client, next, desc.digest, signal);
}
/**
 * PUT `<session>?digest=`: the commit, carrying the last bytes (`body`) or none. The registry checks the digest
 * before the blob becomes visible; its Docker-Content-Digest answer, when it gives one, must agree.
 */
async function commitUpload(client, session, digest, signal, body) {
    const url = new URL(session);
    url.searchParams.set('digest', digest);
    const request = {
        method: 'PUT',
        url,
        operation: `blob ${digest}`,
        scopes: [pushScope(client.repository)],
        headers: body
            ? { 'content-type': 'application/octet-stream', 'content-length': String(body.size) }
            : { 'content-length': '0' },
        ...(body ? { body: body.content } : {}),
        signal,
    };
    const response = await client.request(request);
    if (response.status !== 201)
        throw await client.fail(request, response);
    await discard(response.body);
    checkDigestHeader(client, digest, headerValue(response.headers, 'docker-content-digest'));
}
/** POST …/blobs/uploads/ → the session's absolute Location (same origin only). */
async function startUpload(client, operation, signal) {
    const request = {
        method: 'POST',
        url: client.url('blobs/uploads/'),
        operation,
        scopes: [pushScope(client.repository)],
        headers: { 'content-length': '0' },
        signal,
    };
    const response = await client.request(request);
    if (!UPLOAD_STEP_STATUSES.includes(response.status))
        throw await client.fail(request, response);
    await discard(response.body);
    return sessionLocation(client, request.url, headerValue(response.headers, 'location'), `POST ${operation}`);
}
/**
 * PATCH bytes into an upload session (one request, no Content-Range: registries that take chunks want parts of
 * at least 5 MiB and may stop advancing `Range`, so none are sent); returns the next session Location.
 */
async function patchUpload(client, url, operation, body, signal, size) {
    const request = {
        method: 'PATCH',
        url,
        operation,
        scopes: [pushScope(client.repository)],
        headers: {
            'content-type': 'application/octet-stream',
            ...(size === undefined ? {} : { 'content-length': String(size) }),
        },
        body,
        signal,
    };
    const response = await client.request(request);
    if (!UPLOAD_STEP_STATUSES.includes(response.status))
        throw await client.fail(request, response);
    await discard(response.body);
    return sessionLocation(client, url, headerValue(response.headers, 'location'), `PATCH ${operation}`);
}
/** The next upload session URL: required, and on the registry's own origin (credentials go nowhere else). */
function sessionLocation(client, base, location, operation) {
    if (!location) {
        throw new OciError('REGISTRY', `${operation} in ${client.name}: the registry gave no upload Location`);
    }
    let url;
    try {
        url = new URL(location, base);
    }
    catch {
        throw new OciError('REGISTRY', `${operation} in ${client.name}: the registry gave an invalid upload Location`);
    }
    if (url.origin !== client.origin) {
        throw new OciError('UNSAFE', `${operation} in ${client.name}: refusing the upload Location ${redactUrl(url)} on another origin than ${client.origin}`);
    }
    return url;
}
/** Best effort: an abandoned session is purged by the registry eventually anyway. */
async function cancelUpload(client, session) {
    try {
        const response = await client.request({
            method: 'DELETE',
            url: session,
            operation: 'blob upload cancel',
            scopes: [pushScope(client.repository)],
        });
        await discard(response.body);
    }
    catch (e) {
        client.logger.debug(`cancelling an upload session in ${client.name} failed: ${e.message}`);
    }
}
/** The registry's Docker-Content-Digest answer, when it gives one, must be the digest we sent. */
function checkDigestHeader(client, digest, header) {
    if (header !== undefined && header !== digest) {
        throw new OciError('DIGEST_MISMATCH', `PUT blob ${digest} in ${client.name}: the registry stored it as ${header.slice(0, 80)}`);
    }
}
/**
 * Mount sources (per destination client) whose token step failed: Docker Hub refuses a token request whole
 * when one scope (the source's pull) is not grantable (README: Registries); later blobs upload without asking again.
 */
const mountRefusedAtTokenStep = new WeakMap();
/** Mounts `desc` from `fromRepository` of the same registry: true when mounted; false means upload it. */
async function mountBlob(client, desc, fromRepository) {
    if (mountRefusedAtTokenStep.get(client)?.has(fromRepository))
        return false;
    const url = client.url('blobs/uploads/');
    url.searchParams.set('mount', desc.digest);
    url.searchParams.set('from', fromRepository);
    const request = {
        method: 'POST',
        url,
        operation: `blob mount ${desc.digest} from ${fromRepository}`,
        scopes: [pushScope(client.repository), pullScope(fromRepository)],
        headers: { 'content-length': '0' },
    };
    let response;
    try {
        response = await client.request(request);
    }
    catch (e) {
        // The token for the destination's push and the source's pull was refused or failed (Docker Hub answers
        // 400 "invalid repository name", others 401/403): upload without the mount, which needs push only.
        if (failedAtTokenStep(e) && !client.http.signal?.aborted) {
            const refused = mountRefusedAtTokenStep.get(client) ?? new Set();
            refused.add(fromRepository);
            mountRefusedAtTokenStep.set(client, refused);
            client.logger.debug(`${client.name}: no token to mount from ${fromRepository} (${e.message}): uploading`);
            return false;
        }
        if (e instanceof RegistryError && [401, 403, 404].includes(e.status))
            return false;
        throw e;
    }
    if (response.status === 201) {
        await discard(response.body);
        checkDigestHeader(client, desc.digest, headerValue(response.headers, 'docker-content-digest'));
        return true;
    }
    if (response.status === 202) {
        await discard(response.body);
        const location = headerValue(response.headers, 'location');
        // An invalid or foreign Location is left alone: the registry purges abandoned sessions anyway.
        const session = location ? URL.parse(location, url.href) : null;
        if (session && session.origin === client.origin)
            await cancelUpload(client, session);
        return false;
    }
    if ([401, 403, 404].includes(response.status)) {
        await discard(response.body);
        return false;
    }
    throw await client.fail(request, response);
}

/**
 * Which hosts may be spoken to over plain HTTP, with credentials or not: loopback hosts, and hosts the user
 * named in `plain-http`. The same rule decides the registry's own transport, an `http` token realm, and an
 * `http` redirect target, so that a plain-HTTP registry cannot send credentials or requests to some other
 * cleartext host by naming it in a challenge or a Location.
 *
 * Loopback here (the README's `plain-http` input: "loopback always is") is `localhost`, `127.0.0.0/8` and
 * `[::1]`. IPv4-mapped IPv6 forms such as `[::ffff:7f00:1]` (= 127.0.0.1) are deliberately NOT loopback: no
 * user writes them, a hostile registry uses them to look like "somewhere else" while reaching this machine, and
 * anyone who needs one can list it in `plain-http`.
 */
/** `host` is a URL's host (name or [IPv6], with an optional port); `plainHttpHosts` as the user wrote them. */
function allowsPlainHttp(host, plainHttpHosts = []) {
    if (isLoopbackHost(host))
        return true;
    const wanted = host.toLowerCase();
    const name = wanted.startsWith('[') ? wanted.slice(0, wanted.indexOf(']') + 1) : wanted.replace(/:\d+$/, '');
    return plainHttpHosts.some((h) => {
        const listed = h.trim().toLowerCase();
        return listed !== '' && (listed === wanted || listed === name);
    });
}

/** Redirects followed for one read (blob CDNs use one; five is generous, a loop is not). */
const MAX_REDIRECTS = 5;
const isRedirect = (status) => [301, 302, 303, 307, 308].includes(status);
function createRegistryClient(options) {
    const origin = `${options.plainHttp ? 'http' : 'https'}://${options.apiHost}`;
    const name = `${options.registry}/${options.repository}`;
    const plainOk = (host) => allowsPlainHttp(host, options.plainHttpHosts);
    const authorizer = createAuthorizer({
        registryHost: options.registry,
        allowsPlainHttp: plainOk,
        credentials: options.credentials,
        onSecret: options.onSecret,
        userAgent: options.userAgent,
        http: options.http,
        logger: options.logger,
    });
    const exchangeOf = (request, url) => ({
        method: request.method,
        url,
        operation: request.operation,
        target: name,
        host: options.registry,
    });
    const failAt = async (request, url, response) => {
        const body = request.method === 'HEAD'
            ? ''
            : await readTextPrefix(response.body, ERROR_BODY_LIMIT, options.http.timeouts.smallBodyMs);
        if (request.method === 'HEAD')
            await discard(response.body);
        const wait = waitReport(response.status, response.headers, options.http);
        return buildRegistryError({ ...exchangeOf(request, url), status: response.status, body, wait });
    };
    const requestOnce = async (request, url, authorization) => {
        const headers = { 'user-agent': options.userAgent, ...request.headers };
        if (authorization)
            headers.authorization = authorization;
        const outgoing = {
            method: request.method,
            url,
            headers,
            ...(request.body === undefined ? {} : { body: request.body }),
        };
        try {
            const response = await send(request.signal ? { ...outgoing, signal: request.signal } : outgoing, options.http);
            options.logger.debug(`${request.method} ${redactUrl(url)} -> ${response.status}`);
            return response;
        }
        catch (e) {
            if (e instanceof OciError || request.signal?.aborted)
                throw e;
            throw networkError(exchangeOf(request, url), e);
        }
    };
    return {
        registry: options.registry,
        repository: options.repository,
        name,
        origin,
        logger: options.logger,
        http: options.http,
        url: (rest) => new URL(`${origin}/v2/${options.repository}/${rest}`),
        fail: (request, response) => failAt(request, request.url, response),
        async request(request) {
            let url = request.url;
            let challenged = false;
            for (let redirects = 0;;) {
                const sameOrigin = url.origin === origin;
                const authorization = sameOrigin ? await authorizer.header(request.scopes, request.signal) : undefined;
                const response = await requestOnce(request, url, authorization);
                if (response.status === 401 && sameOrigin && !challenged) {
                    challenged = true;
                    const wwwAuthenticate = response.headers['www-authenticate'];
                    const replayable = request.body === undefined || request.body instanceof Uint8Array;
                    if (replayable && (await authorizer.challenged(wwwAuthenticate, request.scopes, !!authorization))) {
                        await discard(response.body);
                        continue;
                    }
                    throw await failAt(request, url, response);
                }
                if (!request.followRedirects || !isRedirect(response.status))
                    return response;
                const location = headerValue(response.headers, 'location');
                await discard(response.body);
                if (!location)
                    throw await failAt(request, url, response);
                const next = new URL(location, url);
                if (++redirects > MAX_REDIRECTS) {
                    throw new OciError('NETWORK', `${request.method} ${request.operation} in ${name}: more than ${MAX_REDIRECTS} redirects`);
                }
                if (url.protocol === 'https:' && next.protocol !== 'https:') {
                    throw new OciError('UNSAFE', `${request.method} ${request.operation} in ${name}: refusing a redirect from HTTPS to ${redactUrl(next)}`);
                }
                if (next.protocol === 'http:' && next.host !== url.host && !plainOk(next.host)) {
                    throw new OciError('UNSAFE', `${request.method} ${request.operation} in ${name}: refusing a redirect to ${redactUrl(next)}, a plain-HTTP host that is neither loopback nor listed in "plain-http"`);
                }
                if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                    throw new OciError('UNSAFE', `${request.method} ${request.operation} in ${name}: refusing a redirect to ${redactUrl(next)}`);
                }
                options.logger.debug(`${request.method} ${redactUrl(url)} redirected to ${redactUrl(next)}`);
                url = next;
            }
        },
    };
}

/**
 * Strict parsing of manifest and index bodies, and the one JSON serialiser we use for what we write.
 *
 * A body is accepted only when it is valid UTF-8 JSON, schemaVersion 2, clearly one kind (an index has
 * `manifests`; a manifest has `config` and `layers`; never both), its `mediaType` (when present) agrees
 * with its shape and with the Content-Type it was served with, and every descriptor in it is well formed.
 * Error messages name the JSON path of the offending field, e.g. `manifests[2].digest`.
 */
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid$1 = (what, path, reason) => new OciError('INVALID_MANIFEST', `invalid ${what}: ${path ? `${path}: ` : ''}${reason}`);
/** The media type without parameters (`; charset=utf-8`), lowercased; undefined when empty. */
function baseMediaType(contentType) {
    const base = contentType?.split(';')[0]?.trim().toLowerCase();
    return base ? base : undefined;
}
/** Parses a manifest or index body; `what` names it in errors (e.g. `manifest ghcr.io/o/r@sha256:…`). */
function parseManifestBody(bytes, contentType, what = 'manifest') {
    const doc = decodeJsonObject(bytes, what);
    if (doc.schemaVersion !== 2) {
        throw invalid$1(what, 'schemaVersion', `expected 2, got ${shown(doc.schemaVersion)}`);
    }
    const looksLikeIndex = 'manifests' in doc;
    const looksLikeManifest = 'config' in doc || 'layers' in doc;
    if (looksLikeIndex && looksLikeManifest) {
        throw invalid$1(what, '', 'the body is both a manifest and an index (it has `manifests` and `config`/`layers`)');
    }
    if (!looksLikeIndex && !looksLikeManifest) {
        throw invalid$1(what, '', 'the body is neither a manifest (`config`, `layers`) nor an index (`manifests`)');
    }
    const kind = looksLikeIndex ? 'index' : 'manifest';
    const mediaType = checkMediaType(doc, kind, baseMediaType(contentType), what);
    checkCommonFields(doc, what);
    if (kind === 'index') {
        const manifests = doc.manifests;
        if (!Array.isArray(manifests))
            throw invalid$1(what, 'manifests', 'expected an array of descriptors');
        manifests.forEach((d, i) => validateDescriptor(d, `manifests[${i}]`, what));
        return { kind, mediaType, index: doc };
    }
    validateDescriptor(doc.config, 'config', what);
    const layers = doc.layers;
    if (!Array.isArray(layers))
        throw invalid$1(what, 'layers', 'expected an array of descriptors');
    layers.forEach((d, i) => validateDescriptor(d, `layers[${i}]`, what));
    return { kind, mediaType, manifest: doc };
}
function decodeJsonObject(bytes, what) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        throw invalid$1(what, '', 'the body is not valid UTF-8');
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw invalid$1(what, '', `the body is not valid JSON (${oneLine(e.message)})`);
    }
    if (!isObject(doc))
        throw invalid$1(what, '', 'the body is not a JSON object');
    return doc;
}
/** The body's media type: its `mediaType` field, else a known Content-Type of the right kind, else the OCI type. */
function checkMediaType(doc, kind, contentType, what) {
    const fitsKind = kind === 'index' ? isIndexType : isManifestType;
    const field = doc.mediaType;
    if (field !== undefined) {
        if (typeof field !== 'string')
            throw invalid$1(what, 'mediaType', 'expected a string');
        if (!fitsKind(field)) {
            throw invalid$1(what, 'mediaType', `${quote(field)} is not an ${kind} type, but the body has the shape of an ${kind}`);
        }
        if (contentType !== undefined && contentType !== field) {
            throw invalid$1(what, 'mediaType', `${quote(field)} disagrees with the Content-Type ${quote(contentType)}`);
        }
        return field;
    }
    if (contentType !== undefined && (isIndexType(contentType) || isManifestType(contentType))) {
        if (!fitsKind(contentType)) {
            throw invalid$1(what, '', `the Content-Type ${quote(contentType)} disagrees with the body, which is an ${kind}`);
        }
        return contentType;
    }
    return kind === 'index' ? MediaTypes.ociIndex : MediaTypes.ociManifest;
}
function checkCommonFields(doc, what) {
    if (doc.artifactType !== undefined)
        checkMediaTypeString(doc.artifactType, 'artifactType', what);
    if (doc.subject !== undefined)
        validateDescriptor(doc.subject, 'subject', what);
    if (doc.annotations !== undefined)
        checkStringMap(doc.annotations, 'annotations', what);
}
/** Checks one descriptor; `path` names it in errors (e.g. `manifests[2]`). Returns it typed. */
function validateDescriptor(d, path, what = 'descriptor') {
    if (!isObject(d))
        throw invalid$1(what, path, 'expected a descriptor object');
    checkMediaTypeString(d.mediaType, `${path}.mediaType`, what);
    if (typeof d.digest !== 'string')
        throw invalid$1(what, `${path}.digest`, 'expected a string');
    try {
        parseDigest(d.digest);
    }
    catch (e) {
        throw invalid$1(what, `${path}.digest`, e.message);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        throw invalid$1(what, `${path}.size`, `expected a non-negative integer, got ${shown(d.size)}`);
    }
    if (d.urls !== undefined)
        checkStringArray(d.urls, `${path}.urls`, what);
    if (d.annotations !== undefined)
        checkStringMap(d.annotations, `${path}.annotations`, what);
    if (d.artifactType !== undefined)
        checkMediaTypeString(d.artifactType, `${path}.artifactType`, what);
    if (d.data !== undefined && (typeof d.data !== 'string' || !base64Pattern.test(d.data))) {
        throw invalid$1(what, `${path}.data`, 'expected base64 text');
    }
    if (d.platform !== undefined)
        checkPlatform(d.platform, `${path}.platform`, what);
    return d;
}
function checkPlatform(p, path, what) {
    if (!isObject(p))
        throw invalid$1(what, path, 'expected an object with os and architecture');
    for (const key of ['os', 'architecture']) {
        if (typeof p[key] !== 'string' || p[key] === '')
            throw invalid$1(what, `${path}.${key}`, 'expected a non-empty string');
    }
    for (const key of ['os.version', 'variant']) {
        if (p[key] !== undefined && typeof p[key] !== 'string')
            throw invalid$1(what, `${path}.${key}`, 'expected a string');
    }
    for (const key of ['os.features', 'features']) {
        if (p[key] !== undefined)
            checkStringArray(p[key], `${path}.${key}`, what);
    }
}
function checkMediaTypeString(v, path, what) {
    if (typeof v !== 'string' || !isMediaType(v)) {
        throw invalid$1(what, path, `expected a media type like type/subtype, got ${shown(v)}`);
    }
}
function checkStringArray(v, path, what) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw invalid$1(what, path, 'expected strings');
}
function checkStringMap(v, path, what) {
    if (!isObject(v))
        throw invalid$1(what, path, 'expected an object of strings');
    for (const [key, value] of Object.entries(v)) {
        if (typeof value !== 'string')
            throw invalid$1(what, `${path}[${quote(key)}]`, 'expected a string value');
    }
}
/**
 * The bytes of a JSON document we write (manifests, indexes, configs). Keys keep the insertion order
 * the caller built them in (so `schemaVersion` comes first, as in every registry's examples), with no
 * whitespace: the caller builds its objects in one fixed order, so the same data always gives the same
 * bytes and digest. `undefined` fields are dropped; non-finite numbers are refused (JSON has none).
 */
function serialiseJson(value) {
    const text = JSON.stringify(value, (_key, v) => {
        if (typeof v === 'number' && !Number.isFinite(v)) {
            throw new OciError('INVALID_MANIFEST', `cannot serialise the number ${v} as JSON`);
        }
        return v;
    });
    if (text === undefined)
        throw new OciError('INVALID_MANIFEST', 'cannot serialise an undefined value as JSON');
    return new TextEncoder().encode(text);
}
/**
 * The one way we write JSON content (manifests, indexes, configs): its bytes (serialiseJson) with the
 * descriptor of exactly those bytes, so what is pushed and what is referred to can never differ.
 * (Only merge's composed index is written by index/serialise.ts, for its fixed key order.)
 */
function jsonContent(mediaType, value) {
    const bytes = Buffer.from(serialiseJson(value));
    return { bytes, descriptor: { mediaType, digest: digestOf(bytes), size: bytes.length } };
}
/**
 * The media type a body declares: its `mediaType` field, else by shape (`manifests` → OCI index,
 * `config` or `layers` → OCI manifest). Undefined when the bytes are not a JSON object or neither shape.
 */
function mediaTypeOf(bytes) {
    try {
        return manifestMediaTypeOf(parseManifestJson(bytes, 'manifest'));
    }
    catch {
        return undefined;
    }
}

/**
 * Tag listing: GET /v2/<repo>/tags/list, following `Link: <…>; rel="next"` pages on the same origin only,
 * with a page cap and a body cap (distribution 2.8.2 ignores `n`/`last` and answers in one page).
 */
/** Pages followed before giving up: 1000 pages of the usual 100 tags is far beyond any real repository. */
const TAG_PAGE_LIMIT = 1000;
async function listTags(client) {
    const tags = [];
    const seen = new Set();
    let url = client.url('tags/list');
    for (let page = 1; url; page++) {
        if (page > TAG_PAGE_LIMIT) {
            throw new OciError('TOO_LARGE', `GET tags of ${client.name}: more than ${TAG_PAGE_LIMIT} pages of tags`);
        }
        seen.add(url.href);
        const request = {
            method: 'GET',
            url,
            operation: 'tag list',
            scopes: [pullScope(client.repository)],
            headers: { accept: 'application/json' },
        };
        const response = await client.request(request);
        if (response.status === 404 && page === 1) {
            await discard(response.body);
            return []; // no such repository yet: it has no tags
        }
        if (response.status !== 200)
            throw await client.fail(request, response);
        const body = await readCapped(response.body, TAG_PAGE_BODY_LIMIT, `the tag list of ${client.name}`, client.http.timeouts.smallBodyMs);
        tags.push(...parseTagPage(body.toString('utf8'), client.name));
        url = nextPage(response.headers, url, client);
        if (url && seen.has(url.href)) {
            throw new OciError('REGISTRY', `GET tags of ${client.name}: the registry's Link pages loop back to ${redactUrl(url)}`);
        }
    }
    return tags;
}
function parseTagPage(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new OciError('REGISTRY', `GET tags of ${name}: the registry answered something that is not JSON`);
    }
    const tags = json?.tags;
    if (tags === null || tags === undefined)
        return [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
        throw new OciError('REGISTRY', `GET tags of ${name}: "tags" is not a list of strings`);
    }
    return tags;
}
/** The `rel="next"` target of a Link header, resolved and checked to stay on the registry's origin. */
function nextPage(headers, current, client) {
    const raw = headers['link'];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
        for (const match of value.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
            const params = match[2] ?? '';
            if (!/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(params))
                continue;
            let next;
            try {
                next = new URL(match[1] ?? '', current);
            }
            catch {
                throw new OciError('REGISTRY', `GET tags of ${client.name}: the registry's Link header names an invalid URL`);
            }
            if (next.origin !== client.origin) {
                throw new OciError('UNSAFE', `GET tags of ${client.name}: refusing a next page on another origin (${redactUrl(next)})`);
            }
            return next;
        }
    }
    return undefined;
}

/**
 * Manifests and indexes: HEAD/GET with an Accept that lists OCI and Docker manifest and index types
 * (distribution 2.8.2 answers 404 for an index otherwise), reads capped and verified, PUT with the body's
 * media type and the returned digest checked, tagging from the bytes this client already holds, DELETE.
 */
/** Manifest bytes remembered for tagging without a second GET (manifests are small; this bounds the map). */
const REMEMBERED_MANIFESTS = 512;
function remember(memory, digest, bytes) {
    memory.delete(digest);
    memory.set(digest, bytes);
    while (memory.size > REMEMBERED_MANIFESTS) {
        const oldest = memory.keys().next().value;
        if (oldest === undefined)
            break;
        memory.delete(oldest);
    }
}
const acceptFor = (mediaType) => mediaType && !manifestAccept.includes(mediaType) ? `${mediaType}, ${manifestAccept}` : manifestAccept;
function manifestRequest(client, method, reference, mediaType) {
    const what = isDigest(reference) ? reference : `tag "${reference}"`;
    return {
        method,
        url: client.url(`manifests/${reference}`),
        operation: `manifest ${what}`,
        scopes: [method === 'DELETE' ? `repository:${client.repository}:delete` : pullScope(client.repository)],
        headers: method === 'DELETE' ? {} : { accept: acceptFor(mediaType) },
        followRedirects: method === 'GET' || method === 'HEAD',
    };
}
async function manifestExists(client, desc) {
    const request = manifestRequest(client, 'HEAD', desc.digest, desc.mediaType);
    const response = await client.request(request);
    await discard(response.body);
    if (response.status === 200)
        return true;
    if (response.status === 404)
        return false;
    throw await client.fail(request, response);
}
/** GET a manifest by tag or digest, capped at MAX_MANIFEST_READ (not yet verified). */
async function getManifest(client, reference, mediaType, signal) {
    const request = { ...manifestRequest(client, 'GET', reference, mediaType), signal };
    const response = await client.request(request);
    if (response.status !== 200)
        throw await client.fail(request, response);
    const length = Number(headerValue(response.headers, 'content-length') ?? '0');
    const what = `${request.operation} in ${client.name}`;
    if (length > MAX_MANIFEST_READ) {
        dropStream(response.body);
        throw new OciError('TOO_LARGE', `${what} is ${length} bytes, more than the ${MAX_MANIFEST_READ} allowed`);
    }
    const bytes = await readCapped(response.body, MAX_MANIFEST_READ, what, client.http.timeouts.smallBodyMs);
    return {
        bytes,
        mediaType: baseMediaType(headerValue(response.headers, 'content-type')),
        digest: headerValue(response.headers, 'docker-content-digest'),
    };
}
/** The verified bytes of the manifest `desc` (remembered for a later tag). */
async function fetchManifest(client, memory, desc, signal) {
    const known = memory.get(desc.digest);
    if (known && known.length === desc.size)
        return known;
    const { bytes } = await getManifest(client, desc.digest, desc.mediaType, signal);
    verifyBytes(bytes, desc, `manifest from ${client.name}`);
    remember(memory, desc.digest, bytes);
    return bytes;
}
const manifestStream = (bytes) => Readable.from([Buffer.from(bytes)]);
/** A tag or digest to {mediaType, digest, size}: HEAD first, GET when HEAD does not tell enough. */
async function resolveManifest(client, memory, reference) {
    const byDigest = isDigest(reference);
    if (!byDigest)
        assertTag(reference, `tag to resolve in ${client.name}`);
    const request = manifestRequest(client, 'HEAD', reference);
    const response = await client.request(request);
    await discard(response.body);
    // Only a HEAD that is refused as such (405) or answered without the headers falls back to GET.
    if (response.status !== 200 && response.status !== 405)
        throw await client.fail(request, response);
    if (response.status === 200) {
        const digest = headerValue(response.headers, 'docker-content-digest');
        const mediaType = baseMediaType(headerValue(response.headers, 'content-type'));
        const size = Number(headerValue(response.headers, 'content-length'));
        if (digest && mediaType && Number.isSafeInteger(size) && size > 0 && (!byDigest || digest === reference)) {
            parseDigest(digest);
            return { mediaType, digest, size };
        }
    }
    // HEAD refused or incomplete: GET the bytes and compute what the headers did not say.
    return (await fetchManifestReference(client, memory, reference)).descriptor;
}
/**
 * Resolve and read in one round trip: a GET of a manifest by tag answers with the bytes and the digest
 * (Docker-Content-Digest), so the usual HEAD-then-GET costs one request instead of two. The digest is
 * computed from the bytes (a tag has nothing else to check against) and must agree with the header when
 * the registry sends one; the bytes are remembered, so a later fetch or tag of the same digest is free.
 */
async function fetchManifestReference(client, memory, reference, signal) {
    const byDigest = isDigest(reference);
    if (!byDigest)
        assertTag(reference, `tag to read in ${client.name}`);
    const fetched = await getManifest(client, reference, undefined, signal);
    const announced = fetched.digest;
    const algorithm = byDigest
        ? parseDigest(reference).algorithm
        : announced?.startsWith('sha512:')
            ? 'sha512'
            : 'sha256';
    const digest = digestOf(fetched.bytes, algorithm);
    const expected = byDigest ? reference : announced;
    if (expected !== undefined && expected !== digest) {
        throw new OciError('DIGEST_MISMATCH', `GET manifest ${byDigest ? reference : `tag "${reference}"`} in ${client.name}: the registry says ${expected.slice(0, 80)} but the bytes hash to ${digest}`);
    }
    const mediaType = fetched.mediaType ?? mediaTypeOf(fetched.bytes);
    if (!mediaType) {
        throw new OciError('INVALID_MANIFEST', `manifest ${reference} in ${client.name} has no media type`);
    }
    remember(memory, digest, fetched.bytes);
    return { descriptor: { mediaType, digest, size: fetched.bytes.length }, bytes: fetched.bytes };
}
async function pushManifest(client, memory, desc, content, signal, 
/** A tag to PUT it under instead of its digest (the registry stores it by digest too). */
tag) {
    if (desc.size > MAX_MANIFEST_PUSH) {
        if (content instanceof Readable)
            dropStream(content);
        throw new OciError('TOO_LARGE', `manifest ${desc.digest} for ${client.name} is ${desc.size} bytes, more than the ${MAX_MANIFEST_PUSH} registries must accept`);
    }
    const bytes = content instanceof Uint8Array ? content : await readCapped(content, MAX_MANIFEST_PUSH, `manifest ${desc.digest}`);
    verifyBytes(bytes, desc, `manifest for ${client.name}`);
    if (tag !== undefined)
        assertTag(tag, `tag for ${client.name}`);
    const subjectAcknowledged = await putManifest(client, desc, bytes, tag ?? desc.digest, signal);
    remember(memory, desc.digest, bytes);
    return { bytes, subjectAcknowledged };
}
/** Points `tag` at `desc` by PUTting its bytes again under the tag. */
async function tagManifest(client, memory, desc, tag) {
    assertTag(tag, `tag for ${client.name}`);
    const bytes = await fetchManifest(client, memory, desc);
    await putManifest(client, desc, bytes, tag);
}
/** PUTs a manifest; true when the registry says (OCI-Subject) that it indexed the manifest's subject itself. */
async function putManifest(client, desc, bytes, reference, signal) {
    const request = {
        method: 'PUT',
        url: client.url(`manifests/${reference}`),
        operation: reference === desc.digest ? `manifest ${desc.digest}` : `manifest ${desc.digest} as tag "${reference}"`,
        scopes: [pushScope(client.repository)],
        headers: { 'content-type': desc.mediaType },
        body: bytes,
        signal,
    };
    const response = await client.request(request);
    if (response.status !== 201 && response.status !== 200)
        throw await client.fail(request, response);
    await discard(response.body);
    const stored = headerValue(response.headers, 'docker-content-digest');
    if (stored !== undefined && stored !== desc.digest) {
        throw new OciError('DIGEST_MISMATCH', `PUT ${request.operation} in ${client.name}: the registry stored it as ${stored.slice(0, 80)}; check that its media type ${desc.mediaType} is one the registry keeps byte for byte`);
    }
    return headerValue(response.headers, 'oci-subject') !== undefined;
}
/**
 * DELETE a manifest by digest. Where the registry refuses because tags still name it (Google Artifact
 * Registry's GOOGLE_MANIFEST_DANGLING_TAG), the tags naming exactly this digest are deleted first, then the
 * digest — what deleting by digest does on registries that allow it.
 */
async function deleteManifest(client, memory, desc) {
    try {
        await deleteReference(client, desc.digest);
        return;
    }
    catch (e) {
        if (!isDanglingTagRefusal(e))
            throw e;
    }
    const naming = [];
    for (const tag of await listTags(client)) {
        if (tag === referrersFallbackTag(desc.digest))
            continue;
        try {
            if ((await resolveManifest(client, memory, tag)).digest === desc.digest)
                naming.push(tag);
        }
        catch (e) {
            if (!(e instanceof RegistryError && e.status === 404))
                throw e; // a tag deleted meanwhile
        }
    }
    client.logger.debug(`${client.name}: deleting ${desc.digest} by its tags first: ${naming.join(', ')}`);
    for (const tag of naming)
        await deleteReference(client, tag);
    try {
        await deleteReference(client, desc.digest);
    }
    catch (e) {
        // Some registries drop an untagged manifest with its last tag.
        if (!(e instanceof RegistryError && e.status === 404))
            throw e;
    }
}
/** The referrers fallback tag `<alg>-<hex>` (it names an index of referrers, never the manifest itself). */
const referrersFallbackTag = (digest) => digest.replace(':', '-').slice(0, 128);
async function deleteReference(client, reference) {
    const request = manifestRequest(client, 'DELETE', reference);
    const response = await client.request(request);
    if (response.status !== 202 && response.status !== 200)
        throw await client.fail(request, response);
    await discard(response.body);
}

/**
 * A blob whose digest is not known yet, pushed in one pass: POST a session, PATCH the bytes as they stream
 * while hashing them, then PUT `?digest=` with what was hashed (docker's own streamed upload, which every
 * registry accepts). The file is read once instead of twice (hash, then upload); the registry checks the
 * digest before the blob becomes visible. A failure cancels the session; the upload is retried whole, with a
 * new session, when the content can be opened again.
 */
async function pushBlobStreamed(client, open, signal) {
    for (let attempt = 1;; attempt++) {
        try {
            return await streamOnce(client, await open(), signal);
        }
        catch (e) {
            if (attempt >= client.http.retry.uploadAttempts || signal?.aborted || !isTransient(e))
                throw e;
            const delayMs = backoffDelay(attempt, client.http.retry);
            client.logger.debug(`streamed blob upload to ${client.name} failed, trying again in ${delayMs} ms`);
            await client.http.retry.sleep(delayMs, signal);
        }
    }
}
/** Hashes and counts the chunks as they pass, each before it is sent. */
async function* hashing(source, seen) {
    for await (const chunk of source) {
        seen.digester.update(chunk);
        seen.size += chunk.length;
        yield chunk;
    }
}
/** Releases content that will not be read (further): destroys a stream, ends a generator early. */
async function release(source) {
    if (source instanceof Readable)
        dropStream(source);
    else
        await source.return?.(undefined);
}
async function streamOnce(client, source, signal) {
    const operation = 'streamed blob upload';
    let session;
    try {
        session = await startUpload(client, operation, signal);
    }
    catch (e) {
        await release(source);
        throw e;
    }
    const seen = { digester: createDigester(), size: 0 };
    try {
        session = await patchUpload(client, session, operation, hashing(source, seen), signal);
        const digest = seen.digester.digest();
        await commitUpload(client, session, digest, signal);
        return { digest, size: seen.size };
    }
    catch (e) {
        await release(source);
        await cancelUpload(client, session);
        throw e;
    }
}

/**
 * Referrers of a manifest (OCI 1.1): the referrers API, and when the registry has none (404, as
 * distribution 2.8.2), the fallback tag `<alg>-<hex>` whose index lists the referrers.
 */
/** The fallback tag of the referrers spec: `<alg>-<hex>`, at most 128 characters. */
const referrersTag = (digest) => digest.replace(':', '-').slice(0, 128);
/**
 * Repositories (by client) found without the referrers API: later lookups go to the fallback tag straight
 * away, one request per manifest instead of two. The spec forbids a 404 from a registry that has the API, so
 * one 404 that does not name a missing repository settles it.
 */
const withoutReferrersApi = new WeakSet();
async function listReferrers(client, memory, desc) {
    if (withoutReferrersApi.has(client))
        return fromFallbackTag(client, memory, desc);
    const found = [];
    let url = client.url(`referrers/${desc.digest}`);
    for (let page = 1; url; page++) {
        if (page > TAG_PAGE_LIMIT) {
            throw new OciError('TOO_LARGE', `GET referrers of ${desc.digest} in ${client.name}: too many pages`);
        }
        const request = {
            method: 'GET',
            url,
            operation: `referrers of ${desc.digest}`,
            scopes: [pullScope(client.repository)],
            headers: { accept: MediaTypes.ociIndex },
        };
        const response = await client.request(request);
        if (page === 1 && (response.status === 404 || response.status === 405)) {
            const answer = await readTextPrefix(response.body, 4096, client.http.timeouts.smallBodyMs);
            if (!answer.includes('NAME_UNKNOWN'))
                withoutReferrersApi.add(client);
            return fromFallbackTag(client, memory, desc);
        }
        if (response.status !== 200)
            throw await client.fail(request, response);
        const body = await readCapped(response.body, MAX_MANIFEST_READ, `referrers of ${desc.digest} in ${client.name}`, client.http.timeouts.smallBodyMs);
        found.push(...manifestsOf(body, `referrers of ${desc.digest} in ${client.name}`));
        url = nextPage(response.headers, url, client);
    }
    return found;
}
async function fromFallbackTag(client, memory, desc) {
    let index;
    try {
        index = await resolveManifest(client, memory, referrersTag(desc.digest));
    }
    catch (e) {
        if (e instanceof RegistryError && e.status === 404)
            return [];
        throw e;
    }
    // GitLab resolves a tag `sha256-<hex>` as the digest `sha256:<hex>`: the "fallback tag" is then the subject
    // itself (an index's children would pass for referrers): there is no fallback tag, so no referrers.
    if (index.digest === desc.digest) {
        client.logger.debug(`${client.name}: the tag ${referrersTag(desc.digest)} names the subject itself: no referrers`);
        return [];
    }
    const tag = referrersTag(desc.digest);
    const refuse = (what) => new OciError('INVALID_MANIFEST', `the referrers tag ${tag} in ${client.name} names ${index.digest}, ${what}, not an OCI image index of the referrers of ${desc.digest}: ` +
        'that tag name is reserved for referrers; move or delete it, then re-run');
    if (index.mediaType !== MediaTypes.ociIndex)
        throw refuse(`a ${index.mediaType}`);
    const { bytes } = await getManifest(client, index.digest, index.mediaType);
    verifyBytes(bytes, index, `referrers index of ${desc.digest} in ${client.name}`);
    remember(memory, index.digest, bytes);
    const entries = referrersIndexEntries(bytes, refuse);
    // Each entry must be a manifest whose `subject` is this one (an ordinary index under that tag lists others);
    // an entry whose manifest is gone (deleted since) is left out.
    const found = [];
    for (const entry of entries) {
        let manifest;
        try {
            manifest = await fetchManifest(client, memory, entry);
        }
        catch (e) {
            if (e instanceof RegistryError && e.status === 404)
                continue;
            throw e;
        }
        if (subjectDigestOf(manifest) !== desc.digest)
            throw refuse(`whose entry ${entry.digest} is not a referrer of it`);
        found.push(entry);
    }
    return found;
}
/** The entries of a fallback tag's index: JSON, an OCI index, `manifests` a list of descriptors; else `refuse`. */
function referrersIndexEntries(bytes, refuse) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw refuse('which is not JSON');
    }
    const { mediaType, manifests } = (typeof json === 'object' && json !== null ? json : {});
    if (mediaType !== undefined && mediaType !== MediaTypes.ociIndex)
        throw refuse(`whose mediaType is ${String(mediaType).slice(0, 80)}`);
    if (!Array.isArray(manifests))
        throw refuse('without a "manifests" list');
    for (const m of manifests) {
        const d = (typeof m === 'object' && m !== null ? m : {});
        const valid = typeof d.mediaType === 'string' &&
            isManifestOrIndexType(d.mediaType) &&
            typeof d.digest === 'string' &&
            isDigest(d.digest) &&
            typeof d.size === 'number' &&
            Number.isSafeInteger(d.size) &&
            d.size >= 0;
        if (!valid)
            throw refuse('with an entry that is not a manifest descriptor');
    }
    return manifests;
}
/** The `subject` digest a manifest names, or undefined. */
function subjectDigestOf(bytes) {
    try {
        return subjectOf(parseManifestJson(bytes, 'manifest'))?.digest;
    }
    catch {
        return undefined;
    }
}
/** Repositories (by client) whose referrers API answered: an OCI-Subject from them is trusted. */
const withReferrersApi = new WeakSet();
/**
 * Whether a manifest PUT answered with OCI-Subject can be trusted to be listed by the referrers API: ECR (2024)
 * sent OCI-Subject without having the API (README: Registries), so its referrers were found nowhere. One GET of the
 * subject's referrers per repository settles it; without the API the fallback tag is written as the spec asks
 * of a registry that sends no OCI-Subject.
 */
async function referrersApiAnswers(client, manifestBytes) {
    const subject = subjectDigestOf(manifestBytes);
    if (subject === undefined || !isDigest(subject) || withReferrersApi.has(client))
        return true;
    if (withoutReferrersApi.has(client))
        return false;
    const request = {
        method: 'GET',
        url: client.url(`referrers/${subject}`),
        operation: `referrers of ${subject}`,
        scopes: [pullScope(client.repository)],
        headers: { accept: MediaTypes.ociIndex },
    };
    const response = await client.request(request);
    if (response.status === 404 || response.status === 405) {
        const answer = await readTextPrefix(response.body, 4096, client.http.timeouts.smallBodyMs);
        if (answer.includes('NAME_UNKNOWN'))
            return false;
        withoutReferrersApi.add(client);
        client.logger.debug(`${client.name} answered OCI-Subject but has no referrers API: writing the fallback tag`);
        return false;
    }
    if (response.status !== 200)
        throw await client.fail(request, response);
    await discard(response.body);
    withReferrersApi.add(client);
    return true;
}
function manifestsOf(bytes, what) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new OciError('INVALID_MANIFEST', `${what} is not JSON`);
    }
    const manifests = json?.manifests;
    if (manifests === undefined || manifests === null)
        return [];
    if (!Array.isArray(manifests))
        throw new OciError('INVALID_MANIFEST', `${what}: "manifests" is not a list`);
    return manifests.filter((m) => typeof m === 'object' &&
        m !== null &&
        typeof m.digest === 'string' &&
        typeof m.mediaType === 'string' &&
        typeof m.size === 'number');
}
/**
 * Fallback-tag updates are read-modify-write of one tag: within this process they run one at a time per
 * subject (keyed by registry, repository and subject digest, whichever target object does them).
 */
const subjectLocks = new Map();
function withSubjectLock(key, fn) {
    const previous = subjectLocks.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const settled = run.catch(() => undefined);
    subjectLocks.set(key, settled);
    void settled.then(() => {
        if (subjectLocks.get(key) === settled)
            subjectLocks.delete(key);
    });
    return run;
}
/**
 * Writes of the fallback index (each followed by a read that checks it) before giving up: another process
 * that read the tag before our write and wrote after it drops our entry, and the next round puts it back.
 */
const REFERRERS_TAG_MAX_WRITES = 5;
/** A short random pause before the check, so that a writer racing with ours has written by then. */
const settleMs = () => 50 + Math.floor(Math.random() * 150);
/**
 * For registries without the referrers API (no OCI-Subject answer to the PUT, as distribution 2.8.2): after a
 * manifest with a `subject` is pushed, list it in the fallback tag's index so that referrers() finds it.
 * Read-modify-write of one tag, serialised per subject in this process; across processes the registry has no
 * compare-and-swap for tags, so each write is checked by reading the tag again and redone (merged with what
 * is there now) when a concurrent writer dropped our entry. A writer that read before our check and writes
 * after it can still drop it: that is the limit of the fallback (README, recipe 8).
 */
async function listInReferrersTag(client, memory, manifest, bytes) {
    const entry = referrerEntry(manifest, bytes);
    if (!entry)
        return;
    const tag = referrersTag(entry.subject);
    const subject = { mediaType: manifest.mediaType, digest: entry.subject, size: 0 };
    await withSubjectLock(`${client.name}\n${entry.subject}`, async () => {
        for (let writes = 0;; writes++) {
            const existing = await fromFallbackTag(client, memory, subject);
            if (existing.some((d) => d.digest === manifest.digest))
                return;
            if (writes >= REFERRERS_TAG_MAX_WRITES) {
                throw new OciError('CONFLICT', `the referrers tag ${tag} in ${client.name} lost ${manifest.digest} to concurrent writers ${writes} times: ` +
                    'attach to this subject from one job at a time, then re-run');
            }
            const others = existing.filter((d) => d.digest !== manifest.digest);
            const index = { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [...others, entry.descriptor] };
            const { bytes: indexBytes, descriptor: indexDesc } = jsonContent(MediaTypes.ociIndex, index);
            // One PUT by tag: the index and the tag change together, which keeps the race window to one request.
            await pushManifest(client, memory, indexDesc, indexBytes, undefined, tag);
            await new Promise((done) => setTimeout(done, settleMs()));
        }
    });
}
/** The descriptor a referrers index lists for a manifest (artifactType, annotations), and its subject. */
function referrerEntry(manifest, bytes) {
    let json;
    try {
        json = parseManifestJson(bytes, 'referrer');
    }
    catch {
        return undefined;
    }
    const subject = subjectOf(json)?.digest;
    if (subject === undefined || !isDigest(subject))
        return undefined;
    return { subject, descriptor: referrerDescriptor(manifest, json) };
}

const DEFAULT_USER_AGENT = 'oci-multiarch';
/** Whether `ref`'s registry is spoken to over plain HTTP (loopback, or named in `plainHttpHosts`). */
function usesPlainHttp(ref, plainHttpHosts = []) {
    if (isLoopbackHost(ref.apiHost))
        return true;
    const hosts = plainHttpHosts.map((h) => h.trim().toLowerCase());
    return hosts.includes(ref.apiHost.toLowerCase()) || hosts.includes(ref.registry.toLowerCase());
}
function createRegistryTarget(ref, options = {}) {
    const logger = options.logger ?? silentLogger;
    const client = createRegistryClient({
        registry: ref.registry,
        apiHost: ref.apiHost,
        repository: ref.repository,
        plainHttp: usesPlainHttp(ref, options.plainHttpHosts),
        plainHttpHosts: options.plainHttpHosts,
        credentials: options.credentials,
        onSecret: options.onSecret,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        http: {
            retry: { ...defaultRetryPolicy, ...options.retry },
            timeouts: { ...defaultTimeouts, ...options.timeouts },
            signal: options.signal,
            onRetry: ({ attempt, delayMs, reason }) => logger.debug(`registry ${ref.registry}: ${reason}, retry ${attempt} in ${delayMs} ms`),
        },
        logger,
    });
    const memory = new Map();
    // Updates of referrers fallback tags are read-modify-write: one at a time within this target.
    let referrerUpdates = Promise.resolve();
    const serialised = (fn) => {
        const run = referrerUpdates.then(fn, fn);
        referrerUpdates = run.catch(() => undefined);
        return run;
    };
    const isManifest = (desc) => isManifestOrIndexType(desc.mediaType);
    /** PUT a manifest (by digest, or by `tag`); list it in its subject's fallback tag when the registry did not. */
    const storeManifest = async (desc, content, signal, tag) => {
        const pushed = await pushManifest(client, memory, desc, content, signal, tag);
        // OCI-Subject is trusted only from a registry whose referrers API answers (ECR sent it without one).
        if (!pushed.subjectAcknowledged || !(await referrersApiAnswers(client, pushed.bytes)))
            await serialised(() => listInReferrersTag(client, memory, desc, pushed.bytes));
    };
    return {
        location: { kind: 'registry', registry: ref.registry, repository: ref.repository },
        name: client.name,
        async fetch(desc, fetchOptions) {
            if (isManifest(desc))
                return manifestStream(await fetchManifest(client, memory, desc, fetchOptions?.signal));
            return fetchBlob(client, desc, fetchOptions?.signal);
        },
        exists: (desc) => (isManifest(desc) ? manifestExists(client, desc) : blobExists(client, desc)),
        resolve: (reference) => resolveManifest(client, memory, reference),
        fetchReference: (reference, fetchOptions) => fetchManifestReference(client, memory, reference, fetchOptions?.signal),
        async push(desc, content, pushOptions) {
            if (!isManifest(desc))
                return pushBlob(client, desc, content, pushOptions?.signal);
            await storeManifest(desc, content, pushOptions?.signal);
        },
        tag: (desc, tag) => tagManifest(client, memory, desc, tag),
        async pushTagged(desc, bytes, tag, pushOptions) {
            if (!isManifest(desc)) {
                throw new OciError('INVALID_INPUT', `cannot tag ${desc.digest}: ${desc.mediaType} is not a manifest or index`);
            }
            await storeManifest(desc, bytes, pushOptions?.signal, tag);
        },
        pushStreamed: (open, pushOptions) => pushBlobStreamed(client, open, pushOptions?.signal),
        pushBlobFrom: (desc, open, pushOptions) => pushBlob(client, desc, open, pushOptions?.signal, pushOptions?.onProgress),
        mount: (desc, fromRepository) => mountBlob(client, desc, fromRepository),
        listTags: () => listTags(client),
        referrers: (desc) => listReferrers(client, memory, desc),
        delete: async (desc) => {
            await deleteManifest(client, memory, desc);
            memory.delete(desc.digest);
        },
    };
}

/**
 * The one place that switches over the kinds of store: it turns a reference into a store (`oci-layout:PATH` → an
 * OCI image-layout directory, `HOST/REPO` → a registry repository), and it alone compares two stores' locations
 * (the same store? a mount source?). Each switch is exhaustive: a new kind does not compile until it is handled
 * here. Everything else works on the Target it returns.
 */
/** Opens the repository or layout a reference names; its tag or digest is left to the caller to resolve. */
function openTarget(ref, options = {}) {
    const reference = typeof ref === 'string' ? parseReference(ref) : ref;
    switch (reference.kind) {
        case 'layout':
            return createLayoutTarget(reference.path);
        case 'registry':
            return createRegistryTarget(reference, options.registry);
    }
}
const unknownKind = (location) => {
    throw new Error(`unknown store kind ${JSON.stringify(location)}`);
};
/** Whether two locations are one store: the same registry repository, or the same layout directory. */
function sameStore(a, b) {
    switch (a.kind) {
        case 'registry':
            return b.kind === 'registry' && a.registry === b.registry && a.repository === b.repository;
        case 'layout':
            return b.kind === 'layout' && a.path === b.path;
        case 'memory':
        case 'files':
            // Memory targets and push's file source have no address to compare: two of them are never known to be one.
            return false;
        default:
            return unknownKind(a);
    }
}
/** The repository a blob at `from` can be mounted from into `to`: another repository of the same registry. */
function mountSource(from, to) {
    switch (from.kind) {
        case 'registry':
            return to.kind === 'registry' && from.registry === to.registry && from.repository !== to.repository
                ? from.repository
                : undefined;
        case 'layout':
        case 'memory':
        case 'files':
            return undefined;
        default:
            return unknownKind(from);
    }
}

/** Copy errors say which side failed (source or destination), on which descriptor, and keep the cause's code. */
/** Marks errors already wrapped, so a failure deep in the graph is not prefixed at every level. */
const wrapped = new WeakSet();
const isAbortError = (e) => e instanceof Error && e.name === 'AbortError';
function copyError(side, target, desc, e) {
    if (typeof e === 'object' && e !== null && wrapped.has(e))
        return e;
    if (isAbortError(e))
        return e;
    const action = side === 'source' ? `reading from source ${target.name}` : `writing to destination ${target.name}`;
    const error = new OciError(e instanceof OciError ? e.code : 'INCOMPLETE', `copy failed ${action}, ${desc.mediaType} ${desc.digest} (${desc.size} bytes): ${messageOf(e)}`, { cause: e });
    wrapped.add(error);
    return error;
}
/** Runs `fn`, turning any failure into a copy error for `side` and `desc`. */
async function onSide(side, target, desc, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw copyError(side, target, desc, e);
    }
}

/**
 * One blob from source to destination: already there, skipped (non-distributable), mounted from another
 * repository of the same registry, or streamed (fetch piped into push, flat memory, verified on both ends).
 */
/** Layers that must not be pushed anywhere but their own URLs (docker foreign layers, OCI non-distributable). */
const isNonDistributable = (desc) => desc.mediaType.includes('nondistributable') || desc.mediaType.includes('.foreign.');
/** Where a mount could come from: the source repository, when both sides are repositories of one registry. */
function mountSourceOf(source, destination) {
    return destination.mount ? mountSource(source.location, destination.location) : undefined;
}
async function copyBlob(desc, context) {
    const { source, destination, signal } = context;
    if (await onSide('destination', destination, desc, () => destination.exists(desc)))
        return 'exists';
    if (isNonDistributable(desc))
        return 'skipped';
    const fromRepository = mountSourceOf(source, destination);
    if (fromRepository !== undefined && destination.mount) {
        const mount = destination.mount.bind(destination);
        if (await onSide('destination', destination, desc, () => mount(desc, fromRepository)))
            return 'mounted';
    }
    // Opened by a destination that can (a registry) while it starts its upload session, so the GET here and the
    // POST there overlap; opened again if the upload fails in a way worth another try.
    let sourceError;
    let opened;
    const open = async (counted) => {
        sourceError = undefined;
        const stream = await onSide('source', source, desc, () => source.fetch(desc, { signal }));
        stream.once('error', (e) => {
            sourceError ??= e;
        });
        opened = context.onProgress && !counted ? counting(stream, desc, context.onProgress) : stream;
        return opened;
    };
    const report = context.onProgress;
    try {
        if (destination.pushBlobFrom) {
            // The destination tells the progress itself, as it sends: no stream in between to count the bytes.
            const onProgress = report && ((transferred) => report({ descriptor: desc, transferred, total: desc.size }));
            await destination.pushBlobFrom(desc, () => open(true), { signal, ...(onProgress ? { onProgress } : {}) });
        }
        else {
            await destination.push(desc, await open(false), { signal });
        }
    }
    catch (e) {
        if (opened && !opened.destroyed) {
            opened.on('error', () => { }); // the error that destroying causes is expected
            opened.destroy();
        }
        throw sourceError !== undefined
            ? copyError('source', source, desc, sourceError)
            : copyError('destination', destination, desc, e);
    }
    return 'uploaded';
}
function counting(stream, desc, report) {
    let transferred = 0;
    const counter = new Transform({
        transform(chunk, _encoding, callback) {
            transferred += chunk.length;
            report({ descriptor: desc, transferred, total: desc.size });
            callback(null, chunk);
        },
    });
    pipeline$1(stream, counter, () => {
        // an error destroys `counter`, and the destination's push sees it
    });
    return counter;
}

function createLimit(concurrency) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    }
    let active = 0;
    const waiting = [];
    const release = () => {
        active--;
        waiting.shift()?.();
    };
    return async (fn) => {
        if (active >= concurrency)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await fn();
        }
        finally {
            release();
        }
    };
}
/** Runs `fn` over `items`, at most `limit` at once. */
async function runBounded(items, limit, fn) {
    const bounded = createLimit(limit);
    await Promise.all(items.map((item) => bounded(() => fn(item))));
}

/**
 * The children of a node in the content graph, found by media type: an image manifest points at its
 * config (the empty `{}` config too: it is a blob the registry must hold), its layers and its subject;
 * an index at its manifests and its subject. Anything else is a leaf. The JSON is read defensively:
 * a malformed descriptor is an INVALID_MANIFEST error naming where it is, not a crash later.
 */
function successors(desc, bytes) {
    const manifest = isManifestType(desc.mediaType);
    const index = isIndexType(desc.mediaType);
    if (!manifest && !index)
        return [];
    const what = `${desc.mediaType} ${desc.digest}`;
    const json = parseManifestJson(bytes, what);
    const out = [];
    if (manifest) {
        out.push(required(json, 'config', what));
        out.push(...list(json, 'layers', what));
    }
    else {
        out.push(...list(json, 'manifests', what));
    }
    if (json['subject'] !== undefined)
        out.push(required(json, 'subject', what));
    return out;
}
function required(json, field, what) {
    const d = asDescriptor(json[field]);
    if (!d)
        throw invalid(what, `"${field}" is missing or not a descriptor (mediaType, digest, size)`);
    return d;
}
function list(json, field, what) {
    const value = json[field] ?? [];
    if (!Array.isArray(value))
        throw invalid(what, `"${field}" is not an array`);
    return value.map((item, i) => {
        const d = asDescriptor(item);
        if (!d)
            throw invalid(what, `${field}[${i}] is not a descriptor (mediaType, digest, size)`);
        return d;
    });
}
const invalid = (what, why) => new OciError('INVALID_MANIFEST', `${what}: ${why}`);

/**
 * The one traversal: copies the graph under `root` from any target to any other, children strictly
 * before parents, and tags the root last.
 *
 * - Each manifest is fetched once from the source and pushed with its raw bytes (never re-serialised).
 * - Work is deduplicated by digest: a node reached twice, even concurrently, is copied once.
 * - At most `concurrency` transfers (fetch, exists, push, mount) are in flight; callers copying several graphs
 *   into one destination at once pass one shared `limit` instead, so the bound holds for all of them together.
 * - A manifest the destination already holds is still walked (its children are checked with exists(),
 *   which moves no bytes): correctness first, since a layout or a memory target does not verify on push
 *   that a manifest's children are present. A re-run therefore uploads nothing but still reads the
 *   source's manifests once each.
 * - With `referrers`, the referrers of every manifest reached are copied too (and theirs), after their
 *   subject (listed while the subject's children are copied, pushed once it is stored) and before the tags; so are cosign's `sha256-<hex>.sig|.att|.sbom` tags (cosign-tags.ts), tagged
 *   alike in the destination unless it already has that tag elsewhere (then it is kept, with a warning).
 * - The first failure aborts the transfers in flight and is thrown, naming the side and the descriptor.
 */
/** Four parallel transfers: enough to hide latency, few enough to be polite to a registry. */
const DEFAULT_COPY_CONCURRENCY = 4;
async function copyGraph(source, destination, root, options = {}) {
    const logger = options.logger ?? silentLogger;
    const tags = options.tags ?? [];
    if (tags.length > 0 && !isManifestOrIndexType(root.mediaType)) {
        throw new OciError('INVALID_INPUT', `cannot tag ${root.digest}: ${root.mediaType} is not a manifest or index`);
    }
    const limit = options.limit ?? createLimit(options.concurrency ?? DEFAULT_COPY_CONCURRENCY);
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    const zero = () => ({ count: 0, bytes: 0 });
    const report = {
        uploaded: zero(),
        mounted: zero(),
        existing: zero(),
        skipped: zero(),
        manifests: 0,
        manifestsExisting: 0,
        referrers: 0,
    };
    const tallies = {
        uploaded: report.uploaded,
        mounted: report.mounted,
        exists: report.existing,
        skipped: report.skipped,
    };
    // With no referrers to copy after it, the root can be stored under its first tag in one step (a registry's
    // PUT by tag): tags still come after everything else.
    const tagRootOnPush = tags.length > 0 && !(options.referrers && source.referrers);
    let rootTagged = false;
    const visited = new Map();
    const referrerTasks = [];
    let firstError;
    const fail = (e) => {
        if (firstError === undefined && !isAbortError(e))
            firstError = e;
        controller.abort();
        throw e;
    };
    const visit = (desc) => {
        let task = visited.get(desc.digest);
        if (!task) {
            const manifest = isManifestOrIndexType(desc.mediaType);
            if (manifest && options.stored?.has(desc.digest))
                task = Promise.resolve();
            else
                task = (manifest ? copyManifest(desc) : copyOneBlob(desc)).catch(fail);
            task.catch(() => { }); // awaited by every parent; this only keeps an early failure from being "unhandled"
            visited.set(desc.digest, task);
        }
        return task;
    };
    const copyOneBlob = async (desc) => {
        const context = { source, destination, signal, ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
        const action = options.stored?.get(desc.digest) ?? (await limit(() => copyBlob(desc, context)));
        const bytes = action === 'uploaded' ? desc.size : 0;
        tallies[action].count++;
        tallies[action].bytes += desc.size;
        logger.debug(`${desc.digest} (${desc.size} bytes): ${action}`);
        options.onBlob?.({ descriptor: desc, action, bytes });
    };
    const copyManifest = async (desc) => {
        const bytes = await limit(() => onSide('source', source, desc, () => readAll(source, desc, MAX_MANIFEST_READ, { signal })));
        const children = await onSide('source', source, desc, async () => successors(desc, bytes));
        // Reads go ahead while the children are copied: whether the destination holds this node, and (from the source)
        // its referrers, whose copies wait for this node anyway (it is their subject) and whose tags wait for it too.
        const presence = limit(() => onSide('destination', destination, desc, () => destination.exists(desc)));
        presence.catch(() => { }); // awaited below, after the children; a failure there is reported then
        if (options.referrers && source.referrers)
            referrerTasks.push(copyReferrers(desc).catch(fail));
        await Promise.all(children.map(visit));
        const present = await presence;
        if (present) {
            report.manifestsExisting++;
        }
        else if (tagRootOnPush && desc.digest === root.digest) {
            const tag = tags[0];
            await limit(() => onSide('destination', destination, desc, () => pushTagged(destination, desc, bytes, tag, { signal })));
            rootTagged = true;
            report.manifests++;
        }
        else {
            await limit(() => onSide('destination', destination, desc, () => destination.push(desc, bytes, { signal })));
            report.manifests++;
            logger.debug(`${desc.mediaType} ${desc.digest}: pushed to ${destination.name}`);
        }
    };
    const copyReferrers = async (subject) => {
        const list = source.referrers?.bind(source);
        if (!list)
            return;
        const found = await limit(() => onSide('source', source, subject, () => list(subject)));
        report.referrers += found.length;
        await Promise.all([
            ...found.map(visit),
            ...cosignTagsFor(subject.digest).map((tag) => copyCosignTag(subject, tag)),
        ]);
    };
    const copyCosignTag = async (subject, tag) => {
        const tagged = await limit(() => onSide('source', source, subject, () => resolveIfTagged(source, tag)));
        if (!tagged || !isManifestOrIndexType(tagged.mediaType))
            return;
        report.referrers++;
        await visit(tagged);
        await visited.get(subject.digest); // the tag names the subject: it goes once the subject is stored
        const there = await limit(() => onSide('destination', destination, tagged, () => resolveIfTagged(destination, tag)));
        if (there === undefined) {
            await limit(() => onSide('destination', destination, tagged, () => destination.tag(tagged, tag)));
            logger.debug(`tagged ${destination.name}:${tag} → ${tagged.digest}`);
        }
        else if (there.digest !== tagged.digest) {
            logger.warning(`${destination.name}:${tag} already holds ${there.digest}, not ${tagged.digest} from ${source.name}: left as it is`);
        }
    };
    try {
        await visit(root);
        while (referrerTasks.length > 0)
            await Promise.all(referrerTasks.splice(0));
        for (const [i, tag] of tags.entries()) {
            if (i > 0 || !rootTagged)
                await onSide('destination', destination, root, () => destination.tag(root, tag));
            logger.info(`tagged ${destination.name}:${tag} → ${root.digest}`);
        }
    }
    catch (e) {
        throw firstError ?? e;
    }
    return report;
}

const m = createRequire(import.meta.url)("node:zlib");
const exportOf = (key) => m[key];
const createGzip = /*#__PURE__*/ exportOf("createGzip");
const createGunzip = /*#__PURE__*/ exportOf("createGunzip");
const constants = /*#__PURE__*/ exportOf("constants");

/**
 * The one rule for names that may be written under an output directory, shared by pull (titles, tar entries)
 * and push (what goes into a directory layer), so that push never publishes what pull would refuse:
 * relative, no `..`, no NUL, no backslash or drive letter (separators on Windows), no `.git` component (a
 * published `.git/hooks/pre-commit` would run in the consumer's repository), and symlink targets that cannot
 * lead outside. The rules return a reason; each side words the error for its own operation.
 */
const unsafe = (name, reason) => new OciError('UNSAFE', `refusing to extract ${quote(name)}: ${reason}; nothing is written outside the output directory`);
/**
 * `.git`, in any case, and with the trailing dots or spaces that Windows drops from names: git's own
 * directory, where hooks and config are executable in effect.
 */
const isGitDirName = (part) => /^\.git[. ]*$/i.test(part);
/** Why `name` may not be written under an output directory, or undefined when it may. */
function nameProblem(name) {
    if (name.includes('\0'))
        return 'the name contains a NUL byte';
    if (name.includes('\\'))
        return 'the name contains a backslash (a path separator on Windows)';
    if (name.startsWith('/'))
        return 'the name is an absolute path';
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    // Checked on every component, not the raw name: `./C:/x` normalises to `C:/x`, a drive on Windows.
    if (parts.some((p) => /^[A-Za-z]:/.test(p)))
        return 'the name has a drive letter (C:) in it';
    if (parts.includes('..'))
        return 'the name contains a ".." component';
    if (parts.some(isGitDirName))
        return 'the name has a ".git" component (git would run hooks from it)';
    return undefined;
}
/**
 * The normalised relative path of an archive entry or a file title (`./a//b/` → `a/b`; `.` → ``), or an
 * UNSAFE error for an absolute path, one that climbs out with `..`, or one under `.git`.
 */
function safeRelativePath(name) {
    if (plainPath.test(name))
        return name.endsWith('/') ? name.slice(0, -1) : name;
    return checkedRelativePath(name);
}
/**
 * Names of ASCII letters, digits, `_`, `-` and `.` whose components do not start with a dot (`dir/file.ext`, what
 * nearly every archive holds): no rule of nameProblem can refuse one (no NUL, backslash, colon or leading `/`;
 * no `.`, `..` or `.git` component) and it is already normal but for a trailing slash. One regular expression
 * instead of the full check, for each of 10,000 entries; everything else takes the full check.
 */
const plainPath = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*\/?$/;
/** safeRelativePath without its fast path (exported for the test that holds the two to the same answers). */
function checkedRelativePath(name) {
    const problem = nameProblem(name);
    if (problem)
        throw unsafe(name, problem);
    return name
        .split('/')
        .filter((p) => p !== '' && p !== '.')
        .join('/');
}
/**
 * Why a symlink at `linkPath` (already a safe relative path) pointing to `target` is refused, or undefined.
 * The target must be relative, and `..` may only lead it (`../lib/x`, never `a/../../x`), climbing no higher
 * than the link's own directory depth. With every earlier link held to the same rule and no write ever going
 * through a link, resolving any path under the output directory stays under it.
 */
function symlinkTargetProblem(linkPath, target) {
    if (target === '')
        return 'the symlink has an empty target';
    if (target.includes('\0'))
        return 'the symlink target contains a NUL byte';
    if (target.startsWith('/') || target.includes('\\') || /^[A-Za-z]:/.test(target)) {
        return `the symlink points to ${quote(target)}, outside the output directory`;
    }
    const parts = target.split('/').filter((p) => p !== '' && p !== '.');
    const ups = parts.findIndex((p) => p !== '..');
    const leading = ups < 0 ? parts.length : ups;
    if (parts.slice(leading).includes('..')) {
        return `the symlink target ${quote(target)} has ".." after a name (only leading ".." are allowed)`;
    }
    if (parts.some(isGitDirName))
        return `the symlink target ${quote(target)} has a ".git" component`;
    const depth = linkPath.split('/').length - 1;
    if (leading > depth)
        return `the symlink points to ${quote(target)}, outside the output directory`;
    return undefined;
}
/** Throws UNSAFE (pull's wording) when symlinkTargetProblem finds one. */
function checkSymlinkTarget(linkPath, target) {
    const problem = symlinkTargetProblem(linkPath, target);
    if (problem)
        throw unsafe(linkPath, problem);
}

/**
 * The tar format, one 512-byte header at a time: POSIX ustar headers, pax extended headers (`x`) for what
 * does not fit, and on reading also GNU long names (`L`/`K`), GNU base-256 numbers and the ustar prefix.
 */
const blockSize = 512;
/** Longest name or link target a ustar header field holds; longer ones go into a pax header. */
const ustarNameLength = 100;
/** Largest size an 11-digit octal field holds (8 GiB - 1); larger files get a pax `size` record. */
const maxOctalSize = 0o77777777777;
const EntryTypes = {
    file: '0',
    oldFile: '\0',
    contiguous: '7',
    hardlink: '1',
    symlink: '2',
    charDevice: '3',
    blockDevice: '4',
    directory: '5',
    fifo: '6',
    paxHeader: 'x',
    paxGlobal: 'g',
    gnuLongName: 'L',
    gnuLongLink: 'K',
};
const utf8 = new TextEncoder();
/** A header block for our own writer: uid/gid 0, empty uname/gname, mtime 0, ustar magic. */
function encodeHeader(h) {
    const block = Buffer.alloc(blockSize);
    writeString(block, 0, 100, h.name);
    writeOctal(block, 100, 8, h.mode);
    writeOctal(block, 108, 8, 0);
    writeOctal(block, 116, 8, 0);
    writeOctal(block, 124, 12, h.size);
    writeOctal(block, 136, 12, 0);
    block.write(h.type, 156, 1, 'latin1');
    writeString(block, 157, 100, h.linkName);
    block.write('ustar\x0000', 257, 8, 'latin1');
    writeOctal(block, 329, 8, 0);
    writeOctal(block, 337, 8, 0);
    writeChecksum(block);
    return block;
}
/**
 * The header blocks for one entry: a pax header first when the name or link target is longer than a
 * ustar field (in bytes) or the size does not fit 11 octal digits, then the ustar header itself.
 */
function encodeEntryHeaders(h) {
    const records = [];
    const name = utf8.encode(h.name).length > ustarNameLength ? truncateUtf8(h.name, ustarNameLength) : h.name;
    if (name !== h.name)
        records.push(['path', h.name]);
    const linkName = utf8.encode(h.linkName).length > ustarNameLength ? truncateUtf8(h.linkName, ustarNameLength) : h.linkName;
    if (linkName !== h.linkName)
        records.push(['linkpath', h.linkName]);
    if (h.size > maxOctalSize)
        records.push(['size', String(h.size)]);
    const main = encodeHeader({ ...h, name, linkName, size: h.size > maxOctalSize ? 0 : h.size });
    if (records.length === 0)
        return [main];
    const body = encodePaxRecords(records);
    const paxHeader = encodeHeader({
        name: 'PaxHeaders/entry',
        mode: 0o644,
        size: body.length,
        type: EntryTypes.paxHeader,
        linkName: '',
    });
    return [paxHeader, body, Buffer.alloc(paddingFor(body.length)), main];
}
/** `"<length> <key>=<value>\n"` records, where length counts the whole record in bytes (itself included). */
function encodePaxRecords(records) {
    return Buffer.concat(records.map(([key, value]) => {
        const rest = Buffer.byteLength(` ${key}=${value}\n`);
        let length = rest + String(rest).length;
        if (String(length).length !== String(rest).length)
            length = rest + String(length).length;
        return Buffer.from(`${length} ${key}=${value}\n`, 'utf8');
    }));
}
function parsePaxRecords(body) {
    const out = new Map();
    let at = 0;
    while (at < body.length) {
        if (body[at] === 0)
            break;
        const space = body.indexOf(0x20, at);
        const length = space > at ? Number(body.toString('latin1', at, space)) : NaN;
        if (!Number.isSafeInteger(length) || length <= 0 || at + length > body.length || body[at + length - 1] !== 0x0a) {
            throw new OciError('UNSAFE', 'tar archive: malformed pax extended header');
        }
        const record = body.toString('utf8', space + 1, at + length - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new OciError('UNSAFE', 'tar archive: malformed pax extended header record');
        out.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return out;
}
const isZeroBlock = (block) => block.every((b) => b === 0);
const paddingFor = (size) => (blockSize - (size % blockSize)) % blockSize;
/** Decodes a header block; verifies its checksum. Names are raw (ustar prefix joined), not yet checked. */
function decodeHeader(block) {
    const stored = readNumber(block, 148, 8, 'checksum');
    if (stored !== checksumOf(block)) {
        throw new OciError('UNSAFE', 'tar archive: a header checksum does not match (the archive is corrupt or not a tar)');
    }
    let name = readString(block, 0, 100);
    const isPosixUstar = block.toString('latin1', 257, 263) === 'ustar\0';
    const prefix = isPosixUstar ? readString(block, 345, 155) : '';
    if (prefix)
        name = `${prefix}/${name}`;
    return {
        name,
        mode: readNumber(block, 100, 8, 'mode'),
        size: readNumber(block, 124, 12, 'size'),
        type: block.toString('latin1', 156, 157),
        linkName: readString(block, 157, 100),
    };
}
/** The header's bytes summed, its checksum field (148–155) counted as spaces. */
function checksumOf(block) {
    let sum = 8 * 0x20;
    for (let i = 0; i < 148; i++)
        sum += block[i];
    for (let i = 156; i < blockSize; i++)
        sum += block[i];
    return sum;
}
function writeChecksum(block) {
    block.write(`${checksumOf(block).toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
}
function writeString(block, offset, length, value) {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length > length)
        throw new OciError('INVALID_INPUT', `tar: "${value}" does not fit a ${length}-byte field`);
    bytes.copy(block, offset);
}
function writeOctal(block, offset, length, value) {
    block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
}
/** A NUL-terminated string field (UTF-8, as GNU tar and Go write them). */
function readString(block, offset, length) {
    const end = block.indexOf(0, offset);
    return block.toString('utf8', offset, end < 0 || end > offset + length ? offset + length : end);
}
/** An octal field (NUL/space padded) or a GNU base-256 number (high bit of the first byte set). */
function readNumber(block, offset, length, field) {
    const first = block[offset] ?? 0;
    if (first & 0x80) {
        if (first !== 0x80)
            throw new OciError('UNSAFE', `tar archive: negative or huge ${field} field`);
        let value = 0;
        for (let i = offset + 1; i < offset + length; i++)
            value = value * 256 + (block[i] ?? 0);
        if (!Number.isSafeInteger(value))
            throw new OciError('UNSAFE', `tar archive: ${field} field too large`);
        return value;
    }
    // Read byte by byte (this runs three times per entry): leading spaces, octal digits, then only NULs and spaces.
    const end = offset + length;
    let at = offset;
    while (at < end && block[at] === 0x20)
        at++;
    let value = 0;
    for (; at < end; at++) {
        const b = block[at];
        if (b < 0x30 || b > 0x37)
            break;
        value = value * 8 + (b - 0x30);
    }
    for (; at < end; at++) {
        const b = block[at];
        if (b !== 0 && b !== 0x20) {
            const text = block
                .toString('latin1', offset, end)
                .replace(/[\0 ]+$/, '')
                .replace(/^ +/, '');
            throw new OciError('UNSAFE', `tar archive: bad ${field} field ${quote(text, 40)} in a header`);
        }
    }
    return value;
}
/** The longest prefix of `s` that fits `max` bytes in UTF-8 (a readable stand-in; the pax record holds the truth). */
function truncateUtf8(s, max) {
    let out = '';
    for (const ch of s) {
        if (Buffer.byteLength(out + ch) > max)
            break;
        out += ch;
    }
    return out;
}

/**
 * A directory as one deterministic tar stream: the same tree gives the same bytes on every run.
 *
 * - Entry names are relative to the directory, without a `./` prefix (`bin/tool`); directories end in `/`.
 *   The directory itself is not an entry. With a `prefix` (the layer's title, as ORAS's file store writes
 *   directories), every name starts with `prefix/` and the directory itself is the first entry, `prefix/`.
 * - Order: depth first, each directory's children sorted by the byte order of their UTF-8 names, and a
 *   directory's own entry before its contents (the order GNU tar's `--sort=name` gives).
 * - Metadata is normalised: mtime 0, uid/gid 0, empty uname/gname; mode 0755 for directories and for files
 *   with any execute bit, 0644 for other files, 0777 for symlinks (their mode means nothing).
 * - Regular files and symlinks (stored as links, never followed). Hard links are stored as separate files.
 *   Sockets, FIFOs and devices are refused, and so is anything pull would refuse to write (safe-path.ts: a
 *   symlink leading outside the directory, a `.git` entry): what we publish, we can also pull.
 * - Files are streamed, never read whole; a file that changes size while it is read is an error.
 */
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** The uncompressed tar bytes of `dir`, streamed; names start with `prefix/` when one is given. */
function createDirectoryTar(dir, prefix) {
    return Readable.from(tarChunks(dir, prefix), { objectMode: false });
}
async function* tarChunks(root, prefix) {
    const top = await lstat(root).catch((e) => {
        throw new OciError('INVALID_INPUT', `cannot archive "${root}": ${e.message}`, { cause: e });
    });
    if (!top.isDirectory())
        throw new OciError('INVALID_INPUT', `cannot archive "${root}": not a directory`);
    if ((await readdir(root)).length === 0) {
        throw new OciError('INVALID_INPUT', `cannot archive "${root}": the directory is empty, so there is nothing to publish (add files to it, or leave it out of "files")`);
    }
    if (prefix)
        yield* header({ name: `${prefix}/`, mode: 0o755, size: 0, type: EntryTypes.directory, linkName: '' });
    yield* walk(root, '', prefix ? `${prefix}/` : '');
    // The end of the archive: two zero blocks.
    yield Buffer.alloc(blockSize * 2);
}
async function* walk(root, relative, namePrefix) {
    const names = (await readdir(join(root, relative))).sort(byteOrder);
    for (const name of names) {
        const entryPath = relative ? `${relative}/${name}` : name;
        const absolute = join(root, entryPath);
        const stat = await lstat(absolute);
        const badName = nameProblem(entryPath);
        if (badName)
            throw refused(absolute, badName);
        if (stat.isDirectory()) {
            yield* header({
                name: `${namePrefix}${entryPath}/`,
                mode: 0o755,
                size: 0,
                type: EntryTypes.directory,
                linkName: '',
            });
            yield* walk(root, entryPath, namePrefix);
        }
        else if (stat.isSymbolicLink()) {
            const target = await readlink(absolute);
            const badLink = symlinkTargetProblem(entryPath, target);
            if (badLink)
                throw refused(absolute, badLink);
            yield* header({ name: namePrefix + entryPath, mode: 0o777, size: 0, type: EntryTypes.symlink, linkName: target });
        }
        else if (stat.isFile()) {
            const mode = stat.mode & 0o111 ? 0o755 : 0o644;
            yield* header({ name: namePrefix + entryPath, mode, size: stat.size, type: EntryTypes.file, linkName: '' });
            yield* fileBody(absolute, stat.size);
        }
        else {
            throw new OciError('INVALID_INPUT', `cannot archive "${absolute}": only regular files, directories and symlinks can go into a layer`);
        }
    }
}
/** Push's wording of the rule pull applies (safe-path.ts). */
const refused = (path, reason) => new OciError('INVALID_INPUT', `cannot archive "${path}": ${reason}; pull would refuse it, so it is not published`);
function* header(h) {
    yield* encodeEntryHeaders(h);
}
async function* fileBody(path, size) {
    let seen = 0;
    // `end` is inclusive; reading one byte more than expected reveals a file that grew.
    for await (const chunk of createReadStream(path, { start: 0, end: size, highWaterMark: 256 * 1024 })) {
        const buffer = chunk;
        seen += buffer.length;
        if (seen > size)
            break;
        yield buffer;
    }
    if (seen !== size) {
        throw new OciError('INCOMPLETE', `"${path}" changed size while it was archived (expected ${size} bytes, ${seen > size ? 'more' : `got ${seen}`}); archive a directory that is not being written to`);
    }
    const padding = paddingFor(size);
    if (padding)
        yield Buffer.alloc(padding);
}

/**
 * A streaming tar reader. `TarParser` is fed chunks and calls its handler synchronously, one entry at a time,
 * with each entry's bytes as they arrive (subarrays of the input, never copied or held): so the extractor
 * writes a file's bytes straight to disk without a promise or a stream per entry, which is what made
 * unpacking many small files slow. Pax (`x`, `g`) and GNU long-name (`L`, `K`) headers are folded into the
 * entry they describe. Names come out raw: checking them is the extractor's job. `readTarEntries` is the same
 * parser as an async iterator, for callers that want to read entries rather than write them.
 */
/** As in POSIX and Go's archive/tar: these entries have no data, whatever their size field says. */
const headerOnlyTypes = new Set([
    EntryTypes.hardlink,
    EntryTypes.symlink,
    EntryTypes.charDevice,
    EntryTypes.blockDevice,
    EntryTypes.directory,
    EntryTypes.fifo,
]);
const truncated = () => new OciError('INCOMPLETE', 'tar archive: truncated (the input ended inside an entry)');
class TarParser {
    handler;
    state = 'header';
    /** Bytes of a header (or metadata body) that arrived split across chunks. */
    partial = [];
    partialBytes = 0;
    /** Bytes still to come in the current state (`meta`, `body`, `padding`). */
    left = 0;
    metaHeader;
    metaSize = 0;
    bodySize = 0;
    global = new Map();
    local = new Map();
    longName;
    longLink;
    constructor(handler) {
        this.handler = handler;
    }
    /** Feeds the next chunk of the archive; the handler is called before this returns. */
    write(chunk) {
        let at = 0;
        while (at < chunk.length) {
            switch (this.state) {
                case 'done':
                    // The end of the archive; what follows is padding to the record size.
                    return;
                case 'header': {
                    const block = this.take(chunk, at, blockSize);
                    if (!block) {
                        at = chunk.length;
                        break;
                    }
                    at = this.consumed;
                    this.onHeader(block);
                    break;
                }
                case 'meta': {
                    const body = this.take(chunk, at, this.left);
                    if (!body) {
                        at = chunk.length;
                        break;
                    }
                    at = this.consumed;
                    this.onMeta(body.subarray(0, this.metaSize));
                    break;
                }
                case 'body': {
                    const n = Math.min(this.left, chunk.length - at);
                    const piece = chunk.subarray(at, at + n);
                    at += n;
                    this.left -= n;
                    this.handler.data(piece);
                    if (this.left === 0)
                        this.endBody();
                    break;
                }
                case 'padding': {
                    const n = Math.min(this.left, chunk.length - at);
                    at += n;
                    this.left -= n;
                    if (this.left === 0)
                        this.state = 'header';
                    break;
                }
            }
        }
    }
    /** The input ended: throws INCOMPLETE unless it ended between entries. */
    end() {
        if (this.state === 'done' || (this.state === 'header' && this.partialBytes === 0))
            return;
        if (this.state === 'meta')
            throw new OciError('INCOMPLETE', 'tar archive: truncated extended header');
        throw truncated();
    }
    /** Where `take` stopped reading in the chunk it was given. */
    consumed = 0;
    /** `n` bytes starting at `at`, joined with what arrived before; undefined (all of the chunk kept) when short. */
    take(chunk, at, n) {
        const want = n - this.partialBytes;
        if (chunk.length - at < want) {
            this.partial.push(chunk.subarray(at));
            this.partialBytes += chunk.length - at;
            return undefined;
        }
        this.consumed = at + want;
        if (this.partialBytes === 0)
            return chunk.subarray(at, at + n);
        const joined = Buffer.concat([...this.partial, chunk.subarray(at, at + want)]);
        this.partial = [];
        this.partialBytes = 0;
        return joined;
    }
    onHeader(block) {
        if (isZeroBlock(block)) {
            this.state = 'done';
            return;
        }
        const raw = decodeHeader(block);
        const isMeta = raw.type === EntryTypes.paxHeader ||
            raw.type === EntryTypes.paxGlobal ||
            raw.type === EntryTypes.gnuLongName ||
            raw.type === EntryTypes.gnuLongLink;
        if (isMeta) {
            if (raw.size > MAX_TAR_META_HEADER) {
                throw new OciError('UNSAFE', `tar archive: an extended header of ${raw.size} bytes is larger than ${MAX_TAR_META_HEADER}`);
            }
            this.metaHeader = raw;
            this.metaSize = raw.size;
            this.left = raw.size + paddingFor(raw.size);
            if (this.left === 0)
                this.onMeta(Buffer.alloc(0));
            else
                this.state = 'meta';
            return;
        }
        const pax = this.global.size || this.local.size ? new Map([...this.global, ...this.local]) : this.local;
        const header = {
            ...raw,
            name: pax.get('path') ?? this.longName ?? raw.name,
            linkName: pax.get('linkpath') ?? this.longLink ?? raw.linkName,
        };
        const paxSize = pax.get('size');
        if (paxSize !== undefined) {
            if (!/^[0-9]{1,16}$/.test(paxSize) || !Number.isSafeInteger(Number(paxSize))) {
                throw new OciError('UNSAFE', `tar archive: bad pax size "${paxSize.slice(0, 20)}"`);
            }
            header.size = Number(paxSize);
        }
        if (this.local.size)
            this.local = new Map();
        this.longName = undefined;
        this.longLink = undefined;
        const size = headerOnlyTypes.has(header.type) ? 0 : header.size;
        this.bodySize = size;
        this.handler.entry({ ...header, size });
        if (size === 0)
            this.endBody();
        else {
            this.left = size;
            this.state = 'body';
        }
    }
    onMeta(body) {
        const raw = this.metaHeader;
        this.state = 'header';
        if (raw.type === EntryTypes.paxHeader || raw.type === EntryTypes.paxGlobal) {
            const records = parsePaxRecords(body);
            if (raw.type === EntryTypes.paxGlobal)
                this.global = new Map([...this.global, ...records]);
            else
                this.local = new Map([...this.local, ...records]);
            return;
        }
        const text = body.toString('utf8').replace(/\0+$/, '');
        if (raw.type === EntryTypes.gnuLongName)
            this.longName = text;
        else
            this.longLink = text;
    }
    endBody() {
        this.handler.entryEnd();
        this.left = paddingFor(this.bodySize);
        this.state = this.left === 0 ? 'header' : 'padding';
    }
}

/**
 * Writes a stream of bytes (a blob, verified while it streams) into a new file with few, large writes: the
 * chunks are gathered into batches of BATCH_BYTES and each batch goes to the file with one positional
 * writev, up to MAX_WRITES_IN_FLIGHT at a time. The thread pool writes while this thread receives and hashes
 * the next bytes, where a write stream (16 KiB at a time, one write in flight) made the download wait for
 * the disk after every chunk. Memory stays bounded: at most (MAX_WRITES_IN_FLIGHT + 1) × BATCH_BYTES are held.
 * Batches are 2 MiB: each hand-off to the thread pool wakes a thread, which on a virtual machine costs a tenth
 * of a millisecond or more (1 MiB batches made 1,024 of them per GiB); larger ones hold more fresh memory.
 */
const BATCH_BYTES = 2 * 1024 * 1024;
const MAX_WRITES_IN_FLIGHT = 2;
/**
 * O_EXCL and O_NOFOLLOW: the file is new, and never reached through a symlink swapped in (where the platform has
 * O_NOFOLLOW). The extractor (tar-extract.ts) creates its files with the same flags.
 */
const newFileFlags = constants$5.O_WRONLY | constants$5.O_CREAT | constants$5.O_EXCL | (constants$5.O_NOFOLLOW ?? 0);
/** Creates `path` (it must not exist) and writes all of `input` into it; returns the bytes written. */
async function writeNewFile(input, path, mode = 0o644) {
    const handle = await open(path, newFileFlags, mode);
    const inFlight = new Set();
    let failure;
    let position = 0;
    let batch = [];
    let batchBytes = 0;
    const flush = () => {
        const buffers = batch;
        const at = position;
        const total = batchBytes;
        position += total;
        batch = [];
        batchBytes = 0;
        const write = writeAll(handle, buffers, at, total).then(() => {
            inFlight.delete(write);
        }, (error) => {
            inFlight.delete(write);
            failure ??= { error };
        });
        inFlight.add(write);
    };
    try {
        for await (const chunk of input) {
            if (failure)
                break;
            if (chunk.length === 0)
                continue;
            batch.push(chunk);
            batchBytes += chunk.length;
            if (batchBytes < BATCH_BYTES)
                continue;
            flush();
            while (inFlight.size >= MAX_WRITES_IN_FLIGHT)
                await Promise.race(inFlight);
        }
        if (!failure && batchBytes > 0)
            flush();
    }
    finally {
        // Every write settles before the file is closed, whether the input ended, failed or a write failed.
        await Promise.all(inFlight);
        await handle.close().catch((error) => {
            failure ??= { error };
        });
    }
    if (failure)
        throw failure.error;
    return position;
}
/** One writev of `buffers` at `at`, continued until all `total` bytes are written (a short write is legal). */
async function writeAll(handle, buffers, at, total) {
    let done = (await handle.writev(buffers, at)).bytesWritten;
    while (done < total) {
        const rest = Buffer.concat(buffers).subarray(done);
        const { bytesWritten } = await handle.write(rest, 0, rest.length, at + done);
        if (bytesWritten === 0)
            throw new Error(`writing ${total} bytes at ${at}: the file system took none`);
        done += bytesWritten;
    }
}

/**
 * Safe, streaming extraction of a tar+gzip layer into a directory. Everything lands under `outDir`:
 * absolute names, `..`, symlinks leading outside, hard links to anything but a file this archive wrote,
 * writing through a symlink (one from the archive or one already there), replacing a directory, and
 * device or FIFO entries are all refused with one UNSAFE error line before anything is written for them.
 * Modes are normalised as the writer does (0755 for directories and executables, 0644 otherwise); owners
 * and times are not restored.
 */
const lstatOrNull = (path) => lstatSync(path, { throwIfNoEntry: false }) ?? null;
const GUNZIP_CHUNK = 256 * 1024;
/**
 * How many inflated bytes may wait for the extractor. zlib inflates on the thread pool only while its reader
 * wants more: read one chunk at a time, inflating and writing files alternate and each waits for the other.
 * With a few chunks queued, the pool inflates the next ones while this thread writes files. 'data' events, not
 * for-await: the async iterator's read() joins whatever is buffered into one new buffer (a copy into fresh
 * memory, which is dear on some VMs).
 */
const READ_AHEAD_BYTES = 1024 * 1024;
/** Extracts a gzip-compressed tar stream; returns the relative paths of the files and links written, in order. */
async function extractTarGz(input, outDir, options = {}) {
    // Large output chunks: fewer round trips to the thread pool where zlib runs, fewer pieces to parse.
    const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
    // Errors of either stream surface through the iteration of `gunzip`.
    pipeline$1(input, gunzip, () => undefined);
    // A reader that stopped early (an unsafe entry) leaves zlib to fail later on a cut stream: that late
    // 'error' must not be uncaught. Errors while reading still reach extractTar through the iteration.
    gunzip.on('error', () => undefined);
    try {
        return await extractTar(counted(readAhead(gunzip, READ_AHEAD_BYTES), options), outDir, options);
    }
    catch (e) {
        throw gzipError(e);
    }
}
/** zlib's own errors (`incorrect header check`, `unexpected end of file`) as our one-line errors; others pass. */
function gzipError(e) {
    const code = e?.code;
    if (typeof code !== 'string' || !code.startsWith('Z_'))
        return e;
    const cut = code === 'Z_BUF_ERROR';
    return new OciError(cut ? 'INCOMPLETE' : 'UNSAFE', `gzip stream: ${oneLine(messageOf(e), 80)} (the layer is ${cut ? 'cut short' : 'corrupt or not gzip'})`, { cause: e });
}
/**
 * The chunks of `stream`, read ahead of the consumer: 'data' events queue them (the stream is paused while
 * `limit` bytes wait), so the producer keeps working while the consumer handles what is queued. Stopping early
 * destroys the stream.
 */
async function* readAhead(stream, limit) {
    const queue = [];
    let queued = 0;
    let ended = false;
    let failure;
    let wake;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    stream.on('data', (chunk) => {
        queue.push(chunk);
        queued += chunk.length;
        if (queued >= limit)
            stream.pause();
        notify();
    });
    stream.once('end', () => {
        ended = true;
        notify();
    });
    stream.once('error', (error) => {
        failure ??= { error };
        notify();
    });
    stream.once('close', () => {
        if (!ended)
            failure ??= { error: new Error('the decompressed stream closed before its end') };
        notify();
    });
    try {
        for (;;) {
            const chunk = queue.shift();
            if (chunk !== undefined) {
                queued -= chunk.length;
                if (queued < limit && stream.isPaused())
                    stream.resume();
                yield chunk;
            }
            else if (failure)
                throw failure.error;
            else if (ended)
                return;
            else
                await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        if (!ended)
            stream.destroy();
    }
}
/** Passes chunks through until more than the limit went by, then fails (the source is destroyed by the loop). */
async function* counted(source, limits) {
    const limit = limits.maxUnpackedBytes ?? Number.POSITIVE_INFINITY;
    const what = limits.what ?? 'the archive';
    let seen = 0;
    for await (const chunk of source) {
        seen += chunk.length;
        if (seen > limit) {
            throw new OciError('TOO_LARGE', `refusing to extract ${what}: it unpacks to more than ${limit} bytes, the limit for its size (a compression bomb?); nothing of it is kept`);
        }
        yield chunk;
    }
    limits.onUnpacked?.(seen);
}
/** Extracts an uncompressed tar stream (see extractTarGz). */
async function extractTar(input, outDir, options = {}) {
    const extractor = new SyncExtractor(outDir, options);
    const parser = new TarParser(extractor);
    try {
        for await (const chunk of input)
            parser.write(chunk);
        parser.end();
    }
    catch (e) {
        // A file left open half-way is closed; the error that stopped the extraction is the one to report.
        try {
            extractor.close();
        }
        catch {
            // already failing
        }
        throw e;
    }
    return [...extractor.written];
}
/**
 * The extraction itself, called by the tar parser as entries arrive. Every file-system call is synchronous: a
 * small file is an open, a write, a chmod and a close on this thread, where asynchronous calls would each be a
 * round trip through libuv's thread pool (milliseconds apiece on a busy machine, for 10,000 files).
 */
class SyncExtractor {
    written = new Set();
    root;
    /** `root` ending in a separator: an entry's path is this and its relative path. */
    rootSlash;
    prefix;
    /**
     * Directories this extraction created: nothing can be in them but what it wrote (a fast path for pull, which
     * always extracts into a fresh staging directory: no lstat per entry).
     */
    fresh = new Set();
    knownDirs = new Set(['']);
    writtenFiles = new Set();
    /** The file being written, or undefined between files. */
    fd;
    /** Per mode: whether a file created with it gets it exactly (the umask clears none of its bits). */
    modeKept = new Map();
    constructor(outDir, options) {
        this.prefix = options.stripPrefix === undefined ? undefined : safeRelativePath(options.stripPrefix);
        this.root = resolve(outDir);
        this.rootSlash = this.root.endsWith(sep) ? this.root : this.root + sep;
        if (mkdirSync(this.root, { recursive: true }) !== undefined)
            this.fresh.add('');
    }
    entry(header) {
        const type = legacyType(header);
        const name = header.name;
        const rel = this.below(name, safeRelativePath(name));
        if (rel === '') {
            if (type === EntryTypes.directory)
                return;
            throw unsafe(name, 'the entry has no name');
        }
        switch (type) {
            case EntryTypes.directory:
                this.ensureParents(name, rel);
                this.ensureDirectory(name, rel);
                break;
            case EntryTypes.file:
            case EntryTypes.oldFile:
            case EntryTypes.contiguous: {
                this.ensureParents(name, rel);
                this.clearFor(name, rel, false);
                const mode = header.mode & 0o111 ? 0o755 : 0o644;
                const path = this.absolute(rel);
                // New files only (clearFor removed what was there), so the mode is the one asked for less the umask.
                this.fd = openSync(path, newFileFlags, mode);
                this.exactMode(this.fd, mode);
                this.writtenFiles.add(rel);
                this.written.add(rel);
                break;
            }
            case EntryTypes.symlink:
                checkSymlinkTarget(rel, header.linkName);
                this.ensureParents(name, rel);
                this.clearFor(name, rel, true);
                symlinkSync(header.linkName, this.absolute(rel));
                this.writtenFiles.delete(rel);
                this.written.add(rel);
                break;
            case EntryTypes.hardlink: {
                const target = this.below(name, safeRelativePath(header.linkName));
                if (!this.writtenFiles.has(target)) {
                    throw unsafe(name, `the hard link points to ${JSON.stringify(header.linkName)}, not a file of this archive`);
                }
                this.ensureParents(name, rel);
                this.clearFor(name, rel, false);
                linkSync(this.absolute(target), this.absolute(rel));
                this.writtenFiles.add(rel);
                this.written.add(rel);
                break;
            }
            case EntryTypes.charDevice:
            case EntryTypes.blockDevice:
            case EntryTypes.fifo:
                throw unsafe(name, 'device files and FIFOs are not extracted');
            default:
                throw unsafe(name, `unsupported tar entry type ${JSON.stringify(type)}`);
        }
    }
    data(piece) {
        // Only a file's entry opens a descriptor; the bytes of anything else are skipped.
        if (this.fd === undefined)
            return;
        for (let at = 0; at < piece.length;)
            at += writeSync(this.fd, piece, at, piece.length - at);
    }
    entryEnd() {
        this.close();
    }
    /**
     * The mode exactly, whatever the umask: the first file created with each mode tells whether the umask
     * changed it; if it did, every file of that mode gets a chmod (one syscall per file saved when it did not).
     */
    exactMode(fd, mode) {
        let kept = this.modeKept.get(mode);
        if (kept === undefined) {
            kept = (fstatSync(fd).mode & 0o7777) === mode;
            this.modeKept.set(mode, kept);
        }
        if (!kept)
            fchmodSync(fd, mode);
    }
    /** Closes the file being written, if any. */
    close() {
        if (this.fd === undefined)
            return;
        const fd = this.fd;
        this.fd = undefined;
        closeSync(fd);
    }
    /** The entry's path below the prefix ('' for the prefix itself). */
    below(name, rel) {
        const prefix = this.prefix;
        if (prefix === undefined || prefix === '')
            return rel;
        if (rel === prefix)
            return '';
        if (rel.startsWith(`${prefix}/`))
            return rel.slice(prefix.length + 1);
        throw unsafe(name, `the layer unpacks into "${prefix}/" and this entry is outside it`);
    }
    /** `rel` is normal (safe-path.ts: no empty, `.` or `..` component), so joining needs no normalising. */
    absolute(rel) {
        return this.rootSlash + (sep === '/' ? rel : rel.split('/').join(sep));
    }
    /** Creates the parents of `rel` as real directories; an existing symlink or file on the way is refused. */
    ensureParents(name, rel) {
        const slash = rel.lastIndexOf('/');
        if (slash < 0 || this.knownDirs.has(rel.slice(0, slash)))
            return;
        const parts = rel.split('/').slice(0, -1);
        for (let i = 1; i <= parts.length; i++)
            this.ensureDirectory(name, parts.slice(0, i).join('/'));
    }
    ensureDirectory(name, rel) {
        if (this.knownDirs.has(rel))
            return;
        const slash = rel.lastIndexOf('/');
        const parentFresh = this.fresh.has(slash < 0 ? '' : rel.slice(0, slash)) && !this.written.has(rel);
        const stat = parentFresh ? null : lstatOrNull(this.absolute(rel));
        if (stat === null) {
            mkdirSync(this.absolute(rel), { mode: 0o755 });
            this.fresh.add(rel);
        }
        else if (stat.isSymbolicLink())
            throw unsafe(name, `it would be written through the symlink "${rel}"`);
        else if (!stat.isDirectory())
            throw unsafe(name, `"${rel}" exists and is not a directory`);
        this.knownDirs.add(rel);
    }
    /** Makes room for a non-directory at `rel`: a file or link there is replaced, a directory is refused. */
    clearFor(name, rel, allowSymlink) {
        const slash = rel.lastIndexOf('/');
        const parentFresh = this.fresh.has(slash < 0 ? '' : rel.slice(0, slash));
        if (parentFresh && !this.written.has(rel) && !this.knownDirs.has(rel))
            return;
        const stat = lstatOrNull(this.absolute(rel));
        if (stat === null)
            return;
        if (stat.isDirectory())
            throw unsafe(name, `"${rel}" is a directory`);
        if (stat.isSymbolicLink() && !allowSymlink)
            throw unsafe(name, `it would be written through the symlink "${rel}"`);
        unlinkSync(this.absolute(rel));
    }
}
/** Old (V7) archives mark a directory as a regular file whose name ends in `/`. */
function legacyType(header) {
    const isFile = header.type === EntryTypes.file || header.type === EntryTypes.oldFile;
    return isFile && header.name.endsWith('/') ? EntryTypes.directory : header.type;
}

/**
 * Directory layers: `createDirectoryTarGz` for push (one deterministic tar+gzip stream) and
 * `extractTarGz` for pull (safe extraction). See tar-pack.ts and tar-extract.ts for the rules.
 */
/** Best compression: a layer is written once and downloaded many times. */
const layerGzipLevel = constants.Z_BEST_COMPRESSION;
/** The gzip header's OS byte is set to 255 ("unknown") so that it does not differ between Linux, macOS and Windows. */
const gzipOsOffset = 9;
const gzipOsUnknown = 0xff;
/**
 * A directory as one tar+gzip stream with the same bytes on every run: the tar is deterministic
 * (tar-pack.ts) and the gzip header has mtime 0, no file name and a fixed OS byte. The compressed bytes
 * depend on the zlib that Node was built with; one Node build gives the same bytes every time.
 */
function createDirectoryTarGz(dir, options = {}) {
    const tar = createDirectoryTar(dir, options.prefix);
    const gzip = createGzip({ level: layerGzipLevel });
    // `tarTap` sees the uncompressed tar (to hash it: ORAS's `io.deis.oras.content.digest`).
    return options.tarTap
        ? pipeline$1(tar, options.tarTap, gzip, fixedGzipHeader(), () => undefined)
        : pipeline$1(tar, gzip, fixedGzipHeader(), () => undefined);
}
function fixedGzipHeader() {
    let seen = 0;
    return new Transform({
        transform(chunk, _encoding, callback) {
            if (seen <= gzipOsOffset && seen + chunk.length > gzipOsOffset) {
                const copy = Buffer.from(chunk);
                copy[gzipOsOffset - seen] = gzipOsUnknown;
                chunk = copy;
            }
            seen += chunk.length;
            callback(null, chunk);
        },
    });
}

/**
 * Reads a file in chunks through a small ring of reused buffers, for hashing and uploading big files.
 *
 * fs.createReadStream allocates a fresh buffer for every chunk: at 1 MiB each is a new mapping that the kernel
 * must fault in and the garbage collector must free, which costs more CPU than the SHA-256 of the bytes
 * (measured on 1 GiB: 1.6 s of CPU against 0.95 s here). On a 2-core runner that CPU is taken from the
 * registry or the build next to us.
 *
 * The contract: a chunk stays valid until `RING_SIZE - 1` further chunks have been asked for; its buffer is
 * then read into again. A consumer must be done with a chunk by then. undici's request body writer is: it
 * writes a chunk to the socket and, when the socket is past its high-water mark (always, at this chunk size),
 * waits for 'drain' — everything handed to the kernel — before it asks for the next one. Should a consumer
 * ever break the contract, the bytes sent would differ from the bytes hashed, and the registry refuses a
 * digest that does not match: a failed push, never a wrong one.
 */
const FILE_CHUNK_SIZE = 1024 * 1024;
const RING_SIZE = 4;
/**
 * The bytes of `path` from the start, in chunks of at most `chunkSize`. The file is opened on the first
 * `next()` and closed when the iteration ends, fails or is returned early.
 */
async function* readFileChunks(path, options = {}) {
    const chunkSize = options.chunkSize ?? FILE_CHUNK_SIZE;
    const handle = await open(path, 'r');
    try {
        const ring = [];
        for (let i = 0;; i = (i + 1) % RING_SIZE) {
            ring[i] ??= Buffer.allocUnsafeSlow(chunkSize);
            const buffer = ring[i];
            const { bytesRead } = await handle.read(buffer, 0, chunkSize, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}

/**
 * A read-only Target over content that push has prepared: blobs backed by files on disk (streamed, never held
 * whole in memory) and small JSON documents held as bytes. It lets copyGraph push an artifact like any copy.
 */
function createFileSource(name) {
    const files = new Map();
    const bytes = new Map();
    const descriptors = new Map();
    const known = (desc) => files.has(desc.digest) || bytes.has(desc.digest);
    return {
        location: { kind: 'files' },
        name,
        addFile(desc, path) {
            files.set(desc.digest, path);
            descriptors.set(desc.digest, desc);
        },
        addBytes(desc, content) {
            bytes.set(desc.digest, content);
            descriptors.set(desc.digest, desc);
        },
        async fetch(desc) {
            const path = files.get(desc.digest);
            const held = bytes.get(desc.digest);
            if (path === undefined && held === undefined) {
                throw new OciError('NOT_FOUND', `${desc.digest} is not part of the artifact being pushed`);
            }
            const raw = path !== undefined ? createReadStream(path) : Readable.from([Buffer.from(held ?? new Uint8Array())]);
            // The file may have changed since it was hashed: verify again while it streams.
            const verified = createVerifyingStream(desc, path ?? 'content');
            raw.on('error', (e) => verified.destroy(e));
            return raw.pipe(verified);
        },
        async exists(desc) {
            return known(desc);
        },
        async resolve(reference) {
            const desc = descriptors.get(reference);
            if (!desc)
                throw new OciError('NOT_FOUND', `${reference} is not part of the artifact being pushed`);
            return desc;
        },
    };
}

/**
 * The hand-off format between push and merge: a staging tag resolves to a small image index with one entry
 * per staged manifest, carrying the whole index entry (platform, artifactType, annotations), so merge never
 * guesses. See docs/adr/0001-staging-format-and-platform.md.
 */
/** Marks an index as written by push, so cleanup can tell staging indexes from releases. */
const stagingAnnotation = 'dev.oci-multiarch.staging';
/**
 * The staging tag push wrote the index for. Cleanup deletes an index only when read by that very tag, and two
 * runs (two prefixes) staging identical content never share a staging digest.
 */
const stagingTagAnnotation = 'dev.oci-multiarch.staging.tag';
/**
 * On a release index merged with cleanup: the staging prefix it was composed from. Cleanup removes the staging
 * tags, so this is how a re-run recognises its own release ("already released") instead of failing.
 */
const releasedFromAnnotation = 'dev.oci-multiarch.staging-prefix';
function stagingTagFor(prefix, platform) {
    const tag = `${prefix}-${platformSlug(platform)}`;
    if (tag.length > MAX_TAG_LENGTH) {
        throw new OciError('INVALID_INPUT', `staging tag "${tag}" is longer than ${MAX_TAG_LENGTH} characters: use a shorter staging-prefix or set staging-tag`);
    }
    return assertTag(tag, 'staging tag');
}
function stagingIndex(entries, stagingTag) {
    return {
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: entries,
        annotations: { [stagingAnnotation]: 'true', [stagingTagAnnotation]: stagingTag },
    };
}
/** Whether `index` is a staging index push wrote for `tag` (the only kind cleanup may delete), or why not. */
function notStagedFor(index, tag) {
    const annotations = index?.annotations ?? {};
    if (!index || annotations[stagingAnnotation] !== 'true')
        return `not a staging index (no ${stagingAnnotation})`;
    const staged = annotations[stagingTagAnnotation];
    if (staged === undefined)
        return `a staging index without ${stagingTagAnnotation} (an older push): not provably this run's`;
    if (staged !== tag)
        return `staged for tag "${staged}", not for "${tag}"`;
    return undefined;
}
/** The index entry of a staged manifest: descriptor fields in a fixed order, annotations sorted. */
function stagingEntry(manifest, platform, artifactType, annotations) {
    const entry = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size };
    if (artifactType)
        entry.artifactType = artifactType;
    entry.platform = platform;
    if (annotations && Object.keys(annotations).length > 0)
        entry.annotations = sortedRecord(annotations);
    return entry;
}
function sortedRecord(values) {
    return Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * `files` mode of push: each `PATH[:MEDIATYPE]` becomes a layer titled by its base name (a directory becomes
 * one deterministic tar+gzip layer), plus a small image config carrying the platform, plus the manifest.
 * Files are streamed and hashed once; nothing is held whole in memory.
 */
/** Marks a layer that push made from a directory: pull unpacks it. */
const unpackAnnotation = 'dev.oci-multiarch.unpack';
/**
 * The permission bits of a single executable file, in octal (`0755`): pull applies them, so a binary comes back
 * runnable. Only executables carry it, so a umask difference between runners does not change a manifest.
 */
const modeAnnotation = 'dev.oci-multiarch.mode';
/** The mode to record for a file (undefined unless some execute bit is set). */
const recordedMode = (mode) => mode & 0o111 ? `0${(mode & 0o777).toString(8).padStart(3, '0')}` : undefined;
/** The mode a layer asks pull to apply, if it carries a valid one. */
function layerMode(desc) {
    const value = desc.annotations?.[modeAnnotation];
    return value && /^0?[0-7]{3}$/.test(value) ? parseInt(value, 8) : undefined;
}
/** Gives a pulled file the mode its layer recorded (an executable comes back executable). */
async function applyLayerMode(path, desc) {
    const mode = layerMode(desc);
    if (mode !== undefined)
        await chmod(path, mode);
}
/**
 * A layer's title: the base name of the path as written, whatever the separators (`C:\dist\tool.exe` and
 * `dist/tool` alike); `paths` is node:path for this machine, path.win32 or path.posix in tests.
 */
function layerTitle(filePath, paths = nodePath) {
    return paths.basename(filePath);
}
/**
 * ORAS's file store marks directory layers the same way (oras-go content/file): `unpack: "true"`, and the
 * digest of the uncompressed tar, whose entries all sit under the layer's title (`<title>/…`).
 */
const orasUnpackAnnotation = 'io.deis.oras.content.unpack';
const orasDigestAnnotation = 'io.deis.oras.content.digest';
/** `PATH[:MEDIATYPE]`: the media type is what follows the last ':' when it looks like one (type/subtype). */
function parseFileSpec(line) {
    const colon = line.lastIndexOf(':');
    const candidate = colon > 0 ? line.slice(colon + 1) : '';
    if (colon > 0 && candidate.includes('/') && isMediaType(candidate)) {
        return { path: line.slice(0, colon), mediaType: candidate };
    }
    return { path: line };
}
/**
 * Files at least this big are pushed while they are hashed (one read instead of two) when the destination
 * can. Below it hashing first costs milliseconds and keeps the check that lets a re-run upload nothing.
 */
const STREAMED_PUSH_MIN_SIZE = 32 * 1024 * 1024;
async function packFiles(specs, options) {
    // Input "files" is checked by the request layer (push, attach); an empty list here is a caller's bug.
    if (specs.length === 0)
        throw new Error('internal: packFiles needs at least one file');
    const titles = new Set();
    for (const spec of specs) {
        const title = layerTitle(spec.path);
        if (titles.has(title)) {
            throw new OciError('INVALID_INPUT', `two files are titled "${title}": each file's base name must be unique`);
        }
        titles.add(title);
    }
    const temp = await mkdtemp(join(options.tempRoot, 'oci-multiarch-pack-'));
    const dispose = () => rm(temp, { recursive: true, force: true });
    try {
        const source = createFileSource('files');
        // Files are hashed (and big ones uploaded) `concurrency` at a time; the layers keep the order of `specs`.
        // Every path is checked before any work starts: bad input fails at once, not after another file's upload.
        const kinds = await Promise.all(specs.map((spec) => statKind(spec.path)));
        const limit = options.limit ?? createLimit(options.concurrency ?? 1);
        // The first failure stops the others: no upload goes on for a push that has already failed.
        const stop = new AbortController();
        let firstError;
        const settled = await Promise.allSettled(specs.map((spec, i) => limit(async () => {
            stop.signal.throwIfAborted();
            return packOne(spec, kinds[i], i, temp, options, stop.signal);
        }).catch((e) => {
            if (!stop.signal.aborted) {
                firstError = e;
                stop.abort(e);
            }
            throw e;
        })));
        if (stop.signal.aborted)
            throw firstError;
        const layers = settled.map((r) => r.value);
        for (const layer of layers)
            source.addFile(layer.descriptor, layer.path);
        const config = options.platform ? platformConfig(options.platform) : emptyConfig();
        const configDesc = config.descriptor;
        source.addBytes(configDesc, config.bytes);
        const manifest = {
            schemaVersion: 2,
            mediaType: MediaTypes.ociManifest,
            ...(options.artifactType ? { artifactType: options.artifactType } : {}),
            config: configDesc,
            layers: layers.map((l) => l.descriptor),
            ...(options.subject ? { subject: options.subject } : {}),
            ...(Object.keys(options.annotations).length > 0 ? { annotations: sortedRecord(options.annotations) } : {}),
        };
        const { bytes: manifestBytes, descriptor: manifestDesc } = jsonContent(MediaTypes.ociManifest, manifest);
        source.addBytes(manifestDesc, manifestBytes);
        return { source, manifest: manifestDesc, layers, dispose };
    }
    catch (e) {
        await dispose();
        throw e;
    }
}
/** One file or directory as a layer: hashed (a directory archived first), or uploaded while hashed. */
async function packOne(spec, { kind, size: fileSize, mode }, i, temp, options, signal) {
    const title = layerTitle(spec.path);
    const directory = kind === 'directory';
    const path = directory ? join(temp, `layer-${i}.tar.gz`) : spec.path;
    const maybeStaged = options.stagedLayers?.get(title) === fileSize;
    const streamed = !directory && !maybeStaged && options.streamFile !== undefined && fileSize >= STREAMED_PUSH_MIN_SIZE;
    const tar = directory ? createHashingStream() : undefined;
    const { digest, size } = tar
        ? await hashWhileWriting(createDirectoryTarGz(spec.path, { prefix: title, tarTap: tar.stream }), path)
        : streamed && options.streamFile
            ? await options.streamFile(spec.path, fileSize, signal)
            : await hashFile(spec.path);
    const annotations = { [Annotations.title]: title };
    const fileMode = directory ? undefined : recordedMode(mode);
    if (fileMode)
        annotations[modeAnnotation] = fileMode;
    if (tar) {
        annotations[unpackAnnotation] = 'true';
        annotations[orasDigestAnnotation] = tar.result().digest;
        annotations[orasUnpackAnnotation] = 'true';
    }
    const mediaType = spec.mediaType ?? (directory ? MediaTypes.ociLayerTarGzip : MediaTypes.octetStream);
    return { descriptor: { mediaType, digest, size, annotations }, path, directory };
}
/**
 * A schema-valid image config that carries the platform, so tools that read the platform from the config
 * (as for Homebrew's bottles) see it too. No layers are filesystem diffs, hence no diff_ids.
 */
function imageConfig(platform) {
    const config = { architecture: platform.architecture, os: platform.os };
    if (platform['os.version'])
        config['os.version'] = platform['os.version'];
    if (platform['os.features']?.length)
        config['os.features'] = platform['os.features'];
    if (platform.variant)
        config['variant'] = platform.variant;
    config['rootfs'] = { type: 'layers', diff_ids: [] };
    return config;
}
/** The config blob of a pushed artifact: its bytes and its descriptor. */
const platformConfig = (platform) => jsonContent(MediaTypes.ociConfig, imageConfig(platform));
/** OCI's empty descriptor `{}`: the config of an artifact that has no configuration (image-spec 1.1). */
const emptyConfig = () => jsonContent(MediaTypes.ociEmpty, {});
async function statKind(path) {
    try {
        const s = await stat(path);
        if (s.isDirectory())
            return { kind: 'directory', size: 0, mode: s.mode };
        if (s.isFile())
            return { kind: 'file', size: s.size, mode: process.platform === 'win32' ? 0o644 : s.mode };
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw new OciError('INVALID_INPUT', `file "${path}" listed in input "files" does not exist`);
        throw new OciError('INVALID_INPUT', `cannot read "${path}" listed in input "files": ${code ?? String(e)}`);
    }
    throw new OciError('INVALID_INPUT', `"${path}" listed in input "files" is neither a regular file nor a directory`);
}
async function hashFile(path) {
    const digester = createDigester();
    let size = 0;
    for await (const chunk of readFileChunks(path)) {
        digester.update(chunk);
        size += chunk.length;
    }
    return { digest: digester.digest(), size };
}
async function hashWhileWriting(input, path) {
    const hashing = createHashingStream();
    await pipeline(input, hashing.stream, createWriteStream(path));
    return hashing.result();
}

/**
 * Choosing an index entry for a platform: push needs the exact one, pull the closest compatible one. os.version
 * counts when it is asked for (`darwin/arm64:macOS 14` takes only that bottle) and, for pull's default on macOS
 * and Windows, the newest entry not newer than the host wins, as brew and containerd choose.
 */
/** The closest entry for `want`; attestation manifests never. */
function findPlatformEntry(entries, want, options) {
    const wantVersion = want['os.version']?.trim().toLowerCase();
    const host = options.hostVersion;
    const hostLength = host ? (host.match(/\d+/g) ?? []).length : undefined;
    let best;
    for (const desc of entries) {
        if (!desc.platform || desc.annotations?.[Annotations.dockerReferenceType])
            continue;
        const { matches, rank } = platformMatch(want, desc.platform);
        if (!matches || (options.exact && rank !== 0))
            continue;
        const version = desc.platform['os.version'];
        if (wantVersion !== undefined && version?.trim().toLowerCase() !== wantVersion)
            continue;
        if (host && version !== undefined && (compareOsVersions(version, host, hostLength) ?? 1) > 0)
            continue;
        if (!best || better({ rank, version }, best, host !== undefined))
            best = { desc, rank, version };
    }
    return best?.desc;
}
/**
 * Closer platform first. Then, for a host, a versioned entry (the newest) before an unversioned one; otherwise
 * the unversioned entry, else the newest version.
 */
function better(a, b, forHost) {
    if (a.rank !== b.rank)
        return a.rank < b.rank;
    if (a.version === b.version)
        return false;
    if (a.version === undefined)
        return !forHost;
    if (b.version === undefined)
        return forHost;
    return (compareOsVersions(a.version, b.version) ?? 0) > 0;
}
/** The platforms an index lists, for messages: `linux/amd64, darwin/arm64:macOS 14` or `none`. */
function listedPlatforms(entries) {
    const names = entries
        .filter((d) => d.platform && d.platform.os !== 'unknown')
        .map((d) => formatPlatformWithVersion(d.platform));
    return names.join(', ') || 'none';
}

/**
 * A published release read once for attach and discover: the tag or digest resolved, the manifest or index
 * parsed, and its platform entries (attestation manifests are not platforms) ready to choose from.
 */
async function resolveRelease(source, reference) {
    const name = formatReference(reference);
    const version = versionOf(reference);
    const { descriptor, bytes } = source.fetchReference
        ? await source.fetchReference(version)
        : await source
            .resolve(version)
            .then(async (d) => ({ descriptor: d, bytes: await readAll(source, d, MAX_MANIFEST_READ) }));
    const parsed = parseManifestBody(bytes, descriptor.mediaType, `${name}@${descriptor.digest}`);
    const entries = parsed.kind === 'index' ? parsed.index.manifests : [];
    return {
        kind: parsed.kind,
        descriptor,
        entries,
        entryFor: (platform) => findPlatformEntry(entries, platform, { exact: true }),
        platforms: () => listedPlatforms(entries),
    };
}

async function attach(request, deps) {
    const target = deps.open(request.reference);
    const release = await resolveRelease(target, request.reference);
    const subject = subjectFor(release, request.platform, formatReference(request.reference));
    const what = request.platform ? `${formatPlatform(request.platform)} (${subject.digest})` : subject.digest;
    const packed = await packFiles(request.files, {
        artifactType: request.artifactType,
        annotations: request.annotations,
        subject,
        tempRoot: deps.tempRoot,
        concurrency: request.concurrency,
    });
    try {
        const report = await deps.logger.group(`Attach ${request.artifactType} to ${what}`, () => copyGraph(packed.source, target, packed.manifest, {
            concurrency: request.concurrency,
            logger: deps.logger,
            // The subject is a successor of the referrer, and is in the target already: not walked again.
            stored: new Map([[subject.digest, 'exists']]),
            ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
            ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
        }));
        return {
            digest: packed.manifest.digest,
            reference: formatReference(withVersion(request.reference, { digest: packed.manifest.digest })),
            subject,
            report,
        };
    }
    finally {
        await packed.dispose();
    }
}
/** The index itself, or the entry for exactly `platform` (variant normalised as everywhere). */
function subjectFor(release, platform, name) {
    const identity = (d) => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });
    if (!platform)
        return identity(release.descriptor);
    if (release.kind !== 'index') {
        throw new OciError('INVALID_INPUT', `${name} is a single manifest, not an index: omit "platform" to attach to it (${release.descriptor.digest})`);
    }
    const entry = release.entryFor(platform);
    if (!entry) {
        throw new OciError('INVALID_PLATFORM', `${name} has no entry for platform ${formatPlatform(platform)} (it has: ${release.platforms()}); nothing was attached`);
    }
    return identity(entry);
}

/** Reads attach's inputs into a typed request (README: "Inputs and outputs", attach). */
function readAttachRequest(get) {
    const common = readCommon(get);
    const reference = readReleaseReference(get, 'attach');
    const artifactType = readArtifactType(get);
    if (artifactType === undefined) {
        throw new OciError('INVALID_INPUT', 'input "artifact-type" is required for attach: the media type of what is attached, e.g. application/spdx+json');
    }
    const files = splitLines(get('files')).map(parseFileSpec);
    if (files.length === 0) {
        throw new OciError('INVALID_INPUT', 'input "files" lists no file: give at least one PATH[:MEDIATYPE] to attach');
    }
    const request = {
        common,
        reference,
        files,
        artifactType,
        annotations: parseAnnotationLines(get('annotations'), 'annotations'),
        concurrency: common.concurrency,
    };
    const platformText = get('platform');
    if (platformText !== '')
        request.platform = parsePlatformInput('platform', platformText);
    return request;
}

/**
 * `files` as users write them: each line is a path or a glob (`dist/*.tar.gz`), with an optional `:MEDIATYPE`.
 * Globs are expanded by the front end's globber (@actions/glob in the action and the CLI alike), sorted so the
 * layers' order does not depend on the file system; a pattern that matches nothing is an error naming it.
 */
/** `*`, `?` and `[…]` make a glob, as for @actions/glob; anything else is a literal path. */
const isGlob = (path) => /[*?[]/.test(path);
async function expandFileSpecs(specs, glob) {
    const out = [];
    for (const spec of specs) {
        if (!isGlob(spec.path)) {
            out.push(spec);
            continue;
        }
        const matches = [...new Set(await glob(spec.path))].sort();
        if (matches.length === 0) {
            throw new OciError('INVALID_INPUT', `input "files": the pattern "${spec.path}" matches no file (relative patterns start from ${process.cwd()})`);
        }
        for (const path of matches)
            out.push(spec.mediaType ? { path, mediaType: spec.mediaType } : { path });
    }
    return out;
}
/**
 * @actions/glob, loaded when a pattern needs it; matched directories become layers, not their contents.
 * `quiet` (the CLI) drops the `::debug::` lines it writes on stdout, where the CLI's JSON outputs go.
 */
function actionsGlobber(options = {}) {
    return async (pattern) => {
        const { create } = await import('./glob-D7fYu15y.js');
        const search = async () => (await create(pattern, { implicitDescendants: false })).glob();
        if (!options.quiet)
            return search();
        const write = process.stdout.write;
        process.stdout.write = ((chunk, ...rest) => String(chunk).startsWith('::debug::')
            ? true
            : write.call(process.stdout, chunk, ...rest));
        try {
            return await search();
        }
        finally {
            process.stdout.write = write;
        }
    };
}

/**
 * A Proxy, not a copy: every property is read from the target when asked for (own or inherited, present or
 * absent), so a class-based target or a capability added later can never be missed; only `fetch` is replaced.
 */
function withBlobCache(source, cache) {
    const fetch = (desc, options) => isManifestOrIndexType(desc.mediaType)
        ? source.fetch(desc, options)
        : cache.fetchThrough(desc, () => source.fetch(desc, options), options);
    return new Proxy(source, {
        get(target, key) {
            if (key === 'fetch')
                return fetch;
            const value = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}

/**
 * Credentials in the order docs/adr/0006-credentials-order.md records (and README's "Permissions" states): the
 * username/password inputs (for the registry of the command's own repository or reference), the Docker config,
 * and for ghcr.io the github-token input. The first that has one for a host wins (chainCredentials).
 */
/** A credential for exactly one host, compared as the client names it. */
const forHost = (host, credential) => async (asked) => asked === host ? credential : undefined;
function buildCredentials(common, primary, ambient, setSecret, actor) {
    const { username, password, githubToken } = common;
    if (password)
        setSecret(password);
    if (githubToken)
        setSecret(githubToken);
    const primaryHost = primary?.kind === 'registry' ? primary.registry : undefined;
    return chainCredentials(username && password && primaryHost !== undefined ? forHost(primaryHost, { username, password }) : undefined, ambient, githubToken ? forHost('ghcr.io', { username: actor || 'github-actions', password: githubToken }) : undefined);
}

function targetOpener(common, primary, io, blobCache) {
    const credentials = buildCredentials(common, primary, io.ambientCredentials, io.setSecret, io.github.actor);
    const cache = new Map();
    return (ref) => {
        const key = ref.kind === 'layout' ? `layout:${ref.path}` : `${ref.registry}/${ref.repository}`;
        const known = cache.get(key);
        if (known)
            return known;
        const opened = openTarget(ref, {
            registry: {
                plainHttpHosts: common.plainHttp,
                credentials,
                logger: io.logger,
                onSecret: io.setSecret,
                ...(io.retry ? { retry: io.retry } : {}),
                ...(io.signal ? { signal: io.signal } : {}),
            },
        });
        // Layouts are local already: caching their blobs would only copy files around.
        const target = blobCache && ref.kind === 'registry' ? withBlobCache(opened, blobCache) : opened;
        cache.set(key, target);
        return target;
    };
}

/** Text for logs and job summaries that every command writes the same way. */
const formatBytes = (n) => {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
};
/** Text safe inside a Markdown table cell of the job summary: no cell break, line break, HTML or code span. */
const escapeCell = (text) => text.replace(/[|\n\r<>`]/g, (c) => `&#${c.charCodeAt(0)};`);

/** How often a long transfer reports, at most. */
const PROGRESS_INTERVAL_MS = 5000;
function createProgressReporter(logger, intervalMs = PROGRESS_INTERVAL_MS, now = Date.now) {
    const started = new Map();
    const lastReported = new Map();
    return (event) => {
        const key = event.name ?? event.descriptor.digest;
        const t = now();
        if (!started.has(key)) {
            started.set(key, t);
            lastReported.set(key, t);
            return;
        }
        if (t - (lastReported.get(key) ?? t) < intervalMs && event.transferred < event.total)
            return;
        if (event.transferred >= event.total && t - (started.get(key) ?? t) < intervalMs)
            return; // short transfers stay quiet
        lastReported.set(key, t);
        const seconds = Math.max((t - (started.get(key) ?? t)) / 1000, 0.001);
        const percent = event.total > 0 ? Math.floor((event.transferred / event.total) * 100) : 100;
        logger.info(`${event.name ?? key.slice(0, 19)}: ${formatBytes(event.transferred)} / ${formatBytes(event.total)} (${percent}%) at ${formatBytes(Math.round(event.transferred / seconds))}/s`);
    };
}
/**
 * One line per blob copied: `sha256:… (1.5 MiB): uploaded` (or mounted, already there, skipped). The size is
 * the blob's, whatever crossed the wire: a mounted 1.5 MiB blob is not "(0 B): mounted".
 */
const createBlobLogger = (logger) => (e) => logger.info(`${e.descriptor.digest} (${formatBytes(e.descriptor.size)}): ${e.action === 'exists' ? 'already there' : e.action}`);
/** `2 uploaded (1.5 MiB), 1 mounted (10 B), 3 already there`, for logs and summaries. */
const describeBlobCounts = (r) => `${r.uploaded.count} uploaded (${formatBytes(r.uploaded.bytes)}), ${r.mounted.count} mounted (${formatBytes(r.mounted.bytes)}), ${r.existing.count} already there`;

/** The attach command: inputs → attach use case → outputs and job summary. */
async function runAttach(get, io) {
    const request = readAttachRequest(get);
    request.files = await expandFileSpecs(request.files, io.glob);
    // No blob cache: attach reads nothing but the release's manifest, and uploads only local files.
    const open = targetOpener(request.common, request.reference, io);
    const result = await attach(request, {
        open,
        logger: io.logger,
        tempRoot: io.tempRoot,
        onProgress: createProgressReporter(io.logger),
        onBlob: createBlobLogger(io.logger),
    });
    io.setOutput('digest', result.digest);
    io.setOutput('reference', result.reference);
    const to = request.platform
        ? `${formatPlatform(request.platform)} of ${formatReference(request.reference)}`
        : formatReference(request.reference);
    io.logger.info(`Attached ${request.artifactType} ${result.digest} to ${to} (subject ${result.subject.digest})`);
    await io.writeSummary([
        `### oci-multiarch attach: ${escapeCell(request.artifactType)}`,
        '',
        `\`${escapeCell(result.reference)}\` refers to \`${result.subject.digest}\` (${escapeCell(to)}).`,
        '',
        `Blobs: ${describeBlobCounts(result.report)}.`,
        '',
    ].join('\n'));
}

async function discover$1(request, deps) {
    const source = deps.open(request.reference);
    const list = source.referrers?.bind(source);
    if (!list) {
        throw new OciError('INVALID_INPUT', `${source.name} cannot list referrers: discover needs a registry or an oci-layout`);
    }
    const release = await resolveRelease(source, request.reference);
    const subjects = [{ desc: release.descriptor }];
    for (const entry of release.entries) {
        // Attestation manifests (buildx's unknown/unknown entries) are evidence themselves, not platforms.
        if (!entry.platform || entry.annotations?.[Annotations.dockerReferenceType])
            continue;
        subjects.push({ desc: entry, platform: formatPlatform(entry.platform) });
    }
    const limit = createLimit(request.concurrency);
    const found = await Promise.all(subjects.map(({ desc, platform }) => limit(async () => {
        const referrers = await list(desc);
        return referrers.sort(byTypeThenDigest).map((r) => ({
            subject: desc.digest,
            ...(platform ? { platform } : {}),
            ...(r.artifactType ? { artifactType: r.artifactType } : {}),
            mediaType: r.mediaType,
            digest: r.digest,
            size: r.size,
            annotations: r.annotations ?? {},
        }));
    })));
    return { digest: release.descriptor.digest, referrers: found.flat() };
}
const byTypeThenDigest = (a, b) => (a.artifactType ?? '').localeCompare(b.artifactType ?? '') ||
    (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0);

function readDiscoverRequest(get) {
    const common = readCommon(get);
    return { common, reference: readReleaseReference(get, 'discover'), concurrency: common.concurrency };
}

/** The discover command: inputs → discover use case → `referrers` output (JSON) and a job summary table. */
async function runDiscover(get, io) {
    const request = readDiscoverRequest(get);
    const open = targetOpener(request.common, request.reference, io);
    const result = await discover$1(request, { open });
    io.setOutput('digest', result.digest);
    io.setOutput('referrers', JSON.stringify(result.referrers));
    const name = formatReference(request.reference);
    io.logger.info(`${name} (${result.digest}): ${result.referrers.length} referrer(s)`);
    for (const r of result.referrers) {
        io.logger.info(`  ${r.platform ?? 'index'}: ${r.artifactType ?? r.mediaType} ${r.digest}`);
    }
    await io.writeSummary([
        `### oci-multiarch discover: ${escapeCell(name)}`,
        '',
        `Release \`${result.digest}\`: ${result.referrers.length} referrer(s).`,
        '',
        ...(result.referrers.length > 0
            ? ['| subject | artifact type | digest | annotations |', '|---|---|---|---|', ...result.referrers.map(row), '']
            : []),
    ].join('\n'));
}
function row(r) {
    const subject = r.platform ?? 'index';
    const escaped = Object.entries(r.annotations)
        .map(([k, v]) => escapeCell(`${k}=${v}`))
        .join('<br>');
    return `| ${escapeCell(subject)} | ${escapeCell(r.artifactType ?? r.mediaType)} | \`${r.digest}\` | ${escaped} |`;
}

/**
 * After a successful release, remove the staging indexes that push wrote for this merge's staging tags — and
 * nothing else. A DELETE by digest removes every tag on the manifest (distribution, and a layout), so before
 * deleting we check that no other tag names the digest; where one does, a store that can remove a single tag
 * (a layout) loses only the staging tag, and a registry that deletes by digest only keeps it and says why.
 * Where the registry (or the token) cannot delete, warn and go on: the release itself succeeded.
 */
async function cleanupStaging(scope, deps) {
    const outcome = { deleted: [], untagged: [], kept: [] };
    const scans = new Map();
    const done = new Set();
    for (const { ref, descriptor } of scope.roots) {
        const digest = descriptor.digest;
        const name = formatReference(ref);
        const keep = (reason, warn = false) => {
            outcome.kept.push({ reference: name, reason });
            const line = `cleanup: kept ${name} (${digest}): ${reason}`;
            if (warn)
                deps.logger.warning(line);
            else
                deps.logger.info(line);
        };
        const tag = ref.tag;
        if (!tag || ref.digest) {
            keep('given by digest, not by a staging tag');
            continue;
        }
        if (scope.released.has(digest)) {
            keep('the release reaches it');
            continue;
        }
        const notOurs = notStagedFor(scope.indexes.get(digest), tag);
        if (notOurs) {
            keep(notOurs);
            continue;
        }
        const key = `${repositoryOf(ref)}@${digest}`;
        if (done.has(key))
            continue;
        done.add(key);
        try {
            const viaApi = deps.deleteStaging ? await deps.deleteStaging(ref, digest, tag) : undefined;
            if (viaApi === true)
                outcome.deleted.push(formatReference(withVersion(ref, { digest })));
            if (viaApi === false)
                keep('the GitHub Packages API did not delete it (see above)');
            if (viaApi !== undefined)
                continue;
            const target = deps.open(ref);
            if (!target.delete) {
                keep(`${target.name} cannot delete`, true);
                continue;
            }
            let scan = scans.get(repositoryOf(ref));
            if (!scan)
                scans.set(repositoryOf(ref), (scan = tagsByDigest(target, scope.concurrency)));
            const others = ((await scan).get(digest) ?? []).filter((t) => t !== tag);
            if (others.length === 0) {
                await target.delete({ mediaType: descriptor.mediaType, digest, size: descriptor.size });
                outcome.deleted.push(formatReference(withVersion(ref, { digest })));
            }
            else if (target.untag) {
                await target.untag(tag);
                outcome.untagged.push(name);
                deps.logger.info(`cleanup: removed staging tag ${name}; ${digest} stays, ${others.join(', ')} also name it`);
            }
            else {
                keep(`tag(s) ${others.join(', ')} also name it, and ${target.name} deletes by digest only (that would remove them too)`, true);
            }
        }
        catch (e) {
            keep(`could not delete: ${isOciError(e) ? e.message : messageOf(e)}`, true);
        }
    }
    for (const d of outcome.deleted)
        deps.logger.info(`deleted staging index ${d}`);
    return outcome;
}
/** Every tag of the repository, grouped by the digest it names (checked just before deleting). */
async function tagsByDigest(target, concurrency) {
    if (!target.listTags)
        throw new Error(`${target.name} cannot list tags, so it cannot be checked that no other tag names the digest`);
    const byDigest = new Map();
    await runBounded(await target.listTags(), concurrency, async (tag) => {
        let digest;
        try {
            digest = (await target.resolve(tag)).digest;
        }
        catch (e) {
            if (isOciError(e, 'NOT_FOUND'))
                return; // deleted meanwhile
            throw e;
        }
        byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
    });
    for (const tags of byDigest.values())
        tags.sort();
    return byDigest;
}

/**
 * Places attestations right after their subject in the already ordered `manifests`. An attestation whose
 * subject is absent is dropped; the same attestation twice is kept once.
 */
function placeAttestations(manifests, attestations) {
    const present = new Set(manifests.map((m) => m.descriptor.digest));
    const bySubject = new Map();
    const dropped = [];
    const seen = new Set();
    for (const attestation of attestations) {
        const digest = attestation.descriptor.digest;
        if (seen.has(digest))
            continue;
        seen.add(digest);
        const subject = attestation.subject;
        if (subject === undefined || !present.has(subject)) {
            dropped.push(attestation);
            continue;
        }
        const list = bySubject.get(subject) ?? [];
        list.push(attestation);
        bySubject.set(subject, list);
    }
    const entries = [];
    const placed = new Set();
    for (const manifest of manifests) {
        entries.push(manifest);
        const subject = manifest.descriptor.digest;
        if (placed.has(subject))
            continue;
        placed.add(subject);
        const own = bySubject.get(subject) ?? [];
        entries.push(...own.sort(byDigest));
    }
    return { entries, dropped: dropped.sort(byDigest) };
}
const byDigest = (a, b) => a.descriptor.digest < b.descriptor.digest ? -1 : a.descriptor.digest > b.descriptor.digest ? 1 : 0;

/**
 * Annotations of the composed index: those lifted from each child manifest into its descriptor
 * (`descriptor-annotations`), and those of the index itself (user annotations over defaults).
 */
/**
 * Copies the child manifest's annotations whose keys match `patterns` (exact keys or globs such as
 * `sh.brew.*`) into its index descriptor. Annotations already on the descriptor (from a staging index)
 * stay as they are. Attestation manifests are left alone.
 */
function liftDescriptorAnnotations(entries, graph, patterns) {
    if (!patterns || patterns.length === 0)
        return [...entries];
    const matches = createAnnotationMatcher(patterns);
    return entries.map((entry) => {
        if (entry.attestation)
            return entry;
        const manifest = graph.manifests.get(entry.descriptor.digest);
        if (!manifest) {
            throw new OciError('INVALID_INPUT', `descriptor-annotations: the manifest ${entry.descriptor.digest} of source "${entry.source}" ` +
                'was not loaded, so its annotations cannot be lifted');
        }
        const lifted = Object.entries(manifest.annotations ?? {}).filter(([key]) => matches(key));
        if (lifted.length === 0)
            return entry;
        const annotations = Object.fromEntries(lifted);
        Object.assign(annotations, entry.descriptor.annotations ?? {});
        return { ...entry, descriptor: { ...entry.descriptor, annotations } };
    });
}
/**
 * The index annotations: `created` from the given epoch (never the clock, so re-runs give the same bytes),
 * `source` and `revision` from the CI context, and the user's annotations over all of them.
 */
function buildIndexAnnotations(user, defaults) {
    const out = {};
    if (defaults?.createdEpochSeconds !== undefined) {
        out[Annotations.created] = epochToRfc3339(defaults.createdEpochSeconds);
    }
    if (defaults?.source)
        out[Annotations.source] = defaults.source;
    if (defaults?.revision)
        out[Annotations.revision] = defaults.revision;
    return { ...out, ...(user ?? {}) };
}
/** Whole seconds since the epoch as RFC 3339 UTC without fractions (`2024-01-02T03:04:05Z`). */
function epochToRfc3339(seconds) {
    if (!Number.isSafeInteger(seconds) || seconds < 0 || seconds > maxEpochSeconds) {
        throw new OciError('INVALID_INPUT', `created time: "${seconds}" is not a whole number of seconds since 1970 (as SOURCE_DATE_EPOCH is)`);
    }
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** 9999-12-31T23:59:59Z: the last instant RFC 3339 can write with a four-digit year. */
const maxEpochSeconds = 253402300799;

/** Platform identity, the deterministic entry order and the `platforms` completeness gate. */
/** What makes two entries "the same platform": os, architecture, variant and os.version, normalised. */
function platformKey(p) {
    const n = normalisePlatform(p);
    return [n.os, n.architecture, n.variant ?? '', n['os.version'] ?? ''].join('|');
}
/** `linux/arm/v7`, or `darwin/arm64 (macOS 14)` when an os.version is set: for messages and summaries. */
function describePlatform(p) {
    if (!p)
        return '(no platform)';
    const version = p['os.version'];
    return version ? `${formatPlatform(p)} (${version})` : formatPlatform(p);
}
/** Platform (os, architecture, variant, os.version) then digest. */
function compareEntries(a, b) {
    if (a.platform && b.platform) {
        const byPlatform = comparePlatforms(a.platform, b.platform);
        if (byPlatform !== 0)
            return byPlatform;
    }
    else if (a.platform || b.platform) {
        return a.platform ? -1 : 1;
    }
    return a.descriptor.digest < b.descriptor.digest ? -1 : a.descriptor.digest > b.descriptor.digest ? 1 : 0;
}
/**
 * Whether an expected platform covers a found one: same os, architecture and variant, and the same
 * os.version when the expected one names it (`darwin/arm64` covers every macOS version of darwin/arm64).
 */
function expectedCovers(expected, found) {
    const e = normalisePlatform(expected);
    const f = normalisePlatform(found);
    return (e.os === f.os &&
        e.architecture === f.architecture &&
        (e.variant ?? '') === (f.variant ?? '') &&
        (e['os.version'] === undefined || e['os.version'] === f['os.version']));
}
/** What differs between the expected platforms and the entries found (attestations are not platforms). */
function platformGap(expected, entries) {
    const found = new Map();
    for (const entry of entries) {
        if (entry.attestation || !entry.platform)
            continue;
        const key = platformKey(entry.platform);
        const seen = found.get(key) ?? { platform: entry.platform, sources: [] };
        if (!seen.sources.includes(entry.source))
            seen.sources.push(entry.source);
        found.set(key, seen);
    }
    const wanted = uniquePlatforms(expected);
    const missing = wanted.filter((e) => ![...found.values()].some((f) => expectedCovers(e, f.platform)));
    const unexpected = [...found.values()]
        .filter((f) => !wanted.some((e) => expectedCovers(e, f.platform)))
        .sort((a, b) => comparePlatforms(a.platform, b.platform));
    return { missing: missing.sort(comparePlatforms), unexpected };
}
/**
 * The completeness gate: if `platforms` was given, the found set must equal it. Every missing and every
 * unexpected platform is named in one error, so one failed run tells the whole story.
 */
function checkCompleteness(expected, entries) {
    if (!expected || expected.length === 0)
        return;
    const { missing, unexpected } = platformGap(expected, entries);
    if (missing.length === 0 && unexpected.length === 0)
        return;
    const parts = [];
    if (missing.length > 0) {
        parts.push(`missing ${missing.map(describePlatform).join(', ')} (no source brought ${missing.length === 1 ? 'it' : 'them'})`);
    }
    if (unexpected.length > 0) {
        const named = unexpected.map((u) => `${describePlatform(u.platform)} (from ${u.sources.join(', ')})`);
        parts.push(`unexpected ${named.join(', ')}`);
    }
    throw new OciError('INCOMPLETE', `merge: the platforms found do not match \`platforms\` (${uniquePlatforms(expected)
        .map(describePlatform)
        .join(', ')}): ${parts.join('; ')}. Nothing was pushed. Check that every matrix job pushed its ` +
        'staging tag, or correct `platforms`');
}
function uniquePlatforms(list) {
    const byKey = new Map();
    for (const p of list)
        byKey.set(platformKey(p), normalisePlatform(p));
    return [...byKey.values()];
}

/**
 * Conflicts: one platform, one manifest. Base entries give way to any source with the same platform; two
 * sources with different manifests for one platform follow `on-conflict`. The same manifest twice is
 * not a conflict: it is kept once.
 */
/**
 * The entries that survive: base entries whose platform no source brings, then per platform the source
 * entry that wins. Attestations pass through untouched (their subject decides later whether they stay).
 */
function resolveConflicts(baseEntries, sourceEntries, policy = 'error') {
    const slots = new Map();
    const attestations = [];
    for (const entry of [...baseEntries, ...sourceEntries]) {
        if (entry.attestation || !entry.platform) {
            attestations.push(entry);
            continue;
        }
        const key = platformKey(entry.platform);
        const slot = slots.get(key);
        if (!slot) {
            slots.set(key, { kept: [entry], contenders: entry.fromBase ? [] : [entry] });
        }
        else if (entry.fromBase) {
            // The existing index is kept as it is, even where it lists one platform twice.
            if (!slot.kept.some((k) => k.descriptor.digest === entry.descriptor.digest))
                slot.kept.push(entry);
        }
        else {
            placeSourceEntry(slot, entry, policy);
        }
    }
    const conflicts = [...slots.values()].filter((s) => s.contenders.length > 1);
    if (policy === 'error' && conflicts.length > 0)
        throw conflictError(conflicts);
    return [...[...slots.values()].flatMap((s) => s.kept), ...attestations];
}
function placeSourceEntry(slot, entry, policy) {
    const digest = entry.descriptor.digest;
    const fromSources = slot.kept.filter((k) => !k.fromBase);
    if (fromSources.length === 0) {
        // Only base entries so far: a source always wins over the base.
        slot.kept = [entry];
        slot.contenders = [entry];
        return;
    }
    if (slot.contenders.some((c) => c.descriptor.digest === digest)) {
        // The same manifest again: a duplicate, not a conflict. Under `replace`, the later source still takes it.
        if (policy === 'replace')
            slot.kept = [entry];
        return;
    }
    slot.contenders.push(entry);
    if (policy === 'replace')
        slot.kept = [entry];
}
function conflictError(conflicts) {
    const lines = conflicts.map((slot) => {
        const first = slot.contenders[0];
        const who = slot.contenders.map((c) => `"${c.source}" (${c.descriptor.digest})`).join(' and ');
        return `${describePlatform(first?.platform)}: ${who}`;
    });
    return new OciError('CONFLICT', `merge: several sources bring different manifests for the same platform — ${lines.join('; ')}. ` +
        'Nothing was pushed. Remove the extra source, or set `on-conflict: replace` to let the later source win');
}

/**
 * Flatten: every source becomes a list of manifest entries. Indexes contribute their entries (nested indexes
 * recursively), a plain manifest becomes one entry whose platform comes from its image config.
 */
const attestationManifestType = 'attestation-manifest';
/** The entries of every source, in source order (and in index order within a source). */
function flattenSources(sources, graph, fromBase = false) {
    return sources.flatMap((source) => flattenSource(source, graph, fromBase));
}
/** The entries of one source: an index (flattened) or a plain manifest (one entry). */
function flattenSource(source, graph, fromBase = false) {
    const root = checkedDescriptor(source.descriptor, source, 'its root descriptor');
    const walk = { source, graph, fromBase, visited: new Set(), out: [] };
    if (kindOf(root, graph) === 'index') {
        walkIndex(walk, root, 0, [], undefined);
    }
    else {
        walk.out.push(manifestEntry(walk, root, root.platform));
    }
    return walk.out;
}
function walkIndex(walk, indexDescriptor, depth, path, inherited) {
    const { source, graph } = walk;
    const digest = indexDescriptor.digest;
    if (path.includes(digest)) {
        throw new OciError('INVALID_MANIFEST', `source "${source.name}": index ${digest} contains itself (${[...path, digest].join(' → ')}); ` +
            'an index cannot be merged when its entries form a cycle');
    }
    if (depth > MAX_INDEX_DEPTH) {
        throw new OciError('INVALID_MANIFEST', `source "${source.name}": indexes nest deeper than ${MAX_INDEX_DEPTH} levels (at ${digest}); ` +
            'flatten the source before merging it');
    }
    if (walk.visited.has(digest))
        return;
    walk.visited.add(digest);
    const index = graph.indexes.get(digest);
    if (!index) {
        throw new OciError('INVALID_INPUT', `source "${source.name}": index ${digest} was not loaded before composing`);
    }
    for (const raw of index.manifests) {
        const child = checkedDescriptor(raw, source, `an entry of index ${digest}`);
        if (isAttestation(child)) {
            walk.out.push(attestationEntry(walk, child));
        }
        else if (kindOf(child, graph) === 'index') {
            walkIndex(walk, child, depth + 1, [...path, digest], child.platform ?? inherited);
        }
        else {
            walk.out.push(manifestEntry(walk, child, child.platform ?? inherited));
        }
    }
}
function manifestEntry(walk, descriptor, given) {
    const manifest = walk.graph.manifests.get(descriptor.digest);
    const platform = checkedPlatform(given ?? configPlatform(walk, descriptor, manifest), walk.source, descriptor);
    const artifactType = descriptor.artifactType ?? manifest?.artifactType;
    const out = { ...descriptor, platform };
    if (artifactType !== undefined)
        out.artifactType = artifactType;
    return { descriptor: out, platform, source: walk.source.name, attestation: false, fromBase: walk.fromBase };
}
function attestationEntry(walk, descriptor) {
    const platform = descriptor.platform ? normalisePlatform(descriptor.platform) : undefined;
    const out = { ...descriptor };
    if (platform)
        out.platform = platform;
    const entry = {
        descriptor: out,
        platform,
        source: walk.source.name,
        attestation: true,
        fromBase: walk.fromBase,
    };
    const subject = descriptor.annotations?.[Annotations.dockerReferenceDigest];
    if (subject !== undefined)
        entry.subject = subject;
    return entry;
}
/** The platform of a manifest that has none on its descriptor: its image config's `os` and `architecture`. */
function configPlatform(walk, descriptor, manifest) {
    const what = `source "${walk.source.name}": manifest ${descriptor.digest}`;
    const config = manifest ? walk.graph.configs.get(manifest.config.digest) : undefined;
    if (!config?.os || !config.architecture) {
        throw new OciError('INVALID_INPUT', `${what} has no platform: neither its descriptor nor ${manifest ? `its config (${manifest.config.mediaType})` : 'a loaded manifest'} names an os and architecture. Stage it with \`push\` and a \`platform\` (the staging index records ` +
            'the platform), or give an image whose config has os and architecture');
    }
    const platform = { os: config.os, architecture: config.architecture };
    if (config.variant)
        platform.variant = config.variant;
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    if (config['os.features']?.length)
        platform['os.features'] = [...config['os.features']];
    return platform;
}
function checkedPlatform(platform, source, descriptor) {
    const usable = (s) => typeof s === 'string' && s.length > 0;
    if (!usable(platform.os) || !usable(platform.architecture)) {
        throw new OciError('INVALID_PLATFORM', `source "${source.name}": manifest ${descriptor.digest} has an incomplete platform ` +
            `"${formatPlatform(platform)}" (os and architecture are both required)`);
    }
    return normalisePlatform(platform);
}
/** A copy holding only what an index entry carries (no `urls`, no embedded `data`), digest checked. */
function checkedDescriptor(d, source, where) {
    try {
        parseDigest(d.digest);
    }
    catch (e) {
        throw new OciError('INVALID_DIGEST', `source "${source.name}", ${where}: ${e.message}`, { cause: e });
    }
    if (!Number.isSafeInteger(d.size) || d.size < 0) {
        throw new OciError('INVALID_MANIFEST', `source "${source.name}", ${where}: ${d.digest} has an invalid size`);
    }
    const out = { mediaType: d.mediaType, digest: d.digest, size: d.size };
    if (d.artifactType !== undefined)
        out.artifactType = d.artifactType;
    if (d.platform)
        out.platform = d.platform;
    if (d.annotations)
        out.annotations = { ...d.annotations };
    return out;
}
const isAttestation = (d) => d.annotations?.[Annotations.dockerReferenceType] === attestationManifestType;
/** Index or manifest: by media type first, then by what the loader found under that digest. */
function kindOf(d, graph) {
    if (isIndexType(d.mediaType))
        return 'index';
    if (isManifestType(d.mediaType))
        return 'manifest';
    return graph.indexes.has(d.digest) ? 'index' : 'manifest';
}

/** The bytes of `index`, in the order schemaVersion, mediaType, artifactType, manifests, annotations. */
function serialiseIndex(index) {
    const text = object([
        ['schemaVersion', String(index.schemaVersion)],
        ['mediaType', str(index.mediaType)],
        ['artifactType', str(index.artifactType)],
        ['manifests', `[${index.manifests.map(descriptorJson).join(',')}]`],
        ['subject', index.subject ? descriptorJson(index.subject) : undefined],
        ['annotations', annotationsJson(index.annotations)],
    ]);
    return new TextEncoder().encode(text);
}
/** A descriptor in the order mediaType, artifactType, digest, size, platform, annotations. */
function descriptorJson(d) {
    return object([
        ['mediaType', str(d.mediaType)],
        ['artifactType', str(d.artifactType)],
        ['digest', str(d.digest)],
        ['size', String(d.size)],
        ['platform', d.platform ? platformJson(d.platform) : undefined],
        ['annotations', annotationsJson(d.annotations)],
    ]);
}
/** The OCI spec's order: architecture, os, os.version, os.features, variant, features. */
function platformJson(p) {
    return object([
        ['architecture', str(p.architecture)],
        ['os', str(p.os)],
        ['os.version', str(p['os.version'])],
        ['os.features', strings(p['os.features'])],
        ['variant', str(p.variant)],
        ['features', strings(p.features)],
    ]);
}
/** Keys sorted by code unit; an empty map is left out. */
function annotationsJson(annotations) {
    const keys = Object.keys(annotations ?? {}).sort();
    if (!annotations || keys.length === 0)
        return undefined;
    return object(keys.map((k) => [k, str(annotations[k])]));
}
/** Sorted annotations as a plain object (for the in-memory index that mirrors the bytes). */
function sortedAnnotations(annotations) {
    const keys = Object.keys(annotations ?? {}).sort();
    if (!annotations || keys.length === 0)
        return undefined;
    return Object.fromEntries(keys.map((k) => [k, annotations[k] ?? '']));
}
function object(fields) {
    const present = fields.filter((f) => f[1] !== undefined);
    return `{${present.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}
const str = (s) => (s === undefined ? undefined : JSON.stringify(s));
const strings = (list) => list && list.length > 0 ? `[${list.map((s) => JSON.stringify(s)).join(',')}]` : undefined;

/**
 * composeIndex: the whole `merge` composition as one pure function over descriptors. Flatten the sources
 * (and the base), resolve same-platform conflicts, order the entries, place attestations after their
 * subject, check the `platforms` gate, lift descriptor annotations, and serialise to stable bytes.
 */
function composeIndex(request) {
    const policy = request.onConflict ?? 'error';
    checkRequest(request);
    const sourceEntries = flattenSources(request.sources, request.graph);
    const baseEntries = request.base ? flattenSource(request.base, request.graph, true) : [];
    const resolved = resolveConflicts(baseEntries, sourceEntries, policy);
    const manifests = resolved.filter((e) => !e.attestation).sort(compareEntries);
    if (manifests.length === 0) {
        throw new OciError('INCOMPLETE', `merge: the sources (${request.sources.map((s) => `"${s.name}"`).join(', ')}) hold no manifests; nothing to merge`);
    }
    const placed = placeAttestations(manifests, resolved.filter((e) => e.attestation));
    checkCompleteness(request.platforms, placed.entries);
    const entries = liftDescriptorAnnotations(placed.entries, request.graph, request.descriptorAnnotations);
    const index = { schemaVersion: 2, mediaType: MediaTypes.ociIndex };
    if (request.artifactType !== undefined)
        index.artifactType = request.artifactType;
    index.manifests = entries.map((e) => orderedDescriptor(e.descriptor));
    const annotations = sortedAnnotations(buildIndexAnnotations(request.indexAnnotations, request.defaults));
    if (annotations)
        index.annotations = annotations;
    const bytes = serialiseIndex(index);
    if (bytes.length > MAX_MANIFEST_PUSH) {
        throw new OciError('TOO_LARGE', `merge: the composed index is ${bytes.length} bytes with ${entries.length} entries, above the ` +
            `${MAX_MANIFEST_PUSH}-byte (4 MiB) limit that registries enforce; nothing was pushed. ` +
            'Lift fewer `descriptor-annotations`, shorten the annotations, or split the release');
    }
    const descriptor = { mediaType: MediaTypes.ociIndex, digest: digestOf(bytes), size: bytes.length };
    if (request.artifactType !== undefined)
        descriptor.artifactType = request.artifactType;
    const toComposed = (e, i) => ({
        platform: e.platform,
        descriptor: index.manifests[i] ?? orderedDescriptor(e.descriptor),
        source: e.source,
        attestation: e.attestation,
    });
    return {
        index,
        bytes,
        descriptor,
        entries: entries.map(toComposed),
        dropped: placed.dropped.map((e) => ({
            platform: e.platform,
            descriptor: orderedDescriptor(e.descriptor),
            source: e.source,
            attestation: true,
        })),
    };
}
function checkRequest(request) {
    if (request.sources.length === 0 && !request.base) {
        throw new OciError('INVALID_INPUT', 'merge: no sources to compose (no staging tags found and no `sources` given)');
    }
    if (request.artifactType !== undefined && !isMediaType(request.artifactType)) {
        throw new OciError('INVALID_INPUT', `artifact-type: "${request.artifactType}" is not a media type (type/subtype, e.g. application/vnd.example.bottle)`);
    }
}
/** The same descriptor with its keys in serialisation order and its annotations sorted. */
function orderedDescriptor(d) {
    const out = { mediaType: d.mediaType };
    if (d.artifactType !== undefined)
        out.artifactType = d.artifactType;
    out.digest = d.digest;
    out.size = d.size;
    if (d.platform)
        out.platform = orderedPlatform(d.platform);
    const annotations = sortedAnnotations(d.annotations);
    if (annotations)
        out.annotations = annotations;
    return out;
}
function orderedPlatform(p) {
    const out = { architecture: p.architecture, os: p.os };
    if (p['os.version'] !== undefined)
        out['os.version'] = p['os.version'];
    if (p['os.features'] !== undefined)
        out['os.features'] = [...p['os.features']];
    if (p.variant !== undefined)
        out.variant = p.variant;
    if (p.features !== undefined)
        out.features = [...p.features];
    return out;
}

/**
 * What merge has read, and where from: each source's root (index or manifest), nested indexes, and — only where
 * composition needs them — child manifests (for lifted annotations) and image configs (for the platform of a
 * plain manifest). Like an index value in go-containerregistry, it knows where each child lives: publishing
 * copies every child from the store it was read from.
 */
function createMergeContent() {
    const manifests = new Map();
    const indexes = new Map();
    const configs = new Map();
    const holders = new Map();
    /** Reads and parses a manifest or index once (kept), checking it is the kind `want` says. */
    async function readParsed(target, desc, name, want, bytes) {
        const known = want === 'index' ? indexes.get(desc.digest) : manifests.get(desc.digest);
        if (known)
            return known;
        const parsed = parseManifestBody(bytes ?? (await readAll(target, desc, MAX_MANIFEST_READ)), desc.mediaType, `${want} ${desc.digest} of ${name}`);
        if (parsed.kind !== want) {
            throw new OciError('INVALID_MANIFEST', `${desc.digest} of ${name} is described as ${want === 'index' ? 'an index' : 'a manifest'} but is not one`);
        }
        if (parsed.kind === 'index')
            indexes.set(desc.digest, parsed.index);
        else
            manifests.set(desc.digest, parsed.manifest);
        return (parsed.kind === 'index' ? parsed.index : parsed.manifest);
    }
    async function loadNode(target, desc, name, needManifests, depth, bytes) {
        if (!holders.has(desc.digest))
            holders.set(desc.digest, target);
        if (isIndexType(desc.mediaType)) {
            if (depth > MAX_INDEX_DEPTH)
                throw new OciError('INVALID_INPUT', `source ${name}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
            const index = await readParsed(target, desc, name, 'index', bytes);
            await Promise.all(index.manifests.map((child) => loadNode(target, child, name, needManifests, depth + 1)));
            return;
        }
        if (!isManifestType(desc.mediaType))
            return;
        // A root manifest always needs its config (its platform); children only when annotations are lifted.
        if (depth > 0 && !needManifests)
            return;
        const manifest = await readParsed(target, desc, name, 'manifest', bytes);
        if (depth === 0 && !configs.has(manifest.config.digest)) {
            configs.set(manifest.config.digest, await readConfig(target, manifest.config));
        }
    }
    return {
        graph: { manifests, indexes, configs },
        holderOf: (digest) => holders.get(digest),
        async load(ref, target, options) {
            const name = formatReference(ref);
            const version = ref.digest ?? ref.tag;
            if (!version)
                throw new OciError('INVALID_INPUT', `source ${name} needs a tag or a digest`);
            // One round trip where the target can: a GET by tag answers with the bytes and the digest.
            const { descriptor: root, bytes } = await readReference(target, version);
            await loadNode(target, root, name, options.needManifests, 0, bytes);
            return { name, descriptor: root };
        },
    };
}
/** The platform fields of an image config ({} when it has none or is not JSON). push checks its input with it. */
async function readConfig(target, desc) {
    if (desc.size > MAX_CONFIG_READ)
        return {};
    try {
        const json = JSON.parse((await readAll(target, desc, MAX_CONFIG_READ)).toString('utf8'));
        if (typeof json !== 'object' || json === null)
            return {};
        const c = json;
        const out = {};
        if (typeof c['os'] === 'string')
            out.os = c['os'];
        if (typeof c['architecture'] === 'string')
            out.architecture = c['architecture'];
        if (typeof c['variant'] === 'string')
            out.variant = c['variant'];
        if (typeof c['os.version'] === 'string')
            out['os.version'] = c['os.version'];
        if (Array.isArray(c['os.features']))
            out['os.features'] = c['os.features'].filter((f) => typeof f === 'string');
        return out;
    }
    catch (e) {
        if (e instanceof SyntaxError)
            return {};
        throw e;
    }
}

/**
 * merge's first step: everything it reads before composing. The staging tags (or the sources given), what each
 * release tag names now, the release a re-run of this staging prefix already made, the base — into one
 * LoadedMerge. Nothing is written here.
 */
async function loadMerge(request, deps) {
    const { logger } = deps;
    if (request.tags.length === 0)
        throw new OciError('INVALID_INPUT', 'input "tags" is empty: name at least one release tag');
    const prefix = request.sources.length === 0 ? request.stagingPrefix : undefined;
    const sourceRefs = request.sources.length > 0 ? request.sources : await discover(request, deps);
    const destinations = await openDestinations(request.tags, deps);
    const content = createMergeContent();
    // With cleanup the staging tags go once released: a re-run recognises the release this prefix produced.
    const released = prefix && (sourceRefs.length === 0 || request.cleanup)
        ? await findReleased(destinations, prefix, content)
        : undefined;
    if (sourceRefs.length === 0 && !released)
        throw noStagingTags(request, deps);
    const needManifests = request.descriptorAnnotations.length > 0;
    const sources = await logger.group(`Read ${sourceRefs.length} source(s)`, async () => {
        // Read in parallel (bounded), kept in the order given: a later source wins a conflict under `replace`.
        const loaded = new Array(sourceRefs.length);
        await runBounded([...sourceRefs.keys()], request.concurrency, async (i) => {
            const ref = sourceRefs[i];
            loaded[i] = { ref, node: await content.load(ref, deps.open(ref), { needManifests }) };
        });
        for (const { node } of loaded)
            logger.info(`${node.name}: ${node.descriptor.digest}`);
        return loaded;
    });
    const base = request.base ? await content.load(request.base, deps.open(request.base), { needManifests }) : undefined;
    return { request, deps, prefix, content, destinations, sources, base, released };
}
function noStagingTags(request, deps) {
    return new OciError('NOT_FOUND', `no staging tags "${request.stagingPrefix}-*" in ${deps.open(request.repository).name}: did the push jobs run with the same staging-prefix?`);
}
async function discover(request, deps) {
    const prefix = request.stagingPrefix;
    if (!prefix)
        throw new OciError('INVALID_INPUT', 'give "sources", or a "staging-prefix" to discover staging tags');
    const target = deps.open(request.repository);
    if (!target.listTags)
        throw new OciError('INVALID_INPUT', `${target.name} cannot list tags: give "sources" instead`);
    const tags = (await target.listTags()).filter((t) => t.startsWith(`${prefix}-`)).sort();
    if (tags.length > 0)
        deps.logger.info(`Found ${tags.length} staging tag(s): ${tags.join(', ')}`);
    return tags.map((tag) => withVersion(request.repository, { tag }));
}
/** The release tags grouped by repository (in the order given), each with what its tags name now. */
async function openDestinations(tags, deps) {
    const groups = new Map();
    for (const ref of tags) {
        if (!ref.tag || ref.digest)
            throw new OciError('INVALID_INPUT', `release reference ${formatReference(ref)} must have a tag and no digest`);
        const key = repositoryOf(ref);
        groups.set(key, [...(groups.get(key) ?? []), ref]);
    }
    const destinations = [];
    for (const [repository, refs] of groups) {
        const target = deps.open(refs[0]);
        const current = new Map();
        for (const ref of refs)
            current.set(ref.tag, (await resolveIfTagged(target, ref.tag))?.digest);
        destinations.push({ repository, target, refs, current });
    }
    return destinations;
}
/**
 * The index a release tag holds that this staging prefix produced (merge with cleanup records the prefix on
 * it), loaded so it can be published as it is to the tags that do not hold it yet.
 */
async function findReleased(destinations, prefix, content) {
    const seen = new Set();
    for (const { target, refs, current } of destinations) {
        for (const ref of refs) {
            const digest = current.get(ref.tag);
            if (!digest || seen.has(`${repositoryOf(ref)}@${digest}`))
                continue;
            seen.add(`${repositoryOf(ref)}@${digest}`);
            const { descriptor, bytes } = await readReference(target, digest);
            if (!isIndexType(descriptor.mediaType))
                continue;
            const parsed = parseManifestBody(bytes, descriptor.mediaType, formatReference(ref));
            if (parsed.kind !== 'index' || parsed.index.annotations?.[releasedFromAnnotation] !== prefix)
                continue;
            await content.load(withVersion(ref, { digest }), target, { needManifests: false });
            return composedFrom(descriptor, bytes, parsed.index, formatReference(ref));
        }
    }
    return undefined;
}
/** A published index as a ComposeResult, its bytes as they are. */
function composedFrom(descriptor, bytes, index, name) {
    const entries = index.manifests.map((d) => ({
        platform: d.platform ? normalisePlatform(d.platform) : undefined,
        descriptor: d,
        source: name,
        attestation: d.annotations?.[Annotations.dockerReferenceType] === 'attestation-manifest',
    }));
    const identity = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
    if (index.artifactType)
        identity.artifactType = index.artifactType;
    return { index, bytes, descriptor: identity, entries, dropped: [] };
}

/** What a release reference names now (undefined: no such tag), as load resolved it. */
function currentOf(state, ref) {
    const tag = ref.tag;
    const repository = repositoryOf(ref);
    return state.destinations.find((d) => d.repository === repository)?.current.get(tag);
}

/**
 * merge's second step: the index to publish. Composes the sources (the pure composeIndex, given the request's
 * composition options as they are), or — when this staging prefix was already released and the staging tags
 * left are only what an interrupted cleanup left — takes that release as it is.
 */
function composeMerge(state) {
    const { request, deps, prefix, released, sources, base } = state;
    // The request carries the composition options under their own names; only what was read replaces its references.
    const { sources: _refs, base: _baseRef, ...options } = request;
    const fresh = sources.length > 0
        ? composeIndex({
            ...options,
            // With cleanup the release records its staging prefix: a re-run finds it when the staging tags are gone.
            indexAnnotations: prefix && request.cleanup
                ? { ...request.indexAnnotations, [releasedFromAnnotation]: prefix }
                : request.indexAnnotations,
            sources: sources.map((s) => s.node),
            graph: restrictStagingAnnotations(state.content.graph, request.descriptorAnnotations),
            ...(base ? { base } : {}),
        })
        : undefined;
    const index = released && (!fresh || leftOverFrom(fresh, released)) ? released : fresh;
    if (!index)
        throw noStagingTags(request, deps);
    if (index === released) {
        const holding = request.tags.filter((r) => currentOf(state, r) === released.descriptor.digest);
        deps.logger.info(`already released: ${holding.map((r) => formatReference(r)).join(', ')} hold${holding.length === 1 ? 's' : ''} ` +
            `${released.descriptor.digest}, the index staging prefix "${prefix}" produced` +
            (sources.length > 0 ? ` (the ${sources.length} staging tag(s) left are what an interrupted cleanup left)` : ''));
    }
    deps.logger.info(`Index ${index.descriptor.digest} (${index.descriptor.size} bytes, ${index.entries.length} entries)`);
    return { ...state, composed: index };
}
/**
 * Staging tags that compose into a part of the release already made (every child is in it, fewer of them):
 * what an interrupted cleanup leaves. Publishing them would shrink the release.
 */
function leftOverFrom(fresh, released) {
    if (fresh.descriptor.digest === released.descriptor.digest)
        return true;
    const inRelease = new Set(released.index.manifests.map((d) => d.digest));
    return (fresh.index.manifests.length < released.index.manifests.length &&
        fresh.index.manifests.every((d) => inRelease.has(d.digest)));
}
/**
 * A staging entry carries every annotation of its manifest (the hand-off); what reaches the release index is
 * only what `descriptor-annotations` allows (and the attestation links of a buildx entry staged by `push --source`).
 * Other sources (buildx indexes) keep their descriptors as they are. The graph read stays as it was read.
 */
function restrictStagingAnnotations(graph, allowlist) {
    const allowed = createAnnotationMatcher(allowlist);
    const indexes = new Map();
    for (const [digest, index] of graph.indexes) {
        if (index.annotations?.[stagingAnnotation] !== 'true') {
            indexes.set(digest, index);
            continue;
        }
        const manifests = index.manifests.map((entry) => {
            // vnd.docker.reference.* tie an attestation manifest to its subject: structure, not lifted metadata.
            const kept = Object.entries(entry.annotations ?? {}).filter(([key]) => allowed(key) || key.startsWith('vnd.docker.reference.'));
            const { annotations: _dropped, ...rest } = entry;
            return kept.length > 0 ? { ...rest, annotations: Object.fromEntries(kept) } : rest;
        });
        indexes.set(digest, { ...index, manifests });
    }
    return { ...graph, indexes };
}

async function planDestination(destination, index, children, holderOf) {
    const planned = await Promise.all(children.map(async (child) => {
        const holder = holderOf(child.digest);
        const from = holder?.name ?? 'unknown';
        if (await destination.exists(child))
            return { digest: child.digest, action: 'present', from };
        const mountable = holder !== undefined && mountSourceOf(holder, destination) !== undefined;
        return { digest: child.digest, action: mountable ? 'mount' : 'copy', from };
    }));
    return {
        destination: destination.name,
        index: (await destination.exists(index)) ? 'present' : 'push',
        children: planned,
    };
}
function describePlan(plan) {
    const words = {
        present: 'already there',
        mount: 'would be mounted from',
        copy: 'would be copied from',
    };
    return [
        `${plan.destination}: index ${plan.index === 'present' ? 'already there' : 'would be pushed'}`,
        ...plan.children.map((c) => `  ${c.digest}: ${words[c.action]}${c.action === 'present' ? '' : ` ${c.from}`}`),
    ];
}

const emptyReport = () => ({
    uploaded: { count: 0, bytes: 0 },
    mounted: { count: 0, bytes: 0 },
    existing: { count: 0, bytes: 0 },
    skipped: { count: 0, bytes: 0 },
    manifests: 0,
    manifestsExisting: 0,
    referrers: 0,
});
/** Adds every tally and count of `add` into `into`. */
function addReport(into, add) {
    for (const key of ['uploaded', 'mounted', 'existing', 'skipped']) {
        into[key].count += add[key].count;
        into[key].bytes += add[key].bytes;
    }
    into.manifests += add.manifests;
    into.manifestsExisting += add.manifestsExisting;
    into.referrers += add.referrers;
}

/**
 * Publishing a composed index to one destination repository: children (and every blob they reference) first,
 * each checked present, then the index, then the tags — a tag already at the digest is left alone. A failure
 * at any point leaves the release tags as they were.
 */
async function publishIndex(to, index, children, holderOf, options) {
    const destination = to.target;
    const total = emptyReport();
    // Children first, each from the store it was found in; copyGraph skips what is there and mounts within a registry.
    // All children share one limiter: `concurrency` transfers in flight for this destination, not per child.
    const transfers = createLimit(options.concurrency);
    const stop = new AbortController();
    // A child copyGraph copied (or found) is there: it has just been stored or seen. Only the others are asked.
    const copied = new Set();
    await Promise.all(children.map(async (child) => {
        const holder = holderOf(child.digest);
        if (!holder)
            throw new OciError('INCOMPLETE', `no source holds child ${child.digest}: cannot publish the index`);
        if (sameStore(holder.location, destination.location))
            return;
        const report = await copyGraph(holder, destination, child, {
            limit: transfers,
            signal: stop.signal,
            referrers: true,
            logger: options.logger,
            ...(options.onBlob ? { onBlob: options.onBlob } : {}),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        }).catch((e) => {
            stop.abort(); // the first failure stops the other children's transfers
            throw e;
        });
        addReport(total, report);
        copied.add(child.digest);
    }));
    const missing = [];
    await Promise.all(children
        .filter((child) => !copied.has(child.digest))
        .map((child) => transfers(async () => {
        if (!(await destination.exists(child)))
            missing.push(child.digest);
    })));
    if (missing.length > 0) {
        throw new OciError('INCOMPLETE', `not pushing the index to ${destination.name}: ${missing.length} child manifest(s) missing there (${missing.slice(0, 3).join(', ')})`);
    }
    const digest = index.descriptor.digest;
    // A tag already at the index shows it is stored (load has just resolved every tag: no round trip here).
    const stored = [...to.current.values()].includes(digest);
    const moved = [];
    const unchanged = [];
    for (const ref of to.refs)
        (to.current.get(ref.tag) === digest ? unchanged : moved).push(ref.tag);
    // The index goes under the first tag that moves, in one step where the target can (a registry's PUT by tag).
    const [first, ...rest] = moved;
    if (!stored && first !== undefined)
        await pushTagged(destination, index.descriptor, index.bytes, first);
    else if (!stored)
        await destination.push(index.descriptor, index.bytes);
    else if (first !== undefined)
        await destination.tag(index.descriptor, first);
    for (const tag of rest)
        await destination.tag(index.descriptor, tag);
    return { destination: destination.name, report: total, moved, unchanged };
}

async function merge(request, deps) {
    const state = composeMerge(await loadMerge(request, deps));
    const { composed } = state;
    const plan = request.tags.map((r) => {
        const current = currentOf(state, r);
        return { reference: formatReference(r), current, moves: current !== composed.descriptor.digest };
    });
    const references = plan.map((p) => p.reference);
    if (request.dryRun)
        return { composed, references, published: [], plan, destinations: await planDryRun(state) };
    const result = { composed, references, published: await publish(state), plan };
    if (request.cleanup)
        result.cleanup = await deps.logger.group('Clean up staging', () => cleanup(state));
    return result;
}
function planDryRun(state) {
    const { descriptor, index } = state.composed;
    return Promise.all(state.destinations.map((d) => planDestination(d.target, descriptor, index.manifests, state.content.holderOf)));
}
async function publish(state) {
    const { deps, request } = state;
    const published = [];
    for (const destination of state.destinations) {
        published.push(await deps.logger.group(`Publish to ${destination.repository}`, () => publishIndex(destination, state.composed, state.composed.index.manifests, state.content.holderOf, {
            concurrency: request.concurrency,
            logger: deps.logger,
            ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
            ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
        })));
    }
    return published;
}
function cleanup(state) {
    const { descriptor, index } = state.composed;
    return cleanupStaging({
        roots: state.sources.map(({ ref, node }) => ({ ref, descriptor: node.descriptor })),
        indexes: state.content.graph.indexes,
        released: new Set([descriptor.digest, ...index.manifests.map((d) => d.digest)]),
        concurrency: state.request.concurrency,
    }, state.deps);
}

const conflictPolicies = ['error', 'replace'];

/** Reads merge's inputs into a typed request (README: merge). */
function readMergeRequest(get, context) {
    const common = readCommon(get);
    const repository = readRepository(get, 'repository');
    const sources = splitLines(get('sources')).map((s) => parseVersioned('sources', s));
    const stagingPrefix = stagingPrefixOf(get, context);
    if (sources.length === 0 && stagingPrefix === '') {
        throw new OciError('INVALID_INPUT', 'give "sources", or "staging-prefix" to discover staging tags (required outside GitHub Actions)');
    }
    const tags = readList(get, 'tags').map((t) => releaseReference(repository, t));
    if (tags.length === 0)
        throw new OciError('INVALID_INPUT', 'input "tags" is required: release tags such as 1.2.3 and latest');
    const onConflict = get('on-conflict') || 'error';
    if (!conflictPolicies.includes(onConflict)) {
        throw new OciError('INVALID_INPUT', `input "on-conflict" must be ${conflictPolicies.join(' or ')}, got "${onConflict}"`);
    }
    const artifactType = readArtifactType(get);
    const leveled = parseMetadataActionAnnotations(get('annotations'), 'annotations');
    const platforms = readPlatforms(get, 'platforms');
    const { annotations: indexAnnotations, defaults } = withDefaults(leveled.index, annotationDefaults(context));
    const descriptorAnnotations = readList(get, 'descriptor-annotations');
    createAnnotationMatcher(descriptorAnnotations); // refuses a bad key pattern now, before any source is read
    const request = {
        common,
        repository,
        sources,
        tags,
        indexAnnotations,
        manifestAnnotationsIgnored: Object.keys({
            ...leveled.manifest,
            ...leveled.manifestDescriptor,
            ...leveled.indexDescriptor,
        }),
        descriptorAnnotations,
        onConflict: onConflict,
        cleanup: readBoolean(get, 'cleanup', false),
        dryRun: readBoolean(get, 'dry-run', false),
        concurrency: common.concurrency,
        defaults,
    };
    if (stagingPrefix !== '')
        request.stagingPrefix = stagingPrefix;
    if (platforms.length > 0)
        request.platforms = platforms;
    if (artifactType !== undefined)
        request.artifactType = artifactType;
    const base = get('base');
    if (base !== '')
        request.base = parseVersioned('base', base);
    return request;
}
/**
 * A bare tag goes to `repository`; anything else must be a full reference with a tag. Docker Hub's short form
 * (`user/app:1.2.3`, as docker/metadata-action writes for `images: user/app`) means docker.io/user/app, as for docker.
 */
function releaseReference(repository, value) {
    if (!value.includes('/') && !value.includes(':') && !value.includes('@')) {
        return withVersion(repository, { tag: assertTag(value, 'release tag in input "tags"') });
    }
    const ref = parseInput('tags', dockerHubShortForm(value));
    if (!ref.tag || ref.digest) {
        throw new OciError('INVALID_INPUT', `input "tags": "${value}" must be a bare tag or a reference with a tag and no digest`);
    }
    return ref;
}
function dockerHubShortForm(value) {
    if (value.startsWith('oci-layout:'))
        return value;
    const slash = value.indexOf('/');
    if (slash <= 0)
        return value;
    const first = value.slice(0, slash);
    const host = first === 'localhost' || first.includes('.') || first.includes(':') || first.startsWith('[');
    return host ? value : `docker.io/${value}`;
}
/**
 * The annotations merge adds on its own (created, source, revision) give way to the user's: a value given in
 * `annotations` replaces the default, and an empty one (`org.opencontainers.image.revision=`) removes it.
 */
function withDefaults(user, defaults) {
    const annotations = { ...user };
    const out = { ...defaults };
    const keys = { createdEpochSeconds: Annotations.created, source: Annotations.source, revision: Annotations.revision };
    for (const [field, key] of Object.entries(keys)) {
        if (!(key in annotations))
            continue;
        delete out[field];
        if (annotations[key] === '')
            delete annotations[key];
    }
    return { annotations, defaults: out };
}
function annotationDefaults(context) {
    const out = {};
    const epoch = context.sourceDateEpoch?.trim();
    if (epoch) {
        if (!/^\d+$/.test(epoch))
            throw new OciError('INVALID_INPUT', `SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
        out.createdEpochSeconds = Number(epoch);
    }
    const { serverUrl, repository, sha } = context.github;
    if (context.inActions && serverUrl && repository)
        out.source = `${serverUrl}/${repository}`;
    if (context.inActions && sha)
        out.revision = sha;
    return out;
}

/**
 * Tees a blob into the cache while it streams to its consumer: each chunk is written to a temporary file in
 * the blob's directory before it is passed on (so memory stays flat and the slower side sets the pace), the
 * bytes are verified against the descriptor, and only a complete, verified file is renamed into place. A
 * cache that cannot be written (disk full, permissions) is reported once and the copy goes on without it.
 */
/** A temporary name that is never a blob name (it starts with '.'), in the blob's own directory. */
const tempPathFor = (finalPath, digest) => join(dirname(finalPath), `.tmp-${parseDigest(digest).hex.slice(0, 16)}-${randomBytes(6).toString('hex')}`);
function teeIntoFile(source, desc, finalPath, options) {
    const temp = tempPathFor(finalPath, desc.digest);
    const file = createWriteStream(temp, { flags: 'wx' });
    let fileError;
    let settled = false;
    file.on('error', (e) => {
        fileError ??= e;
    });
    const settle = (stored) => {
        if (settled)
            return;
        settled = true;
        options.onSettled(stored);
    };
    const abandon = () => {
        if (!file.destroyed)
            file.destroy();
        unlink(temp).catch(() => { });
    };
    const writable = () => fileError === undefined && !file.destroyed;
    const writeChunk = (chunk) => new Promise((resolve) => {
        if (!writable() || file.write(chunk))
            return resolve();
        const done = () => {
            file.off('drain', done);
            file.off('error', done);
            file.off('close', done);
            resolve();
        };
        file.on('drain', done);
        file.on('error', done);
        file.on('close', done);
    });
    const storeFile = async () => {
        if (writable()) {
            try {
                file.end();
                await finished(file);
                await rename(temp, finalPath);
                return true;
            }
            catch (e) {
                fileError ??= e;
            }
        }
        options.onCacheError(`cannot keep ${desc.digest} in the cache: ${messageOf(fileError)}`);
        abandon();
        return false;
    };
    const tee = new Transform({
        transform(chunk, _encoding, callback) {
            writeChunk(chunk).then(() => callback(null, chunk), (e) => callback(e));
        },
        // Runs only after the verifier let the last byte through: the file is complete and its digest checked.
        flush(callback) {
            storeFile().then((stored) => {
                settle(stored);
                callback();
            }, (e) => callback(e));
        },
        destroy(error, callback) {
            if (!settled) {
                abandon();
                settle(false);
            }
            callback(error);
        },
    });
    pipeline$1(source, createVerifyingStream(desc, options.what), tee, () => {
        // an error destroys `tee`, and the consumer sees it
    });
    return tee;
}

/**
 * A content-addressed directory of blobs (`blobs/<alg>/<hex>`, the OCI image-layout naming) used as a
 * read-through cache: a blob is fetched from its source at most once per cache, then served from disk.
 *
 * - Every cached file is hashed before it is served (and verified again as it streams): a corrupted or
 *   planted file is discarded and the blob fetched again; it is never used.
 * - A miss streams from the source to the consumer and into a temporary file at once (cache-tee.ts); the
 *   file is renamed into place only when complete and verified.
 * - Concurrent requests for one digest wait for the first: the second is served from the cache.
 */
function createBlobCache(dir, options = {}) {
    const logger = options.logger ?? silentLogger;
    const size = options.formatSize ?? ((n) => `${n} bytes`);
    const stats = { fromCache: { count: 0, bytes: 0 }, fromSource: { count: 0, bytes: 0 }, discarded: 0 };
    const used = new Set();
    const inFlight = new Map();
    let ready;
    let warnedWrite = false;
    const readCached = async (desc, signal) => {
        const path = blobPath(dir, desc.digest);
        const what = `cached ${desc.digest}`;
        let handle;
        try {
            handle = await open(path, 'r');
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                await discard(path, desc, messageOf(e));
            return undefined;
        }
        let problem;
        try {
            problem = await checkFile(handle, desc);
        }
        catch (e) {
            problem = messageOf(e);
        }
        if (problem !== undefined) {
            await handle.close().catch(() => { });
            await discard(path, desc, problem);
            return undefined;
        }
        const verify = createVerifyingStream(desc, what);
        pipeline$1(handle.createReadStream({ start: 0 }), verify, () => {
            // errors reach the consumer through `verify`
        });
        return signal ? addAbortSignal(signal, verify) : verify;
    };
    const discard = async (path, desc, why) => {
        stats.discarded++;
        logger.warning(`cache: discarded ${path} (${why}); fetching ${desc.digest} again`);
        await rm(path, { recursive: true, force: true }).catch(() => { });
    };
    /** Fetches from the source and tees into the cache; `release` frees the digest once the file is settled. */
    const fillFromSource = async (desc, fromSource, release) => {
        // The directory first: no await may stand between opening the source stream and handing it on, or an
        // early error of that stream would have no listener.
        const path = blobPath(dir, desc.digest);
        let cacheable = true;
        try {
            await mkdir(dirname(path), { recursive: true });
        }
        catch (e) {
            cacheError(`cannot create ${dirname(path)}: ${messageOf(e)}`);
            cacheable = false;
        }
        const stream = await fromSource();
        stats.fromSource.count++;
        stats.fromSource.bytes += desc.size;
        used.add(desc.digest);
        if (!cacheable) {
            release();
            return stream;
        }
        logger.debug(`${desc.digest} (${size(desc.size)}): from the source, kept in the cache`);
        return teeIntoFile(stream, desc, path, {
            what: `${desc.mediaType} ${desc.digest}`,
            onSettled: release,
            onCacheError: cacheError,
        });
    };
    const cacheError = (message) => {
        if (warnedWrite)
            return logger.debug(`cache: ${message}`);
        warnedWrite = true;
        logger.warning(`cache: ${message}; blobs are copied without it`);
    };
    const fetchThrough = async (desc, fromSource, fetchOptions) => {
        parseDigest(desc.digest);
        ready ??= (options.beforeFirstRead ?? (async () => { }))();
        await ready;
        for (let pending = inFlight.get(desc.digest); pending; pending = inFlight.get(desc.digest))
            await pending;
        // Mark the digest busy before the next await, so that a concurrent request waits for this one.
        let resolveBusy = () => { };
        const busy = new Promise((resolve) => {
            resolveBusy = resolve;
        });
        const release = () => {
            if (inFlight.get(desc.digest) === busy)
                inFlight.delete(desc.digest);
            resolveBusy();
        };
        inFlight.set(desc.digest, busy);
        try {
            const cached = await readCached(desc, fetchOptions?.signal);
            if (cached) {
                release();
                stats.fromCache.count++;
                stats.fromCache.bytes += desc.size;
                used.add(desc.digest);
                logger.info(`${desc.digest} (${size(desc.size)}): from the cache`);
                return cached;
            }
            return await fillFromSource(desc, fromSource, release);
        }
        catch (e) {
            release();
            throw e;
        }
    };
    return { dir, fetchThrough, stats: () => structuredClone(stats), used: () => used };
}
/** Why the open file cannot be `desc` (size, type or digest), or undefined when it is. */
async function checkFile(handle, desc) {
    const info = await handle.stat();
    if (!info.isFile())
        return 'not a regular file';
    if (info.size !== desc.size)
        return `${info.size} bytes, expected ${desc.size}`;
    const digester = createDigester(parseDigest(desc.digest).algorithm);
    for await (const chunk of handle.createReadStream({ start: 0, autoClose: false }))
        digester.update(chunk);
    const actual = digester.digest();
    return actual === desc.digest ? undefined : `its bytes hash to ${actual}`;
}

/**
 * Keys for saved cache archives (@actions/cache in the action). A key is immutable once saved, so it is
 * derived from content: `<version>-<scope hash>-<hash of the sorted digests the run used>`. The scope (the
 * command, its repository and platform) keeps unrelated runs apart; restores look up the newest archive of
 * the scope by prefix, since which blobs a run needs is only known once it has read the manifests.
 */
/** Bump when the directory layout or the key scheme changes: old archives are then ignored. */
const CACHE_KEY_VERSION = 'oci-multiarch-blobs-v1';
/** Scope hash length in hex: enough to keep scopes apart, short enough to read in a log. */
const SCOPE_HASH_LENGTH = 16;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** The prefix shared by every archive of one scope, e.g. `oci-multiarch-blobs-v1-0123456789abcdef-`. */
const cacheKeyPrefix = (scope) => `${CACHE_KEY_VERSION}-${sha256(scope).slice(0, SCOPE_HASH_LENGTH)}-`;
/** The key of an archive holding exactly `digests` (order and duplicates do not matter). */
function cacheKey(prefix, digests) {
    const sorted = [...new Set(digests)].sort();
    return `${prefix}${sha256(sorted.join('\n'))}`;
}

/**
 * One command's use of the blob cache: the directory, plus (in the action) a saved archive of it.
 *
 * - Restore happens lazily, before the first blob is read: a run that reads no blob (everything already
 *   in place, or mounted) never downloads an archive.
 * - Save happens at the end, only when blobs came from a source (otherwise the restored archive already
 *   holds everything this run read). The directory is first pruned to the blobs this run used, so archives
 *   do not grow from run to run, and the key is derived from those digests.
 * - Save and restore pass the same paths list. Every archive failure is a warning: the copy itself never
 *   depends on the cache.
 */
function openCacheSession(options) {
    const { archive, logger } = options;
    const paths = [join(options.dir, 'blobs')];
    const prefix = cacheKeyPrefix(options.scope);
    const outcome = {};
    let available;
    const isAvailable = () => {
        available ??= (archive ? archive.isAvailable() : Promise.resolve(false)).catch((e) => {
            logger.warning(`cache: cannot tell whether the cache service is available (${messageOf(e)}); not using it`);
            return false;
        });
        return available;
    };
    const restore = async () => {
        if (!archive)
            return;
        if (!(await isAvailable())) {
            logger.info(`cache: no cache service here; blobs are cached in ${options.dir} for this job only`);
            return;
        }
        try {
            const key = await archive.restore(paths, prefix, [prefix]);
            if (key) {
                outcome.restoredKey = key;
                logger.info(`cache: restored ${key}`);
            }
            else
                logger.info(`cache: nothing restored for ${prefix}* (no archive saved yet, or the cache service failed)`);
        }
        catch (e) {
            logger.warning(`cache: restore failed (${messageOf(e)}); blobs are fetched from their sources`);
        }
    };
    const cache = createBlobCache(options.dir, {
        logger,
        beforeFirstRead: restore,
        ...(options.formatSize ? { formatSize: options.formatSize } : {}),
    });
    const finish = async () => {
        const stats = cache.stats();
        if (!archive || stats.fromSource.count === 0 || !(await isAvailable()))
            return { ...outcome, stats };
        const key = cacheKey(prefix, cache.used());
        if (key === outcome.restoredKey)
            return { ...outcome, stats };
        try {
            await pruneTo(options.dir, cache.used());
            const id = await archive.save(paths, key);
            // @actions/cache answers -1 for an existing key, and also when the service failed (after its own warning)
            if (id === -1)
                logger.info(`cache: ${key} not saved (it exists already, another job is saving it, or the cache service did not take it)`);
            else {
                outcome.savedKey = key;
                logger.info(`cache: saved ${cache.used().size} blob(s) as ${key}`);
            }
        }
        catch (e) {
            logger.warning(`cache: save failed (${messageOf(e)}); the next run fetches these blobs again`);
        }
        return { ...outcome, stats };
    };
    return { cache, paths, finish };
}
/** Removes every file under `<dir>/blobs/<alg>/` that is not one of `keep` (temporary files included). */
async function pruneTo(dir, keep) {
    const blobs = join(dir, 'blobs');
    for (const algorithm of await readdir(blobs).catch(() => [])) {
        const folder = join(blobs, algorithm);
        const names = await readdir(folder).catch(() => undefined);
        if (!names) {
            await rm(folder, { recursive: true, force: true });
            continue;
        }
        for (const name of names) {
            if (!keep.has(`${algorithm}:${name}`))
                await rm(join(folder, name), { recursive: true, force: true });
        }
    }
}

/** A command's blob cache session: opened from the shared inputs, finished (and saved) whatever the work did. */
/**
 * The command's blob cache, or undefined: `cache: false` turns it off; the directory is `cache-dir`, else the
 * action's default (the CLI has none). In the action the directory is also restored and saved as an archive.
 */
function openCommandCache(common, io, scope) {
    if (!common.cache)
        return undefined;
    const dir = common.cacheDir ?? io.cache?.defaultDir;
    if (dir === undefined)
        return undefined;
    const archive = io.cache?.archive;
    return openCacheSession({
        dir: resolve(dir),
        scope,
        logger: io.logger,
        formatSize: formatBytes,
        ...(archive ? { archive } : {}),
    });
}
/** Runs `work`, then finishes the cache session (saving what it fetched) whether `work` succeeded or not. */
async function withCacheSession(session, logger, work) {
    if (!session)
        return { result: await work() };
    const finish = async () => {
        const outcome = await session.finish();
        // A run that fetched nothing through the cache has nothing to say about it.
        const { fromCache, fromSource, discarded } = outcome.stats;
        if (fromCache.count + fromSource.count + discarded > 0)
            logger.info(`Blob cache: ${describeCacheStats(outcome.stats)}`);
        return outcome;
    };
    let result;
    try {
        result = await work();
    }
    catch (e) {
        await finish();
        throw e;
    }
    return { result, cache: await finish() };
}
/** `2 blob(s) (1.5 MiB) from the cache, 1 (10 B) from the source`, for logs and summaries. */
const describeCacheStats = (stats) => `${stats.fromCache.count} blob(s) (${formatBytes(stats.fromCache.bytes)}) from the cache, ` +
    `${stats.fromSource.count} (${formatBytes(stats.fromSource.bytes)}) from the source` +
    (stats.discarded > 0 ? `, ${stats.discarded} corrupt cache file(s) discarded` : '');

/**
 * ghcr.io refuses DELETE on its registry API; package versions are deleted through the GitHub Packages API
 * instead. merge's cleanup has already checked that push wrote the index for this staging tag; here a version is
 * deleted only when that staging tag is its only tag (a package version is a digest: deleting it removes every
 * tag on it), so nothing a release tag — or another run's staging tag — points at can go.
 */
/** Returns merge's deleteStaging: true deleted, false kept, undefined for registries it does not serve. */
function ghcrDeleter(options) {
    const registries = options.registries ?? ['ghcr.io'];
    return async (ref, digest, stagingTag) => {
        if (ref.kind !== 'registry' || !registries.includes(ref.registry))
            return undefined;
        const [owner = '', ...rest] = ref.repository.split('/');
        const packageName = rest.join('/');
        if (!owner || !packageName) {
            throw new OciError('INVALID_INPUT', `cannot tell the owner and package of ${ref.registry}/${ref.repository}`);
        }
        const { getOctokit } = await import('./github-CKxNhnT-.js');
        const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
        for (const scope of ['orgs', 'users']) {
            const base = `/${scope}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(packageName)}/versions`;
            let versions;
            try {
                versions = (await octokit.paginate(`GET ${base}`, { per_page: 100 }));
            }
            catch (e) {
                if (e.status === 404)
                    continue;
                throw packagesError('list package versions of', ref.repository, e);
            }
            const version = versions.find((v) => v.name === digest);
            if (!version) {
                options.logger.info(`cleanup: no package version ${digest} in ${ref.registry}/${ref.repository}`);
                return false;
            }
            const tags = version.metadata?.container?.tags ?? [];
            const others = tags.filter((t) => t !== stagingTag);
            if (others.length > 0) {
                options.logger.warning(`cleanup: kept ${digest}: it also carries ${others.join(', ')}, and a package version is deleted with all its tags`);
                return false;
            }
            try {
                await octokit.request(`DELETE ${base}/${version.id}`);
            }
            catch (e) {
                throw packagesError('delete a package version of', ref.repository, e);
            }
            return true;
        }
        options.logger.warning(`cleanup: ${ref.registry}/${ref.repository} is not a package the token can see`);
        return false;
    };
}
function packagesError(what, repository, e) {
    const status = e.status;
    const hint = status === 403 || status === 401 ? ': the token needs packages: write (delete:packages for a PAT)' : '';
    return new OciError('REGISTRY', `GitHub Packages API: cannot ${what} ghcr.io/${repository} (HTTP ${status ?? 'error'})${hint}`);
}

/** The merge command: inputs → merge use case → outputs and job summary. */
async function runMerge(get, context, io) {
    const request = readMergeRequest(get, { ...context, github: io.github });
    if (request.manifestAnnotationsIgnored.length > 0) {
        io.logger.warning(`merge does not rewrite child manifests: ignoring manifest-level annotations ${request.manifestAnnotationsIgnored.join(', ')} (set them at push)`);
    }
    const session = request.dryRun
        ? undefined
        : openCommandCache(request.common, io, `merge ${formatReference(request.repository)}`);
    const open = targetOpener(request.common, request.repository, io, session?.cache);
    const token = request.common.githubToken;
    const { result, cache } = await withCacheSession(session, io.logger, () => merge(request, {
        open,
        logger: io.logger,
        ...(token
            ? {
                deleteStaging: ghcrDeleter({
                    token,
                    apiUrl: io.github.apiUrl ?? 'https://api.github.com',
                    logger: io.logger,
                }),
            }
            : {}),
        onProgress: createProgressReporter(io.logger),
        onBlob: createBlobLogger(io.logger),
    }));
    const { composed } = result;
    const indexJson = Buffer.from(composed.bytes).toString('utf8');
    const platforms = composed.entries
        .filter((e) => !e.attestation)
        .map((e) => ({
        platform: e.platform ? formatPlatformWithVersion(e.platform) : 'unknown',
        digest: e.descriptor.digest,
        size: e.descriptor.size,
    }));
    io.setOutput('digest', composed.descriptor.digest);
    io.setOutput('references', result.references.join('\n'));
    io.setOutput('index', indexJson);
    io.setOutput('platforms', JSON.stringify(platforms));
    if (request.dryRun) {
        io.logger.info(`dry-run: nothing pushed. The index:\n${JSON.stringify(composed.index, null, 2)}`);
        for (const d of result.destinations ?? [])
            for (const line of describePlan(d))
                io.logger.info(`dry-run: ${line}`);
        for (const p of result.plan)
            io.logger.info(`dry-run: ${p.reference} ${p.moves ? `would move from ${p.current ?? 'nothing'}` : 'already at the index'}`);
    }
    else {
        // Which tag moved where: the one thing a release log must say.
        for (const p of result.plan) {
            const to = composed.descriptor.digest;
            io.logger.info(p.moves
                ? `${p.reference} → ${to} (${p.current ? `moved from ${p.current}` : 'new tag'})`
                : `${p.reference} already at ${to}`);
        }
    }
    const rows = composed.entries.map((e) => {
        // Each annotation is escaped on its own, then joined with a real line break.
        const lifted = Object.entries(e.descriptor.annotations ?? {})
            .map(([k, v]) => escapeCell(`${k}=${v}`))
            .join('<br>');
        const platform = e.platform ? escapeCell(formatPlatformWithVersion(e.platform)) : '';
        return `| ${platform}${e.attestation ? ' (attestation)' : ''} | \`${e.descriptor.digest}\` | ${formatBytes(e.descriptor.size)} | ${lifted} |`;
    });
    const moved = result.published.flatMap((p) => p.moved.map((t) => `${p.destination}:${t}`));
    const totals = emptyReport();
    for (const p of result.published)
        addReport(totals, p.report);
    await io.writeSummary([
        `### oci-multiarch merge${request.dryRun ? ' (dry run)' : ''}`,
        '',
        `Index \`${composed.descriptor.digest}\` (${composed.descriptor.size} bytes)`,
        '',
        '| platform | digest | size | annotations |',
        '|---|---|---|---|',
        ...rows,
        '',
        `References: ${result.references.map((r) => `\`${r}\``).join(', ')}`,
        `Tags moved: ${moved.length ? moved.map((m) => `\`${m}\``).join(', ') : 'none (already at the index)'}`,
        `Blobs: ${describeBlobCounts(totals)}.`,
        ...(cache ? [`Blob cache: ${describeCacheStats(cache.stats)}.`] : []),
        ...(result.cleanup
            ? [
                `Cleanup: ${result.cleanup.deleted.length} staging index(es) deleted, ${result.cleanup.untagged.length} staging tag(s) removed, ${result.cleanup.kept.length} kept.`,
            ]
            : []),
        '',
    ].join('\n'));
}

/**
 * Writing into an output directory all at once or not at all. Everything is first written into a private
 * staging directory beside `output` (same file system, so a rename moves it), where it is verified while it
 * streams; only then is the staged tree merged into `output` by renames. Whatever fails (a digest, an unsafe
 * archive, a bomb, a conflict with what is already there), `output` is left as it was: nothing of the pull
 * stays, and anything a rename replaced is put back.
 *
 * Merging follows what a second pull of the same artifact expects: a staged file or link replaces a file or
 * link at its path; a staged directory is merged into a directory there (files the artifact does not name are
 * left alone). A staged file where a directory is, a directory where a file is, and any path through a symlink
 * already in `output` are conflicts, found before anything is moved.
 */
const STAGING_PREFIX = '.oci-multiarch-pull-';
/** Creates the staging directory for `output`: beside it when its parent is writable and on the same device. */
async function openStagedOutput(output) {
    const root = resolve(output);
    const parent = dirname(root);
    await mkdir(parent, { recursive: true }).catch((e) => {
        throw describeFsError(e, `creating the parent directory of the output directory ${root}`);
    });
    const outputStat = await stat(root).catch(() => undefined);
    if (outputStat && !outputStat.isDirectory()) {
        throw new OciError('INVALID_INPUT', `the output ${root} exists and is not a directory`);
    }
    const parentStat = await stat(parent);
    const besideOk = root !== parent && (!outputStat || outputStat.dev === parentStat.dev);
    let base;
    try {
        if (!besideOk)
            throw new Error('not beside');
        base = await mkdtemp(join(parent, `${STAGING_PREFIX}${basename(root)}-`));
    }
    catch {
        // The parent is read-only, or another file system: stage inside the output directory instead.
        await mkdir(root, { recursive: true }).catch((e) => {
            throw describeFsError(e, `creating the output directory ${root}`);
        });
        base = await mkdtemp(join(root, STAGING_PREFIX)).catch((e) => {
            throw describeFsError(e, `creating a staging directory in ${root}`);
        });
    }
    const tree = join(base, 'tree');
    const backups = join(base, 'replaced');
    await mkdir(tree);
    await mkdir(backups);
    const discard = () => rm(base, { recursive: true, force: true });
    return {
        tree,
        discard,
        async commit() {
            try {
                await mergeInto(tree, root, backups);
            }
            finally {
                await discard();
            }
        },
    };
}
async function mergeInto(tree, root, backups) {
    if (!(await lstat(root).catch(() => undefined))) {
        // Nothing there yet: the whole tree goes in one rename.
        await rename(tree, root).catch((e) => {
            throw describeFsError(e, `moving the pulled files into ${root}`);
        });
        return;
    }
    await plan(tree, root, '', root);
    const moves = [];
    let counter = 0;
    const place = async (from, to) => {
        const staged = await lstat(from);
        const there = await lstat(to).catch(() => undefined);
        if (staged.isDirectory() && there?.isDirectory()) {
            for (const name of await readdir(from))
                await place(join(from, name), join(to, name));
            return;
        }
        if (there) {
            const backup = join(backups, String(counter++));
            await rename(to, backup);
            moves.push({ dest: to, backup });
            await rename(from, to);
        }
        else {
            await rename(from, to);
            moves.push({ dest: to });
        }
    };
    try {
        for (const name of await readdir(tree))
            await place(join(tree, name), join(root, name));
    }
    catch (e) {
        for (const move of moves.reverse()) {
            await rm(move.dest, { recursive: true, force: true }).catch(() => { });
            if (move.backup)
                await rename(move.backup, move.dest).catch(() => { });
        }
        throw describeFsError(e, `moving the pulled files into ${root} (nothing was changed there)`);
    }
}
/** Finds every conflict before anything moves (see the file comment). */
async function plan(from, to, rel, root) {
    for (const name of await readdir(from)) {
        const path = rel ? `${rel}/${name}` : name;
        const staged = await lstat(join(from, name));
        const there = await lstat(join(to, name)).catch(() => undefined);
        if (!there)
            continue;
        if (staged.isDirectory()) {
            if (there.isSymbolicLink())
                throw conflict(path, root, 'is a symlink; the pulled directory would go through it');
            if (!there.isDirectory())
                throw conflict(path, root, 'exists and is not a directory');
            await plan(join(from, name), join(to, name), path, root);
        }
        else if (there.isDirectory()) {
            throw conflict(path, root, 'is a directory; the pulled file would replace it');
        }
    }
}
const conflict = (path, dir, what) => new OciError('CONFLICT', `refusing to write "${path}" into ${dir}: it ${what}; nothing was written (remove it, or pull into another output)`);

/**
 * How much a directory layer may unpack to. gzip turns a run of zeros ~1000:1, so a 1 MB layer could fill
 * 1 GiB of disk; real layers (binaries, text, assets) compress 2–10:1 and seldom past 50:1. The limits (in
 * core/limits.ts) leave honest layers well alone and stop a bomb early, while it is extracted into pull's private
 * staging directory (nothing of it reaches `output`).
 */
/** The unpack limit of a layer of `compressedSize` bytes, when `alreadyUnpacked` bytes were unpacked before it. */
function unpackLimitFor(compressedSize, alreadyUnpacked) {
    const byRatio = Math.max(MIN_UNPACK_ALLOWANCE, compressedSize * MAX_EXPANSION_RATIO);
    return Math.max(0, Math.min(byRatio, MAX_UNPACKED_TOTAL - alreadyUnpacked));
}

/**
 * pull: the consumer side. Selects the entry for a platform (exact variant first, then compatible), downloads
 * its layers under their titles and unpacks directory layers that push created, all into a private staging
 * directory while every digest is verified, and only then moves the result into `output` (staged-output.ts):
 * a failed pull leaves `output` as it was. Titles that are absolute, escape `output`, reach into `.git` or
 * collide with another layer's are refused before anything is read.
 */
async function pull(request, deps) {
    const name = formatReference(request.reference);
    const version = versionOf(request.reference);
    const source = deps.open(request.reference);
    let desc = await source.resolve(version);
    let chosen;
    for (let depth = 0;; depth++) {
        const parsed = parseManifestBody(await readAll(source, desc, MAX_MANIFEST_READ), desc.mediaType, `${name}@${desc.digest}`);
        if (parsed.kind === 'manifest')
            return download(parsed.manifest, desc, chosen, request, source, deps.logger);
        if (depth >= MAX_PULL_DEPTH)
            throw new OciError('INVALID_MANIFEST', `${name}: indexes nested deeper than ${MAX_PULL_DEPTH}`);
        desc = selectForPlatform(parsed.index.manifests, request.platform, name, request.hostVersion);
        chosen = desc.platform;
    }
}
/** The closest entry for `want`: an exact match first, then a compatible variant; attestations never. */
function selectForPlatform(entries, want, name, hostVersion) {
    const found = findPlatformEntry(entries, want, { exact: false, ...(hostVersion ? { hostVersion } : {}) });
    if (found)
        return found;
    const host = hostVersion ? ` (this machine: ${hostVersion}; no entry may be newer)` : '';
    throw new OciError('NOT_FOUND', `${name} has no entry for platform ${formatPlatformWithVersion(want)}${host} (it has: ${listedPlatforms(entries)})`);
}
/**
 * A layer title as a path inside `output`: the one rule of safe-path.ts (relative, no `..` component, no
 * `.git`), plus no empty title. `....` is a name like any other.
 */
function safeTitle(title) {
    const problem = nameProblem(title);
    const rel = problem ? '' : safeRelativePath(title);
    if (problem || rel === '') {
        throw new OciError('UNSAFE', `refusing layer title ${JSON.stringify(title)}: ${problem ?? 'the title names no file'}; titles must be relative paths inside the output directory`);
    }
    return rel;
}
/** Every title checked, and no two layers writing the same path (or one inside another), before any byte is read. */
function planLayers(manifest, desc) {
    const plans = manifest.layers.map((layer) => {
        const title = layer.annotations?.[Annotations.title];
        if (!title)
            throw new OciError('INVALID_MANIFEST', `layer ${layer.digest} of ${desc.digest} has no title annotation: nothing to name the file`);
        return { layer, title, rel: safeTitle(title), unpack: unpackOf(layer, title) };
    });
    // Case-folded: on macOS and Windows runners `App` and `app` are one file.
    const byPath = new Map();
    for (const plan of plans)
        byPath.set(plan.rel.toLowerCase(), byPath.get(plan.rel.toLowerCase()) ?? plan);
    for (const plan of plans) {
        const key = plan.rel.toLowerCase();
        const same = byPath.get(key);
        if (same && same !== plan)
            throw overlap(desc, same, plan, 'the same path');
        const parts = key.split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = byPath.get(parts.slice(0, i).join('/'));
            if (parent)
                throw overlap(desc, parent, plan, 'a path inside it');
        }
    }
    return plans;
}
const overlap = (desc, a, b, what) => new OciError('UNSAFE', `refusing ${desc.digest}: layers ${JSON.stringify(a.title)} and ${JSON.stringify(b.title)} would write ${what}; one would overwrite the other`);
/**
 * Whether a layer is a directory to unpack, and how: ORAS's mark (its tar holds `<title>/…`, unpacked into
 * `<output>/<title>`; our own pushes carry it too) or only ours (older pushes: names relative to the directory).
 */
function unpackOf(layer, title) {
    if (layer.annotations?.[orasUnpackAnnotation] === 'true')
        return { stripPrefix: title };
    if (layer.annotations?.[unpackAnnotation] === 'true')
        return {};
    return undefined;
}
async function download(manifest, desc, platform, request, source, logger) {
    const plans = planLayers(manifest, desc);
    const staged = await openStagedOutput(request.output);
    const files = [];
    let unpacked = 0;
    try {
        for (const plan of plans) {
            const target = join(staged.tree, ...plan.rel.split('/'));
            const what = `layer ${JSON.stringify(plan.title)} (${plan.layer.digest}) of ${source.name}`;
            await mkdir(dirname(target), { recursive: true });
            // One read of the layer: the source verifies size and digest while the bytes go to the staging directory.
            const stream = await source.fetch(plan.layer);
            try {
                if (plan.unpack) {
                    const written = await extractTarGz(stream, target, {
                        ...plan.unpack,
                        maxUnpackedBytes: unpackLimitFor(plan.layer.size, unpacked),
                        what,
                        onUnpacked: (bytes) => {
                            unpacked += bytes;
                        },
                    });
                    // A loop, not push(...written): an argument list of 125k entries overflows the stack.
                    for (const w of written)
                        files.push(`${plan.rel}/${w}`);
                }
                else {
                    await writeNewFile(stream, target);
                    // A single file keeps the mode push recorded for it (an executable comes back executable).
                    await applyLayerMode(target, plan.layer);
                    files.push(plan.rel);
                }
            }
            catch (e) {
                if (!stream.destroyed)
                    stream.destroy();
                throw describeTransferError(e, `pulling ${what}`);
            }
            logger.info(`${plan.title}: ${plan.layer.size} bytes, ${plan.layer.digest} verified`);
        }
        await staged.commit();
    }
    finally {
        await staged.discard();
    }
    return { digest: desc.digest, platform, files };
}

/** Reads pull's inputs into a typed request (README: pull). */
function readPullRequest(get, host) {
    const common = readCommon(get);
    const value = get('reference');
    if (value === '')
        throw new OciError('INVALID_INPUT', 'input "reference" is required: the published index, e.g. ghcr.io/OWNER/NAME:1.2.3');
    const request = {
        common,
        reference: parseVersioned('reference', value),
        platform: hostPlatform(host?.platform, host?.arch),
        output: get('output') || '.',
    };
    const platformText = get('platform');
    if (platformText !== '')
        request.platform = parsePlatformInput('platform', platformText);
    else {
        const version = hostOsVersion(host?.platform, host?.release);
        if (version !== undefined)
            request.hostVersion = version;
    }
    return request;
}

/** The pull command: inputs → pull use case → outputs. */
async function runPull(get, io) {
    const request = readPullRequest(get);
    const session = openCommandCache(request.common, io, `pull ${repositoryOf(request.reference)} ${formatPlatformWithVersion(request.platform)}`);
    const open = targetOpener(request.common, request.reference, io, session?.cache);
    const { result, cache } = await withCacheSession(session, io.logger, () => pull(request, { open, logger: io.logger }));
    const chosen = result.platform ? formatPlatformWithVersion(result.platform) : formatPlatformWithVersion(request.platform);
    if (request.hostVersion)
        io.logger.info(`This machine is ${formatPlatformWithVersion(request.platform)} (${request.hostVersion}): took ${chosen}`);
    io.setOutput('digest', result.digest);
    io.setOutput('files', result.files.join('\n'));
    io.logger.info(`Pulled ${result.files.length} file(s) for ${chosen} into ${request.output}`);
    await io.writeSummary(`### oci-multiarch pull: ${escapeCell(chosen)}\n\n` +
        `Manifest \`${result.digest}\`: ${result.files.length} file(s) written into \`${escapeCell(request.output)}\`.\n` +
        (cache ? `Blob cache: ${describeCacheStats(cache.stats)}.\n` : ''));
}

/**
 * What the staging tag already holds: the layers (title → size) of the manifest it stages. A re-run of the same
 * push uses it to hash a big file first — and then skip its upload — instead of streaming it again unseen.
 */
async function stagedLayers(target, stagingTag) {
    const found = new Map();
    let staged;
    try {
        staged = await readReference(target, stagingTag);
    }
    catch (e) {
        if (isOciError(e, 'NOT_FOUND'))
            return found;
        throw e;
    }
    const index = parseManifestBody(staged.bytes, staged.descriptor.mediaType, `staging tag ${stagingTag}`);
    if (index.kind !== 'index')
        return found;
    for (const entry of index.index.manifests) {
        const parsed = parseManifestBody(await readAll(target, entry, MAX_MANIFEST_READ), entry.mediaType, entry.digest);
        if (parsed.kind !== 'manifest')
            continue;
        for (const layer of parsed.manifest.layers) {
            const title = layer.annotations?.[Annotations.title];
            if (title)
                found.set(title, layer.size);
        }
    }
    return found;
}

/**
 * push: one platform's artifact (files, or an existing manifest or index) to a staging tag whose index entry
 * carries platform, artifactType and annotations. The matrix-job half of the workflow.
 */
async function push(request, deps) {
    const destination = deps.open(request.repository);
    if (request.source)
        return pushSource(request, request.source, destination, deps);
    const platform = request.platform;
    return pushFiles({ ...request, platform, stagingTag: stagingTagOf(request, [platform]) }, destination, deps);
}
/** The staging tag: given, or the prefix and the platform slug(s); several platforms join with `_`. */
function stagingTagOf(request, platforms) {
    if (request.stagingTag !== undefined)
        return request.stagingTag;
    const prefix = request.stagingPrefix;
    if (platforms.length === 1)
        return stagingTagFor(prefix, platforms[0]);
    const joined = `${prefix}-${platforms.map(platformSlug).join('_')}`;
    if (joined.length <= MAX_TAG_LENGTH)
        return assertTag(joined, 'staging tag');
    const list = platforms.map((p) => platformSlug(p)).join(',');
    return assertTag(`${prefix}-platforms-${digestOf(Buffer.from(list)).slice(7, 19)}`, 'staging tag');
}
async function pushFiles(request, destination, deps) {
    // Refused before any file is hashed or uploaded: big files go up while they are hashed.
    assertFits(manifestSizeBound(request), 'the manifest of these files', 'list fewer files or shorter annotations');
    const pushStreamed = destination.pushStreamed?.bind(destination);
    const stored = new Map();
    let storingConfig;
    // One limiter for the files and the config stored beside them: `concurrency` transfers in flight, not one more.
    const transfers = createLimit(request.concurrency);
    const packOptions = {
        platform: request.platform,
        annotations: request.annotations,
        tempRoot: deps.tempRoot,
        limit: transfers,
        ...(pushStreamed ? { stagedLayers: await stagedLayers(destination, request.stagingTag) } : {}),
        // Big files go to the destination as they are hashed: one read instead of two. The small config blob
        // goes meanwhile when there is a free place, so that nothing but the manifests is left once the file is in.
        ...(pushStreamed
            ? {
                streamFile: async (path, size, signal) => {
                    const name = basename(path);
                    deps.logger.info(`${name}: uploading while hashing`);
                    // Not awaited here: with every place taken by files, it goes once one of them is done.
                    storingConfig ??= transfers(() => storeConfig(destination, request.platform, stored, deps.logger));
                    const report = deps.onProgress;
                    const blob = await pushStreamed(() => (report ? reportingProgress(readFileChunks(path), name, size, report) : readFileChunks(path)), { signal });
                    stored.set(blob.digest, 'uploaded');
                    return blob;
                },
            }
            : {}),
    };
    const packed = await deps.logger
        .group(`Pack ${request.files.length} file(s) for ${formatPlatform(request.platform)}`, async () => {
        const artifact = await packFiles(request.files, request.artifactType ? { ...packOptions, artifactType: request.artifactType } : packOptions);
        // Inside the group: each file's line belongs to the step that packed it.
        for (const layer of artifact.layers) {
            deps.logger.info(`${layer.descriptor.annotations?.['org.opencontainers.image.title']}: ${layer.descriptor.size} bytes ${layer.descriptor.digest}`);
        }
        return artifact;
    })
        .finally(() => storingConfig);
    try {
        const entry = stagingEntry(packed.manifest, request.platform, request.artifactType, request.annotations);
        const index = indexBytes([entry], request.stagingTag);
        packed.source.addBytes(index.descriptor, index.bytes);
        const report = await deps.logger.group(`Push to ${formatReference(withVersion(request.repository, { tag: request.stagingTag }))}`, () => copyGraph(packed.source, destination, index.descriptor, {
            ...copyOptions(request, deps, [request.stagingTag]),
            stored,
        }));
        return result(request.repository, request.stagingTag, packed.manifest.digest, entry, index.descriptor, report, packed.layers.map((l) => ({
            title: l.descriptor.annotations?.['org.opencontainers.image.title'] ?? '',
            digest: l.descriptor.digest,
            size: l.descriptor.size,
        })), [request.platform]);
    }
    finally {
        await packed.dispose();
    }
}
async function pushSource(request, sourceRef, destination, deps) {
    const name = formatReference(sourceRef);
    const version = versionOf(sourceRef);
    const source = deps.open(sourceRef);
    const root = await source.resolve(version);
    const bytes = await readAll(source, root, MAX_MANIFEST_READ);
    // Registries refuse a manifest over 4 MiB: refused here, before any of its blobs is uploaded.
    assertFits(bytes.length, `source ${formatReference(sourceRef)} (${root.digest})`, 'it cannot be staged as it is');
    const parsed = parseManifestBody(bytes, root.mediaType, formatReference(sourceRef));
    if (parsed.kind === 'index') {
        // Only the entries for the platform (all, when none is given) and the attestation manifests about them are
        // staged, in a staging index of our own: the source index itself may be a release, which cleanup must never
        // reach. Every entry's platform is checked against its image config.
        const chosen = request.platform
            ? [selectEntry(parsed.index.manifests, request.platform, name)]
            : platformEntries(parsed.index.manifests, name);
        const platforms = [];
        for (const c of chosen)
            platforms.push(await truePlatform(source, c, c.platform, 'its index entry', name));
        const digests = new Set(chosen.map((c) => c.digest));
        const attestations = parsed.index.manifests.filter((d) => digests.has(d.annotations?.[Annotations.dockerReferenceDigest] ?? ''));
        const entries = [...chosen, ...attestations];
        for (const e of entries)
            assertFits(e.size, `manifest ${e.digest} of ${name}`, 'it cannot be staged as it is');
        const stagingTag = stagingTagOf(request, platforms);
        const index = indexBytes(entries, stagingTag);
        const target = formatReference(withVersion(request.repository, { tag: stagingTag }));
        const report = await deps.logger.group(`Stage ${platforms.map(formatPlatform).join(', ')} of ${name} as ${target}`, async () => {
            const total = emptyReport();
            for (const e of entries)
                addReport(total, await copyGraph(source, destination, e, copyOptions(request, deps, [])));
            await destination.push(index.descriptor, index.bytes);
            await destination.tag(index.descriptor, stagingTag);
            return total;
        });
        const first = chosen[0];
        const digest = chosen.length === 1 ? first.digest : root.digest;
        return result(request.repository, stagingTag, digest, first, index.descriptor, report, [], platforms);
    }
    const annotations = { ...(parsed.manifest.annotations ?? {}), ...request.annotations };
    const artifactType = request.artifactType ?? parsed.manifest.artifactType;
    const platform = await truePlatform(source, root, request.platform, 'input "platform"', name);
    const stagingTag = stagingTagOf(request, [platform]);
    const entry = stagingEntry(root, platform, artifactType, annotations);
    const index = indexBytes([entry], stagingTag);
    assertFits(index.bytes.length, `the staging index for ${name}`, 'use shorter annotations');
    const report = await deps.logger.group(`Copy ${name} into ${formatReference(request.repository)}`, () => copyGraph(source, destination, root, copyOptions(request, deps, [])));
    await destination.push(index.descriptor, index.bytes);
    await destination.tag(index.descriptor, stagingTag);
    return result(request.repository, stagingTag, root.digest, entry, index.descriptor, report, [], [platform]);
}
/** Every platform entry of an index pushed without a platform (attestation and unknown/unknown ones aside). */
function platformEntries(entries, sourceName) {
    const found = entries.filter((d) => d.platform && d.platform.os !== 'unknown' && !d.annotations?.[Annotations.dockerReferenceType]);
    if (found.length === 0) {
        throw new OciError('INVALID_INPUT', `source ${sourceName} is an index without platform entries: give "platform"`);
    }
    return found;
}
/**
 * The platform to stage a source manifest under: what `claimed` says, checked against the manifest's image
 * config (the truth an image carries). A contradiction fails before anything is written, naming both; a
 * config without os/architecture (an artifact) leaves `claimed` as it is; a variant or os.version that only
 * the config gives is added.
 */
async function truePlatform(source, desc, claimed, claimedBy, sourceName) {
    const unclaimed = () => new OciError('INVALID_INPUT', `source ${sourceName} (${desc.digest}) names no platform in an image config: give "platform" (os/arch[/variant])`);
    if (!isManifestType(desc.mediaType)) {
        if (claimed)
            return claimed;
        throw unclaimed();
    }
    const parsed = parseManifestBody(await readAll(source, desc, MAX_MANIFEST_READ), desc.mediaType, desc.digest);
    const config = parsed.kind === 'manifest' && imageConfigTypes.has(parsed.manifest.config.mediaType)
        ? await readConfig(source, parsed.manifest.config)
        : {};
    if (!config.os || !config.architecture) {
        if (claimed)
            return claimed;
        throw unclaimed();
    }
    const truth = normalisePlatform({
        os: config.os,
        architecture: config.architecture,
        ...(config.variant ? { variant: config.variant } : {}),
        ...(config['os.version'] ? { 'os.version': config['os.version'] } : {}),
    });
    if (!claimed)
        return truth;
    const given = normalisePlatform(claimed);
    const differs = (a, b) => a !== undefined && b !== undefined && a !== b;
    if (given.os !== truth.os ||
        given.architecture !== truth.architecture ||
        differs(given.variant, truth.variant) ||
        differs(given['os.version'], truth['os.version'])) {
        const shown = (p) => `${formatPlatform(p)}${p['os.version'] ? ` (os.version ${p['os.version']})` : ''}`;
        throw new OciError('INVALID_PLATFORM', `push: ${sourceName} (${desc.digest}) is built for ${shown(truth)} (its image config says so), but ${claimedBy} says ${shown(claimed)}; nothing was staged: fix "platform" or the source`);
    }
    const out = { ...claimed };
    if (!given.variant && truth.variant)
        out.variant = truth.variant;
    if (!given['os.version'] && truth['os.version'])
        out['os.version'] = truth['os.version'];
    return out;
}
const imageConfigTypes = new Set([MediaTypes.ociConfig, 'application/vnd.docker.container.image.v1+json']);
/** The entry of a source index for the requested platform (attestations are carried along by the copy). */
function selectEntry(entries, platform, sourceName) {
    const found = findPlatformEntry(entries, platform, { exact: true });
    if (found)
        return found;
    throw new OciError('INVALID_INPUT', `source ${sourceName} is an index without an entry for platform ${formatPlatform(platform)} (it has: ${listedPlatforms(entries)})`);
}
/** Passes the chunks of a file uploaded while hashed through, telling progress by file name. */
async function* reportingProgress(chunks, name, total, report) {
    const descriptor = { mediaType: MediaTypes.octetStream, digest: '', size: total };
    let transferred = 0;
    report({ descriptor, name, transferred, total });
    for await (const chunk of chunks) {
        transferred += chunk.length;
        yield chunk;
        report({ descriptor, name, transferred, total });
    }
}
/**
 * Stores the config blob of the artifact being packed (checked first: a re-run finds it there). A failure is
 * left to the copy, which tries again and reports it in its own words.
 */
async function storeConfig(destination, platform, stored, logger) {
    const config = platformConfig(platform);
    try {
        if (await destination.exists(config.descriptor)) {
            stored.set(config.descriptor.digest, 'exists');
        }
        else {
            await destination.push(config.descriptor, config.bytes);
            stored.set(config.descriptor.digest, 'uploaded');
        }
    }
    catch (e) {
        logger.debug(`config ${config.descriptor.digest}: not stored ahead (${String(e)}); the copy will try again`);
    }
}
/**
 * The largest the manifest (and the staging index) of `request.files` can be, known before any file is read:
 * every digest is as long as a sha256 one, every size is given the most digits a size can have, every layer the
 * longer media type and the unpack annotation of a directory.
 */
function manifestSizeBound(request) {
    const layer = (spec) => ({
        mediaType: spec.mediaType ?? MediaTypes.ociLayerTarGzip,
        digest: placeholderDigest,
        size: Number.MAX_SAFE_INTEGER,
        annotations: { [Annotations.title]: basename(spec.path), [unpackAnnotation]: 'true' },
    });
    const config = { mediaType: MediaTypes.ociConfig, digest: placeholderDigest, size: Number.MAX_SAFE_INTEGER };
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        ...(request.artifactType ? { artifactType: request.artifactType } : {}),
        config,
        layers: request.files.map(layer),
        ...(Object.keys(request.annotations).length > 0 ? { annotations: request.annotations } : {}),
    };
    const manifestSize = Buffer.byteLength(JSON.stringify(manifest));
    const entry = stagingEntry({ mediaType: MediaTypes.ociManifest, digest: placeholderDigest, size: Number.MAX_SAFE_INTEGER }, request.platform, request.artifactType, request.annotations);
    return Math.max(manifestSize, indexBytes([entry], request.stagingTag).bytes.length);
}
const placeholderDigest = `sha256:${'0'.repeat(64)}`;
function assertFits(size, what, hint) {
    if (size <= MAX_MANIFEST_PUSH)
        return;
    throw new OciError('TOO_LARGE', `push: ${what} is ${size} bytes, above the ${MAX_MANIFEST_PUSH}-byte (4 MiB) manifest limit registries enforce; nothing was uploaded: ${hint}`);
}
const indexBytes = (entries, stagingTag) => jsonContent(MediaTypes.ociIndex, stagingIndex(entries, stagingTag));
function copyOptions(request, deps, tags) {
    return {
        tags,
        concurrency: request.concurrency,
        referrers: true,
        logger: deps.logger,
        ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    };
}
function result(repository, stagingTag, digest, descriptor, index, report, files, platforms) {
    return {
        digest,
        stagingTag,
        reference: formatReference(withVersion(repository, { digest: index.digest })),
        descriptor,
        stagingIndex: index,
        platforms,
        report,
        files,
    };
}

/** Reads push's inputs into a typed request (README: push). */
function readPushRequest(get, context) {
    const common = readCommon(get);
    const repository = readRepository(get, 'repository');
    const sourceText = get('source');
    // With a source, an omitted platform is read from its image config (every entry's, for an index).
    const platform = sourceText !== '' && get('platform') === '' ? undefined : readPlatform(get);
    const files = splitLines(get('files')).map(parseFileSpec);
    if (files.length > 0 && sourceText !== '') {
        throw new OciError('INVALID_INPUT', 'inputs "files" and "source" exclude each other: give one of them');
    }
    if (files.length === 0 && sourceText === '') {
        throw new OciError('INVALID_INPUT', 'input "files" lists no file: give at least one PATH (or a "source" reference instead)');
    }
    const artifactType = readArtifactType(get);
    const explicitTag = get('staging-tag');
    const annotations = parseAnnotationLines(get('annotations'), 'annotations');
    const staging = explicitTag !== ''
        ? { stagingTag: assertTag(explicitTag, 'input "staging-tag"') }
        : platform
            ? { stagingTag: stagingTagFor(requiredStagingPrefix(get, context), platform) }
            : { stagingPrefix: requiredStagingPrefix(get, context) };
    const what = sourceText !== '' ? { source: parseVersioned('source', sourceText) } : undefined;
    const base = { common, repository, files, annotations, concurrency: common.concurrency };
    const optional = artifactType !== undefined ? { artifactType } : {};
    if (what)
        return { ...base, ...optional, ...staging, ...what, ...(platform ? { platform } : {}) };
    // Without a source, readPlatform ran: a platform is given.
    return { ...base, ...optional, ...staging, platform: platform };
}
/** `platform` (which may carry `:os.version`), with `os-version` and `os-features` joined to it. */
function readPlatform(get) {
    const value = get('platform');
    if (value === '')
        throw new OciError('INVALID_INPUT', 'input "platform" is required: os/arch[/variant][:os.version], e.g. linux/arm64 or darwin/arm64:macOS 14');
    const platform = parsePlatformInput('platform', value);
    const osVersion = get('os-version');
    if (osVersion !== '') {
        const inline = platform['os.version'];
        if (inline !== undefined && inline !== osVersion) {
            throw new OciError('INVALID_INPUT', `inputs "platform" (os.version "${inline}") and "os-version" ("${osVersion}") disagree: give the version once`);
        }
        platform['os.version'] = osVersion;
    }
    const osFeatures = readList(get, 'os-features');
    if (osFeatures.length > 0)
        platform['os.features'] = osFeatures;
    return platform;
}
/** Push always needs a prefix: the given one, or `staging-<run id>` in Actions. */
function requiredStagingPrefix(get, context) {
    const prefix = stagingPrefixOf(get, context);
    if (prefix !== '')
        return prefix;
    throw new OciError('INVALID_INPUT', 'input "staging-prefix" is required outside GitHub Actions (e.g. --staging-prefix staging-1)');
}

/** The push command: inputs → push use case → outputs and job summary. */
async function runPush(get, context, io) {
    const request = readPushRequest(get, context);
    request.files = await expandFileSpecs(request.files, io.glob);
    // Only a source is read from elsewhere: files never go through the blob cache.
    const session = request.source
        ? openCommandCache(request.common, io, `push ${formatReference(request.repository)} ${request.platform ? formatPlatformWithVersion(request.platform) : 'source'}`)
        : undefined;
    const open = targetOpener(request.common, request.repository, io, session?.cache);
    const { result, cache } = await withCacheSession(session, io.logger, () => push(request, {
        open,
        logger: io.logger,
        tempRoot: io.tempRoot,
        onProgress: createProgressReporter(io.logger),
        onBlob: createBlobLogger(io.logger),
    }));
    io.setOutput('digest', result.digest);
    io.setOutput('staging-tag', result.stagingTag);
    io.setOutput('reference', result.reference);
    io.setOutput('descriptor', JSON.stringify(result.descriptor));
    const r = result.report;
    const staged = result.platforms.map(formatPlatformWithVersion).join(', ');
    io.logger.info(`Staged ${staged} as ${result.stagingTag} (${result.reference}): ` +
        `${r.uploaded.count} blob(s) uploaded (${formatBytes(r.uploaded.bytes)}), ${r.mounted.count} mounted (${formatBytes(r.mounted.bytes)}), ${r.existing.count} already there`);
    const rows = result.files.map((f) => `| ${escapeCell(f.title)} | ${formatBytes(f.size)} | \`${f.digest}\` |`);
    await io.writeSummary([
        `### oci-multiarch push: ${staged}`,
        '',
        `Staging tag \`${result.stagingTag}\` → \`${result.reference}\`; manifest \`${result.digest}\``,
        '',
        ...(rows.length ? ['| file | size | digest |', '|---|---|---|', ...rows, ''] : []),
        `Blobs: ${describeBlobCounts(r)}.`,
        ...(cache ? [`Blob cache: ${describeCacheStats(cache.stats)}.`] : []),
        '',
    ].join('\n'));
}

/** Dispatches a command by name; the action and the CLI both end up here. */
/**
 * Runs the command under its overall deadline (input `timeout`): when it passes, every registry request and
 * every wait between retries is aborted, and the command fails with one line saying so.
 */
async function runCommand(command, get, context, io, timers = globalThis) {
    const timeoutMs = readTimeout(get);
    const controller = new AbortController();
    setDeadline(controller.signal, Date.now() + timeoutMs); // registry-asked waits are bounded by it
    const expired = new OciError('NETWORK', `${command} did not finish within ${formatDuration(timeoutMs)} (input "timeout"); it was stopped: a registry may be unreachable or very slow, or raise "timeout"`);
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = timers.setTimeout(() => {
            controller.abort(expired);
            reject(expired);
        }, timeoutMs);
    });
    try {
        await Promise.race([dispatch(command, get, context, { ...io, signal: controller.signal }), deadline]);
    }
    finally {
        timers.clearTimeout(timer);
    }
}
const formatDuration = (ms) => ms % 3_600_000 === 0
    ? `${ms / 3_600_000}h`
    : ms % 60_000 === 0
        ? `${ms / 60_000}m`
        : ms % 1000 === 0
            ? `${ms / 1000}s`
            : `${ms}ms`;
async function dispatch(command, get, context, io) {
    const name = assertCommand(command);
    const read = declaredReader(name, get);
    switch (name) {
        case 'push':
            return runPush(read, context, io);
        case 'merge':
            return runMerge(read, context, io);
        case 'pull':
            return runPull(read, io);
        case 'attach':
            return runAttach(read, io);
        case 'discover':
            return runDiscover(read, io);
    }
}

export { openSync as $, promises as A, constants$5 as B, extname as C, basename as D, EOL as E, delimiter as F, sep as G, resolve as H, spawn as I, m$9 as J, commonjsGlobal as K, http as L, globalAgent as M, Agent as N, statSync as O, unlink$1 as P, createHash as Q, relative as R, m$5 as S, Transform as T, UsageError as U, m as V, Readable as W, createHmac as X, m$a as Y, createWriteStream as Z, pipeline$1 as _, allInputs as a, writeFileSync as a0, closeSync as a1, createReadStream as a2, assertCommand as b, checkGivenInputs as c, booleanInputs as d, commandSpecs as e, commandNames as f, actionsGlobber as g, dockerConfigCredentials as h, dockerConfigDir as i, homedir as j, runCommand as k, readerFromMap as l, commandSafeJson as m, messageOf as n, oneLine as o, dirname as p, quote as q, readFileSync as r, sharedInputs as s, tmpdir as t, join as u, neutraliseCommands as v, actionDefaults as w, existsSync as x, appendFileSync as y, randomUUID as z };
