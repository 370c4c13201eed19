/** What a conversion could not carry over: attachments, which a CSV export does not hold. */
export interface WikiConversion {
  markdown: string;
  /** File names of attached images and files the text refers to. */
  attachments: string[];
}

/**
 * Jira's wiki markup (the text of a CSV export's Description) as Markdown, for the common cases:
 * headings, bullet and numbered lists, bold, italic, strike-through, monospace, code and noformat
 * blocks, quotes, tables, links and mentions. Anything else is kept as written, which reads fine.
 */
export function jiraWikiToMarkdown(wiki: string): WikiConversion {
  const attachments: string[] = [];
  const out: string[] = [];
  let fence: string | undefined;
  let inQuote = false;
  let inTable = false;
  for (const rawLine of wiki.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence !== undefined) {
      const close = /^(.*?)\{(code|noformat)\}\s*$/.exec(rawLine);
      if (close) {
        if (close[1] !== '') out.push(close[1]);
        out.push(fence);
        fence = undefined;
      } else {
        out.push(rawLine);
      }
      continue;
    }
    const open = /^\s*\{(code|noformat)(?::([^}]*))?\}(.*)$/.exec(rawLine);
    if (open) {
      const language = open[1] === 'code' ? ((open[2] ?? '').split('|').find((part) => !part.includes('=')) ?? '') : '';
      fence = '```';
      out.push(`${fence}${language.trim()}`);
      const rest = open[3].replace(/\{(code|noformat)\}\s*$/, () => {
        fence = undefined;
        return '';
      });
      if (rest !== '') out.push(rest);
      if (fence === undefined) out.push('```');
      continue;
    }
    if (/^\s*\{quote\}\s*$/.test(rawLine)) {
      inQuote = !inQuote;
      continue;
    }
    const line = convertLine(rawLine, attachments);
    const isTableRow = /^\s*\|/.test(rawLine);
    if (inTable && !isTableRow) inTable = false;
    if (isTableRow) {
      const header = /^\s*\|\|/.test(rawLine);
      const cells = line
        .trim()
        .replace(/^\|\|?|\|\|?$/g, '')
        .split(/\|\|?/)
        .map((cell) => cell.trim());
      if (!inTable && out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(`| ${cells.join(' | ')} |`);
      if (header && !inTable) out.push(`|${cells.map(() => ' --- ').join('|')}|`);
      inTable = true;
      continue;
    }
    out.push(inQuote ? `> ${line}` : line);
  }
  if (fence !== undefined) out.push(fence);
  return { markdown: out.join('\n').trim(), attachments };
}

const listItem = /^\s*([*#-]+)\s+(.*)$/;

function convertLine(line: string, attachments: string[]): string {
  const heading = /^\s*h([1-6])\.\s*(.*)$/.exec(line);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${convertInline(heading[2], attachments)}`;
  const quote = /^\s*bq\.\s*(.*)$/.exec(line);
  if (quote) return `> ${convertInline(quote[1], attachments)}`;
  if (/^\s*-{4,}\s*$/.test(line)) return '---';
  const item = listItem.exec(line);
  // `-` alone is a list only at depth one: `--` is a dash in running text.
  if (item && !(item[1].length > 1 && item[1].includes('-'))) {
    const depth = item[1].length - 1;
    const marker = item[1].endsWith('#') ? '1.' : '-';
    return `${'   '.repeat(depth)}${marker} ${convertInline(item[2], attachments)}`;
  }
  return convertInline(line, attachments);
}

function convertInline(text: string, attachments: string[]): string {
  const kept: string[] = [];
  // Converted pieces wait behind a private-use character, so later rules cannot read into them.
  const keep = (markdown: string) => `\uE000${kept.push(markdown) - 1}\uE001`;
  let result = text
    .replace(/\{\{(.+?)\}\}/g, (_, code: string) => keep(`\`${code}\``))
    .replace(/\{color(?::[^}]*)?\}/g, '')
    .replace(/!([^!\s|][^!|]*?)(?:\|[^!]*)?!/g, (_, image: string) => {
      if (/^https?:\/\//.test(image)) return keep(`![](${image})`);
      attachments.push(image);
      return keep(`(attached image: ${image})`);
    })
    .replace(/\[([^\]|]*)\|([^\]]+)\]/g, (_, label: string, target: string) => keep(linkOf(label, target.trim(), attachments)))
    .replace(/\[([^\]\s][^\]]*)\]/g, (whole, target: string) => {
      const link = linkOf('', target.trim(), attachments);
      return link === target ? whole : keep(link);
    })
    .replace(/(^|[\s([{>'"|])\*(\S(?:.*?\S)?)\*(?=$|[\s)\]}.,;:!?'"|])/g, '$1**$2**')
    .replace(/(^|[\s([{>'"|])_(\S(?:.*?\S)?)_(?=$|[\s)\]}.,;:!?'"|])/g, '$1*$2*')
    .replace(/(^|[\s([{>'"|])-(\S(?:.*?\S)?)-(?=$|[\s)\]}.,;:!?'"|])/g, '$1~~$2~~')
    .replace(/(^|[\s([{>'"|])\+(\S(?:.*?\S)?)\+(?=$|[\s)\]}.,;:!?'"|])/g, '$1$2')
    .replace(/\s*\\\\\s*$/, '')
    .replace(/\\\\/g, '  \n');
  result = result.replace(/\uE000(\d+)\uE001/g, (_, index: string) => kept[Number(index)]);
  return result;
}

/** `[label|target]` and `[target]`: a web address, a mention (`~user`), an attachment (`^file`). */
function linkOf(label: string, target: string, attachments: string[]): string {
  if (target.startsWith('~')) return `@${target.slice(1).replace(/^accountid:/, '')}`;
  if (target.startsWith('^')) {
    attachments.push(target.slice(1));
    return label ? `${label} (attachment ${target.slice(1)})` : `(attachment ${target.slice(1)})`;
  }
  if (/^(https?:\/\/|mailto:)/.test(target)) return label ? `[${label}](${target})` : `<${target}>`;
  return label ? `${label} (${target})` : target;
}
