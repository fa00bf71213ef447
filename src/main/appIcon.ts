/**
 * The app icon's path. resources/ is electron-vite's public folder for the main process,
 * so `?asset` resolves to resources/icon.png relative to the bundle (out/main/../../):
 * the repository's file in `npm run dev` and `npm start`, and the copy electron-builder
 * packs into app.asar (electron-builder.yml `files`) in an installed app, where
 * Electron's fs reads it. Kept apart so tests can replace it.
 */
import iconPath from '../../resources/icon.png?asset';

export const ICON_PATH: string = iconPath;
