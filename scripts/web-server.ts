// The production Next.js server as a child of `npm start`. A custom server rather than
// `next start` so that it can stop itself when its parent dies: the parent holds our stdin,
// and when that closes (the parent exited, even by SIGKILL) we exit too, so no orphan keeps
// the port. Prints one JSON line when listening, or one with the error, like the chain node.
import http from "node:http";
import next from "next";

const port = Number(process.argv[process.argv.indexOf("--port") + 1]);
const host = process.argv.includes("--host") ? process.argv[process.argv.indexOf("--host") + 1] : "127.0.0.1";

function say(line: object) {
  process.stdout.write(`${JSON.stringify(line)}\n`);
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
    void handle(req, res);
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
