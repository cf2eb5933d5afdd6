// Issue 5's end-to-end promise through the running product: generate, keep, sign the record,
// mint from the contributor's wallet, then delete the server's database, restart, and verify
// the image with the CLI, which reads only the local chain node and our /ipfs gateway.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Contract, JsonRpcProvider } from "ethers";
import { mintRequestFromJson } from "@/lib/provenance/server/mint-request-json";
import { signInOverHttp } from "./sign-in-over-http";
import { ROOT, freePort, startStack, waitPortFree, type StackProcess } from "./stack-process";

const run = promisify(execFile);
const SECRET = "e2e-secret-that-is-at-least-32-characters-long";

let env: Record<string, string>;
let dataDir: string;
let stack: StackProcess | undefined;

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-e2e-"));
  dataDir = path.join(tmp, "data");
  env = {
    COLOPHON_DATA_DIR: dataDir,
    DEPLOYMENTS_DIR: path.join(tmp, "deployments"),
    PORT: String(await freePort()),
    CHAIN_PORT: String(await freePort()),
    AUTH_SECRET: SECRET,
  };
});

afterAll(async () => {
  if (stack && stack.child.exitCode === null) {
    stack.child.kill("SIGTERM");
    await stack.exited;
  }
});

async function api(pathname: string, init: { cookie: string; body?: unknown; method?: string }) {
  const res = await fetch(`${stack!.url}${pathname}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { cookie: init.cookie, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** Reads the job's server-sent events until its result (or error) arrives. */
async function waitForResult(eventsUrl: string, cookie: string) {
  const res = await fetch(`${stack!.url}${eventsUrl}`, { headers: { cookie } });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`event stream ended without a result: ${buffer}`);
    buffer += decoder.decode(value, { stream: true });
    const result = /event: result\ndata: (.*)\n/.exec(buffer);
    if (result) {
      await reader.cancel();
      return JSON.parse(result[1]);
    }
    const error = /event: error\ndata: (.*)\n/.exec(buffer);
    if (error) throw new Error(`generation failed: ${error[1]}`);
  }
}

describe("provenance end to end", () => {
  it("verifies a minted work with the CLI from the chain and our gateway after the database is deleted", async () => {
    stack = await startStack(env);
    const provider = new JsonRpcProvider(stack.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1 });
    const [platform, contributor] = await Promise.all([provider.getSigner(0), provider.getSigner(1)]);
    // The server records sessions, so the contributor signs in as a browser would.
    const cookie = await signInOverHttp(stack!.url, contributor);

    const models = await api("/api/models", { cookie });
    expect(models.status).toBe(200);
    const list = (models.json.models ?? models.json) as { id: string; kind: string; trainer: string; trainerShareBps: number }[];
    const model = list.find((m) => m.kind !== "style")!;

    const job = await api("/api/generate", { cookie, body: { modelId: model.id, prompt: "a calm warm tide", seed: 7, width: 64, height: 64 } });
    expect(job.status).toBe(202);
    const result = await waitForResult(job.json.eventsUrl, cookie);
    const image = result.results[0] as { cid: string; sha256: string };
    const kept = await api("/api/generations", { cookie, body: { jobId: job.json.jobId, index: 0 } });
    expect(kept.status).toBe(201);
    const generationId = (kept.json.generation ?? kept.json).id as string;

    const trainerBps = model.trainerShareBps > 0 ? model.trainerShareBps : 2000;
    const draft = await api("/api/records", {
      cookie,
      body: {
        generationId,
        contribution: "I wrote the prompt and chose the seed.",
        split: [
          { account: contributor.address, role: "prompter", bps: 10_000 - trainerBps - 1000 },
          { account: model.trainer, role: "trainer", bps: trainerBps },
          { account: platform.address, role: "platform", bps: 1000 },
        ],
        royaltyBps: 500,
      },
    });
    expect(draft.status).toBe(200);
    // The contributor's wallet signs exactly what a browser wallet gets (eth_signTypedData_v4).
    const signature = await provider.send("eth_signTypedData_v4", [contributor.address, JSON.stringify(draft.json.typedData)]);
    const attested = await api(`/api/records/${draft.json.recordId}/sign`, { cookie, body: { signature } });
    expect(attested.status).toBe(200);

    const abi = JSON.parse(fs.readFileSync(path.join(ROOT, "artifacts/contracts/Artwork.sol/Artwork.json"), "utf8")).abi;
    const artwork = new Contract(attested.json.artworkAddress, abi, contributor);
    const tx = await artwork.getFunction("mint")(mintRequestFromJson(attested.json.mintRequest), attested.json.mintSignature);
    await tx.wait();
    const minted = await api(`/api/records/${draft.json.recordId}/minted`, { cookie, body: { txHash: tx.hash } });
    expect(minted.status).toBe(200);

    const imageFile = path.join(dataDir, "..", "work.png");
    fs.writeFileSync(imageFile, new Uint8Array(await (await fetch(`${stack.url}/ipfs/${image.cid}`)).arrayBuffer()));
    provider.destroy();

    // The server's database goes; the chain and the content blocks stay.
    stack.child.kill("SIGTERM");
    await stack.exited;
    await waitPortFree(Number(env.PORT));
    await waitPortFree(Number(env.CHAIN_PORT));
    fs.rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
    stack = await startStack(env);
    expect(stack.output()).toContain("applied 20261126103704_init");

    // The index rebuilds the work from the chain, and its title from the token metadata (the
    // kept generation that named it went with the database).
    const profile = `${stack.url}/profile/${contributor.address}`;
    let page = "";
    for (let attempt = 0; attempt < 60 && !page.includes("a calm warm tide"); attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      page = await (await fetch(profile)).text();
    }
    expect(page).toContain(`<span class="card-title">a calm warm tide</span>`);

    // The command a sceptic runs (`npx colophon` is this shim).
    const { stdout } = await run(process.execPath, [
      path.join(ROOT, "scripts/colophon.mjs"), "verify", imageFile,
      "--rpc", stack.rpcUrl, "--gateway", stack.url, "--artwork", attested.json.artworkAddress, "--json",
    ], { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 });
    const report = JSON.parse(stdout);
    expect(report.verdict).toBe("pass");
    const failing = (report.steps as { id: string; status: string }[]).filter((s) => s.status === "fail");
    expect(failing).toEqual([]);
    expect(report.steps.find((s: { id: string }) => s.id === "image-hash").status).toBe("pass");
    expect(report.steps.find((s: { id: string }) => s.id === "attestor-signature").status).toBe("pass");
    expect(report.steps.find((s: { id: string }) => s.id === "contributor-signature").status).toBe("pass");
  });
});
