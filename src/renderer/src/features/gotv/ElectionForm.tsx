/** Adds or changes a GOTV election: name, date, the counties it covers and its voter list. */
import type { z } from 'zod';
import type { VoterListMeta } from '../../../../shared/canvass/schema';
import { ElectionInputSchema, type Election } from '../../../../shared/gotv/election';
import { useChapter } from '../../appStatus';
import { Checklist, Field } from '../../ui/Field';
import { Form, useSchemaForm, type FormOptions } from '../../ui/Form';
import { ItemOptions } from '../../ui/Options';
import { useCounties } from '../../ui/useCounties';

type Fields = z.input<typeof ElectionInputSchema>;
type Parsed = z.output<typeof ElectionInputSchema>;

export function electionFields(e: Election): Fields {
  return { name: e.name, date: e.date, counties: e.counties, listId: e.listId };
}

export function ElectionForm<R>({
  initial,
  lists,
  ...options
}: { initial?: Fields; lists: readonly VoterListMeta[] } & FormOptions<Fields, Parsed, R>) {
  const chapter = useChapter();
  const { countyByFips } = useCounties();
  // The chapter's counties and those its voter lists cover; a new election covers the
  // county of the list it starts with (the universe keeps only voters of the chosen counties).
  const listCounties = lists.flatMap((l) => (l.county?.fips ? [l.county.fips] : []));
  const offered = [...new Set([...chapter.counties, ...listCounties])];
  const first = lists[0];
  const form = useSchemaForm(
    ElectionInputSchema,
    initial ?? {
      name: '',
      date: '',
      counties: first?.county?.fips ? [first.county.fips] : chapter.counties,
      listId: first?.id ?? '',
    },
  );
  return (
    <Form form={form} showError {...options}>
      <div className="two-col">
        <Field label="Name" hint="e.g. General election">
          <input {...form.register('name')} autoComplete="off" />
        </Field>
        <Field label="Election date">
          <input type="date" {...form.register('date')} />
        </Field>
      </div>
      <Checklist
        name="counties"
        legend="Counties it covers"
        options={offered.map((fips) => ({
          value: fips,
          label: countyByFips(fips)?.name ?? fips,
        }))}
      />
      <Field label="Voter list" hint="Its door and phone results make the universe">
        <select {...form.register('listId')}>
          <ItemOptions items={lists} label={(l) => l.name} />
        </select>
      </Field>
    </Form>
  );
}
