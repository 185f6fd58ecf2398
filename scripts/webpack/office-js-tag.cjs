/**
 * Where a page loads Office.js from. Pages reference the local copy (`office-js/office.js`, copied
 * from @microsoft/office-js); at build time that one tag becomes a small synchronous loader:
 * - inside Office (the page URL carries Office's `_host_Info`, or the host objects / session
 *   value Office.js itself looks for are present) → Microsoft's CDN, as Microsoft recommends,
 *   falling back to the local copy if the CDN cannot be reached;
 * - anywhere else (a plain browser, headless tests, no network) → the local copy, so
 *   `Office.onReady` resolves with no host at once and the preview mode starts.
 * KEFU_OFFICE_JS=cdn|local forces one source (e.g. `cdn` for an AppSource build).
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");

const CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_URL = "office-js/office.js";
const LOCAL_TAG = /<script\b[^>]*\bsrc=["'](?:\.\/)?office-js\/office\.js["'][^>]*>\s*<\/script>/;

/** @param {"auto" | "cdn" | "local"} mode */
function officeJsLoader(mode) {
  // ES5 and synchronous (document.write): Office.js must be defined before the deferred bundles run.
  // A failed parser-blocking script just lets parsing go on, so the next inline script can fall back.
  const choose = `(function () {
  function inOffice() {
    try {
      if (/[?&]_host_Info=/i.test(location.search)) return true;
      if (typeof window.agaveHost !== "undefined") return true;
      if (window.external && "GetHostInfo" in window.external) return true;
      if (window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.Agave) return true;
      if (window.sessionStorage && window.sessionStorage.getItem("hostInfoValue")) return true;
      return /hostInfo/.test(window.name || "");
    } catch (e) { return false; }
  }
  var mode = ${JSON.stringify(mode)};
  var useCdn = mode === "cdn" || (mode === "auto" && inOffice());
  window.__kefuOfficeJsSource = useCdn ? "cdn" : "local";
  document.write('<script src="' + (useCdn ? ${JSON.stringify(CDN_URL)} : ${JSON.stringify(LOCAL_URL)}) + '"><\\/script>');
})();`;
  // Office.js finds its own folder (for the host-specific scripts it loads next) from the first
  // <script> whose src ends in office.js, so the failed CDN tag must go before the local one loads.
  const fallback = `(function () {
  if (typeof Office !== "undefined" || window.__kefuOfficeJsSource !== "cdn") return;
  window.__kefuOfficeJsSource = "local";
  var failed = document.querySelectorAll('script[src="${CDN_URL}"]');
  for (var i = 0; i < failed.length; i++) failed[i].parentNode.removeChild(failed[i]);
  document.write('<script src=${JSON.stringify(LOCAL_URL)}><\\/script>');
})();`;
  const missing = `if (typeof Office === "undefined") window.__kefuOfficeMissing = true;`;
  return [choose, fallback, missing].map((js) => `<script>${js}</script>`).join("\n    ");
}

/** @param {string | undefined} value */
function officeJsMode(value) {
  const mode = (value ?? "auto").toLowerCase();
  if (mode !== "auto" && mode !== "cdn" && mode !== "local") {
    throw new Error(`KEFU_OFFICE_JS must be auto, cdn or local (got "${value}")`);
  }
  return /** @type {"auto" | "cdn" | "local"} */ (mode);
}

class OfficeJsTagPlugin {
  /** @param {"auto" | "cdn" | "local"} mode */
  constructor(mode) {
    this.mode = mode;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsTagPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("OfficeJsTagPlugin", (data) => {
        if (LOCAL_TAG.test(data.html)) data.html = data.html.replace(LOCAL_TAG, officeJsLoader(this.mode));
        return data;
      });
    });
  }
}

module.exports = { OfficeJsTagPlugin, officeJsLoader, officeJsMode, CDN_URL, LOCAL_URL };
