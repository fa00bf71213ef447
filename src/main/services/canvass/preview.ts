import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FilePreview } from '../../../shared/contract/canvass';
import { FLORIDA_COUNTIES } from '../../../shared/canvass/counties';
import { detectPreset, PRESETS, resolveColumns } from '../../../shared/canvass/presets';
import type { PresetChoice } from '../../../shared/canvass/schema';
import { readHead, sniffHead, splitRow } from '../voters/sniff';

const PREVIEW_FIELDS = [
  ['voterId', 'State voter ID'],
  ['lastName', 'Last name'],
  ['firstName', 'First name'],
  ['middleName', 'Middle name'],
  ['birthDate', 'Birth date'],
  ['birthYear', 'Birth year'],
  ['sex', 'Sex'],
  ['party', 'Party'],
  ['status', 'Status'],
  ['address1', 'Street address'],
  ['address2', 'Unit'],
  ['houseNumber', 'House number'],
  ['streetName', 'Street name'],
  ['city', 'City'],
  ['zip', 'ZIP'],
  ['precinct', 'Precinct'],
  ['county', 'County'],
  ['confidential', 'Confidential flag'],
  ['exempt', 'Records exemption'],
  ['phone', 'Phone'],
] as const;

/**
 * What the importer will read from a file: the layout (detected or chosen), and which
 * column feeds each field, with the first rows as they will be read. Reads only the head.
 */
export async function previewVoterFile(path: string, choice: PresetChoice): Promise<FilePreview> {
  const size = (await stat(path)).size;
  const base: FilePreview = {
    fileName: basename(path),
    fileSize: size,
    encoding: '',
    delimiter: '',
    hasHeader: false,
    preset: null,
    mapping: [],
    missing: [],
    sample: [],
    error: null,
  };
  const chosen = choice === 'auto' ? null : PRESETS[choice];
  const sample = sniffHead(await readHead(path), size, {
    delimiter: chosen?.delimiter,
    maxLines: 6,
  });
  if ('notText' in sample) return { ...base, error: sample.notText };
  const { encoding, lines, delimiter, quoted, firstRow } = sample;
  if (!firstRow) return { ...base, encoding, error: 'The file has no rows.' };
  const detected = detectPreset(firstRow, new Set(FLORIDA_COUNTIES.map((c) => c.code)));
  const presetId = chosen?.id ?? detected?.preset ?? null;
  const shown = { ...base, encoding, delimiter, preset: presetId };
  if (!presetId) {
    return { ...shown, error: 'The layout was not recognised: choose one of the layouts.' };
  }
  const preset = PRESETS[presetId];
  const hasHeader =
    detected?.preset === presetId ? detected.header : preset.header !== false && !preset.columns;
  const header = hasHeader ? firstRow : null;
  const names = header ?? preset.columns ?? [];
  const resolved = resolveColumns(preset, header);
  const index = resolved.ok ? resolved.columns.index : {};
  const rows = (hasHeader ? lines.slice(1) : lines)
    .slice(0, 3)
    .map((l) => splitRow(l, delimiter, quoted));
  const cell = (row: string[], f: keyof typeof index) => {
    const i = index[f];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  return {
    ...shown,
    hasHeader,
    mapping: PREVIEW_FIELDS.map(([field, label]) => {
      const i = index[field];
      return { field: label, column: i === undefined ? null : (names[i] ?? `column ${i + 1}`) };
    }),
    missing: resolved.ok
      ? rows[0] && rows[0].length < resolved.columns.expected / 2
        ? [
            `the rows have ${rows[0].length} ${rows[0].length === 1 ? 'column' : 'columns'} where the ${preset.label} layout has ${resolved.columns.expected}: choose another layout`,
          ]
        : []
      : resolved.missing,
    sample: rows.map((r) => [
      cell(r, 'voterId'),
      [cell(r, 'lastName'), cell(r, 'firstName')].filter(Boolean).join(', '),
      [
        cell(r, 'address1') || [cell(r, 'houseNumber'), cell(r, 'streetName')].join(' '),
        cell(r, 'address2'),
      ]
        .filter(Boolean)
        .join(' '),
      cell(r, 'city'),
      cell(r, 'zip'),
      cell(r, 'precinct'),
    ]),
  };
}
