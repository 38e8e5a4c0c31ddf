/**
 * A registry "with the referrers API" for tests: a reverse proxy on loopback in front of the real distribution
 * 2.8 registry (which has none) that adds what the distribution spec 1.1 asks: a manifest PUT whose body has a
 * `subject` is answered with `OCI-Subject: <subject digest>`, and GET /v2/<name>/referrers/<digest> answers an
 * OCI index of the descriptors of those manifests (artifactType, or the config media type, and annotations),
 * filtered by `?artifactType=`. Everything else is relayed unchanged. It keeps its own record: only manifests
 * pushed through it are listed, which is what a test needs to tell the API from the fallback tag.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReferrersApiProxy {
  url: string;
  host: string;
  /** `METHOD path` of every request, in order. */
  log: string[];
  stop(): Promise<void>;
}

interface Listed {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

const referrersPath = /^\/v2\/(.+)\/referrers\/([a-z0-9]+:[a-f0-9]+)$/;
const manifestPath = /^\/v2\/(.+)\/manifests\/([^/]+)$/;

export async function startReferrersApiProxy(upstreamUrl: string): Promise<ReferrersApiProxy> {
  const upstream = new URL(upstreamUrl);
  const agent = new Agent({ keepAlive: true });
  const referrers = new Map<string, Map<string, Listed>>();
  const log: string[] = [];
  let origin = '';

  const relay = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer | undefined,
    onAnswer?: (status: number, headers: IncomingMessage['headers']) => Record<string, string>,
  ) => {
    const headers = { ...req.headers, host: upstream.host };
    if (body) headers['content-length'] = String(body.length);
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        const out: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(answer.headers)) {
          if (v === undefined || k === 'connection' || k === 'keep-alive' || k === 'transfer-encoding') continue;
          out[k] = typeof v === 'string' ? v.split(upstream.origin).join(origin) : v;
        }
        Object.assign(out, onAnswer?.(answer.statusCode ?? 502, answer.headers) ?? {});
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    if (body) forward.end(body);
    else req.pipe(forward);
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    log.push(`${req.method} ${path}`);
    const asked = referrersPath.exec(path);
    if (asked && req.method === 'GET') {
      const [, repository = '', subject = ''] = asked;
      const wanted = new URL(req.url ?? '/', 'http://x').searchParams.get('artifactType');
      const all = [...(referrers.get(`${repository}@${subject}`)?.values() ?? [])];
      const manifests = wanted ? all.filter((d) => d.artifactType === wanted) : all;
      const body = Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }),
      );
      const headers: Record<string, string> = {
        'content-type': 'application/vnd.oci.image.index.v1+json',
        'content-length': String(body.length),
      };
      if (wanted) headers['oci-filters-applied'] = 'artifactType';
      res.writeHead(200, headers).end(body);
      return;
    }
    const manifest = manifestPath.exec(path);
    if (manifest && req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const listed = describeReferrer(body, String(req.headers['content-type'] ?? ''));
        relay(req, res, body, (status) => {
          if (!listed || status !== 201) return {};
          const key = `${manifest[1]}@${listed.subject}`;
          const known = referrers.get(key) ?? new Map<string, Listed>();
          known.set(listed.descriptor.digest, listed.descriptor);
          referrers.set(key, known);
          return { 'oci-subject': listed.subject };
        });
      });
      return;
    }
    relay(req, res, undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    host: `127.0.0.1:${port}`,
    log,
    async stop() {
      server.closeAllConnections();
      server.close();
      agent.destroy();
    },
  };
}

function describeReferrer(body: Buffer, contentType: string): { subject: string; descriptor: Listed } | undefined {
  let json: {
    subject?: { digest?: string };
    artifactType?: string;
    config?: { mediaType?: string };
    annotations?: Record<string, string>;
    mediaType?: string;
  };
  try {
    json = JSON.parse(body.toString('utf8')) as typeof json;
  } catch {
    return undefined;
  }
  if (typeof json.subject?.digest !== 'string') return undefined;
  const descriptor: Listed = {
    mediaType: json.mediaType ?? contentType.split(';')[0] ?? '',
    digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
    size: body.length,
  };
  const artifactType = json.artifactType ?? json.config?.mediaType;
  if (artifactType) descriptor.artifactType = artifactType;
  if (json.annotations) descriptor.annotations = json.annotations;
  return { subject: json.subject.digest, descriptor };
}
