/**
 * The GitHub runner's workflow-command parser, re-stated from its documented behaviour (actions/runner,
 * ActionCommand.TryParseV2 and TryParse) so that tests can ask "would the runner run a command here?":
 * output is cut into lines at \n, \r\n and a lone \r (.NET ReadLine); a line is a command when, after .NET's
 * TrimStart() (every char.IsWhiteSpace: Unicode spaces, U+0085, U+2028, U+2029, \t..\r), it starts with
 * `::name ...::`, or when it holds the legacy `##[name ...]` anywhere; `name` must be a registered command
 * (case-insensitive).
 */

/** The commands the runner registers (plus stop-commands' resume token, which is any string). */
export const registeredCommands = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'stop-commands',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'internal-set-repo-path',
];

const dotnetWhitespace = /^[\s\u0085\u180e]*/;

export interface ParsedCommand {
  command: string;
  data: string;
  line: string;
}

function parseLine(line: string): ParsedCommand | undefined {
  const trimmed = line.replace(dotnetWhitespace, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const name = (info.includes(' ') ? info.slice(0, info.indexOf(' ')) : info).toLowerCase();
      if (registeredCommands.includes(name)) return { command: name, data: trimmed.slice(end + 2), line };
    }
  }
  const start = line.indexOf('##[');
  if (start >= 0) {
    const close = line.indexOf(']', start);
    if (close >= 0) {
      const info = line.slice(start + 3, close);
      const name = (info.includes(' ') ? info.slice(0, info.indexOf(' ')) : info).toLowerCase();
      if (registeredCommands.includes(name)) return { command: name, data: line.slice(close + 1), line };
    }
  }
  return undefined;
}

/** Every command the runner would find in `output` (stdout or stderr of a step). */
export function runnerCommandsIn(output: string): ParsedCommand[] {
  return output.split(/\r\n|\r|\n/).flatMap((line) => parseLine(line) ?? []);
}
