import { Contract, type HDNodeWallet } from "ethers";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { devAccount, startFlowHarness, type FlowHarness, type TestGeneration } from "./flow-harness";
import { call, signDraft, type Handler } from "./route-helpers";

// Every refusal of the provenance API: who may act (401, 403), what they send (400 naming
// the field, 413, 415), what the chain says (404, 409, 422 with the reason).

vi.mock("server-only", () => ({}));

let h: FlowHarness;
let contributor: HDNodeWallet;
let stranger: HDNodeWallet;
let contributorCookie: string;
let strangerCookie: string;
let routes: { draft: Handler; get: Handler; sign: Handler; minted: Handler; verify: (request: Request) => Promise<Response> };
let abi: import("ethers").InterfaceAbi;
let fromJson: typeof import("@/lib/provenance/server/mint-request-json").mintRequestFromJson;

beforeAll(async () => {
  h = await startFlowHarness("records-errors");
  contributor = devAccount(1, h.provider);
  stranger = devAccount(2, h.provider);
  contributorCookie = await h.cookie(contributor.address);
  strangerCookie = await h.cookie(stranger.address);
  routes = {
    draft: (await import("@/app/api/records/route")).POST as Handler,
    get: (await import("@/app/api/records/[id]/route")).GET as Handler,
    sign: (await import("@/app/api/records/[id]/sign/route")).POST as Handler,
    minted: (await import("@/app/api/records/[id]/minted/route")).POST as Handler,
    verify: (await import("@/app/api/verify/route")).POST,
  };
  abi = (await import("@/lib/provenance/server/artwork-abi")).ARTWORK_ABI;
  fromJson = (await import("@/lib/provenance/server/mint-request-json")).mintRequestFromJson;
});

afterAll(async () => {
  await h?.close();
});

const split = () => [
  { account: contributor.address, role: "prompter", bps: 9000 },
  { account: h.deployer.address, role: "platform", bps: 1000 },
];

const body = (generationId: string, overrides: Record<string, unknown> = {}) => ({
  generationId,
  contribution: "I wrote the prompt",
  split: split(),
  royaltyBps: 250,
  ...overrides,
});

async function draftOf(generation: TestGeneration) {
  const draft = await call(routes.draft, { cookie: contributorCookie, body: body(generation.id) });
  expect(draft.status).toBe(200);
  return draft.json as { recordId: string; recordHash: string; typedData: any; record: any };
}

