/** The application menu: no DevTools or reload in an installed app; development keeps them. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, DEVELOPER_ROLES } from '../../../src/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}
const rolesOf = (items: MenuItemConstructorOptions[]) =>
  flatten(items).flatMap((i) => (i.role ? [i.role.toLowerCase()] : []));

const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];
const developerRoles = DEVELOPER_ROLES.map((r) => r.toLowerCase());

describe('appMenuTemplate', () => {
  it.each(PLATFORMS)('packaged on %s: no DevTools, no reload', (platform) => {
    const template = appMenuTemplate({ isPackaged: true, platform, appName: 'Chapterhouse' });
    const roles = rolesOf(template);
    for (const role of developerRoles) expect(roles).not.toContain(role);
    // Nothing else sneaks a way in: no click handlers, no DevTools accelerators.
    for (const item of flatten(template)) {
      expect(item.click).toBeUndefined();
      expect(String(item.accelerator ?? '')).not.toMatch(/Shift\+I|F12/i);
    }
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']));
  });

  it.each(PLATFORMS)('in development on %s: DevTools and reload are kept', (platform) => {
    const roles = rolesOf(
      appMenuTemplate({ isPackaged: false, platform, appName: 'Chapterhouse' }),
    );
    for (const role of developerRoles) expect(roles).toContain(role);
  });

  it('macOS gets the app menu named after the app', () => {
    const [first] = appMenuTemplate({
      isPackaged: true,
      platform: 'darwin',
      appName: 'Chapterhouse',
    });
    expect(first?.label).toBe('Chapterhouse');
    expect(rolesOf([first!])).toContain('quit');
  });
});
