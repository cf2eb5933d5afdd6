/**
 * Soak bench: 10,000 mixed requests at 20 connections against the real production stack,
 * many of them hostile, while the web server's memory is sampled. The questions it
 * answers: does any input get a 5xx, does the server's memory stay bounded, and does the
 * event loop keep answering `/api/health` quickly while images and models are refused?
 *
 * The mix: pages (gallery, a work, the auction rules), GET /api/health, GET /api/auctions,
 * POST /api/verify with legal images (hashed in the decode workers), the 522 KB 8192x8192
 * 16-bit PNG bomb, a JPEG whose SOF claims 65535x65535, corrupt and lying PNGs, and JSON
 * token ids; POST /api/uploads (signed in) with legal PNG and JPEG files and every hostile
 * image; POST /api/models (signed in, card signed by the bench's wallet) with a model
 * whose initializer reads `keys/attestor.key` as external data and one that allocates
 * 8 GiB at run time (ConstantOfShape), a new file each time; malformed JSON; bodies over the limits, declared and
 * chunked.
 *
 * Reported: the web server's RSS (VmRSS of its process, read from /proc every 100 ms) at
 * start, peak and end; the count of 5xx by route (goal 0) and every status by route; p50
 * and p99 of /api/health during the run (goal p99 < 100 ms).
 *
 * Run: `npm run bench:soak`. Self-contained like bench:web: Hardhat Network in this
 * process, works minted and auctioned, a fresh PGlite data directory, then the production
 * server (scripts/web-server.ts) as a child. Needs a production build in NEXT_DIST_DIR
 * (default .next, rebuilt when any input is newer, as `npm start` does; another
 * NEXT_DIST_DIR is built only when its BUILD_ID is missing).
 *
 * Settings (environment): SOAK_REQUESTS (10000), SOAK_CONNECTIONS (20), SOAK_WORKS (12),
 * SOAK_SEED (1) for the order of the mix, SOAK_EXCLUDE (a regular expression: kinds of
 * request whose name matches are left out, e.g. `image|model` to see what they cost).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Wallet } from "ethers";
import { SiweMessage } from "siwe";
import { signModelCard, type ModelCard } from "../../inference/model-card";
import { createPrng } from "../../inference/prng";
import { sha256Hex } from "../../inference/sha256-hex";
import { ensureWebBuild } from "../../lib/stack/ensure-web-build";
import { runLogged } from "../../lib/stack/run-step";
import { hugeSofJpeg, legalJpeg, legalPng, lyingPng, pngBomb, pngMagicNonImage, secondIhdrPng, truncatedPng } from "../../test/lib/images/hostile-images";
import { serveSeededMarket, type SeededMarket } from "../../test/lib/market/serve-seeded-market";
import { hugeAllocationModel, leakingModel } from "../../test/inference/hostile-models";
import { percentile } from "./stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 10_000);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 20);
const WORKS = Number(process.env.SOAK_WORKS ?? 12);
const SEED = Number(process.env.SOAK_SEED ?? 1);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const EXCLUDE = process.env.SOAK_EXCLUDE ? new RegExp(process.env.SOAK_EXCLUDE) : null;

function say(line: string) {
  process.stdout.write(`${line}\n`);
}

/** Cookies of the bench's one signed-in wallet, as a browser keeps them. */
const jar = new Map<string, string>();

function keepCookies(response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(pair!.slice(0, eq));
    else jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}