describe("POST /api/records", () => {
  let generation: TestGeneration;

  beforeAll(async () => {
    generation = await h.createGeneration({ contributor: contributor.address, prompt: "errors everywhere", seed: 11 });
  });

  test("error: without a session cookie it is a 401", async () => {
    const response = await call(routes.draft, { body: body(generation.id) });
    expect(response.status).toBe(401);
    expect(response.json.error).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "NOT_SIGNED_IN" } });
  });

  test("error: an expired session is a 401", async () => {
    const { createSessionCookie } = await import("@/lib/auth/create-session-cookie");
    const cookie = await createSessionCookie({ address: contributor.address, secret: h.authSecret, maxAge: -60 });
    expect((await call(routes.draft, { cookie, body: body(generation.id) })).status).toBe(401);
  });

  test("error: a session made with another secret is a 401", async () => {
    const { createSessionCookie } = await import("@/lib/auth/create-session-cookie");
    const cookie = await createSessionCookie({ address: contributor.address, secret: "x".repeat(43) });
    expect((await call(routes.draft, { cookie, body: body(generation.id) })).status).toBe(401);
  });

  test("error: someone other than the generation's contributor gets a 403", async () => {
    const response = await call(routes.draft, { cookie: strangerCookie, body: body(generation.id) });
    expect(response.status).toBe(403);
    expect(response.json.error).toMatchObject({
      code: "FORBIDDEN",
      details: { field: "generationId", reason: "not the contributor", contributor: contributor.address },
    });
    expect(await h.prisma.provenanceRecord.count({ where: { generationId: generation.id } })).toBe(0);
  });

  test("error: an unknown generation is a 404 naming generationId", async () => {
    const response = await call(routes.draft, { cookie: contributorCookie, body: body("nope") });
    expect(response.status).toBe(404);
    expect(response.json.error.details).toEqual({ field: "generationId", reason: "not found" });
  });

  const invalid: Array<[string, () => { raw?: string; body?: unknown }, string, string]> = [
    ["a body that is not JSON", () => ({ raw: "{not json" }), "body", "expected a JSON object"],
    ["a missing generationId", () => ({ body: { ...body("x"), generationId: undefined } }), "generationId", "is required"],
    [
      "a split that sums to 90%",
      () => ({ body: body("x", { split: [{ account: contributor.address, role: "prompter", bps: 9000 }] }) }),
      "split",
      "shares sum to 9000 basis points (90%); they must sum to 10000 (100%)",
    ],
    [
      "a split entry without a valid address",
      () => ({ body: body("x", { split: [{ account: "0x1234", role: "prompter", bps: 10000 }] }) }),
      "split.0.account",
      "must be a 0x-prefixed 20-byte address",
    ],
    [
      "a split entry with a bad role",
      () => ({ body: body("x", { split: [{ account: contributor.address, role: "Prompter!", bps: 10000 }] }) }),
      "split.0.role",
      "lower-case letters, digits and dashes, at most 31",
    ],
    [
      "a split entry of 0 bps",
      () => ({ body: body("x", { split: [...split(), { account: stranger.address, role: "curator", bps: 0 }] }) }),
      "split.2.bps",
      "must be at least 1 basis point (leave the entry out instead)",
    ],
    [
      "the same account and role twice",
      () => ({
        body: body("x", {
          split: [
            { account: contributor.address, role: "prompter", bps: 5000 },
            { account: contributor.address, role: "prompter", bps: 5000 },
          ],
        }),
      }),
      "split.1",
      "", // checked below
    ],
    ["an empty split", () => ({ body: body("x", { split: [] }) }), "split", "needs at least one entry"],
    ["a royalty above the contract's cap", () => ({ body: body("x", { royaltyBps: 2501 }) }), "royaltyBps", "must be at most 2500 basis points (25%), the contract's cap"],
    ["an empty contribution", () => ({ body: body("x", { contribution: "   " }) }), "contribution", "say in a few words what you contributed"],
    ["a parent that is not a token id", () => ({ body: body("x", { parents: ["one"] }) }), "parents.0", "must be a token id: decimal digits without leading zeros"],
    ["a parent id of 2^256 (more than a token id holds)", () => ({ body: body("x", { parents: [(1n << 256n).toString()] }) }), "parents.0", "must be a token id from 1 to 2^256-1"],
    ["a NUL in the contribution", () => ({ body: body("x", { contribution: "mine\u0000" }) }), "contribution", "contains a NUL character"],
    ["a lone surrogate in the generation id", () => ({ body: { ...body("x"), generationId: "x\ud800" } }), "generationId", "contains a lone UTF-16 surrogate (not valid Unicode text)"],
    ["an unknown field", () => ({ body: body("x", { tokenURI: "ipfs://x" }) }), "tokenURI", "is not a field of this request"],
  ];

  test.each(invalid)("error: %s is a 400 naming the field", async (_what, make, field, reason) => {
    const response = await call(routes.draft, { cookie: contributorCookie, ...make() });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe("INPUT_INVALID");
    expect(response.json.error.details.field).toBe(field);
    if (reason !== "") expect(response.json.error.details.reason).toBe(reason);
    else expect(response.json.error.details.reason).toBe(`${contributor.address} appears twice as prompter; merge the two entries`);
  });
});

