/**
 * Reads .xlsx files the way a non-calculating program does: openpyxl with `data_only=True` (the
 * Debian package python3-openpyxl), through `read_cached.py` beside this file.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface CachedRead {
  file: string;
  /** Warnings openpyxl raised while reading (a strict reader's complaints). */
  warnings: string[];
  /** Sheet name → A1 address → [formula, cached value (null when absent or ""), number format]. */
  sheets: Record<string, Record<string, [string, string | number | boolean | null, string]>>;
}

/** A python3 that has openpyxl, or null. */
export function findOpenpyxlPython(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (candidate.startsWith("/") && !existsSync(candidate)) continue;
    return candidate;
  }
  return null;
}

/** Reads every formula cell of each file with openpyxl. */
export function readWithOpenpyxl(files: readonly string[]): Promise<CachedRead[]> {
  const python = findOpenpyxlPython();
  if (python === null) throw new Error("python3 with openpyxl is not installed (apt-get install python3-openpyxl)");
  return new Promise((resolve, reject) => {
    execFile(python, [join(__dirname, "read_cached.py"), ...files], { maxBuffer: 256 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`openpyxl read failed: ${error.message}\n${stderr}`));
      else resolve(stdout.trim().split("\n").map((line) => JSON.parse(line) as CachedRead));
    });
  });
}
