import type { Minutes, MinutesItem } from './minutes';

export type MarkdownOptions = {
  /** How a timestamp is shown; by default the wall-clock "HH:MM" as it was recorded. */
  formatTime?: (iso: string) => string;
};

function wallClock(iso: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}:${m[2]}` : iso;
}

/** Keeps user text on one line so it cannot break the document's structure. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

const RULING_WORDS = { 'well-taken': 'well taken', 'not-well-taken': 'not well taken' } as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function itemLines(
  item: MinutesItem,
  index: number,
  time: (iso: string) => string,
  adjournedAt: string | null,
): string[] {
  const heading = `### ${index}. ${inline(item.title)}`;
  // Adjourning ends the meeting whether or not its agenda item was taken up first.
  if (!item.takenUp && item.kind === 'adjournment' && adjournedAt)
    return [`${heading} — the meeting adjourned at ${time(adjournedAt)}`, ''];
  if (!item.takenUp && item.itemId !== null) return [`${heading} — not taken up`, ''];
  const when =
    item.startedAt && item.itemId !== null
      ? ` — ${time(item.startedAt)}–${item.endedAt ? time(item.endedAt) : '…'}` +
        (item.minutesUsed !== null
          ? ` (${plural(item.minutesUsed, 'minute')}${item.timeBoxMinutes !== null ? ` of ${item.timeBoxMinutes}` : ''})`
          : '')
      : '';
  const out = [`${heading}${when}`, ''];
  // Business is told in the order it happened, whatever its kind.
  const business: { seq: number; lines: string[] }[] = [];
  for (const m of item.motions) {
    const by = `moved by ${m.mover}${m.seconder ? `, seconded by ${m.seconder}` : ', not seconded'}`;
    const lines = [`- **Motion** (${by}): ${inline(m.text)}`];
    lines.push(
      `  - ${m.result ? `Result: ${inline(m.result.sentence)}` : 'No vote was recorded.'}`,
    );
    if (m.result && m.quorumMetAtVote === false) {
      lines.push(
        `  - Only ${m.presentAtVote ?? 0} members were present at the vote, short of a quorum.`,
      );
    }
    if (m.corrected) lines.push('  - The recorded result was corrected during the meeting.');
    business.push({ seq: m.seq, lines });
  }
  for (const e of item.elections) {
    const lines = [`- **Election**: ${inline(e.title)}`];
    if (!e.result) lines.push('  - No result was certified.');
    else {
      // The count's sentence names who is elected ("Elected: … — instant runoff, …"): once.
      const { sentence, winners } = e.result;
      const named = sentence.startsWith('Elected:');
      if (winners.length > 0 && !named)
        lines.push(`  - Elected: ${winners.map(inline).join(', ')}`);
      lines.push(`  - ${named ? '' : 'Result: '}${inline(sentence)}`);
    }
    business.push({ seq: e.seq, lines });
  }
  for (const p of item.points) {
    const what = p.kind === 'information' ? 'Point of information' : 'Point of order';
    const right = p.right ? ` — violates ${p.right}` : '';
    const lines = [
      `- **${what}** raised by ${p.raisedBy}${right}${p.text ? `: ${inline(p.text)}` : ''}`,
    ];
    if (p.kind !== 'information') {
      lines.push(
        p.ruling
          ? `  - Ruling of the chair: ${RULING_WORDS[p.ruling.ruling]}.${p.ruling.note ? ` ${inline(p.ruling.note)}` : ''}`
          : '  - No ruling was recorded.',
      );
      if (p.appeal) {
        const outcome = p.appeal.result
          ? ` Result: ${inline(p.appeal.result.sentence)} The ruling is ${p.appeal.result.outcome === 'adopted' ? 'overturned' : 'sustained'}.`
          : ' No vote on the appeal was recorded.';
        lines.push(`  - Appealed by ${p.appeal.by} at ${time(p.appeal.at)}.${outcome}`);
      }
    }
    business.push({ seq: p.seq, lines });
  }
  for (const n of item.notes)
    business.push({ seq: n.seq, lines: [`- Note (${time(n.at)}): ${inline(n.text)}`] });
  for (const a of item.actionItems) {
    business.push({
      seq: a.seq,
      lines: [`- Action: ${inline(a.what)} — ${a.who}${a.due ? `, due ${a.due}` : ''}`],
    });
  }
  for (const a of item.actionsDone)
    business.push({
      seq: a.seq,
      lines: [`- Action item done: ${inline(a.what)} — ${inline(a.who)}`],
    });
  business.sort((x, y) => x.seq - y.seq).forEach((b) => out.push(...b.lines));
  if (out.length === 2) out.push('- No business recorded.');
  out.push('');
  return out;
}

