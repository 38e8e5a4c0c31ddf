/**
 * Prints the notes of one release from CHANGELOG.md (Keep a Changelog): the body of its `## [X.Y.Z]` section, up
 * to the next `## ` heading or the link definitions at the end. The release workflow uses it for the GitHub
 * release's text; a missing or empty section fails in one line, so a release never goes out without notes.
 *
 *   node scripts/release-notes.js 1.2.3 [CHANGELOG.md]   (a leading "v" is accepted)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The notes of `version` in `text`, or undefined when the section is missing or empty. */
export function releaseNotes(text, version) {
  const wanted = version.replace(/^v/, '');
  const lines = text.split(/\r?\n/);
  const heading = (line) => /^##\s+\[?v?([^\]\s]+)\]?/.exec(line)?.[1];
  const start = lines.findIndex((line) => heading(line) === wanted);
  if (start === -1) return undefined;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    if (/^##?\s/.test(line) || /^\[[^\]]+\]:\s*\S/.test(line)) break;
    body.push(line);
  }
  const notes = body.join('\n').trim();
  return notes === '' ? undefined : notes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, path = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version || !/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    console.error('usage: node scripts/release-notes.js X.Y.Z [CHANGELOG.md]');
    process.exit(2);
  }
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`release-notes: cannot read ${path}: ${e.message}`);
    process.exit(1);
  }
  const notes = releaseNotes(text, version);
  if (notes === undefined) {
    console.error(
      `release-notes: ${path} has no notes for ${version.replace(/^v/, '')}: move them from "## [Unreleased]" under "## [${version.replace(/^v/, '')}] - YYYY-MM-DD" and tag again`,
    );
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
