/**
 * Types for the two parts of undici the HTTP core loads (see http.ts): its package index loads every part
 * (fetch, WebSocket, mocks, caches, proxies…), about 1.3 MB that each run would parse before its first request.
 * Both are CommonJS modules whose module.exports is the value.
 */
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici';
  export = Agent;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  /** Dispatcher.prototype.request, called with the dispatcher as `this`. */
  function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
  export = request;
}
