/** Types of registry-process.js, for the TypeScript test harness. */
export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; htpasswdPath: string }
  | { kind: 'token'; realm: string; service: string; issuer: string; rootCertBundlePath: string };

export interface RegistryProcessOptions {
  /** The new registry's directory (config, storage, log) is made under this one. */
  parentDir: string;
  /** Prefix of that directory's name (default "registry-"). */
  prefix?: string;
  /** The registry program (default "docker-registry"). */
  binary?: string;
  auth?: RegistryAuth;
  /** Warnings only and no access log (for benchmarks). */
  quiet?: boolean;
  /** Serve HTTPS with this certificate and key (PEM files); `url` is then https://. */
  tls?: { certificate: string; key: string };
}

export interface RegistryProcess {
  /** host:port, as used in references */
  host: string;
  /** http://host:port (https:// with `tls`) */
  url: string;
  storage: string;
  /** The registry process's id (the benchmarks read its CPU time). */
  pid: number | undefined;
  /** The registry's own log so far. */
  log(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number>;
export function startRegistryProcess(options: RegistryProcessOptions): Promise<RegistryProcess>;
