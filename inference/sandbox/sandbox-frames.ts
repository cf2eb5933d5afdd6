import { deserialize, serialize } from "node:v8";

/** Largest frame either side accepts: a 64 MiB model plus its request, or a 2048x2048 PNG. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/** One value as a frame: a 4-byte big-endian length, then the value as `v8.serialize` bytes. */
export function encodeFrame(value: unknown): Buffer {
  const body = serialize(value);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

/**
 * Reads frames from a byte stream in whatever chunks it arrives. `push` returns the values
 * completed by a chunk; a length over {@link MAX_FRAME_BYTES} (bytes that are not frames, e.g.
 * something else writing to the pipe) throws.
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  push(chunk: Buffer): unknown[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const values: unknown[] = [];
    for (;;) {
      if (this.buffered < 4) return values;
      if (this.chunks[0]!.length < 4) this.chunks = [Buffer.concat(this.chunks)];
      const length = this.chunks[0]!.readUInt32BE(0);
      if (length > MAX_FRAME_BYTES) throw new Error(`a frame of ${length} bytes is over the limit of ${MAX_FRAME_BYTES}: the stream is not frames`);
      // Joined only once the whole frame is here, so a large frame is copied once.
      if (this.buffered < 4 + length) return values;
      const joined = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      values.push(deserialize(joined.subarray(4, 4 + length)));
      const rest = joined.subarray(4 + length);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
    }
  }
}
