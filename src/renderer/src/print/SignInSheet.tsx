import type { SignInSheetData } from '../../../shared/contract/print';
import { formatDate } from '../../../shared/dates';
import { api } from '../api';
import { DocHead } from './DocHead';
import { PenTable } from './PenTable';
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
      <DocHead
        title={data.chapterName}
        sub={`Meeting sign-in sheet${data.sample ? ' — SAMPLE CHAPTER' : ''}`}
      >
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
      </DocHead>
      <PenTable
        className="signin-table"
        columns={['Name', 'Signature', 'New? Email or phone']}
        names={[...data.names, ...Array.from({ length: data.blankRows }, () => '')]}
      />
    </article>
  );
}
