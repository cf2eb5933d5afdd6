import { Contract, Interface, Wallet, ZeroAddress, type HDNodeWallet } from "ethers";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { closedPort } from "../../lib/health/closed-port";
import { devAccount, startFlowHarness, type FlowHarness } from "../provenance/flow-harness";
import { call, type Handler } from "../provenance/route-helpers";

// The owner-only admin routes on a real chain: who may ask (401 without a session, 403 for
// anyone but the contract's on-chain owner, checked before the body), what they may send
// (400 naming the field, from the schema or from the simulated call), and that the unsigned
// transaction a 200 carries changes the chain when the owner sends it and reverts when
// anyone else does.

vi.mock("server-only", () => ({}));
// The admin panel refreshes the page after a mined transaction; rendered here without Next.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

let h: FlowHarness;
let stranger: HDNodeWallet;
let ownerCookie: string;
let strangerCookie: string;
let routes: { settings: Handler; attestors: Handler; platformFee: Handler };
let artworkIface: Interface;
let houseIface: Interface;
let artwork: Contract;
let house: Contract;
/** An attestor the tests allow, then revoke. */
const newAttestor = Wallet.createRandom().address;
let decodeRevert: typeof import("@/lib/market/decode-revert").decodeRevert;

beforeAll(async () => {
  h = await startFlowHarness("admin-routes");
  stranger = devAccount(2, h.provider);
  ownerCookie = await h.cookie(h.deployer.address);
  strangerCookie = await h.cookie(stranger.address);
  routes = {
    settings: (await import("@/app/api/admin/settings/route")).GET as unknown as Handler,
    attestors: (await import("@/app/api/admin/attestors/route")).POST as Handler,
    platformFee: (await import("@/app/api/admin/platform-fee/route")).POST as Handler,
  };
  const { OWNED_CONTRACT_INTERFACES } = await import("@/lib/admin/owned-contracts");
  artworkIface = OWNED_CONTRACT_INTERFACES.Artwork;
  houseIface = OWNED_CONTRACT_INTERFACES.AuctionHouse;
  artwork = new Contract(h.deployment.contracts.Artwork.address, artworkIface, h.provider);
  house = new Contract(h.deployment.contracts.AuctionHouse.address, houseIface, h.provider);
  decodeRevert = (await import("@/lib/market/decode-revert")).decodeRevert;
});

afterAll(async () => {
  await h?.close();
});

const UNAUTHENTICATED = { error: { code: "UNAUTHENTICATED", message: "Sign in with your wallet first", details: { reason: "NOT_SIGNED_IN" } } };

/** The exact 403 a non-owner gets. */
function notOwner(contract: "Artwork" | "AuctionHouse", address: string, owner: string) {
  return {
    error: {
      code: "FORBIDDEN",
      message: `You are signed in as ${address}, but only the owner of the ${contract} contract, ${owner}, may change its settings; sign in with that account`,
      details: { reason: "NOT_CONTRACT_OWNER", contract, address, owner },
    },
  };
}

/** The exact 400 naming a field. */
function invalid(field: string, reason: string, extra: Record<string, unknown> = {}) {
  return { error: { code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: { field, reason, ...extra } } };
}

/** Sends a prepared transaction from `wallet`; a refusal comes back as the decoded custom error. */
async function sendFrom(wallet: HDNodeWallet, transaction: { to: string; data: string }, iface: Interface) {
  try {
    const receipt = await (await wallet.sendTransaction({ to: transaction.to, data: transaction.data })).wait();
    return { receipt, revert: null };
  } catch (error) {
    const revert = decodeRevert(error, iface);
    if (revert === null) throw error;
    return { receipt: null, revert: { name: revert.name, args: Array.from(revert.args, String) } };
  }
}

