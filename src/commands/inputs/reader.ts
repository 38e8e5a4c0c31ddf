/**
 * Inputs arrive as strings by name (from `core.getInput` in the action, from flags and a YAML config in the CLI).
 * The readers here turn them into typed requests once, so both front ends share one set of rules and messages.
 */
import { OciError } from '../../core/errors.js';
import { parseList } from '../../core/oci/annotations.js';

/** Returns the input's value, or '' when it was not given. */
export type InputReader = (name: string) => string;

export const readerFromMap =
  (values: Readonly<Record<string, string | undefined>>): InputReader =>
  (name) =>
    (values[name] ?? '').trim();

export function readBoolean(get: InputReader, name: string, fallback: boolean): boolean {
  // As @actions/core's getBooleanInput (YAML 1.2 core schema): yes/no/on/off/1/0 are refused, not guessed.
  const value = get(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new OciError('INVALID_INPUT', `input "${name}" must be true or false, got "${value}"`);
}

export function readInteger(get: InputReader, name: string, fallback: number, min: number, max: number): number {
  const value = get(name);
  if (value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new OciError('INVALID_INPUT', `input "${name}" must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/** A comma or newline separated list, trimmed, empty items dropped. */
export function readList(get: InputReader, name: string): string[] {
  return parseList(get(name));
}

/** A newline separated list (items may contain commas), trimmed, empty lines dropped. */
export const splitLines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
