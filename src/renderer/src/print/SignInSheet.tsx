import type { SignInSheetData } from '../../../shared/contract/print';
import { formatDate } from '../../../shared/dates';
import { api } from '../api';
import { NamesTable } from './NamesTable';
import type { PrintView } from './printView';

export const signInSheetView: PrintView<'sign-in-sheet'> = async (params) => (
  <SignInSheet data={await api.print.signInSheet(params)} />
);

function longDate(iso: string): string {
  return formatDate(iso, 'en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** Meeting sign-in sheet: names pre-filled (or blank), a signature column, header repeated per page. */
export function SignInSheet({ data }: { data: SignInSheetData }) {
  return (
    <article className="doc signin">
      <header className="doc-head">
        <h1>{data.chapterName}</h1>
        <p className="doc-sub">
          Meeting sign-in sheet
          {data.sample && ' — SAMPLE CHAPTER'}
        </p>
        <dl className="doc-meta">
          <div>
            <dt>Date</dt>
            <dd>{data.date ? longDate(data.date) : '______________________'}</dd>
          </div>
          <div>
            <dt>Place</dt>
            <dd>{data.place ?? '______________________________'}</dd>
          </div>
        </dl>
      </header>
      <NamesTable
        names={data.names}
        blankRows={data.blankRows}
        columns={['Signature', 'New? Email or phone']}
        className="signin-table"
      />
    </article>
  );
}
