/**
 * Excel stores functions added after Excel 2007 with a `_xlfn.` prefix in the file (`_xlfn.IFS(…)`);
 * without it Excel and LibreOffice show #NAME? (docs/reference/libreoffice-recalc.md, trap 2). Office.js takes the plain names,
 * so only the .xlsx writer adds the prefix. Functions that existed in Excel 2007 (COUNTIFS,
 * AVERAGEIFS, SUMIFS, IFERROR, RANK, STDEV, NETWORKDAYS, WORKDAY…) keep their plain name.
 */
import { mapFormulaCode } from "../sheets/spec";

/** The "future functions" a generated sheet may plausibly use (Excel 2010–2019). */
export const XLFN_FUNCTIONS: ReadonlySet<string> = new Set([
  // logic and text (2013–2019)
  "IFS", "SWITCH", "IFNA", "XOR", "CONCAT", "TEXTJOIN", "NUMBERVALUE", "UNICHAR", "UNICODE",
  // conditional aggregates (2019)
  "MAXIFS", "MINIFS",
  // dates
  "DAYS", "ISOWEEKNUM",
  // renamed statistics (2010)
  "RANK.EQ", "RANK.AVG", "STDEV.S", "STDEV.P", "VAR.S", "VAR.P", "MODE.SNGL", "MODE.MULT",
  "PERCENTILE.INC", "PERCENTILE.EXC", "PERCENTRANK.INC", "PERCENTRANK.EXC", "QUARTILE.INC", "QUARTILE.EXC",
  "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "BINOM.DIST", "POISSON.DIST", "EXPON.DIST",
  "T.DIST", "T.DIST.2T", "T.DIST.RT", "T.INV", "T.INV.2T", "T.TEST", "CONFIDENCE.NORM", "CONFIDENCE.T",
  "COVARIANCE.P", "COVARIANCE.S", "CHISQ.DIST", "CHISQ.INV", "CHISQ.TEST", "F.DIST", "F.INV", "F.TEST",
  "GAMMA.DIST", "LOGNORM.DIST", "WEIBULL.DIST", "HYPGEOM.DIST", "NEGBINOM.DIST", "BETA.DIST", "Z.TEST",
  "FORECAST.LINEAR",
  // rounding (2010/2013)
  "CEILING.MATH", "CEILING.PRECISE", "FLOOR.MATH", "FLOOR.PRECISE",
  // reference information (2013)
  "FORMULATEXT", "ISFORMULA", "SHEET", "SHEETS", "AGGREGATE",
  // day counts (2010)
  "NETWORKDAYS.INTL", "WORKDAY.INTL",
]);

/**
 * Adds `_xlfn.` to every call of a function in {@link XLFN_FUNCTIONS}, outside string literals and
 * quoted sheet names; calls already prefixed are left alone.
 *
 * @example addXlfnPrefixes('IFS(A1>0,"IFS(",TRUE,0)') // → '_xlfn.IFS(A1>0,"IFS(",TRUE,0)'
 */
export function addXlfnPrefixes(formula: string): string {
  return mapFormulaCode(formula, (code) =>
    code.replace(/(?<![A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\s*\()/g, (name: string) =>
      XLFN_FUNCTIONS.has(name.toUpperCase()) ? `_xlfn.${name.toUpperCase()}` : name,
    ),
  );
}
