import fs from "node:fs";
import { expect } from "vitest";
import { KeyError } from "@/lib/errors";

/** Runs `fn`, expecting a KeyError, and returns it. */
export function keyErrorOf(fn: () => unknown): KeyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KeyError);
    return error as KeyError;
  }
  throw new Error("expected a KeyError");
}

/** The permission bits of a file or directory (0o600, 0o700...). */
export const mode = (p: string) => fs.statSync(p).mode & 0o777;
