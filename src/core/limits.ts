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
export const MAX_MANIFEST_PUSH = 4 * MiB;
/** The largest manifest or index we read: more lenient than pushes (other tools may write more), still bounded. */
export const MAX_MANIFEST_READ = 8 * MiB;
/** An OCI layout's index.json lists one entry per tag (~300 bytes): 64 MiB is some 200,000 tags. */
export const MAX_LAYOUT_INDEX_BYTES = 64 * MiB;
/** An OCI layout's oci-layout file is one small JSON object. */
export const MAX_LAYOUT_FILE_BYTES = 64 * KiB;
/** One page of a registry's tag list (`n` is ignored by some registries, so a page can be every tag). */
export const TAG_PAGE_BODY_LIMIT = 16 * MiB;
/** A token server's answer: a JWT and a few fields. */
export const TOKEN_BODY_LIMIT = 64 * KiB;
/** An image config is small JSON (platform, history, a few labels); a bigger one is not an image config. */
export const MAX_CONFIG_READ = 1024 * 1024;
/**
 * The head of one HTTP answer read by our own HTTP/1.1 reader (stores/registry/bulk-get.ts): undici's default
 * (maxHeaderSize, 16 KiB) four times over, for CDNs that add many fields.
 */
export const MAX_RESPONSE_HEAD_BYTES = 64 * KiB;
/** A registry's error body: enough for its JSON errors, never a whole HTML page into memory. */
export const ERROR_BODY_LIMIT = 64 * KiB;
/** What a Docker credential helper prints: a username and a secret. */
export const HELPER_OUTPUT_LIMIT = 64 * KiB;

// ── Blobs ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Below this size a streamed blob is read into memory and sent in one replayable PUT; above, it streams. */
export const MONOLITHIC_UPLOAD_LIMIT = 4 * MiB;
/**
 * Streams of at least this size are verified on the hashing thread (oci/digest-worker.ts). Below it, starting the
 * thread (an isolate of its own: ~9 MiB, ~45 ms on a VM where fresh memory is dear) costs about what hashing the
 * stream here does (64 MiB: ~45 ms); from it on, the thread costs the same at every size (flat memory).
 */
export const THREAD_HASH_MIN_BYTES = 64 * MiB;
/**
 * Blobs of at least this size are fetched on a connection of their own, into buffers that go round
 * (stores/registry/bulk-get.ts). Below it, a pooled connection (no new TCP and TLS set-up, which 20 ms away
 * costs 40–60 ms) is worth more than the memory saved: 8 MiB arrive in about the time of one such set-up.
 */
export const BULK_GET_MIN_BYTES = 8 * MiB;
/** The memory target holds blobs in memory (tests, dry runs): a bound far above what they hold. */
export const MAX_MEMORY_BLOB = 2 * GiB;

// ── Unpacking directory layers (pull) ──────────────────────────────────────────────────────────────────────
// gzip turns a run of zeros ~1000:1, so a 1 MB layer could fill 1 GiB of disk; real layers (binaries, text,
// assets) compress 2–10:1 and seldom past 50:1. These leave honest layers well alone and stop a bomb early,
// while it is extracted into pull's private staging directory (nothing of it reaches `output`).

/** Decompressed tar bytes per compressed byte: four times the most compressible honest layers we have seen. */
export const MAX_EXPANSION_RATIO = 200;
/** Whatever the ratio, a layer may always unpack to this much: small, very repetitive layers stay allowed. */
export const MIN_UNPACK_ALLOWANCE = 64 * MiB;
/**
 * The most one pull unpacks in all layers together: above the free disk of any hosted runner (about 14 GB), so
 * it only stops what could never have fit.
 */
export const MAX_UNPACKED_TOTAL = 32 * GiB;

/** Pax and GNU long-name headers are metadata, not content: a few KiB in practice, capped to keep memory flat. */
export const MAX_TAR_META_HEADER = 1024 * 1024;

// ── Names and nesting ────────────────────────────────────────────────────────────────────────────────────────

/** The longest tag the distribution spec allows (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`). */
export const MAX_TAG_LENGTH = 128;
/** Annotation keys are kept short enough to read in a log line and in a job summary table. */
export const MAX_ANNOTATION_KEY_LENGTH = 256;
/**
 * How deep indexes may nest below a merge source. buildx and the staging format nest one level; anything much
 * deeper is a mistake or a hostile source, and the cap keeps the walk bounded.
 */
export const MAX_INDEX_DEPTH = 8;
/** How deep pull follows indexes to reach a platform's manifest (a release is one level; buildx two). */
export const MAX_PULL_DEPTH = 4;

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Input `concurrency`: transfers in flight per registry; past 32 registries start refusing (429) more than gaining. */
export const MAX_CONCURRENCY = 32;
/** Input `timeout`: at most a day (a hosted job is stopped after 6 hours anyway). */
export const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;
