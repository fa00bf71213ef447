import type { ReactNode } from 'react';
import './markdown.css';

/**
 * Renders the small Markdown subset the minutes use (headings, paragraphs, nested "- " lists,
 * pipe tables, **bold**) as React elements — never as HTML strings, so a note cannot inject markup.
 */
function inline(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/g)
    .map((part, i) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4 ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : (
        part
      ),
    );
}

type ListItem = { text: string; children: string[] };

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

export function Markdown({ text, headingOffset = 0 }: { text: string; headingOffset?: number }) {
  const lines = text.split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  let key = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1]!.length + headingOffset);
      const Tag = `h${level}` as 'h1';
      out.push(<Tag key={key++}>{inline(heading[2]!)}</Tag>);
      i++;
    } else if (/^- /.test(line)) {
      const items: ListItem[] = [];
      while (i < lines.length && /^(- |\s{2,}- )/.test(lines[i]!)) {
        const l = lines[i]!;
        if (l.startsWith('- ')) items.push({ text: l.slice(2), children: [] });
        else items.at(-1)?.children.push(l.trim().slice(2));
        i++;
      }
      out.push(
        <ul key={key++}>
          {items.map((it, j) => (
            <li key={j}>
              {inline(it.text)}
              {it.children.length > 0 && (
                <ul>
                  {it.children.map((c, k) => (
                    <li key={k}>{inline(c)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>,
      );
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const [head = '', , ...body] = rows;
      out.push(
        <table key={key++} className="table compact">
          <thead>
            <tr>
              {cells(head).map((c, j) => (
                <th key={j} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((r, j) => (
              <tr key={j}>
                {cells(r).map((c, k) => (
                  <td key={k}>{inline(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>,
      );
    } else if (line.trim() === '') {
      i++;
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(#{1,6}\s|- |\|)/.test(lines[i]!))
        para.push(lines[i++]!);
      out.push(<p key={key++}>{inline(para.join(' '))}</p>);
    }
  }
  return <div className="markdown">{out}</div>;
}
