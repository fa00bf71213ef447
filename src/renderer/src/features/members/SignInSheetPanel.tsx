import { useState } from 'react';
import { localToday } from '../../../../shared/dates';
import { api, messageOf } from '../../api';
import { Notice } from '../../ui/Notice';

/** Prints the meeting sign-in sheet to a PDF file the person chooses. */
export function SignInSheetPanel() {
  const [date, setDate] = useState(localToday);
  const [place, setPlace] = useState('');
  const [prefill, setPrefill] = useState(true);
  const [blankRows, setBlankRows] = useState(10);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  return (
    <section aria-labelledby="signin-heading" className="card">
      <h2 id="signin-heading">Sign-in sheet</h2>
      <form
        className="form inline"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            const result = await api.print.save({
              document: 'sign-in-sheet',
              params: { date: date || undefined, place: place || undefined, prefill, blankRows },
            });
            setMessage(
              result.saved
                ? { kind: 'success', text: `Saved ${result.fileName ?? 'the PDF'}.` }
                : null,
            );
          } catch (err) {
            setMessage({ kind: 'error', text: messageOf(err) });
          }
        }}
      >
        <label>
          Meeting date
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Place
          <input value={place} onChange={(e) => setPlace(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={prefill} onChange={(e) => setPrefill(e.target.checked)} />
          Print active members’ names
        </label>
        <label>
          Blank rows
          <input
            type="number"
            min={0}
            max={300}
            value={blankRows}
            onChange={(e) => setBlankRows(Math.max(0, Math.min(300, Number(e.target.value) || 0)))}
          />
        </label>
        <button type="submit">Save sign-in sheet as PDF</button>
      </form>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  );
}
