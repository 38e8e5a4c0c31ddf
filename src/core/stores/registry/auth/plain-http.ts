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
import { isLoopbackHost } from '../../../oci/reference.js';

/** `host` is a URL's host (name or [IPv6], with an optional port); `plainHttpHosts` as the user wrote them. */
export function allowsPlainHttp(host: string, plainHttpHosts: readonly string[] = []): boolean {
  if (isLoopbackHost(host)) return true;
  const wanted = host.toLowerCase();
  const name = wanted.startsWith('[') ? wanted.slice(0, wanted.indexOf(']') + 1) : wanted.replace(/:\d+$/, '');
  return plainHttpHosts.some((h) => {
    const listed = h.trim().toLowerCase();
    return listed !== '' && (listed === wanted || listed === name);
  });
}
