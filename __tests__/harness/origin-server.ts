/**
 * An "other origin" for tests: a loopback HTTP server that records every request it receives (method,
 * URL, every header, the body) and answers 200 with a small body, or whatever `setAnswer` says.
 * Tests redirect clients here (blob CDN, rewritten upload Location, foreign realm) and then assert
 * that no credential arrived.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** path and query, as received */
  url: string;
  headers: IncomingHttpHeaders;
  /** headers as name/value pairs in the order received (keeps duplicates) */
  rawHeaders: string[];
  bodyBytes: number;
  /** the request body (kept whole: requests in tests are small) */
  body: Buffer;
}

export interface OriginAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type OriginAnswerFn = (request: RecordedRequest) => OriginAnswer;

export interface OriginServer {
  /** http://127.0.0.1:port */
  url: string;
  /** 127.0.0.1:port */
  host: string;
  requests: RecordedRequest[];
  /** Changes the answer for the following requests. */
  setAnswer(answer: OriginAnswer | OriginAnswerFn): void;
  /** Every recorded request as one string (request line, headers and body), for leak searches. */
  transcript(): string;
  stop(): Promise<void>;
}

export const DEFAULT_ORIGIN_BODY = 'other origin\n';

export async function startOriginServer(answer?: OriginAnswer | OriginAnswerFn): Promise<OriginServer> {
  let current: OriginAnswerFn = toFn(answer ?? { status: 200, body: DEFAULT_ORIGIN_BODY });
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        bodyBytes: body.length,
        body,
      };
      requests.push(recorded);
      let reply: OriginAnswer;
      try {
        reply = current(recorded);
      } catch (e) {
        reply = { status: 500, body: `origin answer function failed: ${String(e)}` };
      }
      const payload = typeof reply.body === 'string' ? Buffer.from(reply.body) : (reply.body ?? Buffer.alloc(0));
      res.writeHead(reply.status, { 'content-length': String(payload.length), ...reply.headers });
      res.end(req.method === 'HEAD' ? undefined : payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}`,
    host,
    requests,
    setAnswer: (next) => {
      current = toFn(next);
    },
    transcript: () =>
      requests
        .map((r) => `${r.method} ${r.url}\n${pairs(r.rawHeaders).join('\n')}\n\n${r.body.toString('latin1')}`)
        .join('\n---\n'),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function toFn(answer: OriginAnswer | OriginAnswerFn): OriginAnswerFn {
  return typeof answer === 'function' ? answer : () => answer;
}

function pairs(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push(`${raw[i]}: ${raw[i + 1]}`);
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of req) chunks.push(chunk as Buffer);
  } catch {
    // a client that gave up mid-body: keep what arrived
  }
  return Buffer.concat(chunks);
}
