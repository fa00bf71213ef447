import { useState } from 'react';
import {
  VOLUNTEER_FIELDS,
  type Duplicate,
  type DuplicateChoice,
  type VolunteerField,
  type VolunteerImportRow,
} from '../../../../shared/contract/volunteers';
import { AVAILABILITY_LABELS, SKILL_LABELS } from '../../../../shared/volunteers/schema';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { CsvImport, rowsWithProblems } from '../../ui/CsvImport';
import { DataTable } from '../../ui/DataTable';
import { useAction } from '../../ui/useAction';
import { useCounties } from '../../ui/useCounties';
import { contactLine } from './columns';
import { count, labelled } from './format';

const FIELD_LABELS: Record<VolunteerField, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  skills: 'Skills',
  languages: 'Languages',
  homeCounty: 'Home county',
  travelCounties: 'Travels to',
  availability: 'Availability',
  doNotContact: 'Do not contact',
  notes: 'Notes',
};

type Choice = DuplicateChoice['choice'] | 'skip';

function duplicateLine(d: Duplicate): string {
  const who = d.kind === 'line' ? `line ${d.line ?? '?'} (${d.name})` : `${d.kind} ${d.name}`;
  return `Same ${d.by} as ${who}`;
}

/** Volunteers from a CSV file (sign-up sheets typed up, a web form's export). */
export function ImportVolunteersPage() {
  const { countyByFips } = useCounties();
  const action = useAction();
  const [choices, setChoices] = useState<ReadonlyMap<number, Choice>>(new Map());
  const county = (fips: string) => countyByFips(fips)?.name ?? fips;
  const choiceOf = (r: VolunteerImportRow): Choice =>
    r.duplicates.length ? (choices.get(r.line) ?? 'skip') : 'add';
  return (
    <>
      <BackLink href="#/volunteers">All volunteers</BackLink>
      <CsvImport
        heading="Import volunteers from a CSV file"
        intro={
          <p>
            The first row must name the columns. Separate several skills, languages, counties or
            times with commas or semicolons. Counties are names or FIPS codes in the chapter’s
            state; availability is weekday, evening or weekend. A row with the email or phone of
            someone on file, or of an earlier row, is flagged and skipped unless you choose
            otherwise.
          </p>
        }
        fileLabel="Volunteer CSV file"
        fields={VOLUNTEER_FIELDS}
        labels={FIELD_LABELS}
        action={action}
        preview={(csv, mapping) => {
          setChoices(new Map());
          return api.volunteers.importPreview({ csv, mapping });
        }}
      >
        {({ csv, preview, mapping, done }) => {
          const flagged = preview.rows.filter((r) => r.duplicates.length > 0);
          const adding = preview.rows.filter((r) => choiceOf(r) !== 'skip').length;
          const chosen = [...choices].flatMap(([line, choice]) =>
            choice === 'skip' ? [] : [{ line, choice }],
          );
          return (
            <>
              {flagged.length > 0 && (
                <p role="note">
                  {count(flagged.length, 'row')} may be someone already on file: they are skipped
                  unless you choose to add them anyway or to link them to the member they match.
                </p>
              )}
              <DataTable
                className="table compact"
                caption="Preview"
                rows={preview.rows}
                rowKey={(r) => r.line}
                rowClassName={(r) => (r.duplicates.length ? 'flagged' : undefined)}
                columns={[
                  { header: 'Line', cell: (r) => r.line },
                  { header: 'Name', rowHeader: true, cell: (r) => r.name },
                  { header: 'Contact', cell: contactLine },
                  { header: 'Skills', cell: (r) => labelled(r.skills, SKILL_LABELS) },
                  { header: 'Languages', cell: (r) => r.languages.join(', ') || '—' },
                  {
                    header: 'Home county',
                    cell: (r) => (r.homeCounty ? county(r.homeCounty) : '—'),
                  },
                  {
                    header: 'Travels to',
                    cell: (r) => r.travelCounties.map(county).join(', ') || '—',
                  },
                  {
                    header: 'Available',
                    cell: (r) => labelled(r.availability, AVAILABILITY_LABELS),
                  },
                  {
                    header: 'Already on file?',
                    cell: (r) =>
                      r.duplicates.length === 0 ? (
                        'No'
                      ) : (
                        <DuplicateCell
                          row={r}
                          choice={choiceOf(r)}
                          onChoose={(c) => setChoices(new Map(choices).set(r.line, c))}
                        />
                      ),
                  },
                ]}
              />
              <button
                type="button"
                className="primary"
                disabled={adding === 0 || action.busy}
                onClick={() =>
                  void action.run(
                    () => api.volunteers.importCommit({ csv, mapping, choices: chosen }),
                    {
                      success: (r) =>
                        `Imported ${count(r.added + r.linked, 'volunteer')} (${r.linked} linked to members); skipped ${count(r.skippedDuplicates.length, 'duplicate')} and ${count(rowsWithProblems(r.problems), 'row')} with problems.`,
                      onSuccess: (r) => done(r.problems),
                    },
                  )
                }
              >
                Import {count(adding, 'volunteer')}
              </button>
            </>
          );
        }}
      </CsvImport>
    </>
  );
}

function DuplicateCell({
  row,
  choice,
  onChoose,
}: {
  row: VolunteerImportRow;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}) {
  const member = row.duplicates.find((d) => d.kind === 'member');
  return (
    <div className="duplicate">
      <ul>
        {row.duplicates.map((d, i) => (
          <li key={i}>{duplicateLine(d)}</li>
        ))}
      </ul>
      <select
        aria-label={`What to do with line ${row.line}`}
        value={choice}
        onChange={(e) => onChoose(e.target.value as Choice)}
      >
        <option value="skip">Skip it</option>
        <option value="add">Add as a new volunteer</option>
        {member && <option value="link">Make it {member.name}’s volunteer record</option>}
      </select>
    </div>
  );
}
