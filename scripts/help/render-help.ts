/**
 * The help page (help.html), rendered from the repository's own sources so it cannot drift:
 * getting started from docs/help/getting-started.<locale>.md, one section per generator from its
 * descriptor (src/sheets/generators.ts) with a screenshot, and the function reference from the
 * built metadata (functions.json, functions.zh-CN.json) with the README's examples, which
 * test/readme-examples.test.ts checks against the build. Pure: strings in, HTML out.
 */
import { LOCALES, type Locale } from "../../src/i18n/locale";

export interface FunctionParameter {
  name: string;
  description?: string;
  optional?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
}
export interface HelpGenerator {
  id: string;
  title: string;
  summary: string;
  intro?: string;
  /** Path of the screenshot relative to help.html, when there is one. */
  screenshot?: string;
}
export interface HelpExample {
  formula: string;
  result: string;
}
export interface HelpInput {
  /** Markdown of the getting-started page per locale. */
  gettingStarted: Record<Locale, string>;
  generators: Record<Locale, HelpGenerator[]>;
  functions: Record<Locale, FunctionMetadata[]>;
  /** README examples by function id (e.g. "AGENTS"). */
  examples: ReadonlyMap<string, HelpExample[]>;
  namespace: string;
}

const TEXT: Record<Locale, Record<"title" | "tools" | "functions" | "function" | "parameters" | "example" | "optional" | "screenshot" | "language", string>> = {
  "en-US": {
    title: "Kefu Kit help",
    tools: "What each button does",
    functions: "Functions",
    function: "Function",
    parameters: "Arguments",
    example: "Example → result",
    optional: "optional",
    screenshot: "The {title} tab of the task pane",
    language: "中文",
  },
  "zh-CN": {
    title: "客服工具箱 帮助",
    tools: "各按钮的功能",
    functions: "函数",
    function: "函数",
    parameters: "参数",
    example: "示例 → 结果",
    optional: "可选",
    screenshot: "任务窗格的“{title}”选项卡",
    language: "English",
  },
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Inline markdown: `code`, **bold**, *emphasis* (on escaped text). */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");
}

/** The markdown the help sources use: `#`/`##` headings, `1.` lists, paragraphs. */
export function markdownToHtml(markdown: string, headingOffset = 1): string {
  const html: string[] = [];
  let list: string[] | undefined;
  const closeList = () => {
    if (list) html.push(`<ol>${list.map((item) => `<li>${item}</li>`).join("")}</ol>`);
    list = undefined;
  };
  for (const block of markdown.split(/\n\s*\n/)) {
    for (const line of block.split("\n").filter((l) => l.trim() !== "")) {
      const heading = /^(#{1,3})\s+(.*)$/.exec(line);
      const item = /^\d+\.\s+(.*)$/.exec(line);
      if (heading) {
        closeList();
        const level = heading[1]!.length + headingOffset;
        html.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
      } else if (item) (list ??= []).push(inline(item[1]!));
      else {
        closeList();
        html.push(`<p>${inline(line)}</p>`);
      }
    }
    closeList();
  }
  return html.join("\n");
}

function signature(f: FunctionMetadata, namespace: string): string {
  const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `${namespace}.${f.name}(${args})`;
}

function functionRow(f: FunctionMetadata, input: HelpInput, locale: Locale): string {
  const t = TEXT[locale];
  const params = f.parameters
    .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ` <small>(${t.optional})</small>` : ""}: ${escapeHtml(p.description ?? "")}</li>`)
    .join("");
  const examples = (input.examples.get(f.id) ?? []).map((e) => `<code>${escapeHtml(e.formula)}</code> → ${escapeHtml(e.result)}`).join("<br>");
  return `<tr id="fn-${locale}-${escapeHtml(f.id)}"><td><code>${escapeHtml(signature(f, input.namespace))}</code></td><td>${escapeHtml(f.description ?? "")}<ul>${params}</ul></td><td>${examples}</td></tr>`;
}

function generatorSection(g: HelpGenerator, locale: Locale): string {
  const alt = TEXT[locale].screenshot.replace("{title}", g.title);
  const shot = g.screenshot ? `<img src="${escapeHtml(g.screenshot)}" alt="${escapeHtml(alt)}" width="300" loading="lazy">` : "";
  return `<section class="tool" id="tool-${locale}-${escapeHtml(g.id)}"><div><h3>${escapeHtml(g.title)}</h3><p><strong>${escapeHtml(g.summary)}</strong></p>${g.intro ? `<p>${escapeHtml(g.intro)}</p>` : ""}</div>${shot}</section>`;
}

function languageBody(input: HelpInput, locale: Locale): string {
  const t = TEXT[locale];
  const other = LOCALES.find((l) => l !== locale) ?? locale;
  return `<div class="lang" lang="${locale}" data-locale="${locale}">
<nav><a href="?lang=${other}" lang="${other}" data-switch="${other}">${t.language}</a></nav>
<h1>${escapeHtml(t.title)}</h1>
${markdownToHtml(input.gettingStarted[locale])}
<h2>${escapeHtml(t.tools)}</h2>
${input.generators[locale].map((g) => generatorSection(g, locale)).join("\n")}
<h2>${escapeHtml(t.functions)}</h2>
<table><thead><tr><th>${t.function}</th><th>${t.parameters}</th><th>${t.example}</th></tr></thead>
<tbody>${input.functions[locale].map((f) => functionRow(f, input, locale)).join("\n")}</tbody></table>
</div>`;
}

/**
 * The whole page: both languages, one shown. `?lang=zh-CN` (the pane and the manifest link with
 * it) or the browser's language picks; any zh-* (zh-TW, zh-HK) gets the simplified Chinese text.
 */
export function renderHelp(input: HelpInput): string {
  return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kefu Kit help · 客服工具箱 帮助</title>
<style>
body { font: 15px/1.55 "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; color: #1b1b1b; }
h1 { color: #0e7c86; margin-top: .5rem; } h2 { border-bottom: 2px solid #0e7c86; padding-bottom: .2rem; margin-top: 2.2rem; }
nav { text-align: right; } code { background: #f0f4f5; padding: 0 .2em; border-radius: 3px; font-size: .92em; }
.tool { display: grid; grid-template-columns: 1fr 300px; gap: 0 1.5rem; align-items: start; border-bottom: 1px solid #ddd; padding-bottom: 1rem; }
.tool img { border: 1px solid #ccc; border-radius: 4px; margin-top: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .93em; } th, td { border: 1px solid #ccc; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #e6f2f3; } td ul { margin: .3rem 0 0; padding-left: 1.1rem; }
@media (max-width: 40rem) { .tool { display: block; } .tool img { max-width: 100%; height: auto; } }
</style>
</head>
<body>
${LOCALES.map((locale) => languageBody(input, locale)).join("\n")}
<script>
(function () {
  var asked = new URLSearchParams(location.search).get("lang") || navigator.language || "en-US";
  var locale = /^zh/i.test(asked) ? "zh-CN" : "en-US";
  document.documentElement.lang = locale;
  document.querySelectorAll(".lang").forEach(function (el) { el.hidden = el.getAttribute("data-locale") !== locale; });
})();
</script>
</body>
</html>
`;
}