describe("POST /api/records/:id/sign", () => {
  let generation: TestGeneration;
  let draft: Awaited<ReturnType<typeof draftOf>>;

  beforeAll(async () => {
    generation = await h.createGeneration({ contributor: contributor.address, prompt: "sign me", seed: 12 });
    draft = await draftOf(generation);
  });

  test("error: without a session cookie it is a 401", async () => {
    const signature = await signDraft(contributor, draft.typedData);
    expect((await call(routes.sign, { params: { id: draft.recordId }, body: { signature } })).status).toBe(401);
  });

  test("error: someone other than the contributor gets a 403", async () => {
    const signature = await signDraft(stranger, draft.typedData);
    const response = await call(routes.sign, { cookie: strangerCookie, params: { id: draft.recordId }, body: { signature } });
    expect(response.status).toBe(403);
    expect(response.json.error.details).toMatchObject({ field: "id", reason: "not the contributor" });
  });

  test("error: an unknown record is a 404 naming id", async () => {
    const response = await call(routes.sign, { cookie: contributorCookie, params: { id: "missing" }, body: { signature: `0x${"11".repeat(65)}` } });
    expect(response.status).toBe(404);
    expect(response.json.error.details).toEqual({ field: "id", reason: "not found" });
  });

  test("error: a signature that is not 65 bytes of hex is a 400 naming signature", async () => {
    const response = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature: "0x1234" } });
    expect(response.status).toBe(400);
    expect(response.json.error.details).toEqual({ field: "signature", reason: "must be a 65-byte signature: 0x followed by 130 hex digits" });
  });

  test("error: a signature by another account is a 422 with the recovered address", async () => {
    const signature = await signDraft(stranger, draft.typedData);
    const response = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature } });
    expect(response.status).toBe(422);
    expect(response.json.error).toMatchObject({
      code: "SIGNATURE_INVALID",
      details: {
        field: "signature",
        reason: `recovers to ${stranger.address}, not the contributor ${contributor.address}: sign the record shown, with the contributor's account`,
        recovered: stranger.address,
        contributor: contributor.address,
      },
    });
  });

  test("error: the contributor's signature over other data is a 422", async () => {
    const signature = await signDraft(contributor, {
      ...draft.typedData,
      message: { ...draft.typedData.message, recordHash: `0x${"00".repeat(32)}` },
    });
    const response = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature } });
    expect(response.status).toBe(422);
    expect(response.json.error.details.reason).toMatch(/^recovers to 0x[0-9a-fA-F]{40}, not the contributor/);
  });

  test("error: 65 bytes that are no signature are a 422 saying so", async () => {
    const response = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature: `0x${"00".repeat(65)}` } });
    expect(response.status).toBe(422);
    expect(response.json.error.details).toEqual({ field: "signature", reason: "malformed: it recovers to no address" });
    const row = await h.prisma.provenanceRecord.findUniqueOrThrow({ where: { id: draft.recordId } });
    expect(row.status).toBe("DRAFT");
  });

  test("behavior: signing twice hands back the same attestation", async () => {
    const signature = await signDraft(contributor, draft.typedData);
    const first = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature } });
    const second = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature } });
    expect(first.status).toBe(200);
    expect(second.json).toEqual(first.json);

    const view = await call(routes.get, { method: "GET", cookie: contributorCookie, params: { id: draft.recordId } });
    expect(view.json).toMatchObject({ status: "ATTESTED", attestation: { mintRequest: first.json.mintRequest, mintSignature: first.json.mintSignature } });
  });
});

describe("POST /api/records/:id/sign, model card", () => {
  test("error: a model whose card is not in the content store cannot be attested (409)", async () => {
    const base = await h.createGeneration({ contributor: contributor.address, prompt: "ghost model", seed: 14 });
    const row = await h.prisma.generation.findUniqueOrThrow({ where: { id: base.id } });
    const loom = await h.prisma.model.findUniqueOrThrow({ where: { id: h.models.loom } });
    const cardCid = "bafkreic22obqjnjvykmh3pjemv6buenyqsme75qa3hzytxvq2ttdj7xhsi"; // never stored
    await h.prisma.model.create({
      data: { ...loom, id: "ghost", sha256: `0x${"ee".repeat(32)}`, name: "Ghost", cardCid, createdAt: undefined },
    });
    const { modelSha256: _sha, ...facts } = row.facts as Record<string, unknown>;
    const ghost = await h.prisma.generation.create({
      data: { ...row, id: undefined, modelId: "ghost", params: row.params as object, facts: facts as object, createdAt: undefined },
    });
    const draft = await draftOf({ ...base, id: ghost.id });
    const signature = await signDraft(contributor, draft.typedData);
    const response = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature } });
    expect(response.status).toBe(409);
    expect(response.json.error.details).toEqual({ field: "id", reason: "model card missing", cardCid });
    expect((await h.prisma.provenanceRecord.findUniqueOrThrow({ where: { id: draft.recordId } })).status).toBe("DRAFT");
  });
});

describe("GET /api/records/:id", () => {
  test("error: 401 without a session, 403 for another account, 404 for an unknown record", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "look at me", seed: 13 });
    const draft = await draftOf(generation);
    expect((await call(routes.get, { method: "GET", params: { id: draft.recordId } })).status).toBe(401);
    expect((await call(routes.get, { method: "GET", cookie: strangerCookie, params: { id: draft.recordId } })).status).toBe(403);
    expect((await call(routes.get, { method: "GET", cookie: contributorCookie, params: { id: "missing" } })).status).toBe(404);
    const own = await call(routes.get, { method: "GET", cookie: contributorCookie, params: { id: draft.recordId } });
    expect(own.json).toMatchObject({ status: "DRAFT", attestation: null, recordHash: draft.recordHash });
  });
});