export function minutesToMarkdown(minutes: Minutes, opts: MarkdownOptions = {}): string {
  const time = opts.formatTime ?? wallClock;
  const m = minutes.meeting;
  const out: string[] = [`# Minutes — ${inline(m.title)}`, ''];
  out.push(
    [m.date, m.place, m.county]
      .filter(Boolean)
      .map((s) => inline(String(s)))
      .join(' · '),
    '',
  );

  const opening = minutes.calledToOrderAt
    ? `Called to order at ${time(minutes.calledToOrderAt)}${minutes.chair ? ` by ${minutes.chair}, chair` : ''}.`
    : 'The meeting was not called to order.';
  const closing = minutes.adjournedAt
    ? ` Adjourned at ${time(minutes.adjournedAt)}.`
    : ' No adjournment was recorded.';
  out.push(
    `${opening}${minutes.secretary ? ` Secretary: ${minutes.secretary}.` : ''}${closing}`,
    '',
  );

  const a = minutes.attendance;
  out.push('## Attendance', '');
  out.push(
    `Members present (${a.members.length}): ${a.members.length ? a.members.map((x) => x.name).join(', ') : 'none recorded'}.`,
  );
  out.push(`Guests: ${a.guests}.`);
  const q = a.quorumAtCallToOrder;
  out.push(
    q
      ? `Quorum: ${a.quorumRequired} required; ${q.present} present at the call to order — ${q.met ? 'quorum present' : 'no quorum'}.`
      : `Quorum: ${a.quorumRequired} required.`,
  );
  // Changes before the call to order are people arriving; only later ones matter to the record.
  const called = minutes.calledToOrderAt ? Date.parse(minutes.calledToOrderAt) : null;
  for (const c of a.quorumChanges.filter((x) => called !== null && Date.parse(x.at) > called)) {
    out.push(`Quorum ${c.met ? 'reached' : 'lost'} at ${time(c.at)} (${c.present} present).`);
  }
  const start = minutes.calledToOrderAt ? Date.parse(minutes.calledToOrderAt) : null;
  for (const x of a.members) {
    if (start !== null && Date.parse(x.arrivedAt) > start)
      out.push(`${x.name} arrived at ${time(x.arrivedAt)}.`);
    if (x.leftAt) out.push(`${x.name} left at ${time(x.leftAt)}.`);
  }
  out.push('', '## Proceedings', '');
  minutes.items.forEach((item, i) =>
    out.push(...itemLines(item, i + 1, time, minutes.adjournedAt)),
  );

  if (minutes.actionItems.length) {
    out.push('## Action items', '', '| What | Who | Due |', '| --- | --- | --- |');
    for (const x of minutes.actionItems) {
      out.push(
        `| ${inline(x.what).replace(/\|/g, '\\|')} | ${x.who.replace(/\|/g, '\\|')} | ${x.due ?? ''} |`,
      );
    }
    out.push('');
  }
  if (minutes.secretaryNotes.trim())
    out.push("## Secretary's notes", '', minutes.secretaryNotes.trim(), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
