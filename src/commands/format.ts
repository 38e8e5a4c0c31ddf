/** Text for logs and job summaries that every command writes the same way. */

export const formatBytes = (n: number): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
};

/** Text safe inside a Markdown table cell of the job summary: no cell break, line break, HTML or code span. */
export const escapeCell = (text: string): string => text.replace(/[|\n\r<>`]/g, (c) => `&#${c.charCodeAt(0)};`);
