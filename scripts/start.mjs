#!/usr/bin/env node
/**
 * `npm start`: builds Kefu Kit (development), serves it on https://localhost:3000 and sideloads it.
 *
 *   npm start                          Windows/macOS: sideload into desktop Excel; elsewhere: print
 *                                      how to sideload into Excel on the web, keep serving
 *   npm start -- web --document URL    sideload into a workbook in Excel on the web
 *   npm start -- --no-sideload         serve only
 *   npm start -- --http [--host 127.0.0.1] [--port 3000]
 *                                      plain http (headless browser tests; Office needs https)
 *
 * Sideloading uses Microsoft's `office-addin-debugging`, fetched by npx on the machines that need
 * it (it is not a dependency: it pulls in Windows/macOS-only tooling). `npm stop` removes it again.
 * Certificates come from office-addin-dev-certs (~/.office-addin-dev-certs).
 */
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DEBUGGING = "office-addin-debugging@7.0.0";
const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { http: process.env.KEFU_HTTP === "1", host: process.env.KEFU_HOST || "localhost", port: Number(process.env.KEFU_PORT || 3000), sideload: true, platform: undefined, document: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === "--http") options.http = true;
    else if (arg === "--no-sideload") options.sideload = false;
    else if (arg === "--host") options.host = value();
    else if (arg === "--port") options.port = Number(value());
    else if (arg === "--document") options.document = value();
    else if (arg === "web" || arg === "desktop") options.platform = arg;
    else fail(`unknown argument "${arg}" (see the header of scripts/start.mjs)`);
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) fail("--port must be a whole number from 1 to 65535");
  if (options.platform === "web" && !options.document) fail("web needs --document <URL of a workbook in Excel on the web>");
  return options;
}

/** True when the localhost certificate exists and is valid for at least another day. */
function certificatesValid() {
  const cert = join(CERT_DIR, "localhost.crt");
  if (!existsSync(cert) || !existsSync(join(CERT_DIR, "localhost.key")) || !existsSync(join(CERT_DIR, "ca.crt"))) return false;
  try {
    return new Date(new X509Certificate(readFileSync(cert)).validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

async function ensureCertificates() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    // Generates the certificates if needed and trusts the CA (may ask for your password once).
    await devCerts.ensureCertificatesAreInstalled();
    return;
  }
  // Linux: trusting a CA needs root, so only generate; browsers will ask once (see the steps below).
  if (!certificatesValid()) {
    for (const f of ["ca.crt", "localhost.crt", "localhost.key"]) rmSync(join(CERT_DIR, f), { force: true });
    await devCerts.generateCertificates();
  }
}

/** Resolves the listen error code ("EADDRINUSE", …) or null when host:port is free. */
function portProblem(host, port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (e) => resolve(e.code ?? String(e)));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

async function serve(options) {
  process.env.KEFU_HOST = options.host;
  process.env.KEFU_PORT = String(options.port);
  if (options.http) process.env.KEFU_HTTP = "1";
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(join(ROOT, "webpack.config.js"))({ WEBPACK_SERVE: true, ...(options.http ? { http: true } : {}) }, { mode: "development" });
  const compiler = webpack(config);
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("kefu-start", (stats) => resolve(stats)));
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  const stats = await firstBuild;
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    console.error("npm start: the build has errors (above); serving what was built, fix and save to rebuild.");
  }
  return server;
}

/** Runs office-addin-debugging through npx; resolves true when it exits with 0. */
function sideload(options) {
  const args = ["--yes", DEBUGGING, "start", MANIFEST, options.platform ?? "desktop", "--dev-server-port", String(options.port)];
  if (options.document) args.push("--document", options.document);
  console.log(`Sideloading with npx ${args.slice(1).join(" ")} ...`);
  return new Promise((resolve) => {
    const child = spawn(process.platform === "win32" ? "npx.cmd" : "npx", args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

function printWebSteps(origin, reason) {
  console.log(`
Kefu Kit is served at ${origin}/ — ${reason}

Try it in Excel on the web:
  1. Let the browser trust the dev server: open ${origin}/taskpane.html once and accept the
     certificate, or import ${join(CERT_DIR, "ca.crt")} as a trusted certificate authority.
  2. Open a workbook in Excel on the web (https://excel.cloud.microsoft or office.com → Excel).
  3. Home → Add-ins → More add-ins → My add-ins → Upload my add-in → choose
     ${MANIFEST} → Upload.
  4. A "Kefu Kit" tab appears on the ribbon; type =CS. in a cell for the custom functions.

Preview without Excel (in-memory workbook): ${origin}/taskpane.html
Press Ctrl+C to stop serving.
`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const problem = await portProblem(options.host, options.port);
  if (problem === "EADDRINUSE") fail(`port ${options.port} on ${options.host} is in use (is Kefu Kit already served?): stop it or use --port`);
  if (problem) fail(`cannot listen on ${options.host}:${options.port} (${problem})`);
  if (!options.http) await ensureCertificates();
  const server = await serve(options);
  const origin = `${options.http ? "http" : "https"}://${options.host}:${options.port}`;
  const stop = () => server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const desktopExcel = process.platform === "win32" || process.platform === "darwin";
  if (!options.sideload) {
    printWebSteps(origin, "sideloading skipped (--no-sideload).");
  } else if (options.http) {
    printWebSteps(origin, "plain http: Office loads add-ins only over https, so nothing was sideloaded.");
  } else if (options.platform === "web" || desktopExcel) {
    const ok = await sideload(options);
    if (ok) console.log(`\nKefu Kit is sideloaded and served at ${origin}/. Ctrl+C stops serving; \`npm stop\` removes the add-in.`);
    else printWebSteps(origin, "sideloading did not succeed (messages above).");
  } else {
    printWebSteps(origin, `desktop Excel does not run on ${process.platform}, so nothing was sideloaded.`);
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