describe("GET /api/admin/settings", () => {
  test("default: the owners, the server's attestor and the fee as deployed", async () => {
    const response = await call(routes.settings, { method: "GET" });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      chainId: h.chainId,
      artwork: {
        address: h.deployment.contracts.Artwork.address,
        owner: h.deployer.address,
        attestors: [{ address: h.attestor.address, allowed: true, server: true }],
      },
      auctionHouse: {
        address: h.deployment.contracts.AuctionHouse.address,
        owner: h.deployer.address,
        feeBps: 0,
        feeRecipient: h.deployer.address,
        maxFeeBps: 1000,
      },
    });
  });

  test("behavior: the schema's fee cap is the deployed contract's MAX_FEE_BPS", async () => {
    const { MAX_FEE_BPS } = await import("@/lib/admin/admin-request-schemas");
    expect(Number(await house.getFunction("MAX_FEE_BPS")())).toBe(MAX_FEE_BPS);
  });
});

describe("POST /api/admin/attestors", () => {

  test("error: without a session cookie it is a 401, whatever the body", async () => {
    for (const body of [{ attestor: newAttestor, allowed: true }, { attestor: "nope" }]) {
      const response = await call(routes.attestors, { body });
      expect(response.status).toBe(401);
      expect(response.json).toEqual(UNAUTHENTICATED);
    }
    const raw = await call(routes.attestors, { raw: "{not json" });
    expect(raw.status).toBe(401);
    expect(raw.json).toEqual(UNAUTHENTICATED);
  });

  test("error: another signed-in account gets a 403 NOT_CONTRACT_OWNER naming both addresses, before its body is read", async () => {
    for (const options of [{ body: { attestor: newAttestor, allowed: true } }, { body: { attestor: "nope" } }, { raw: "{not json" }]) {
      const response = await call(routes.attestors, { cookie: strangerCookie, ...options });
      expect(response.status).toBe(403);
      expect(response.json).toEqual(notOwner("Artwork", stranger.address, h.deployer.address));
    }
  });

  test.each([
    ["a malformed attestor", { attestor: "0x1234", allowed: true }, invalid("attestor", "must be a 0x-prefixed 20-byte address")],
    ["an attestor that is not a string", { attestor: 42, allowed: true }, invalid("attestor", "must be an address string")],
    ["a missing attestor", { allowed: true }, invalid("attestor", "is required")],
    ["a missing allowed", { attestor: newAttestor }, invalid("allowed", "is required")],
    ["an allowed that is not a boolean", { attestor: newAttestor, allowed: "yes" }, invalid("allowed", "must be true (allow) or false (revoke)")],
    ["an unknown field", { attestor: newAttestor, allowed: true, note: "x" }, invalid("note", "is not a field of this request")],
    ["a body that is not an object", [1, 2], invalid("body", "must be a JSON object with attestor and allowed")],
  ])("error: the owner sending %s gets a 400 naming the field", async (_name, body, expected) => {
    const response = await call(routes.attestors, { cookie: ownerCookie, body });
    expect(response.status).toBe(400);
    expect(response.json).toEqual(expected);
  });

  test("error: the owner sending a body that is not JSON gets a 400 on body", async () => {
    const response = await call(routes.attestors, { cookie: ownerCookie, raw: "{not json" });
    expect(response.status).toBe(400);
    expect(response.json).toEqual(invalid("body", "expected a JSON object"));
  });

  test("error: the owner sending a body over 64 KiB gets a 413 naming the limit", async () => {
    const response = await call(routes.attestors, { cookie: ownerCookie, raw: JSON.stringify({ attestor: newAttestor, allowed: true, pad: "x".repeat(70_000) }) });
    expect(response.status).toBe(413);
    expect(response.json.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { field: "body", limitBytes: 65536 } });
  });

  test("error: the zero address is refused by the simulated call, as a 400 on attestor", async () => {
    const response = await call(routes.attestors, { cookie: ownerCookie, body: { attestor: ZeroAddress, allowed: true } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual(invalid("attestor", "must not be the zero address; the Artwork contract refuses it", { revert: "ArtworkEmptyField" }));
  });

  test("default: the owner gets the setAttestor transaction; it reverts from a stranger and allows the attestor from the owner", async () => {
    const response = await call(routes.attestors, { cookie: ownerCookie, body: { attestor: newAttestor.toLowerCase(), allowed: true } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      transaction: {
        to: h.deployment.contracts.Artwork.address,
        data: artworkIface.encodeFunctionData("setAttestor", [newAttestor, true]),
        chainId: h.chainId,
      },
      summary: `Allow ${newAttestor} to attest mints`,
    });
    expect(await artwork.getFunction("isAttestor")(newAttestor)).toBe(false);

    const refused = await sendFrom(stranger, response.json.transaction, artworkIface);
    expect(refused.revert).toEqual({ name: "OwnableUnauthorizedAccount", args: [stranger.address] });
    expect(await artwork.getFunction("isAttestor")(newAttestor)).toBe(false);

    const sent = await sendFrom(h.deployer, response.json.transaction, artworkIface);
    expect(sent.receipt?.status).toBe(1);
    const events = sent.receipt!.logs.map((log) => artworkIface.parseLog(log)).map((e) => [e?.name, ...Array.from(e?.args ?? [])]);
    expect(events).toEqual([["AttestorUpdated", newAttestor, true]]);
    expect(await artwork.getFunction("isAttestor")(newAttestor)).toBe(true);
  });

  test("behavior: revoking gives the setAttestor(…, false) transaction, and sending it revokes", async () => {
    const response = await call(routes.attestors, { cookie: ownerCookie, body: { attestor: newAttestor, allowed: false } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      transaction: {
        to: h.deployment.contracts.Artwork.address,
        data: artworkIface.encodeFunctionData("setAttestor", [newAttestor, false]),
        chainId: h.chainId,
      },
      summary: `Revoke ${newAttestor}: it may no longer attest mints`,
    });
    const sent = await sendFrom(h.deployer, response.json.transaction, artworkIface);
    expect(sent.receipt?.status).toBe(1);
    expect(await artwork.getFunction("isAttestor")(newAttestor)).toBe(false);
  });

  test("behavior: the owner is read from the chain on every request, so a transfer of ownership moves the right at once", async () => {
    const next = devAccount(4, h.provider);
    const nextCookie = await h.cookie(next.address);
    await (await artwork.connect(h.deployer).getFunction("transferOwnership")(next.address)).wait();
    try {
      const old = await call(routes.attestors, { cookie: ownerCookie, body: { attestor: newAttestor, allowed: true } });
      expect(old.status).toBe(403);
      expect(old.json).toEqual(notOwner("Artwork", h.deployer.address, next.address));
      const now = await call(routes.attestors, { cookie: nextCookie, body: { attestor: newAttestor, allowed: true } });
      expect(now.status).toBe(200);
      // The AuctionHouse has its own owner, still the deployer.
      const fee = await call(routes.platformFee, { cookie: nextCookie, body: { recipient: next.address, bps: 100 } });
      expect(fee.status).toBe(403);
      expect(fee.json).toEqual(notOwner("AuctionHouse", next.address, h.deployer.address));
    } finally {
      await (await artwork.connect(next).getFunction("transferOwnership")(h.deployer.address)).wait();
    }
    expect(await artwork.getFunction("owner")()).toBe(h.deployer.address);
  });
});

describe("POST /api/admin/platform-fee", () => {
  let recipient: string;

  beforeAll(() => {
    recipient = devAccount(3, h.provider).address;
  });

  test("error: without a session cookie it is a 401, whatever the body", async () => {
    for (const options of [{ body: { recipient, bps: 250 } }, { body: { bps: 99_999 } }, { raw: "{not json" }]) {
      const response = await call(routes.platformFee, options);
      expect(response.status).toBe(401);
      expect(response.json).toEqual(UNAUTHENTICATED);
    }
  });

  test("error: another signed-in account gets a 403 NOT_CONTRACT_OWNER naming both addresses, before its body is read", async () => {
    for (const options of [{ body: { recipient, bps: 250 } }, { body: { bps: 99_999 } }, { raw: "{not json" }]) {
      const response = await call(routes.platformFee, { cookie: strangerCookie, ...options });
      expect(response.status).toBe(403);
      expect(response.json).toEqual(notOwner("AuctionHouse", stranger.address, h.deployer.address));
    }
  });

  test.each([
    ["a malformed recipient", () => ({ recipient: "not an address", bps: 250 }), invalid("recipient", "must be a 0x-prefixed 20-byte address")],
    ["a missing recipient", () => ({ bps: 250 }), invalid("recipient", "is required")],
    ["a missing bps", () => ({ recipient }), invalid("bps", "is required")],
    ["bps over the cap", () => ({ recipient, bps: 1001 }), invalid("bps", "must be at most 1000 basis points (10%), the contract's cap")],
    ["a fractional bps", () => ({ recipient, bps: 2.5 }), invalid("bps", "must be a whole number of basis points")],
    ["a negative bps", () => ({ recipient, bps: -1 }), invalid("bps", "must be at least 0")],
    ["bps as a string", () => ({ recipient, bps: "250" }), invalid("bps", "must be a number of basis points")],
    ["an unknown field", () => ({ recipient, bps: 250, currency: "eth" }), invalid("currency", "is not a field of this request")],
    ["a body that is not an object", () => "250", invalid("body", "must be a JSON object with recipient and bps")],
  ])("error: the owner sending %s gets a 400 naming the field", async (_name, body, expected) => {
    const response = await call(routes.platformFee, { cookie: ownerCookie, body: body() });
    expect(response.status).toBe(400);
    expect(response.json).toEqual(expected);
  });

  test("error: the owner sending a body that is not JSON gets a 400 on body", async () => {
    const response = await call(routes.platformFee, { cookie: ownerCookie, raw: "{\"recipient\": " });
    expect(response.status).toBe(400);
    expect(response.json).toEqual(invalid("body", "expected a JSON object"));
  });

  test("error: the zero address as recipient is refused by the simulated call, as a 400 on recipient", async () => {
    const response = await call(routes.platformFee, { cookie: ownerCookie, body: { recipient: ZeroAddress, bps: 250 } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual(
      invalid("recipient", "must not be the zero address; the AuctionHouse contract refuses it", { revert: "AuctionHouseZeroAddress" }),
    );
  });

  test("behavior: the bounds 0 and 1000 are accepted", async () => {
    for (const bps of [0, 1000]) {
      const response = await call(routes.platformFee, { cookie: ownerCookie, body: { recipient, bps } });
      expect(response.status).toBe(200);
      expect(response.json.transaction.data).toBe(houseIface.encodeFunctionData("setPlatformFee", [recipient, bps]));
    }
  });

  test("default: the owner gets the setPlatformFee transaction; it reverts from a stranger and sets the fee from the owner", async () => {
    const response = await call(routes.platformFee, { cookie: ownerCookie, body: { recipient, bps: 250 } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      transaction: {
        to: h.deployment.contracts.AuctionHouse.address,
        data: houseIface.encodeFunctionData("setPlatformFee", [recipient, 250]),
        chainId: h.chainId,
      },
      summary: `Set the platform fee to 2.5% (250 basis points), paid to ${recipient}`,
    });

    const refused = await sendFrom(stranger, response.json.transaction, houseIface);
    expect(refused.revert).toEqual({ name: "OwnableUnauthorizedAccount", args: [stranger.address] });
    expect(Number(await house.getFunction("feeBps")())).toBe(0);

    const sent = await sendFrom(h.deployer, response.json.transaction, houseIface);
    expect(sent.receipt?.status).toBe(1);
    const events = sent.receipt!.logs.map((log) => houseIface.parseLog(log)).map((e) => [e?.name, ...Array.from(e?.args ?? [])]);
    expect(events).toEqual([["PlatformFeeUpdated", recipient, 250n]]);
    expect(Number(await house.getFunction("feeBps")())).toBe(250);
    expect(await house.getFunction("feeRecipient")()).toBe(recipient);
  });

  test("behavior: GET /api/admin/settings shows the changes at once", async () => {
    const response = await call(routes.settings, { method: "GET" });
    expect(response.status).toBe(200);
    expect(response.json.auctionHouse).toEqual({
      address: h.deployment.contracts.AuctionHouse.address,
      owner: h.deployer.address,
      feeBps: 250,
      feeRecipient: recipient,
      maxFeeBps: 1000,
    });
    expect(response.json.artwork.owner).toBe(h.deployer.address);
    // The attestor allowed then revoked above is listed from its AttestorUpdated events.
    expect(response.json.artwork.attestors).toEqual([
      { address: h.attestor.address, allowed: true, server: true },
      { address: newAttestor, allowed: false, server: false },
    ]);
  });
});

/** The /admin page as the server renders it, for a wallet signed in as `signedIn` (or no one). */
async function renderAdminPage(signedIn: string | undefined): Promise<string> {
  const { default: AdminPage } = await import("@/app/admin/page");
  const { WalletContext } = await import("@/app/components/wallet/use-wallet");
  const wallet = { detecting: false, wallets: [], signedInAddress: signedIn, sessionLoading: false, address: signedIn, chainStatus: "ok" };
  const page = (await AdminPage()) as ReactElement;
  return renderToStaticMarkup(createElement(WalletContext.Provider, { value: wallet as never }, page));
}

describe("/admin page", () => {
  test("behavior: a stranger sees the facts and who may change them, and no form", async () => {
    const html = await renderAdminPage(stranger.address);
    expect(html).toContain(`<dd class="mono">${h.deployment.contracts.Artwork.address}</dd>`);
    expect(html).toContain(`<span class="mono">${h.attestor.address}</span><span class="muted small"> (this server&#x27;s key)</span>`);
    expect(html).toContain('<dd class="amount">2.5%</dd>');
    expect(html).toContain(`Only the owner <span class="mono">${h.deployer.address}</span> can change these settings; you are signed in as ${stranger.address}.`);
    expect(html).not.toContain('id="admin-attestor"');
    expect(html).not.toContain('id="admin-fee-bps"');
  });

  test("behavior: without a session it asks to sign in as the owner", async () => {
    const html = await renderAdminPage(undefined);
    expect(html).toContain(`Only the owner <span class="mono">${h.deployer.address}</span> can change these settings; sign in with that account to change them.`);
    expect(html).not.toContain("<form");
  });

  test("behavior: the owner gets both forms, the fee form filled with the current fee", async () => {
    const html = await renderAdminPage(h.deployer.address.toLowerCase());
    expect(html).not.toContain("Only the owner");
    expect(html).toContain('id="admin-attestor"');
    expect(html).toContain(`name="recipient" value="${devAccount(3, h.provider).address}"`);
    expect(html).toContain('name="bps" value="250"');
  });
});

describe("chain unreachable", () => {
  test("error: the routes answer 503 CHAIN_UNAVAILABLE (401 first without a session) and the page says why", async () => {
    const { createRuntime, getRuntime, setRuntime } = await import("@/lib/runtime/get-runtime");
    const original = getRuntime();
    // Only the chain is down: sessions are still looked up in the one open database (PGlite
    // allows one handle per data directory).
    const down = { ...createRuntime({ ...original.env, CHAIN_RPC_URL: `http://127.0.0.1:${await closedPort()}` }), database: original.database };
    setRuntime(down);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const settings = await call(routes.settings, { method: "GET" });
      expect(settings.status).toBe(503);
      expect(settings.json.error.code).toBe("CHAIN_UNAVAILABLE");
      for (const handler of [routes.attestors, routes.platformFee]) {
        const owner = await call(handler, { cookie: ownerCookie, body: {} });
        expect(owner.status).toBe(503);
        expect(owner.json.error.code).toBe("CHAIN_UNAVAILABLE");
        expect(await call(handler, { body: {} })).toEqual({ status: 401, json: UNAUTHENTICATED });
      }
      // A 5xx is logged in full on the server.
      expect(logged).toHaveBeenCalledTimes(3);
      const html = await renderAdminPage(h.deployer.address);
      expect(html).toContain("The contract settings cannot be shown right now: connection refused by http://127.0.0.1:");
      expect(html).not.toContain("<form");
    } finally {
      logged.mockRestore();
      setRuntime(original);
      await down.close();
    }
  });
});