describe("POST /api/records/:id/minted", () => {
  let first: { generation: TestGeneration; draft: Awaited<ReturnType<typeof draftOf>>; attested: any };
  let second: typeof first;

  async function attest(prompt: string, seed: number) {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt, seed });
    const draft = await draftOf(generation);
    const signature = await signDraft(contributor, draft.typedData);
    const attested = await call(routes.sign, { cookie: contributorCookie, params: { id: draft.recordId }, body: { signature } });
    expect(attested.status).toBe(200);
    return { generation, draft, attested: attested.json };
  }

  beforeAll(async () => {
    first = await attest("first of two", 21);
    second = await attest("second of two", 22);
  });

  test("error: a draft that was never signed is a 409", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "unsigned", seed: 23 });
    const draft = await draftOf(generation);
    const response = await call(routes.minted, { cookie: contributorCookie, params: { id: draft.recordId }, body: { txHash: `0x${"12".repeat(32)}` } });
    expect(response.status).toBe(409);
    expect(response.json.error.details).toEqual({ field: "id", reason: "status is DRAFT" });
  });

  test("error: 401 without a session, 403 for another account, 400 for a malformed hash", async () => {
    const txHash = `0x${"12".repeat(32)}`;
    expect((await call(routes.minted, { params: { id: first.draft.recordId }, body: { txHash } })).status).toBe(401);
    expect((await call(routes.minted, { cookie: strangerCookie, params: { id: first.draft.recordId }, body: { txHash } })).status).toBe(403);
    const malformed = await call(routes.minted, { cookie: contributorCookie, params: { id: first.draft.recordId }, body: { txHash: "0x12" } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.details.field).toBe("txHash");
  });

  test("error: a transaction the chain does not know is a 404 naming txHash", async () => {
    const response = await call(routes.minted, { cookie: contributorCookie, params: { id: first.draft.recordId }, body: { txHash: `0x${"12".repeat(32)}` } });
    expect(response.status).toBe(404);
    expect(response.json.error.details).toEqual({ field: "txHash", reason: "unknown transaction" });
  });

  test("error: a transaction that is no mint is a 422", async () => {
    const tx = await contributor.sendTransaction({ to: stranger.address, value: 1n });
    await tx.wait();
    const response = await call(routes.minted, { cookie: contributorCookie, params: { id: first.draft.recordId }, body: { txHash: tx.hash } });
    expect(response.status).toBe(422);
    expect(response.json.error).toMatchObject({
      code: "MINT_MISMATCH",
      details: { field: "txHash", reason: `the transaction has no ArtworkMinted event of the Artwork contract ${h.deployment.contracts.Artwork.address}` },
    });
  });

  test("error: a reverted mint (sent by someone other than the contributor) is a 422", async () => {
    const artwork = new Contract(first.attested.artworkAddress, abi, stranger);
    // A fixed gas limit skips the estimate, so the reverting transaction is mined; Hardhat's
    // automine then answers the send with the revert and the hash of the mined transaction.
    const txHash: string | undefined = await artwork
      .getFunction("mint")(fromJson(first.attested.mintRequest), first.attested.mintSignature, { gasLimit: 1_000_000 })
      .then(
        (tx: { hash: string }) => tx.hash,
        (e: { error?: { data?: { txHash?: string } } }) => e.error?.data?.txHash,
      );
    expect(txHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect((await h.provider.getTransactionReceipt(txHash!))?.status).toBe(0);
    const response = await call(routes.minted, { cookie: contributorCookie, params: { id: first.draft.recordId }, body: { txHash } });
    expect(response.status).toBe(422);
    expect(response.json.error.details).toMatchObject({ field: "txHash", reason: "the transaction reverted: nothing was minted" });
  });

  test("error: the mint of another record is a 422 naming what it minted; then that record cannot be re-pointed", async () => {
    const artwork = new Contract(first.attested.artworkAddress, abi, contributor);
    const tx = await artwork.getFunction("mint")(fromJson(first.attested.mintRequest), first.attested.mintSignature);
    await tx.wait();
    const wrong = await call(routes.minted, { cookie: contributorCookie, params: { id: second.draft.recordId }, body: { txHash: tx.hash } });
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.details.reason).toBe(
      `it minted content ${first.generation.sha256}, not this record's image ${second.generation.sha256}`,
    );
    const right = await call(routes.minted, { cookie: contributorCookie, params: { id: first.draft.recordId }, body: { txHash: tx.hash } });
    expect(right.status).toBe(200);

    // Minted records refuse a new draft, a new signature, and a different mint transaction.
    const redraft = await call(routes.draft, { cookie: contributorCookie, body: body(first.generation.id) });
    expect(redraft.status).toBe(409);
    expect(redraft.json.error.details).toMatchObject({ reason: "already minted", tokenId: right.json.tokenId });
    const resign = await call(routes.sign, {
      cookie: contributorCookie,
      params: { id: first.draft.recordId },
      body: { signature: await signDraft(contributor, first.draft.typedData) },
    });
    expect(resign.status).toBe(409);
    const other = await contributor.sendTransaction({ to: stranger.address, value: 1n });
    await other.wait();
    const repoint = await call(routes.minted, { cookie: contributorCookie, params: { id: first.draft.recordId }, body: { txHash: other.hash } });
    expect(repoint.status).toBe(409);
    expect(repoint.json.error.details).toMatchObject({ field: "txHash", reason: "minted by another transaction" });
  });

  test("error: the contract's refusal of a second mint of the same image decodes to words", async () => {
    const { describeMintError } = await import("@/app/works/new/describe-mint-error");
    const artwork = new Contract(first.attested.artworkAddress, abi, contributor);
    const error = await artwork
      .getFunction("mint")(fromJson(first.attested.mintRequest), first.attested.mintSignature)
      .then(() => undefined, (e: unknown) => e);
    expect(describeMintError(error, abi)).toBe("This image is already minted, as work #1.");
    const wrongSender = await new Contract(second.attested.artworkAddress, abi, stranger)
      .getFunction("mint")(fromJson(second.attested.mintRequest), second.attested.mintSignature)
      .then(() => undefined, (e: unknown) => e);
    expect(describeMintError(wrongSender, abi)).toBe(
      `Only the contributor ${contributor.address} may send this mint, and the wallet sent it from ${stranger.address}; switch the wallet to the contributor's account.`,
    );
  });
});

