/** What a shift's printed sign-up sheet and roster show, from the chapter's data alone. */
import type { ShiftPrint } from '../../../shared/contract/volunteers';
import { AppError } from '../../../shared/errors';
import { countyByFips } from '../../../shared/geo/counties';
import type { Session } from '../../session';
import { readCanvassSettings } from '../canvass/settings';
import type { ResultsReader } from './results';
import { shiftView } from './shifts';

export async function shiftPrint(
  session: Session,
  id: string,
  read: ResultsReader,
): Promise<ShiftPrint> {
  const data = session.current().data;
  const shift = data.shifts.find((s) => s.id === id);
  if (!shift) throw new AppError('not-found', 'That shift is no longer on file.');
  const settings = await readCanvassSettings(session.dirFor(session.mode));
  return {
    chapterName: data.chapter?.name ?? 'Chapterhouse',
    sample: data.sample,
    shift: await shiftView(data, shift, read, session.clock()),
    countyName: shift.county ? (countyByFips(shift.county)?.name ?? shift.county) : null,
    organiserName: settings.organiserName,
    organiserPhone: settings.organiserPhone,
  };
}
