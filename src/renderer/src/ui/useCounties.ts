/**
 * The county table (every US county, 175 KB of JSON) loads only where it is used: the first
 * screen that needs it fetches its chunk and suspends until it is in (the area's Loading
 * shows meanwhile); every later use has it at once.
 */
import { use } from 'react';
import type * as Counties from '../../../shared/geo/counties';

type CountyTable = typeof Counties;
type Tracked = Promise<CountyTable> & {
  status?: 'fulfilled' | 'rejected';
  value?: CountyTable;
  reason?: unknown;
};

let table: Tracked | null = null;

/** Starts loading the table, if nothing has yet, without waiting for it. */
export function loadCounties(): Promise<CountyTable> {
  if (!table) {
    const loading: Tracked = import('../../../shared/geo/counties').then(
      (module) => {
        // React's `use` reads a settled promise's status and value without suspending again.
        loading.status = 'fulfilled';
        loading.value = module;
        return module;
      },
      (error: unknown) => {
        table = null; // the next use tries again
        throw error;
      },
    );
    table = loading;
  }
  return table;
}

/** `countyByFips`, `countyLabel`, `searchCounties` and `COUNTIES`; suspends until loaded. */
export function useCounties(): CountyTable {
  return use(loadCounties());
}
