/**
 * dist/manifest.xml from manifest.xml:
 * - KEFU_PUBLIC_URL (https, a folder) replaces the dev server's https://localhost:3000/ in every URL,
 *   and the comments (written for developers, about the dev server) are left out;
 * - Chinese Excel in Taiwan and Hong Kong (zh-TW, zh-HK) gets the zh-CN (simplified) strings and
 *   URLs: Office only applies an Override whose Locale matches exactly, so without these they would
 *   see English. Simplified text is read there, if less comfortably; no traditional text is kept.
 */
const DEV_URL = "https://localhost:3000/";
const FALLBACK_LOCALES = ["zh-TW", "zh-HK"];

/** @param {string | undefined} publicUrl */
function checkPublicUrl(publicUrl) {
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`KEFU_PUBLIC_URL must be an absolute URL such as https://your.host/kefu/, not "${publicUrl}"`);
  }
  if (url.protocol !== "https:") throw new Error(`KEFU_PUBLIC_URL must use https (Office loads add-ins over https only), not "${publicUrl}"`);
  if (url.search || url.hash) throw new Error(`KEFU_PUBLIC_URL must be a folder without ?query or #hash, not "${publicUrl}"`);
  return url.href.replace(/\/?$/, "/");
}

/**
 * @param {string} xml manifest.xml
 * @param {string | undefined} publicUrl KEFU_PUBLIC_URL
 */
function deployManifest(xml, publicUrl) {
  const base = publicUrl ? checkPublicUrl(publicUrl) : DEV_URL;
  const withUrls = publicUrl ? xml.replace(/[ \t]*<!--[\s\S]*?-->\r?\n/g, "").replaceAll(DEV_URL, base) : xml;
  return withUrls.replace(/^([ \t]*)<((?:bt:)?Override) Locale="zh-CN" Value="([^"]*)" \/>$/gm, (line, indent, tag, value) =>
    [line, ...FALLBACK_LOCALES.map((locale) => `${indent}<${tag} Locale="${locale}" Value="${value}" />`)].join("\n"),
  );
}

module.exports = { deployManifest, checkPublicUrl, DEV_URL, FALLBACK_LOCALES };
