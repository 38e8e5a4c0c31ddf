/**
 * A fault-injecting reverse proxy on loopback in front of a real registry. Clients use the proxy's
 * host:port as the registry; requests are forwarded with streaming both ways, and absolute Location
 * (and Link) values naming the upstream are rewritten to the proxy so upload sessions stay on it.
 * Rules (fault-rules.ts) choose the faults; every request is logged with the bytes each way.
 */
import { once } from 'node:events';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  compileRule,
  type CompiledRule,
  type Fault,
  type FaultRule,
  type RuleHandle,
  type StandInAnswer,
} from './fault-rules.js';
import { relayBody, sleep } from './fault-relay.js';

export {
  registryPaths,
  type Fault,
  type FaultRule,
  type RuleHandle,
  type StandInAnswer,
  type StandInExchange,
} from './fault-rules.js';

export interface RequestLogEntry {
  method: string;
  /** the path without the query */
  path: string;
  /** path and query as received */
  url: string;
  /** status sent to the client; 0 when the connection was closed without an answer */
  status: number;
  /** request body bytes received from the client */
  bytesIn: number;
  /** response body bytes sent to the client */
  bytesOut: number;
  startedAt: number;
  ms: number;
  /** whether the request reached the registry */
  forwarded: boolean;
  /** kinds of the faults applied */
  faults: string[];
}

