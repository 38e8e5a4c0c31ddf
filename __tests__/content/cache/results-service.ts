/**
 * A local stand-in for the Actions cache service v2 (the "results" service @actions/cache 6 calls when
 * ACTIONS_CACHE_SERVICE_V2 is set): the three Twirp JSON methods of github.actions.results.api.v1.CacheService
 * that the library uses, with archives kept in Azurite behind signed (SAS) URLs, as the real service hands out
 * Azure Blob Storage URLs. Entries match on version (the library's hash of paths and compression) and key:
 * the exact key first, then the newest entry starting with each restore key. Every call is recorded.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';

export interface CacheEntry {
  key: string;
  version: string;
  blobName: string;
  finalized: boolean;
  sizeBytes: number;
  id: number;
}

export interface ServiceCall {
  method: string;
  body: Record<string, unknown>;
  status: number;
}

export interface ResultsService {
  /** http://127.0.0.1:PORT/ — what the runner puts in ACTIONS_RESULTS_URL. */
  url: string;
  /** The bearer token the runner puts in ACTIONS_RUNTIME_TOKEN; any other is refused with 401. */
  token: string;
  entries: CacheEntry[];
  calls: ServiceCall[];
  container: ContainerClient;
  stop(): Promise<void>;
}

export async function startResultsService(accountUrl: string): Promise<ResultsService> {
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const container = new BlobServiceClient(accountUrl, credential).getContainerClient('actions-cache');
  await container.createIfNotExists();
  const token = `test-runtime-token-${randomUUID()}`;
  const entries: CacheEntry[] = [];
  const calls: ServiceCall[] = [];

  const signed = (blobName: string, permissions: string): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      credential,
    ).toString();
    return `${container.getBlobClient(blobName).url}?${sas}`;
  };

  const methods: Record<string, (body: Record<string, unknown>) => Promise<[number, object]>> = {
    CreateCacheEntry: async (body) => {
      const key = String(body['key'] ?? '');
      const version = String(body['version'] ?? '');
      if (!key || !version) return [400, { code: 'invalid_argument', msg: 'key and version are required' }];
      if (entries.some((e) => e.key === key && e.version === version)) {
        return [
          409,
          { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' },
        ];
      }
      const entry: CacheEntry = {
        key,
        version,
        blobName: randomUUID(),
        finalized: false,
        sizeBytes: 0,
        id: entries.length + 1,
      };
      entries.push(entry);
      return [200, { ok: true, signed_upload_url: signed(entry.blobName, 'cw') }];
    },
    FinalizeCacheEntryUpload: async (body) => {
      const entry = entries.find((e) => e.key === body['key'] && e.version === body['version'] && !e.finalized);
      if (!entry) return [404, { code: 'not_found', msg: 'no cache entry is being uploaded under this key' }];
      const stored = await container.getBlobClient(entry.blobName).getProperties();
      if (String(stored.contentLength) !== String(body['size_bytes'])) {
        return [
          200,
          { ok: false, message: `uploaded ${stored.contentLength} bytes, finalized as ${body['size_bytes']}` },
        ];
      }
      entry.finalized = true;
      entry.sizeBytes = Number(stored.contentLength);
      return [200, { ok: true, entry_id: String(entry.id) }];
    },
    GetCacheEntryDownloadURL: async (body) => {
      const usable = entries.filter((e) => e.finalized && e.version === body['version']).reverse();
      const restoreKeys = Array.isArray(body['restore_keys']) ? body['restore_keys'].map(String) : [];
      const hit =
        usable.find((e) => e.key === body['key']) ??
        restoreKeys.map((prefix) => usable.find((e) => e.key.startsWith(prefix))).find(Boolean);
      if (!hit) return [200, { ok: false }];
      return [200, { ok: true, signed_download_url: signed(hit.blobName, 'r'), matched_key: hit.key }];
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(req.url ?? '')?.[1] ?? '';
    let body: Record<string, unknown> = {};
    let answer: [number, object];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const run = methods[method];
      if (req.method !== 'POST' || !run) answer = [404, { code: 'bad_route', msg: `no such method ${req.url}` }];
      else if (req.headers.authorization !== `Bearer ${token}`)
        answer = [401, { code: 'unauthenticated', msg: 'missing or wrong runtime token' }];
      else answer = await run(body);
    } catch (e) {
      answer = [500, { code: 'internal', msg: (e as Error).message }];
    }
    calls.push({ method, body, status: answer[0] });
    res.writeHead(answer[0], { 'content-type': 'application/json' }).end(JSON.stringify(answer[1]));
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    entries,
    calls,
    container,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
