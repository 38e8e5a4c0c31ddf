/**
 * A registry at a distance, played on loopback: a TCP proxy that holds every chunk back half of `delayMs` in
 * each direction, so each request waits a round trip of `delayMs` before its answer starts (latency, no
 * bandwidth limit). It forwards bytes as they are and never parses a body: what it reads goes into a few
 * reused buffers (a fresh buffer per read costs a page fault per 4 KiB here, which on a 2-core machine took
 * CPU from the tools under test, the HTTP proxy (proxy.js) spending more CPU than either). It counts only
 * what the jobs that use it report: the most requests in flight at once, finding where each answer ends.
 */
import { connect, createServer, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

const BUFFER_BYTES = 64 * 1024;
/** Above this much held back in one direction, reading from that side pauses until the other side drains. */
const MAX_HELD_BYTES = 32 * 1024 * 1024;

export async function startLatencyProxy(upstream, { delayMs }) {
  const target = new URL(upstream);
  const free = [];
  const take = () => free.pop() ?? Buffer.allocUnsafeSlow(BUFFER_BYTES);
  const sockets = new Set();
  let inFlight = 0;
  let peakInFlight = 0;
  let connections = 0;

  const server = createServer({ pauseOnConnect: true }, (accepted) => {
    // The accepted socket's handle moves to a socket that reads into our buffers (createServer has no `onread`).
    const handle = accepted._handle;
    accepted._handle = null;
    accepted.destroy(); // without its handle: only the server's count of connections goes down
    connections++;
    const answers = new AnswerEnds();
    let busy = false;
    const done = () => {
      if (busy) inFlight--;
      busy = false;
    };
    const toUpstream = connect({
      host: target.hostname,
      port: Number(target.port),
      allowHalfOpen: true,
      onread: reader(() => down),
    });
    const client = new Socket({ handle, allowHalfOpen: true, onread: reader(() => up) });
    // A new connection costs a round trip (the TCP handshake) before its first request can leave.
    const up = delayed(toUpstream, client, performance.now() + delayMs, (chunk) => {
      if (busy) return;
      busy = true;
      answers.expect(chunk.toString('latin1', 0, 5) === 'HEAD ');
      peakInFlight = Math.max(peakInFlight, ++inFlight);
    });
    const down = delayed(client, toUpstream, 0, (chunk) => {
      if (answers.scan(chunk)) done();
    });
    for (const s of [client, toUpstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', (hadError) => {
        sockets.delete(s);
        if (s === toUpstream) done();
        // A connection reset on one side is reset on the other; an orderly end is passed on by `delayed`.
        if (hadError) for (const other of [client, toUpstream]) other.destroy();
      });
    }
    client.resume();
  });

  /** `onread` for a socket whose chunks go through `channel()`. */
  function reader(channel) {
    return {
      buffer: take,
      callback: (n, buffer) => channel().push(buffer, n),
    };
  }

  /**
   * What `from` reads is written to `to` half a round trip later (and not before `sendsFrom`), and its end is
   * passed on after its last bytes; `seen` looks at each chunk as it comes.
   */
  function delayed(to, from, sendsFrom, seen) {
    const queue = [];
    let held = 0;
    let paused = false;
    let ended = false;
    let timer;
    from.once('end', () => {
      ended = true;
      timer ??= setTimeout(flush, delayMs / 2);
    });
    const flush = () => {
      timer = undefined;
      const now = performance.now();
      while (queue.length > 0 && queue[0].due <= now) {
        const { buffer, n } = queue.shift();
        held -= n;
        to.write(buffer.subarray(0, n), () => free.push(buffer));
      }
      if (queue.length > 0) timer = setTimeout(flush, queue[0].due - now);
      else if (ended) to.end();
      if (paused && held <= MAX_HELD_BYTES) {
        paused = false;
        from.resume();
      }
    };
    return {
      push(buffer, n) {
        seen(buffer.subarray(0, n));
        const due = Math.max(performance.now(), sendsFrom) + delayMs / 2;
        queue.push({ buffer, n, due });
        held += n;
        timer ??= setTimeout(flush, due - performance.now());
        if (held > MAX_HELD_BYTES && !paused) {
          paused = true;
          from.pause();
        }
      },
    };
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const counts = () => ({ peakInFlight, connections });
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    /** Starts a new tally and returns the previous one. */
    reset() {
      const previous = counts();
      peakInFlight = inFlight;
      connections = 0;
      return previous;
    },
    counts,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Finds where each HTTP/1.1 answer on a connection ends (RFC 9112 6.3), reading heads and chunk sizes but
 * stepping over bodies: `expect` is told of each request (whether it is a HEAD), `scan` returns true when
 * the bytes given complete the answer to it.
 */
class AnswerEnds {
  expect(isHead) {
    this.isHead = isHead;
    this.state = 'head';
    this.line = '';
  }

  scan(chunk) {
    let at = 0;
    while (at < chunk.length) {
      if (this.state === 'length') {
        const step = Math.min(this.left, chunk.length - at);
        this.left -= step;
        at += step;
        if (this.left === 0 && this.afterLength()) return true;
        continue;
      }
      if (this.state === 'close') return false;
      // 'head', 'size' and 'trailers' read lines.
      const nl = chunk.indexOf(10, at);
      const end = nl === -1 ? chunk.length : nl + 1;
      this.line += chunk.toString('latin1', at, end);
      at = end;
      if (nl === -1) continue;
      if (this.lineDone()) return true;
    }
    return false;
  }

  /** A whole line (or, in a head, a whole head) is in `this.line`; true when the answer is complete. */
  lineDone() {
    if (this.state === 'head') {
      if (!this.line.endsWith('\r\n\r\n')) return false;
      const head = this.line.toLowerCase();
      this.line = '';
      const status = Number(head.slice(9, 12));
      if (status >= 100 && status < 200) return false; // an interim answer: the real one follows
      if (this.isHead || status === 204 || status === 304) return true;
      if (/\r\ntransfer-encoding:[^\r]*chunked/.test(head)) return this.to('size');
      const length = /\r\ncontent-length:\s*(\d+)/.exec(head);
      if (!length) return this.to('close');
      this.left = Number(length[1]);
      this.afterLength = () => true;
      return this.left === 0 || this.to('length');
    }
    const line = this.line;
    this.line = '';
    if (this.state === 'size') {
      const size = parseInt(line, 16);
      if (size === 0) return this.to('trailers');
      this.left = size + 2; // the chunk and its CRLF
      this.afterLength = () => this.to('size');
      return this.to('length');
    }
    // trailers: an empty line ends them
    return line === '\r\n';
  }

  to(state) {
    this.state = state;
    return false;
  }
}
