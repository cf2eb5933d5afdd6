// The production Next.js server as a child of `npm start`. A custom server rather than
// `next start` so that it can stop itself when its parent dies: the parent holds our stdin,
// and when that closes (the parent exited, even by SIGKILL) we exit too, so no orphan keeps
// the port. Prints one JSON line when listening, or one with the error, like the chain node.
import http from "node:http";
import os from "node:os";
import next from "next";
import { createAdmissionGate } from "../lib/http/create-admission-gate";
import { findMalformedPathSegment } from "../lib/http/find-malformed-path-segment";
import { HttpError } from "../lib/http/http-error";
import { invalidInput } from "../lib/http/invalid-input";
import { isAdmissionExempt } from "../lib/http/is-admission-exempt";
import { respondError } from "../lib/http/respond-error";

const port = Number(process.argv[process.argv.indexOf("--port") + 1]);
const host = process.argv.includes("--host") ? process.argv[process.argv.indexOf("--host") + 1] : "127.0.0.1";

function say(line: object) {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

// Requests in progress at once: two per core keeps both cores busy while a request waits on
// the database or the chain; the rest wait in arrival order (see createAdmissionGate).
const gate = createAdmissionGate({ maxInFlight: Math.max(4, 2 * os.availableParallelism()), maxWaiting: 1024 });

/** Sends one of the API's JSON errors from here, before Next.js has seen the request. */
async function sendError(res: http.ServerResponse, error: unknown): Promise<void> {
  const response = respondError(error);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Refuses what Next.js would answer with a bare 500 (a path segment with malformed
 * percent-encoding: Next decodes dynamic segments before any route runs), then admits the
 * request through the gate. Done here rather than in a Next proxy: a proxy makes Next read
 * every matched request's body into memory first (up to 10 MB, cutting off the rest).
 */
async function admit(req: http.IncomingMessage, res: http.ServerResponse, handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>): Promise<void> {
  const path = (req.url ?? "/").split("?")[0]!;
  const malformed = findMalformedPathSegment(path);
  if (malformed !== undefined) return sendError(res, invalidInput("path", malformed.reason, { segment: malformed.segment.slice(0, 120) }));
  if (isAdmissionExempt({ method: req.method ?? "GET", path, accept: req.headers.accept })) return handle(req, res);
  const ticket = gate.enter();
  // The slot (or the place in the queue) goes when the response ends or the client leaves.
  res.once("close", ticket.release);
  if (!(await ticket.admitted)) {
    if (res.destroyed) return;
    return sendError(res, new HttpError({ code: "SERVER_BUSY", message: "The server is busy; try again in a second", details: { retryAfterSeconds: 1, waiting: gate.waiting } }));
  }
  return handle(req, res);
}

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // Next.js fills X-Forwarded-For from the socket only when the request has none, so a
    // client could name any address. Appending the socket's address as a proxy does makes
    // the last entry the real peer (lib/http/client-ip.ts counts TRUSTED_PROXY_HOPS from it).
    const peer = req.socket.remoteAddress;
    if (peer !== undefined) {
      const sent = req.headers["x-forwarded-for"];
      const prior = (Array.isArray(sent) ? sent.join(", ") : (sent ?? "")).trim();
      req.headers["x-forwarded-for"] = prior === "" ? peer : `${prior}, ${peer}`;
    }
    void admit(req, res, handle).catch((error) => {
      console.error("[web] request failed before Next.js", error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.once("error", (error: NodeJS.ErrnoException) => {
    const inUse = error.code === "EADDRINUSE";
    say({
      event: "error",
      code: inUse ? "PORT_IN_USE" : "LISTEN_FAILED",
      message: inUse
        ? `Port ${port} on ${host} is already in use, so the web server cannot listen there. Stop the process that holds it, or pick another port with PORT.`
        : `The web server could not listen on ${host}:${port}: ${error.message}`,
    });
    process.exit(1);
  });
  server.listen(port, host, () => say({ event: "ready", url: `http://${host === "127.0.0.1" ? "localhost" : host}:${port}` }));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.argv.includes("--exit-on-stdin-end")) {
    process.stdin.on("end", () => process.exit(0));
    process.stdin.resume();
  }
}

main().catch((error) => {
  say({ event: "error", code: "WEB_FAILED", message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
