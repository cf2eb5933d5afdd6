import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkAuthSession } from "@/lib/auth/check-auth-session";
import { createAuthSession } from "@/lib/auth/create-auth-session";
import { revokeAuthSession } from "@/lib/auth/revoke-auth-session";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-cookie";
import type { Database } from "@/lib/db/database";
import { authErrorOf, MINUTE, NOW, openTestDatabase } from "./auth-test-helpers";

const ADDRESS = "0x00000000000000000000000000000000000000Aa";
const DAY = 24 * 60 * MINUTE;
const WEEK = SESSION_MAX_AGE_S * 1000;

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});
afterAll(() => dispose());

describe("createAuthSession", () => {
  test("default: records a random 256-bit id for the lower-case address, expiring a week later", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db.prisma.authSession.findUniqueOrThrow({ where: { id } })).toEqual({
      id,
      address: ADDRESS.toLowerCase(),
      createdAt: NOW,
      expiresAt: new Date(NOW.getTime() + WEEK),
      revokedAt: null,
    });
    expect(await createAuthSession(db.prisma, { address: ADDRESS, now: NOW })).not.toBe(id);
  });

  test("behavior: expired sessions are deleted when a new one is recorded", async () => {
    const old = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    await createAuthSession(db.prisma, { address: ADDRESS, now: new Date(NOW.getTime() + WEEK + MINUTE) });
    expect(await db.prisma.authSession.findUnique({ where: { id: old } })).toBeNull();
  });
});

describe("checkAuthSession", () => {
  test("default: a live session of the same address passes (address compared without case)", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    await expect(checkAuthSession(db.prisma, { sessionId: id, address: ADDRESS.toUpperCase().replace("0X", "0x"), now: NOW })).resolves.toBeUndefined();
  });

  test("behavior: use a day or more after the last renewal moves the expiry to a week from now", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    const later = new Date(NOW.getTime() + 2 * DAY);
    await checkAuthSession(db.prisma, { sessionId: id, address: ADDRESS, now: later });
    expect((await db.prisma.authSession.findUniqueOrThrow({ where: { id } })).expiresAt).toEqual(new Date(later.getTime() + WEEK));
  });

  test("behavior: use within a day of the last renewal writes nothing", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    await checkAuthSession(db.prisma, { sessionId: id, address: ADDRESS, now: new Date(NOW.getTime() + 60 * MINUTE) });
    expect((await db.prisma.authSession.findUniqueOrThrow({ where: { id } })).expiresAt).toEqual(new Date(NOW.getTime() + WEEK));
  });

  test("error: a revoked session is SESSION_ENDED 'This session was signed out; sign in again'", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    expect(await revokeAuthSession(db.prisma, { sessionId: id, now: NOW })).toBe(true);
    const error = await authErrorOf(checkAuthSession(db.prisma, { sessionId: id, address: ADDRESS, now: NOW }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("SESSION_ENDED");
    expect(error.message).toBe("This session was signed out; sign in again");
  });

  test("error: an expired session is SESSION_ENDED 'This session expired; sign in again'", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    const error = await authErrorOf(checkAuthSession(db.prisma, { sessionId: id, address: ADDRESS, now: new Date(NOW.getTime() + WEEK) }));
    expect(error.message).toBe("This session expired; sign in again");
  });

  test("error: no id, an unknown id, an over-long id or another account's session is SESSION_ENDED 'not known'", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    for (const [sessionId, address] of [
      [undefined, ADDRESS],
      [42, ADDRESS],
      ["", ADDRESS],
      ["x".repeat(101), ADDRESS],
      ["unknown", ADDRESS],
      [id, "0x00000000000000000000000000000000000000bB"],
    ] as const) {
      const error = await authErrorOf(checkAuthSession(db.prisma, { sessionId, address, now: NOW }));
      expect(error.reason).toBe("SESSION_ENDED");
      expect(error.message).toBe("This session is not known to the server; sign in again");
    }
  });
});

describe("revokeAuthSession", () => {
  test("behavior: revoking twice, an unknown id or no id changes nothing and says so", async () => {
    const id = await createAuthSession(db.prisma, { address: ADDRESS, now: NOW });
    expect(await revokeAuthSession(db.prisma, { sessionId: id, now: NOW })).toBe(true);
    expect(await revokeAuthSession(db.prisma, { sessionId: id, now: new Date(NOW.getTime() + MINUTE) })).toBe(false);
    expect((await db.prisma.authSession.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(NOW);
    expect(await revokeAuthSession(db.prisma, { sessionId: "unknown" })).toBe(false);
    expect(await revokeAuthSession(db.prisma, { sessionId: undefined })).toBe(false);
  });
});
