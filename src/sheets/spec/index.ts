/**
 * The sheet spec, split by concern: {@link ./types} (what a sheet is), `a1` (addresses),
 * `formula-text` (`[[id]]` tokens, literals, filling down), `names` (sheet and table names),
 * `portability` (functions every spreadsheet calculates), `validation` (bounds), `contract`
 * (what every writer must handle) and `normalise` (what both writers derive from a spec).
 * Import from `sheets/spec`; the files are an internal layout.
 */
export * from "./types";
export * from "./a1";
export * from "./formula-text";
export * from "./names";
export * from "./portability";
export * from "./validation";
export { toSerialDate, fromSerialDate } from "../../core/serial-date";
export * from "./contract";
export * from "./normalise";
export * from "./rekey";
