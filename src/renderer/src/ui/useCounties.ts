/** The county table (every US county, 175 KB of JSON), loaded on first use (see lazyModule). */
import type * as Counties from '../../../shared/geo/counties';
import { lazyModule } from './lazyModule';

const table = lazyModule<typeof Counties>(() => import('../../../shared/geo/counties'));

/** Starts loading the table, if nothing has yet, without waiting for it. */
export const loadCounties = table.load;

/** `countyByFips`, `countyLabel`, `searchCounties` and `COUNTIES`; suspends until loaded. */
export function useCounties(): typeof Counties {
  return table.use();
}
