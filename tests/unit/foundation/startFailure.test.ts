/** A failed start says what happened in plain words and offers what can be done. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  actionAt,
  classifyStartFailure,
  messageBoxOptions,
  openDataFolder,
  startWithRecovery,
  type StartAction,
  type StartFailure,
} from '../../../src/main/startFailure';
import { acquireDataDirLock } from '../../../src/main/store/lock';
import { AppError } from '../../../src/shared/errors';

function errno(code: string, message = `${code}: something, open '/data/chapterhouse.lock'`) {
  return Object.assign(new Error(message), { code });
}

const DIR = '/media/usb/chapter';

describe('classifyStartFailure', () => {
  it('a lock held by another Chapterhouse', () => {
    const failure = classifyStartFailure(
      new AppError('locked', 'This data folder is already open in another Chapterhouse.'),
      DIR,
    );
    expect(failure.kind).toBe('locked');
    expect(failure.title).toBe('Chapterhouse is already open');
    expect(failure.message).toContain(DIR);
    expect(failure.defaultAction).toBe('retry');
  });

  it.each([
    ['AppError read-only', new AppError('read-only', 'The data folder is read-only.')],
    ['EROFS', errno('EROFS')],
    ['EACCES', errno('EACCES')],
    ['EPERM', errno('EPERM')],
    ['EROFS wrapped as a cause', new Error('could not lock', { cause: errno('EROFS') })],
  ])('a read-only folder (%s) is not "already open"', (_label, error) => {
    const failure = classifyStartFailure(error, DIR);
    expect(failure.kind).toBe('read-only');
    expect(failure.title).not.toMatch(/already open/i);
    expect(failure.title).toMatch(/cannot write/);
    expect(failure.message).toContain(DIR);
    expect(failure.message).toMatch(/read-only/);
    expect(failure.defaultAction).toBe('choose-folder');
  });

  it.each([
    ['AppError disk-full', new AppError('disk-full', 'The disk is full.')],
    ['ENOSPC', errno('ENOSPC')],
    ['EDQUOT', errno('EDQUOT')],
  ])('a full disk (%s)', (_label, error) => {
    const failure = classifyStartFailure(error, DIR);
    expect(failure.kind).toBe('disk-full');
    expect(failure.title).toBe('The disk is full');
    expect(failure.message).toMatch(/Free some space/);
  });

  it.each([
    ['a plain Error', new Error('Unexpected token in JSON'), 'Unexpected token in JSON'],
    ['an errno we do not know', errno('EIO', 'EIO: i/o error, read'), 'EIO: i/o error, read'],
    ['a thrown string', 'boom', 'boom'],
    ['another AppError', new AppError('internal', 'The store broke.'), 'The store broke.'],
  ])('anything else (%s) shows its message', (_label, error, words) => {
    const failure = classifyStartFailure(error, DIR);
    expect(failure.kind).toBe('other');
    expect(failure.title).toBe('Chapterhouse could not start');
    expect(failure.message).toContain(words);
    expect(failure.message).toContain(DIR);
  });

  it('offers the same three actions every time', () => {
    for (const error of [new AppError('locked', 'x'), errno('EROFS'), errno('ENOSPC'), 'x']) {
      expect(classifyStartFailure(error, DIR).actions.map((a) => a.label)).toEqual([
        'Choose another folder…',
        'Try again',
        'Quit',
      ]);
    }
  });
});

describe('messageBoxOptions / actionAt', () => {
  const failure = classifyStartFailure(errno('EROFS'), DIR);

  it('builds a native error box with the buttons, the default and Quit as cancel', () => {
    const options = messageBoxOptions(failure);
    expect(options).toMatchObject({
      type: 'error',
      message: failure.title,
      buttons: ['Choose another folder…', 'Try again', 'Quit'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    expect(options.detail).toContain(failure.message);
    expect(options.detail).toContain('EROFS');
  });

  it('maps buttons back to actions; closing the box quits', () => {
    expect(actionAt(failure, 0)).toBe('choose-folder');
    expect(actionAt(failure, 1)).toBe('retry');
    expect(actionAt(failure, 2)).toBe('quit');
    expect(actionAt(failure, 7)).toBe('quit');
    expect(actionAt(failure, -1)).toBe('quit');
  });
});

describe('startWithRecovery', () => {
  function script(answers: StartAction[], folders: (string | null)[] = []) {
    const asked: StartFailure[] = [];
    const chooseFolder = vi.fn((_current: string) => Promise.resolve(folders.shift() ?? null));
    const ask = vi.fn((failure: StartFailure) => {
      asked.push(failure);
      const answer = answers.shift();
      if (!answer) throw new Error('asked more often than expected');
      return Promise.resolve(answer);
    });
    return { asked, ask, chooseFolder };
  }

  it('starts without asking when the start succeeds', async () => {
    const { ask, chooseFolder } = script([]);
    const start = vi.fn((dir: string) => Promise.resolve(`started ${dir}`));
    await expect(startWithRecovery(DIR, { start, ask, chooseFolder })).resolves.toEqual({
      dataDir: DIR,
      started: `started ${DIR}`,
    });
    expect(ask).not.toHaveBeenCalled();
  });

  it('Quit returns null after a single failure', async () => {
    const { ask, chooseFolder, asked } = script(['quit']);
    const start = vi.fn(() => Promise.reject(new AppError('locked', 'held')));
    await expect(startWithRecovery(DIR, { start, ask, chooseFolder })).resolves.toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
    expect(asked.map((f) => f.kind)).toEqual(['locked']);
  });

  it('Try again retries the whole start on the same folder', async () => {
    const { ask, chooseFolder } = script(['retry', 'retry']);
    let calls = 0;
    const start = vi.fn((dir: string) =>
      ++calls < 3 ? Promise.reject(errno('ENOSPC')) : Promise.resolve(dir),
    );
    await expect(startWithRecovery(DIR, { start, ask, chooseFolder })).resolves.toEqual({
      dataDir: DIR,
      started: DIR,
    });
    expect(start.mock.calls.map(([d]) => d)).toEqual([DIR, DIR, DIR]);
    expect(chooseFolder).not.toHaveBeenCalled();
  });

  it('Choose another folder… retries the whole start with the chosen folder', async () => {
    const { ask, chooseFolder, asked } = script(['choose-folder'], ['/home/pat/chapter']);
    const start = vi.fn((dir: string) =>
      dir === DIR ? Promise.reject(errno('EROFS')) : Promise.resolve(`opened ${dir}`),
    );
    await expect(startWithRecovery(DIR, { start, ask, chooseFolder })).resolves.toEqual({
      dataDir: '/home/pat/chapter',
      started: 'opened /home/pat/chapter',
    });
    expect(chooseFolder).toHaveBeenCalledWith(DIR);
    expect(asked.map((f) => f.kind)).toEqual(['read-only']);
  });

  it('cancelling the folder dialog asks the same question again', async () => {
    const { ask, chooseFolder, asked } = script(['choose-folder', 'quit'], [null]);
    const start = vi.fn(() => Promise.reject(errno('EACCES')));
    await expect(startWithRecovery(DIR, { start, ask, chooseFolder })).resolves.toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toBe(asked[0]);
  });

  it('a failure in the chosen folder is described for that folder', async () => {
    const { ask, chooseFolder, asked } = script(['choose-folder', 'quit'], ['/mnt/full']);
    const start = vi.fn((dir: string) =>
      Promise.reject(dir === DIR ? new AppError('locked', 'held') : errno('ENOSPC')),
    );
    await expect(startWithRecovery(DIR, { start, ask, chooseFolder })).resolves.toBeNull();
    expect(asked.map((f) => f.kind)).toEqual(['locked', 'disk-full']);
    expect(asked[1]?.message).toContain('/mnt/full');
  });
});

describe('openDataFolder', () => {
  const dirs: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapterhouse-start-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      chmodSync(dir, 0o700);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const makeDir = (d: string) => mkdir(d, { recursive: true });

  it('releases the lock when the backend fails, so Try again can take it', async () => {
    const dir = temp();
    const backend = vi.fn(() => Promise.reject(errno('ENOSPC')));
    await expect(
      openDataFolder(dir, { makeDir, lock: acquireDataDirLock, backend }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    const again = await openDataFolder(dir, {
      makeDir,
      lock: acquireDataDirLock,
      backend: () => Promise.resolve('ok'),
    });
    expect(again.backend).toBe('ok');
    await again.releaseLock();
  });

  it('a folder that does not exist yet is created (as the store would)', async () => {
    const dir = join(temp(), 'new', 'chapter');
    const opened = await openDataFolder(dir, {
      makeDir,
      lock: acquireDataDirLock,
      backend: () => Promise.resolve('ok'),
    });
    expect(opened.backend).toBe('ok');
    await opened.releaseLock();
  });

  it.skipIf(process.getuid?.() === 0)(
    'a folder it cannot write to is a read-only failure, not "already open"',
    async () => {
      const dir = temp();
      chmodSync(dir, 0o500);
      const error: unknown = await openDataFolder(dir, {
        makeDir,
        lock: acquireDataDirLock,
        backend: () => Promise.resolve('ok'),
      }).catch((e: unknown) => e);
      expect(classifyStartFailure(error, dir).kind).toBe('read-only');
    },
  );
});
