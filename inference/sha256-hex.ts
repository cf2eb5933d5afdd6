import { createHash } from "node:crypto";

/** sha256 of bytes as 64 lower-case hex digits (no 0x). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
