import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Creates `file` with `content`, readable by its owner only (file 0600, directory 0700).
 * Written to a private temporary file first and then hard-linked into place, so the file
 * appears complete or not at all, and two processes creating it at once agree on one
 * content: the second link fails and that caller must read the winner's file.
 *
 * @returns true when this call created the file, false when another had just done so.
 */
export function createPrivateFile(file: string, content: string): boolean {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and leaves an existing directory as it is; the
  // keys directory is ours alone, so tighten it explicitly.
  if (process.platform !== "win32") fs.chmodSync(dir, 0o700);

  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}`);
  const fd = fs.openSync(tmp, "wx", 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    // The open mode is filtered by the umask too; readers demand exactly owner-only.
    fs.chmodSync(tmp, 0o600);
    fs.linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
