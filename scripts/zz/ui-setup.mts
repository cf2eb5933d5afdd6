import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createSessionCookie } from "@/lib/auth/create-session-cookie";
const dataDir = process.argv[2]!;
const db = await openDatabase({ dataDir });
await applyMigrations(db, { migrationsDir: "/work/main/prisma/migrations" });
await db.close();
console.log(await createSessionCookie({ address: "0x5d5c99EdF529335160FF180fA141Dd4967fc00D2", secret: process.env.AUTH_SECRET!, publicUrl: undefined }));
