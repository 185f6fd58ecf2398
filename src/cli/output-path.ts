/**
 * Where a command line may write its file, checked BEFORE any work: a solve can take minutes, and
 * a path under /proc made the writer hang for ever. A file that exists is never overwritten; the
 * nearest existing folder must be a folder we may write to, on an ordinary file system (not
 * /proc, /sys, /dev or another kernel file system, where a "file" is not a file).
 */
import { accessSync, constants, existsSync, realpathSync, statSync, statfsSync } from "node:fs";
import { dirname, parse, resolve } from "node:path";
import { InputError } from "../core/errors";
import type { LocalizedText } from "../i18n/locale";

/** statfs `f_type` of Linux kernel file systems (linux/magic.h): proc, sysfs, debugfs, tracefs, securityfs, cgroup, cgroup2, devpts, pstore, bpf, configfs, efivarfs. */
const SPECIAL_FS = new Set([0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0x1cd1, 0x6165676c, 0xcafe4a11, 0x62656570, 0xde5e81e4]);
/** devtmpfs reports tmpfs' magic number, so /dev is recognised by its path. */
const SPECIAL_ROOTS = ["/proc", "/sys", "/dev"];

const TEXT = {
  empty: (): LocalizedText => ({ "en-US": "--out needs a file name", "zh-CN": "--out 需要一个文件名" }),
  exists: (p: string): LocalizedText => ({
    "en-US": `${p} exists already; choose another --out file (Kefu Kit never overwrites a file)`,
    "zh-CN": `${p} 已存在；请换一个 --out 文件（客服工具箱从不覆盖文件）`,
  }),
  isFolder: (p: string): LocalizedText => ({
    "en-US": `${p} is a folder; give --out a file name such as ${p}/kefu-kit.xlsx`,
    "zh-CN": `${p} 是一个文件夹；请为 --out 指定文件名，例如 ${p}/kefu-kit.xlsx`,
  }),
  notFolder: (p: string): LocalizedText => ({ "en-US": `cannot write under ${p}: it is not a folder`, "zh-CN": `无法在 ${p} 下写入：它不是文件夹` }),
  special: (p: string): LocalizedText => ({
    "en-US": `cannot write to ${p}: that folder belongs to the system, not to files; choose an ordinary folder`,
    "zh-CN": `无法写入 ${p}：该文件夹属于系统而非普通文件；请选择普通文件夹`,
  }),
  readOnly: (p: string): LocalizedText => ({ "en-US": `cannot write to the folder ${p} (no permission or read-only)`, "zh-CN": `无法写入文件夹 ${p}（没有权限或只读）` }),
};

function isSpecial(folder: string): boolean {
  if (process.platform !== "linux") return false;
  const real = realpathSync(folder);
  if (SPECIAL_ROOTS.some((root) => real === root || real.startsWith(`${root}/`))) return true;
  return SPECIAL_FS.has(statfsSync(real).type);
}

/**
 * Resolves `path` and checks that a new file can be written there (missing folders may be created).
 *
 * @throws InputError (both languages) when the file exists, the path is a folder, or its nearest
 * existing folder is not a folder, is a kernel file system, or is not writable.
 */
export function checkOutputPath(path: string): string {
  if (path.trim() === "") throw new InputError(TEXT.empty());
  const target = resolve(path);
  if (existsSync(target)) throw new InputError(statSync(target).isDirectory() ? TEXT.isFolder(target) : TEXT.exists(target));
  let folder = dirname(target);
  while (!existsSync(folder) && folder !== parse(folder).root) folder = dirname(folder);
  if (isSpecial(folder)) throw new InputError(TEXT.special(folder));
  if (!statSync(folder).isDirectory()) throw new InputError(TEXT.notFolder(folder));
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new InputError(TEXT.readOnly(folder));
  }
  return target;
}
