/** The core never prints: it reports through this interface, which the action and the CLI implement. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Runs `fn` inside a named, collapsible group (a no-op grouping outside Actions). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  group: (_name, fn) => fn(),
};