describe("POST /api/verify", () => {
  test("error: a body that is neither multipart nor JSON is a 415", async () => {
    const response = await routes.verify(new Request("http://localhost/api/verify", { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" }));
    expect(response.status).toBe(415);
    expect((await response.json()).error.details).toMatchObject({ field: "content-type", reason: expect.stringMatching(/, not text\/plain$/) });
  });

  test("error: a declared size over 20 MB is a 413 before anything is read", async () => {
    const response = await routes.verify(
      new Request("http://localhost/api/verify", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(21 * 1024 * 1024) },
        body: "--x--",
      }),
    );
    expect(response.status).toBe(413);
    // The cap is the image limit plus room for the multipart framing.
    expect((await response.json()).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { field: "body", limitBytes: 20 * 1024 * 1024 + 64 * 1024 } });
  });

  test("error: a streamed body that grows past 20 MB is a 413", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 22) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await routes.verify(
      new Request("http://localhost/api/verify", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  test("error: multipart without a file is a 400 naming file", async () => {
    const form = new FormData();
    form.set("image", "not a file");
    const response = await routes.verify(new Request("http://localhost/api/verify", { method: "POST", body: form }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.details).toEqual({ field: "file", reason: "a file is required" });
  });

  test.each([
    [{ tokenId: "1", contentHash: `0x${"ab".repeat(32)}` }, "tokenId", "give exactly one of tokenId and contentHash"],
    [{}, "tokenId", "give exactly one of tokenId and contentHash"],
    [{ tokenId: "abc" }, "tokenId", "must be a token id: decimal digits without leading zeros"],
    [{ tokenId: (1n << 256n).toString() }, "tokenId", "must be a token id from 1 to 2^256-1"],
    [{ contentHash: "0x1234" }, "contentHash", "a sha256 hash: 64 hex digits, with or without 0x"],
    [{ tokenId: "1", extra: true }, "extra", "is not a field of this request"],
  ])("error: JSON %j is a 400 naming %s", async (json, field, reason) => {
    const response = await call(routes.verify, { body: json });
    expect(response.status).toBe(400);
    expect(response.json.error.details).toEqual({ field, reason });
  });

  test("behavior: a token id that was never minted is reported, not refused", async () => {
    const response = await call(routes.verify, { body: { tokenId: "999" } });
    expect(response.status).toBe(200);
    expect(response.json.verdict).toBe("not-found");
    expect(response.json.steps.find((s: { id: string }) => s.id === "token")).toMatchObject({ status: "fail" });
  });
});
