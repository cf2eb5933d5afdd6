import { Contract, type HDNodeWallet } from "ethers";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { devAccount, startFlowHarness, type FlowHarness, type TestGeneration } from "./flow-harness";
import { call, signDraft, type Handler } from "./route-helpers";

// The whole server side of minting, through the route handlers: a kept generation with a
// real 64x64 image → POST /api/records → the contributor's wallet signs → POST sign →
// the contributor's wallet sends Artwork.mint → POST minted → POST /api/verify, on a real
// chain, database and content store.

vi.mock("server-only", () => ({}));

let h: FlowHarness;
let contributor: HDNodeWallet;
let routes: {
  draft: Handler;
  get: Handler;
  sign: Handler;
  minted: Handler;
  verify: (request: Request) => Promise<Response>;
  gateway: Handler;
};
let abi: import("ethers").InterfaceAbi;
let fromJson: typeof import("@/lib/provenance/server/mint-request-json").mintRequestFromJson;

/** Every step of a verification report, in order. */
const STEPS = [
  "image-hash",
  "token",
  "record",
  "metadata",
  "attestor-signature",
  "contributor-signature",
  "model-card",
  "parents",
  "split",
  "reproduce",
];

beforeAll(async () => {
  h = await startFlowHarness("records-flow");
  contributor = devAccount(1, h.provider);
  routes = {
    draft: (await import("@/app/api/records/route")).POST as Handler,
    get: (await import("@/app/api/records/[id]/route")).GET as Handler,
    sign: (await import("@/app/api/records/[id]/sign/route")).POST as Handler,
    minted: (await import("@/app/api/records/[id]/minted/route")).POST as Handler,
    verify: (await import("@/app/api/verify/route")).POST,
    gateway: (await import("@/app/ipfs/[cid]/route")).GET as Handler,
  };
  abi = (await import("@/lib/provenance/server/artwork-abi")).ARTWORK_ABI;
  fromJson = (await import("@/lib/provenance/server/mint-request-json")).mintRequestFromJson;
});

afterAll(async () => {
  const { getServerReproducer } = await import("@/lib/provenance/server/get-server-reproducer");
  await (await getServerReproducer()).close();
  await h?.close();
});

/** The split the mint page proposes for a Loom work: prompter 75%, trainer 15% (the model's share), platform 10%. */
function loomSplit() {
  return [
    { account: contributor.address, role: "prompter", bps: 10_000 - h.loomTrainerShareBps - 1000 },
    { account: h.builtinTrainer.address, role: "trainer", bps: h.loomTrainerShareBps },
    { account: h.deployer.address, role: "platform", bps: 1000 },
  ];
}

/** Draft, sign, mint and confirm a generation; returns every answer along the way. */
async function mintThrough(generation: TestGeneration, extra: Record<string, unknown> = {}) {
  const cookie = await h.cookie(contributor.address);
  const draft = await call(routes.draft, {
    cookie,
    body: { generationId: generation.id, contribution: "I wrote the prompt and chose this seed.", split: loomSplit(), royaltyBps: 500, ...extra },
  });
  expect(draft.status).toBe(200);
  const signature = await signDraft(contributor, draft.json.typedData);
  const attested = await call(routes.sign, { cookie, params: { id: draft.json.recordId }, body: { signature } });
  expect(attested.status).toBe(200);
  const artwork = new Contract(attested.json.artworkAddress, abi, contributor);
  const tx = await artwork.getFunction("mint")(fromJson(attested.json.mintRequest), attested.json.mintSignature);
  await tx.wait();
  const minted = await call(routes.minted, { cookie, params: { id: draft.json.recordId }, body: { txHash: tx.hash } });
  expect(minted.status).toBe(200);
  return { cookie, draft: draft.json, signature, attested: attested.json, txHash: tx.hash as string, minted: minted.json };
}

function imageForm(png: Uint8Array, reproduce?: boolean): Request {
  const form = new FormData();
  form.set("file", new File([png as Uint8Array<ArrayBuffer>], "work.png", { type: "image/png" }));
  if (reproduce !== undefined) form.set("reproduce", String(reproduce));
  return new Request("http://localhost/api/verify", { method: "POST", body: form });
}

