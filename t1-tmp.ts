import fs from "node:fs"; import os from "node:os"; import path from "node:path";
import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { getMigrationState } from "@/lib/db/get-migration-state";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "c-"));
let t = Date.now();
const db = await openDatabase({ dataDir: dir });
console.log("open", Date.now() - t); t = Date.now();
console.log(await applyMigrations(db), Date.now() - t); t = Date.now();
console.log(await applyMigrations(db), Date.now() - t);
console.log(await getMigrationState(db));
const m = await db.prisma.model.create({ data: { sha256: "0x" + "ab".repeat(32), name: "cppn", version: "1", kind: "cppn", trainer: "0x" + "11".repeat(20), fileCid: "bafk", cardCid: "bafk2", cardSignature: "0x00" } });
console.log(m);
const g = await db.prisma.generation.create({ data: { contributor: "0x" + "22".repeat(20), modelId: m.id, prompt: "p", seed: 2n ** 63n - 1n, params: { w: 512, nested: { a: [1, 2] } }, imageCid: "bafy", imageSha256: "0x" + "cd".repeat(32), size: 1234, facts: { ep: "cpu" } } });
console.log(g);
const w = await db.prisma.work.create({ data: { tokenId: (2n ** 256n - 1n).toString(), contentHash: "0x" + "cd".repeat(32), recordHash: "0x" + "ef".repeat(32), recordCid: "bafyrec", contributor: "0x" + "22".repeat(20), owner: "0x" + "22".repeat(20), mintedAt: new Date("2026-01-02T03:04:05.678Z"), txHash: "0x" + "99".repeat(32) } });
console.log(w, w.tokenId.toFixed());
try { await db.prisma.work.create({ data: { tokenId: "5", contentHash: "0x" + "cd".repeat(32), recordHash: "x", recordCid: "x", contributor: "x", owner: "x", mintedAt: new Date(), txHash: "x" } }); } catch (e: any) { console.log(e.constructor.name, e.code, JSON.stringify(e.meta), e.message); }
await db.prisma.indexerCursor.upsert({ where: { name: "artwork" }, create: { name: "artwork", lastBlock: 5n }, update: { lastBlock: 5n } });
console.log(await db.prisma.indexerCursor.findMany());
t = Date.now();
await db.close();
console.log("close", Date.now() - t);
const db2 = await openDatabase({ dataDir: dir });
try { await db2.prisma.generation.create({ data: { contributor: "x", modelId: "nope", prompt: "p", seed: 1n, params: {}, imageCid: "b", imageSha256: "s", size: 1, facts: {} } }); } catch (e: any) { console.log(e.constructor.name, e.code, JSON.stringify(e.meta), e.message); }
try { await db2.prisma.model.create({ data: { sha256: "0x" + "ab".repeat(32), name: "x", version: "1", kind: "cppn", trainer: "t", fileCid: "f", cardCid: "c", cardSignature: "s" } }); } catch (e: any) { console.log(e.constructor.name, e.code, JSON.stringify(e.meta), e.message); }
try { await db2.prisma.$transaction(async (tx) => { await tx.indexerCursor.create({ data: { name: "t1", lastBlock: 1n } }); await tx.indexerCursor.create({ data: { name: "t1", lastBlock: 1n } }); }); } catch (e: any) { console.log("tx", e.constructor.name, e.code, JSON.stringify(e.meta)); }
console.log(await db2.prisma.indexerCursor.findMany({ select: { name: true } }));
console.log(await db2.prisma.work.count());
await db2.close();
