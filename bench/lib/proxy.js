/**
 * A counting reverse proxy in front of a registry: every request is forwarded as it is (the Host header is
 * kept, so the registry's Location headers point back at the proxy) and counted — requests by method and
 * kind, blob bytes uploaded (PUT/PATCH bodies to blob upload sessions), blob bytes downloaded (GET blob
 * bodies), cross-repository mounts, and the time of the first request.
 */
import { performance } from 'node:perf_hooks';
import { Agent, createServer, request as httpRequest } from 'node:http';

export function emptyCounts() {
  return {
    requests: 0,
    byMethod: {},
    blobUploadBytes: 0,
    blobDownloadBytes: 0,
    mounts: 0,
    /** The most requests in flight at once. */
    peakInFlight: 0,
    firstRequestAt: undefined,
    lines: [],
  };
}

/**
 * `options.delayMs` holds every answer back that long before its head is sent, as a distant registry would:
 * latency without a bandwidth limit.
 */
export async function startCountingProxy(upstream, options = {}) {
  const delayMs = options.delayMs ?? 0;
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let counts = emptyCounts();
  let inFlight = 0;
  const server = createServer((req, res) => {
    const now = performance.now();
    const c = counts;
    c.firstRequestAt ??= now;
    c.requests++;
    inFlight++;
    c.peakInFlight = Math.max(c.peakInFlight, inFlight);
    res.once('close', () => inFlight--);
    c.byMethod[req.method] = (c.byMethod[req.method] ?? 0) + 1;
    const path = req.url ?? '/';
    c.lines.push(`${Math.round(now)} ${req.method} ${path.split('?')[0]}`);
    const isUpload = (req.method === 'PUT' || req.method === 'PATCH') && path.includes('/blobs/uploads/');
    const isBlobGet = req.method === 'GET' && /\/blobs\/sha256:/.test(path);
    if (req.method === 'POST' && path.includes('mount=')) c.mounts++;
    const upstreamReq = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path, headers: req.headers, agent },
      (upstreamRes) => {
        const answer = () => {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          if (isBlobGet) upstreamRes.on('data', (chunk) => (c.blobDownloadBytes += chunk.length));
          upstreamRes.pipe(res);
        };
        if (delayMs > 0) setTimeout(answer, delayMs);
        else answer();
      },
    );
    upstreamReq.on('error', () => res.destroy());
    if (isUpload) req.on('data', (chunk) => (c.blobUploadBytes += chunk.length));
    req.pipe(upstreamReq);
  });
  server.keepAliveTimeout = 30000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    /** Starts a new tally and returns the previous one. */
    reset() {
      const previous = counts;
      counts = emptyCounts();
      return previous;
    },
    counts: () => counts,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
