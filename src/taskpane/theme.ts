/** Light or dark Fluent theme following Office's theme (inside Office) or the page/browser (preview). */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black … 1 white) of "#RRGGBB"; undefined when the colour is unreadable. */
export function luminance(hex: string | undefined): number | undefined {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return undefined;
  const channel = (h: string | undefined) => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** Dark when Office's body background is dark, else the `?theme=` override, else the browser's preference. */
export function prefersDark(officeBackground: string | undefined, search: string, mediaDark: boolean): boolean {
  const l = luminance(officeBackground);
  if (l !== undefined) return l < 0.2;
  const requested = new URLSearchParams(search).get("theme");
  if (requested === "dark" || requested === "light") return requested === "dark";
  return mediaDark;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
