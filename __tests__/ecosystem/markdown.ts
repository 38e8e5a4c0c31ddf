/** Just enough Markdown reading for the README checks: sections by heading, pipe tables, fenced code blocks. */

/** The text under a heading (`### push`), up to the next heading of the same or a higher level. */
export function sectionOf(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => {
    const m = /^(#+)\s/.exec(l);
    return m !== null && (m[1]?.length ?? 0) <= level;
  });
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

/** Splits a table row on unescaped pipes (a `|` inside a code span or written `\|` is content). */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  const text = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** The rows of the first pipe table in `text`, as objects keyed by the header cells. */
export function tableOf(text: string): Array<Record<string, string>> {
  const rows = text.split('\n').filter((l) => l.trim().startsWith('|'));
  const [header, separator, ...body] = rows;
  if (!header || !separator || !/^\|[\s:|-]+\|$/.test(separator.trim())) throw new Error('no table found');
  const names = cellsOf(header);
  return body.map((row) => Object.fromEntries(cellsOf(row).map((cell, i) => [names[i] ?? `${i}`, cell])));
}

/** Cell text as written in action.yml: code spans unwrapped, HTML entities decoded. */
export const plainCell = (cell: string): string =>
  cell
    .replace(/^`+\s?|\s?`+$/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export interface CodeBlock {
  lang: string;
  body: string;
}

export function codeBlocksOf(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}
