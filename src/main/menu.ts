/**
 * The application menu. Electron's default menu offers DevTools and reload everywhere,
 * including an installed app; ours offers them only in development. (Installed windows
 * also have DevTools switched off in webPreferences: windows.ts.) No electron import
 * beyond types, so the template is unit-tested as data.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  appName: string;
}

/** Roles that let a person inspect or reload the page: development only. */
export const DEVELOPER_ROLES = ['toggleDevTools', 'reload', 'forceReload'] as const;

export function appMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const developer: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: context.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
  );
  return template;
}