export interface FaultProxy {
  url: string;
  host: string;
  log: RequestLogEntry[];
  addRule(rule: FaultRule): RuleHandle;
  clearRules(): void;
  /** Request body bytes sent in blob uploads (POST/PATCH/PUT under /blobs/uploads/), from the log. */
  uploadedBlobBytes(): number;
  stop(): Promise<void>;
}

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  const agent = new Agent({ keepAlive: true });
  const rules: CompiledRule[] = [];
  const log: RequestLogEntry[] = [];
  let origin = '';

  /** A request of a stand-in's own to the registry, outside the rules and the log. */
  const upstreamCall = async (
    method: string,
    url: string,
    headers: Record<string, string> = {},
    body?: Buffer,
  ): Promise<StandInAnswer & { body: Buffer; headers: Record<string, string> }> => {
    const call = httpRequest({
      ...hostOf(upstream),
      agent,
      method,
      path: url,
      headers: { ...headers, host: upstream.host },
    });
    call.end(body);
    const [response] = (await once(call, 'response')) as [IncomingMessage];
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) out[name] = String(value);
    return { status: response.statusCode ?? 0, headers: out, body: Buffer.concat(chunks) };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): Promise<void> => {
    const { url, path } = entry;
    req.on('data', (chunk: Buffer) => void (entry.bytesIn += chunk.length));
    const faults = rules.flatMap((rule) => rule.select(req, path) ?? []);
    entry.faults = faults.map((f) => f.kind);
    const find = <K extends Fault['kind']>(kind: K): Extract<Fault, { kind: K }> | undefined =>
      faults.find((f): f is Extract<Fault, { kind: K }> => f.kind === kind);
    const delay = faults.reduce((ms, f) => ms + (f.kind === 'delay' ? f.ms : 0), 0);
    const finish = (): void => void (entry.ms = Date.now() - entry.startedAt);
    const drop = (): void => {
      finish();
      req.socket.destroy();
    };

    if (find('reset-before')) {
      await sleep(delay);
      return drop();
    }
    const status = find('status');
    const redirect = find('redirect');
    if (redirect || (status && !status.forward)) {
      req.resume();
      await once(req, 'end');
      await sleep(delay);
      if (redirect) {
        const to = typeof redirect.to === 'function' ? redirect.to(req) : new URL(url, redirect.to).href;
        return answer(res, entry, redirect.status ?? 307, { location: to }, '');
      }
      if (status) return answer(res, entry, status.status, statusHeaders(status), status.body ?? '');
    }

    // Stand-ins read the whole request body first (they match manifests and tag lists, never blob bytes).
    const standIns = faults.filter((f): f is Extract<Fault, { kind: 'respond' }> => f.kind === 'respond');
    let buffered: Buffer | undefined;
    if (standIns.length > 0) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      buffered = Buffer.concat(chunks);
      const body = buffered;
      for (const standIn of standIns) {
        const given = await standIn.respond({
          request: req,
          path,
          url,
          body: async () => body,
          upstream: upstreamCall,
        });
        if (given) {
          await sleep(delay);
          return answer(res, entry, given.status, given.headers ?? {}, given.body ?? '');
        }
      }
    }
    let forwardUrl = url;
    for (const fault of faults) if (fault.kind === 'rewrite-url') forwardUrl = fault.rewrite(forwardUrl, req);

    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: upstream.host };
    for (const name of HOP_BY_HOP) delete headers[name];
    const forward = httpRequest({ ...hostOf(upstream), agent, method: req.method, path: forwardUrl, headers });
    res.on('close', () => {
      if (!res.writableFinished) forward.destroy();
    });
    forward.on('error', () => {}); // surfaces through `once` or the body loop below
    entry.forwarded = true;
    if (buffered) forward.end(buffered);
    else req.pipe(forward);
    const [upstreamRes] = (await once(forward, 'response')) as [IncomingMessage];
    if (find('reset-after')) {
      upstreamRes.resume();
      await once(upstreamRes, 'end');
      return drop();
    }
    if (status) {
      upstreamRes.resume();
      await once(upstreamRes, 'end');
      await sleep(delay);
      return answer(res, entry, status.status, statusHeaders(status), status.body ?? '');
    }
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(upstreamRes.headers)) {
      if (value === undefined || HOP_BY_HOP.includes(name)) continue;
      out[name] = name === 'location' || name === 'link' ? rewriteOrigin(value, upstream.origin, origin) : value;
    }
    for (const fault of faults) {
      if (fault.kind !== 'rewrite-header') continue;
      const name = fault.header.toLowerCase();
      const value = out[name];
      if (value !== undefined) out[name] = [value].flat().map((v) => fault.rewrite(v, req));
    }
    await sleep(delay);
    entry.status = upstreamRes.statusCode ?? 0;
    for (const fault of faults) {
      if (fault.kind === 'rewrite-status' && (fault.from === undefined || fault.from === entry.status)) {
        entry.status = fault.status;
      }
    }
    res.writeHead(entry.status, out);
    res.flushHeaders(); // the head goes out now, even when the body trickles
    const length = Number(upstreamRes.headers['content-length'] ?? NaN);
    const outcome = await relayBody(upstreamRes, res, faults, length, (n) => void (entry.bytesOut += n));
    finish();
    if (outcome === 'complete') res.end();
    else if (outcome === 'truncated')
      res.socket?.end(); // flush what was sent, then close: the body ends early
    else drop();
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const entry: RequestLogEntry = {
      method: req.method ?? '',
      path: url.split('?')[0] ?? url,
      url,
      status: 0,
      bytesIn: 0,
      bytesOut: 0,
      startedAt: Date.now(),
      ms: 0,
      forwarded: false,
      faults: [],
    };
    log.push(entry);
    req.on('error', () => {}); // a client that went away; the entry keeps what was seen
    handle(req, res, entry).catch(() => {
      if (!res.headersSent) answer(res, entry, 502, {}, 'fault proxy: upstream failed');
      else req.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;
  return {
    url: origin,
    host,
    log,
    addRule: (rule) => {
      const compiled: CompiledRule = compileRule(rule, () => {
        const index = rules.indexOf(compiled);
        if (index >= 0) rules.splice(index, 1);
      });
      rules.push(compiled);
      return compiled.handle;
    },
    clearRules: () => void rules.splice(0),
    uploadedBlobBytes: () =>
      log
        .filter((e) => ['POST', 'PATCH', 'PUT'].includes(e.method) && e.path.includes('/blobs/uploads/'))
        .reduce((sum, e) => sum + e.bytesIn, 0),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function hostOf(url: URL): { hostname: string; port: string } {
  return { hostname: url.hostname, port: url.port || '80' };
}

function statusHeaders(fault: Extract<Fault, { kind: 'status' }>): Record<string, string> {
  const retry = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  return { 'content-type': 'application/json', ...retry, ...fault.headers };
}

function answer(
  res: ServerResponse,
  entry: RequestLogEntry,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  const payload = Buffer.from(body);
  entry.status = status;
  entry.bytesOut = payload.length;
  entry.ms = Date.now() - entry.startedAt;
  res.writeHead(status, { 'content-length': String(payload.length), ...headers });
  res.end(payload);
}

function rewriteOrigin(value: string | string[], from: string, to: string): string | string[] {
  return Array.isArray(value) ? value.map((v) => v.split(from).join(to)) : value.split(from).join(to);
}
