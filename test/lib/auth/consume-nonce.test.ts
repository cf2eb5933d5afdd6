import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { consumeNonce } from "@/lib/auth/consume-nonce";
import { issueNonce, NONCE_TTL_MS } from "@/lib/auth/issue-nonce";
import type { Database } from "@/lib/db/database";
import { MINUTE, NOW, authErrorOf, openTestDatabase } from "./auth-test-helpers";

// Real PGlite with the real migrations: the single-use guarantee lives in one SQL UPDATE,
// which a mock could not show.
let db: Database;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});

afterAll(async () => {
  await dispose();
});

describe("issueNonce", () => {
  test("default: stores an alphanumeric nonce of at least 8 characters that expires in 10 minutes", async () => {
    const { nonce, expiresAt } = await issueNonce(db.prisma, { now: NOW });
    expect(nonce).toMatch(/^[a-zA-Z0-9]{8,}$/);
    expect(NONCE_TTL_MS).toBe(10 * MINUTE);
    expect(expiresAt.toISOString()).toBe(new Date(NOW.getTime() + 10 * MINUTE).toISOString());
    const row = await db.prisma.authNonce.findUniqueOrThrow({ where: { nonce } });
    expect(row.expiresAt.toISOString()).toBe(expiresAt.toISOString());
    expect(row.usedAt).toBeNull();
  });

  test("behavior: each call gives a different nonce", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) nonces.add((await issueNonce(db.prisma, { now: NOW })).nonce);
    expect(nonces.size).toBe(20);
  });

  test("behavior: nonces past their expiry are deleted when a new one is issued, fresh ones kept", async () => {
    const old = await issueNonce(db.prisma, { now: new Date(NOW.getTime() - 30 * MINUTE) });
    const fresh = await issueNonce(db.prisma, { now: NOW });
    await issueNonce(db.prisma, { now: new Date(NOW.getTime() + MINUTE) });
    expect(await db.prisma.authNonce.findUnique({ where: { nonce: old.nonce } })).toBeNull();
    expect(await db.prisma.authNonce.findUnique({ where: { nonce: fresh.nonce } })).not.toBeNull();
  });
});

describe("consumeNonce", () => {
  test("default: an issued nonce is accepted once and marked used at that instant", async () => {
    const { nonce } = await issueNonce(db.prisma, { now: NOW });
    const at = new Date(NOW.getTime() + MINUTE);
    await consumeNonce(db.prisma, nonce, { now: at });
    const row = await db.prisma.authNonce.findUniqueOrThrow({ where: { nonce } });
    expect(row.usedAt?.toISOString()).toBe(at.toISOString());
  });

  test("behavior: a nonce is still accepted a millisecond before it expires", async () => {
    const { nonce } = await issueNonce(db.prisma, { now: NOW });
    await expect(consumeNonce(db.prisma, nonce, { now: new Date(NOW.getTime() + NONCE_TTL_MS - 1) })).resolves.toBeUndefined();
  });

  test("behavior: of five sign-ins racing with one nonce exactly one wins, the others read NONCE_USED", async () => {
    const { nonce } = await issueNonce(db.prisma, { now: NOW });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => consumeNonce(db.prisma, nonce, { now: NOW })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { reason: string }).reason] : []));
    expect(reasons).toEqual(["NONCE_USED", "NONCE_USED", "NONCE_USED", "NONCE_USED"]);
  });

  test("error: a used nonce is refused with NONCE_USED", async () => {
    const { nonce } = await issueNonce(db.prisma, { now: NOW });
    await consumeNonce(db.prisma, nonce, { now: NOW });
    const error = await authErrorOf(consumeNonce(db.prisma, nonce, { now: NOW }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("NONCE_USED");
    expect(error.message).toBe("This sign-in request was already used; sign in again");
  });

  test("error: a nonce at its expiry instant is refused with NONCE_EXPIRED and stays unused", async () => {
    const { nonce, expiresAt } = await issueNonce(db.prisma, { now: NOW });
    const error = await authErrorOf(consumeNonce(db.prisma, nonce, { now: expiresAt }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("NONCE_EXPIRED");
    expect(error.message).toBe("This sign-in request expired; sign in again");
    expect(error.details).toEqual({ reason: "NONCE_EXPIRED", expiredAt: expiresAt.toISOString() });
    expect((await db.prisma.authNonce.findUniqueOrThrow({ where: { nonce } })).usedAt).toBeNull();
  });

  test("error: a nonce never issued is refused with NONCE_UNKNOWN", async () => {
    const error = await authErrorOf(consumeNonce(db.prisma, "neverIssued123", { now: NOW }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("NONCE_UNKNOWN");
    expect(error.message).toBe("This sign-in request was not issued by this server (unknown nonce); sign in again");
  });
});
