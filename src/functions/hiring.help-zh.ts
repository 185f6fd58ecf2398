/** zh-CN descriptions of the hiring custom functions; the parameter help is derived from their declarations in hiring.ts. */
import { FUNCTION_PARAMS } from "./hiring";
import { helpTable } from "./localized-help";

export const HIRING_HELP_ZH = helpTable(FUNCTION_PARAMS, {
  HIRES:
    "每周招聘计划：为使每个还来得及的周次在岗有效人力达到需求，每周应开班培训的人数（尽量晚、尽量少）。每周一行：招聘人数、培训中人数、有效人力（FTE）、缺口。",
});