describe("minting a kept generation", () => {
  let original: TestGeneration;
  let flow: Awaited<ReturnType<typeof mintThrough>>;

  test("default: draft → sign → mint from the contributor's wallet → minted, with a Work row", async () => {
    original = await h.createGeneration({ contributor: contributor.address, prompt: "calm golden dawn", seed: 7 });
    flow = await mintThrough(original);

    // The draft: the record, its hash, the words, and what the wallet signs.
    const { record, recordHash, summary, typedData } = flow.draft;
    expect(record).toMatchObject({
      schema: "colophon.record/1",
      image: { sha256: original.sha256, cid: original.cid, mediaType: "image/png", width: 64, height: 64, size: original.png.length },
      model: { name: "Loom", kind: "cppn", trainer: h.builtinTrainer.address },
      generation: { prompt: "calm golden dawn", seed: "7", sourceImageCids: [], runtime: { executionProvider: "cpu" } },
      contributor: { address: contributor.address, contribution: "I wrote the prompt and chose this seed." },
      parents: [],
      royaltyBps: 500,
    });
    // The split comes back in the contract's order (by account).
    expect(record.split.map((e: { role: string }) => e.role)).toEqual(["trainer", "prompter", "platform"]);
    expect(summary).toContain(`The human contributor is you (${contributor.address}), who states: "I wrote the prompt and chose this seed.".`);
    expect(summary).toContain(
      `First sales and royalties are split: 15% to the model's trainer (${h.builtinTrainer.address}) as trainer; 75% to you (${contributor.address}) as prompter; 10% to the platform (${h.deployer.address}) as platform.`,
    );
    expect(typedData).toMatchObject({ primaryType: "Record", domain: { name: "Colophon Provenance", version: "1" }, message: { recordHash } });

    // The attestation: a mint request for the contributor, valid for an hour.
    const { mintRequest, artworkAddress, chainId } = flow.attested;
    expect(artworkAddress).toBe(h.deployment.contracts.Artwork.address);
    expect(chainId).toBe(31337);
    expect(mintRequest).toMatchObject({ to: contributor.address, contributor: contributor.address, contentHash: original.sha256, recordHash, royaltyBps: 500 });
    expect(Number(mintRequest.deadline) - Math.floor(Date.now() / 1000)).toBeGreaterThan(3500);
    expect(typeof mintRequest.nonce).toBe("string");

    // Minted: token 1, the record MINTED, and the Work row.
    expect(flow.minted).toEqual({ recordId: flow.draft.recordId, status: "MINTED", tokenId: "1", txHash: flow.txHash.toLowerCase(), blockNumber: expect.any(Number), url: "/works/1" });
    const row = await h.prisma.provenanceRecord.findUniqueOrThrow({ where: { id: flow.draft.recordId } });
    expect(row.status).toBe("MINTED");
    expect(row.tokenId?.toFixed()).toBe("1");
    expect(row.contributorSignature).toBe(flow.signature);
    const work = await h.prisma.work.findUniqueOrThrow({ where: { tokenId: "1" } });
    expect(work).toMatchObject({
      contentHash: original.sha256,
      recordHash,
      recordCid: flow.attested.recordCid,
      contributor: contributor.address.toLowerCase(),
      owner: contributor.address.toLowerCase(),
      txHash: flow.txHash.toLowerCase(),
    });
  });

  test("behavior: confirming the same mint again is idempotent", async () => {
    const again = await call(routes.minted, { cookie: flow.cookie, params: { id: flow.draft.recordId }, body: { txHash: flow.txHash } });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(flow.minted);
    expect(await h.prisma.work.count({ where: { contentHash: original.sha256 } })).toBe(1);
  });

  test("behavior: the record, its metadata and the image are served by the gateway, verified", async () => {
    const record = await call(routes.gateway, { method: "GET", params: { cid: flow.attested.recordCid } });
    expect(record.status).toBe(200);
    expect(record.json).toEqual(flow.draft.record);
    const metadata = await call(routes.gateway, { method: "GET", params: { cid: flow.attested.metadataCid } });
    expect(metadata.json).toMatchObject({
      image: `ipfs://${original.cid}`,
      colophon: {
        record: `ipfs://${flow.attested.recordCid}`,
        recordHash: flow.draft.recordHash,
        signatures: {
          contributor: { address: contributor.address, signature: flow.signature },
          attestor: { address: h.attestor.address },
          trainer: { address: h.builtinTrainer.address },
        },
        modelCard: `ipfs://${flow.draft.record.model.cardCid}`,
      },
    });
    // The chain's tokenURI names the same metadata.
    const artwork = new Contract(h.deployment.contracts.Artwork.address, abi, h.provider);
    expect(await artwork.getFunction("tokenURI")(1n)).toBe(`ipfs://${flow.attested.metadataCid}`);
  });

  test("default: POST /api/verify with the image file and a re-run: every step passes", async () => {
    const response = await routes.verify(imageForm(original.png, true));
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.verdict).toBe("pass");
    expect(report.tokenId).toBe("1");
    expect(report.steps.map((s: { id: string; status: string; required: boolean }) => [s.id, s.status, s.required])).toEqual(
      STEPS.map((id) => [id, "pass", true]),
    );
  });

  test("behavior: without a re-run the reproduce step is optional and not checkable; the rest pass", async () => {
    const response = await routes.verify(imageForm(original.png));
    const report = await response.json();
    expect(report.verdict).toBe("pass");
    expect(report.steps.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual(
      STEPS.map((id) => [id, id === "reproduce" ? "not-checkable" : "pass"]),
    );
    expect(report.steps.at(-1).required).toBe(false);

    // The /verify page shows each step with its test id, status and colour.
    const { ReportView } = await import("@/app/verify/report-view");
    const html = renderToStaticMarkup(ReportView({ report }));
    for (const id of STEPS) {
      const status = id === "reproduce" ? "not-checkable" : "pass";
      expect(html).toContain(`data-testid="step-${id}" data-status="${status}"`);
    }
    expect(html).toContain('<span class="badge na">not checkable</span>');
    expect(html).toContain('data-verdict="pass"');
    expect(html).toContain('href="/works/1"');
  });

  test("behavior: verifying by token id and by content hash (JSON) gives the same verdict", async () => {
    const byToken = await call(routes.verify, { body: { tokenId: "1" } });
    expect(byToken.status).toBe(200);
    expect(byToken.json).toMatchObject({ verdict: "pass", tokenId: "1", contentHash: original.sha256 });
    const byHash = await call(routes.verify, { body: { contentHash: original.sha256.slice(2).toUpperCase() } });
    expect(byHash.json).toMatchObject({ verdict: "pass", tokenId: "1" });
  });

  test("behavior: an altered copy matches no token but is found by look in the database's works", async () => {
    const { PNG } = await import("pngjs");
    const decoded = PNG.sync.read(Buffer.from(original.png));
    decoded.data[0] = decoded.data[0]! ^ 0x01; // one channel of one pixel
    const altered = new Uint8Array(PNG.sync.write(decoded));
    const response = await routes.verify(imageForm(altered));
    const report = await response.json();
    expect(report.verdict).toBe("altered-copy");
    expect(report.similar).toEqual([{ tokenId: "1", contentHash: original.sha256, distance: expect.any(Number) }]);
    expect(report.steps.find((s: { id: string }) => s.id === "image-hash").status).toBe("fail");
  });

  test("behavior: an unknown content hash is not found", async () => {
    const response = await call(routes.verify, { body: { contentHash: `0x${"ab".repeat(32)}` } });
    expect(response.status).toBe(200);
    expect(response.json.verdict).toBe("not-found");
  });

  test("behavior: GET /api/records/:id gives the contributor the minted record", async () => {
    const view = await call(routes.get, { method: "GET", cookie: flow.cookie, params: { id: flow.draft.recordId } });
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({ recordId: flow.draft.recordId, status: "MINTED", recordHash: flow.draft.recordHash, tokenId: "1", attestation: null });
  });

  describe("lineage", () => {
    let child: TestGeneration;
    let childFlow: Awaited<ReturnType<typeof mintThrough>>;

    test("default: an image-to-image work from a minted work names it as parent", async () => {
      child = await h.createGeneration({ contributor: contributor.address, prompt: "printed", seed: 3, source: original });
      childFlow = await mintThrough(child);
      expect(childFlow.draft.record.generation.sourceImageCids).toEqual([original.cid]);
      expect(childFlow.draft.record.parents).toEqual([
        { chainId: 31337, contract: h.deployment.contracts.Artwork.address, tokenId: "1", contentHash: original.sha256 },
      ]);
      expect(childFlow.draft.summary).toContain(
        `It remixes work #1 (chain 31337, contract ${h.deployment.contracts.Artwork.address}, content sha256 ${original.sha256}).`,
      );
      expect(childFlow.minted.tokenId).toBe("2");
    });

    test("behavior: the remix verifies, its parent walked", async () => {
      const report = await (await routes.verify(imageForm(child.png))).json();
      expect(report.verdict).toBe("pass");
      expect(report.steps.find((s: { id: string }) => s.id === "parents")).toMatchObject({ status: "pass" });
      expect(report.work.parents.map((p: { tokenId: string; verdict: string }) => [p.tokenId, p.verdict])).toEqual([["1", "pass"]]);
    });

    test("behavior: the work pages show the lineage both ways, as an SVG graph", async () => {
      const { getWorkView } = await import("@/lib/provenance/server/get-work-view");
      const { getChainDeps } = await import("@/lib/provenance/server/get-provenance-deps");
      const { LineageGraph } = await import("@/app/works/[tokenId]/lineage-graph");
      const deps = { prisma: h.prisma, contentStore: h.contentStore, chain: await getChainDeps() };

      const childView = (await getWorkView(deps, "2"))!;
      expect(childView.lineage).toEqual({
        nodes: [
          { tokenId: "2", depth: 0, imageCid: child.cid },
          { tokenId: "1", depth: -1, imageCid: original.cid },
        ],
        edges: [{ parent: "1", child: "2" }],
      });
      const parentView = (await getWorkView(deps, "1"))!;
      expect(parentView.lineage).toEqual({
        nodes: [
          { tokenId: "1", depth: 0, imageCid: original.cid },
          { tokenId: "2", depth: 1, imageCid: child.cid },
        ],
        edges: [{ parent: "1", child: "2" }],
      });
      expect(parentView).toMatchObject({
        tokenId: "1",
        owner: contributor.address,
        splitSource: "chain",
        royaltyBps: 500,
        metadataCid: flow.attested.metadataCid,
        split: [
          { account: h.builtinTrainer.address, role: "trainer", bps: 1500 },
          { account: contributor.address, role: "prompter", bps: 7500 },
          { account: h.deployer.address, role: "platform", bps: 1000 },
        ],
      });

      const svg = renderToStaticMarkup(LineageGraph({ current: "2", lineage: childView.lineage }));
      expect(svg).toContain('aria-label="Lineage of work 2: 1 → 2."');
      expect(svg).toContain('href="/works/1"');
      expect(svg).toContain(`href="/ipfs/${original.cid}"`);
      expect(svg).toContain("#2 (this)");
    });

    test("error: naming a parent explicitly that does not exist is a 400 naming parents.0", async () => {
      const another = await h.createGeneration({ contributor: contributor.address, prompt: "lonely", seed: 99 });
      const response = await call(routes.draft, {
        cookie: flow.cookie,
        body: { generationId: another.id, contribution: "mine", split: loomSplit(), royaltyBps: 0, parents: ["77"] },
      });
      expect(response.status).toBe(400);
      expect(response.json.error.details).toEqual({ field: "parents.0", reason: "work #77 does not exist on chain 31337" });
    });
  });
});
