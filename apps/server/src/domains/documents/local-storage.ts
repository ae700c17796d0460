import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { StoragePort } from './ports.ts';

/** Keys are one path segment of letters, digits, `-` and `_`: no separator, no dot, so no way out. */
const KEY = /^[A-Za-z0-9_-]{1,128}$/;

export class StorageKeyError extends Error {
  constructor(key: string) {
    super(`not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'StorageKeyError';
  }
}

/**
 * The default storage port: one file per key in a local folder (`<DATA_DIR>/documents`), the folder
 * created 0700 and the files 0600. A key that is not a plain segment is refused before any file system
 * call, and the resolved path is checked to be inside the folder; symbolic links are not followed.
 */
export function createLocalStorage(dir: string): StoragePort {
  const root = resolve(dir);
  let ready: Promise<void> | null = null;
  const ensureRoot = () => {
    ready ??= (async () => {
      await mkdir(root, { recursive: true, mode: 0o700 });
      await chmod(root, 0o700);
    })().catch((err) => {
      ready = null;
      throw err;
    });
    return ready;
  };
  const pathOf = (key: string): string => {
    if (typeof key !== 'string' || !KEY.test(key)) throw new StorageKeyError(String(key));
    const path = join(root, key);
    const rel = relative(root, path);
    if (rel !== key || rel.startsWith('..') || isAbsolute(rel)) throw new StorageKeyError(key);
    return path;
  };

  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await ensureRoot();
      // Written under a temporary name and renamed, so a reader never sees half a file.
      const temp = join(root, `.tmp-${randomBytes(12).toString('hex')}`);
      const handle = await open(
        temp,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o600,
      );
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temp, path);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },
    async get(key) {
      const path = pathOf(key);
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
      try {
        return new Uint8Array(await handle.readFile());
      } finally {
        await handle.close();
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