function cookieHeader(): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Signs in with Ethereum over HTTP (nonce, SIWE message, NextAuth callback), as the browser does. */
async function signIn(base: string, wallet: Wallet): Promise<void> {
  const call = async (route: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(route, base), { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() } });
    keepCookies(response);
    return response;
  };
  const { chainId } = (await (await call("/api/auth/chain")).json()) as { chainId: number };
  const { nonce } = (await (await call("/api/auth/nonce")).json()) as { nonce: string };
  const now = new Date();
  const url = new URL(base);
  const message = new SiweMessage({
    domain: url.host,
    address: wallet.address,
    statement: "Sign in to Colophon",
    uri: url.origin,
    version: "1",
    chainId,
    nonce,
    issuedAt: now.toISOString(),
    expirationTime: new Date(now.getTime() + 3_600_000).toISOString(),
  }).prepareMessage();
  const signature = await wallet.signMessage(message);
  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await call("/api/auth/callback/siwe", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ message, signature, csrfToken, callbackUrl: `${url.origin}/`, json: "true" }),
  });
  if (response.status >= 400 || ![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
}

/** One kind of request in the mix: a route name for the report, a weight, and how to build it. */
interface RequestKind {
  route: string;
  name: string;
  weight: number;
  build: () => { path: string; init: RequestInit };
}

function multipart(file: Uint8Array, fields: Record<string, string> = {}, fileName = "file.bin"): FormData {
  const form = new FormData();
  form.set("file", new Blob([file as Uint8Array<ArrayBuffer>]), fileName);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** A body that streams `bytes` in 64 KiB chunks without a Content-Length (chunked). */
function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

async function signedModelFields(file: Uint8Array, wallet: Wallet): Promise<Record<string, string>> {
  const card: ModelCard = {
    modelSha256: `0x${sha256Hex(file)}`,
    name: "Soak",
    version: "1.0.0",
    license: "CC0-1.0",
    trainingData: "none",
    weightsOrigin: "hand-built hostile graph",
    trainer: wallet.address,
  };
  const { modelSha256: _hash, ...fields } = card;
  return { ...fields, cardSignature: await signModelCard(card, wallet), trainerShareBps: "0" };
}

async function buildMix(wallet: Wallet): Promise<RequestKind[]> {
  const bomb = await pngBomb();
  const images = { small: legalPng(256, 256), large: legalPng(1024, 768), jpeg: legalJpeg(320, 240) };
  const hostile = [bomb, hugeSofJpeg(), lyingPng(), secondIhdrPng(), truncatedPng(), pngMagicNonImage()];
  // Every registration sends a file never seen before (a registered file would be a 409
  // before any check): leaks of the keys by a different relative path each, and run-time
  // allocations of 8 GiB and more, twice the sandbox's address-space limit, so each one
  // reaches the sandbox and meets its memory limit.
  const models: { file: Uint8Array; fields: Record<string, string> }[] = [];
  for (let index = 0; index < 64; index += 1) {
    const leaking = leakingModel(`${"./".repeat(index)}keys/attestor.key`);
    const allocating = hugeAllocationModel(2 ** 31 + index);
    models.push({ file: leaking, fields: await signedModelFields(leaking, wallet) });
    models.push({ file: allocating, fields: await signedModelFields(allocating, wallet) });
  }
  const oversizedUpload = new Uint8Array(11 * 1024 * 1024);
  oversizedUpload.set(images.small.subarray(0, 8));
  let turn = 0;
  const next = <T>(items: readonly T[]): T => items[turn++ % items.length]!;
  const json = (body: string) => ({ method: "POST", headers: { "content-type": "application/json" }, body });
  const get = (route: string) => () => ({ path: route, init: {} });
  return [
    { route: "GET /", name: "gallery page", weight: 8, build: get("/") },
    { route: "GET /works/1", name: "work page", weight: 5, build: get("/works/1") },
    { route: "GET /auctions/rules", name: "static page", weight: 4, build: get("/auctions/rules") },
    { route: "GET /api/health", name: "health", weight: 24, build: get("/api/health") },
    { route: "GET /api/auctions", name: "auctions", weight: 10, build: get("/api/auctions?status=all&sort=newest&limit=24") },
    { route: "POST /api/verify", name: "verify a legal image", weight: 6, build: () => ({ path: "/api/verify", init: { method: "POST", body: multipart(next([images.small, images.large, images.jpeg])) } }) },
    { route: "POST /api/verify", name: "verify the PNG bomb", weight: 6, build: () => ({ path: "/api/verify", init: { method: "POST", body: multipart(bomb) } }) },
    { route: "POST /api/verify", name: "verify hostile images", weight: 6, build: () => ({ path: "/api/verify", init: { method: "POST", body: multipart(next(hostile.slice(1))) } }) },
    { route: "POST /api/verify", name: "verify a token id", weight: 4, build: () => ({ path: "/api/verify", init: json(JSON.stringify({ tokenId: String(1 + (turn++ % WORKS)) })) }) },
    { route: "POST /api/uploads", name: "upload a legal image", weight: 4, build: () => ({ path: "/api/uploads", init: { method: "POST", body: multipart(next([images.small, images.jpeg])) } }) },
    { route: "POST /api/uploads", name: "upload hostile images", weight: 8, build: () => ({ path: "/api/uploads", init: { method: "POST", body: multipart(next(hostile)) } }) },
    {
      route: "POST /api/models",
      name: "register hostile models",
      weight: 3,
      build: () => {
        const model = next(models);
        return { path: "/api/models", init: { method: "POST", body: multipart(model.file, model.fields, "model.onnx") } };
      },
    },
    {
      route: "POST (malformed JSON)",
      name: "malformed JSON",
      weight: 6,
      build: () => ({ path: next(["/api/verify", "/api/generate", "/api/records"]), init: json(next(['{"tokenId": ', "{not json", '{"a":"\\ud800"}', "[1,2", "\u0000"])) }),
    },
    { route: "POST /api/verify", name: "oversized JSON (200 KB)", weight: 4, build: () => ({ path: "/api/verify", init: json(`{"tokenId":"1","pad":"${"x".repeat(200_000)}"}`) }) },
    { route: "POST /api/uploads", name: "oversized upload (11 MiB)", weight: 1, build: () => ({ path: "/api/uploads", init: { method: "POST", body: multipart(oversizedUpload) } }) },
    {
      route: "POST (chunked, 30 MB)",
      name: "oversized chunked body",
      weight: 1,
      build: () => ({
        path: next(["/api/verify", "/api/generate", "/api/uploads"]),
        init: { method: "POST", headers: { "content-type": "application/json" }, body: chunkedBody(30 * 1024 * 1024), duplex: "half" } as RequestInit,
      }),
    },
  ];
}

/** Sends one request of `kind` with the session cookie; resolves once the body is read with its status, and the error code of a JSON error. */
/** How long each health check took inside the server (its report's durationMs): the chain, database and store round trips. */
const healthCheckMs: number[] = [];

async function send(base: string, kind: RequestKind): Promise<string> {
  const { path: route, init } = kind.build();
  const response = await fetch(new URL(route, base), { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() } });
  const text = await response.text();
  if (kind.name === "health" && response.status === 200) healthCheckMs.push((JSON.parse(text) as { durationMs: number }).durationMs);
  if (response.status < 400 || !(response.headers.get("content-type") ?? "").includes("json")) return String(response.status);
  try {
    return `${response.status} ${(JSON.parse(text) as { error?: { code?: string } }).error?.code ?? ""}`.trim();
  } catch {
    return String(response.status);
  }
}

/**
 * Shows that image decoding works in the bundled production server (its decode workers are
 * built from an inline script, since a bundle has no worker file): a legal upload decodes
 * in full (201), a legal image gets a perceptual hash, the bomb is a 422 from its header.
 */
async function checkImagesInProduction(base: string): Promise<void> {
  const post = async (route: string, file: Uint8Array) => {
    const response = await fetch(new URL(route, base), { method: "POST", body: multipart(file), headers: { cookie: cookieHeader() } });
    return { status: response.status, body: (await response.json()) as { summary?: string; error?: { code: string } } };
  };
  const upload = await post("/api/uploads", legalPng(640, 480));
  const verify = await post("/api/verify", legalPng(500, 400));
  const bomb = await post("/api/verify", await pngBomb());
  const hash = /perceptual hash ([0-9a-f]{16})/.exec(verify.body.summary ?? "")?.[1];
  say(`Production check: upload of a legal 640x480 PNG decoded in a worker: ${upload.status === 201 ? "ok" : "FAILED"} (${upload.status})`);
  say(`Production check: verify of a legal 500x400 PNG hashed in a worker: ${hash ? `ok (perceptual hash ${hash})` : `FAILED (${verify.status} ${verify.body.summary ?? JSON.stringify(verify.body)})`}`);
  say(`Production check: the 8192x8192 16-bit bomb: ${bomb.status === 422 && bomb.body.error?.code === "IMAGE_TOO_LARGE" ? "ok" : "FAILED"} (${bomb.status} ${bomb.body.error?.code})`);
}

/** VmRSS of a process in bytes, from /proc (Linux); null when it is gone. */
function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

interface RouteTally {
  count: number;
  statuses: Record<string, number>;
  fiveHundreds: number;
}

async function main(): Promise<void> {
  let market: SeededMarket | undefined;
  try {
    if (DIST_DIR === ".next") {
      // The build `npm start` uses, remade when any input is newer than it.
      say("Checking the production build (rebuilt when the app changed)…");
      await ensureWebBuild({ root: ROOT, logFile: path.join(os.tmpdir(), `colophon-soak-next-build-${process.pid}.log`) });
    } else if (!fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
      say(`No production build in ${DIST_DIR}/: building it first (a few minutes)…`);
      const log = path.join(os.tmpdir(), `colophon-soak-next-build-${process.pid}.log`);
      await runLogged(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], log, ROOT);
    }
    say(`Seeding: chain, contracts, ${WORKS} works, auctions, index; then the production server…`);
    market = await serveSeededMarket({ works: WORKS, distDir: DIST_DIR });
    const base = market.base;
    const pid = market.server.child.pid!;
    const wallet = Wallet.createRandom() as unknown as Wallet;
    await signIn(base, wallet);
    const kinds = (await buildMix(wallet)).filter((kind) => EXCLUDE === null || !EXCLUDE.test(kind.name));
    if (EXCLUDE !== null) say(`Left out: kinds matching /${EXCLUDE.source}/`);
    const total = kinds.reduce((sum, kind) => sum + kind.weight, 0);
    // mulberry32 (inference/prng.ts): the order of the mix is the same for the same SOAK_SEED.
    const pick = createPrng(SEED);
    const plan = Array.from({ length: REQUESTS }, () => {
      let roll = pick() * total;
      return kinds.find((kind) => (roll -= kind.weight) < 0) ?? kinds[0]!;
    });

    await checkImagesInProduction(base);
    const idleHealth: number[] = [];
    for (let index = 0; index < 50; index += 1) {
      const began = performance.now();
      await (await fetch(new URL("/api/health", base))).arrayBuffer();
      idleHealth.push(performance.now() - began);
    }
    say(`GET /api/health with nothing else running: p50 ${percentile(idleHealth, 50).toFixed(1)} ms, p99 ${percentile(idleHealth, 99).toFixed(1)} ms (50 in a row)`);

    // Warm-up: every route once, so the start figure is a server that has loaded its modules.
    for (const kind of kinds) await send(base, kind).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    healthCheckMs.length = 0;

    const startRss = rssOf(pid)!;
    let peakRss = startRss;
    const sampler = setInterval(() => {
      const rss = rssOf(pid);
      if (rss !== null && rss > peakRss) peakRss = rss;
    }, 100);

    say(`Server ${base} (pid ${pid}); ${REQUESTS} requests at ${CONNECTIONS} connections, seed ${SEED} (node ${process.version}, ${os.cpus().length} CPUs)`);
    const tallies = new Map<string, RouteTally>();
    const byKind = new Map<string, Record<string, number>>();
    const healthMs: number[] = [];
    let clientErrors = 0;
    let sent = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (sent < plan.length) {
          const kind = plan[sent++]!;
          const began = performance.now();
          let status: string;
          try {
            status = await send(base, kind);
          } catch (error) {
            // The server may answer a 413 and close before an oversized body is sent: no status reaches fetch.
            clientErrors += 1;
            status = `closed (${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
          }
          if (kind.name === "health") healthMs.push(performance.now() - began);
          const tally = tallies.get(kind.route) ?? { count: 0, statuses: {}, fiveHundreds: 0 };
          tally.count += 1;
          const code = status.startsWith("closed") ? "closed" : status.split(" ")[0]!;
          tally.statuses[code] = (tally.statuses[code] ?? 0) + 1;
          if (status.startsWith("5")) tally.fiveHundreds += 1;
          tallies.set(kind.route, tally);
          const kindStatuses = byKind.get(kind.name) ?? {};
          kindStatuses[status] = (kindStatuses[status] ?? 0) + 1;
          byKind.set(kind.name, kindStatuses);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const endRss = rssOf(pid)!;
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const settledRss = rssOf(pid)!;
    clearInterval(sampler);

    const fiveHundreds = [...tallies.values()].reduce((sum, tally) => sum + tally.fiveHundreds, 0);
    say("");
    say(`${REQUESTS} requests in ${seconds.toFixed(1)} s (${(REQUESTS / seconds).toFixed(1)} req/s); connections closed before a status: ${clientErrors}`);
    say(`Web server RSS: start ${mib(startRss)}, peak ${mib(peakRss)}, end ${mib(endRss)} (${mib(settledRss)} 15 s later)`);
    say(`GET /api/health during the run: p50 ${percentile(healthMs, 50).toFixed(1)} ms, p99 ${percentile(healthMs, 99).toFixed(1)} ms over ${healthMs.length} requests (goal p99 < 100 ms)`);
    say(`  of which the check itself (the report's durationMs: its chain, database and store round trips): p50 ${percentile(healthCheckMs, 50).toFixed(1)} ms, p99 ${percentile(healthCheckMs, 99).toFixed(1)} ms`);
    say(`5xx: ${fiveHundreds} (goal 0)`);
    say("");
    say(`${"route".padEnd(26)} ${"requests".padStart(8)} ${"5xx".padStart(5)}  statuses`);
    for (const [route, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
      const statuses = Object.entries(tally.statuses).map(([status, count]) => `${count}×${status}`).join(" ");
      say(`${route.padEnd(26)} ${String(tally.count).padStart(8)} ${String(tally.fiveHundreds).padStart(5)}  ${statuses}`);
    }
    say("");
    say("By kind of request:");
    for (const [name, statuses] of byKind) say(`  ${name}: ${Object.entries(statuses).map(([status, count]) => `${count}×${status}`).join(" ")}`);
  } finally {
    await market?.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
