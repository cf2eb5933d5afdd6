import fs from "node:fs";
import { KeyError } from "@/lib/errors";

/**
 * Reads a file written by createPrivateFile after checking that it is a regular file only
 * its owner can read, and returns its trimmed content.
 *
 * @param label How messages name the file, e.g. "Attestor key file".
 * @param noun What a fresh file would hold, e.g. "key", for the "remove it" advice.
 * @throws {KeyError} `KEY_INVALID` when it is not a regular file; `KEY_FILE_INSECURE` when
 *   group or others have any access to it.
 */
export function readPrivateFile(file: string, { label, noun }: { label: string; noun: string }): string {
  const stat = fs.statSync(file);
  if (!stat.isFile()) {
    throw new KeyError({
      code: "KEY_INVALID",
      message: `${label} ${file} is not a regular file; remove it to have a new ${noun} created`,
      details: { file },
    });
  }
  // Windows has no POSIX modes to check; there the directory's ACL is the protection.
  if (process.platform !== "win32" && (stat.mode & 0o077) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(4, "0");
    throw new KeyError({
      code: "KEY_FILE_INSECURE",
      message: `${label} ${file} is accessible to group or others (mode ${mode}); run \`chmod 600 ${file}\` and restart`,
      details: { file, mode },
    });
  }
  return fs.readFileSync(file, "utf8").trim();
}
