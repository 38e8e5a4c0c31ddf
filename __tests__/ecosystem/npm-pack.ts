/** What `npm pack --json` reports, and the files a bundle entry can load (its static and lazy chunk imports). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface PackResult {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

/**
 * The entry and every file it reaches through `from './x.js'` or `import('./x.js')`, relative to `dir`, sorted.
 * Bundled libraries keep a few such strings of their own (undici's lazy requires); only files that exist count.
 */
export function chunkClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.\.?\/[^'"]+\.js)['"]/g)) {
      const target = normalize(join(dirname(file), match[1] ?? ''));
      if (existsSync(join(dir, target))) visit(target);
    }
  };
  visit(entry);
  return [...seen].sort();
}
