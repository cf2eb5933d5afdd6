import { env } from "@/lib/config/env";
import { loadAuthSecret } from "./auth-secret";

// Next.js may load this module once per bundle (route handlers and pages are bundled
// apart); keeping the secret on globalThis reads the file once per process.
const KEY = Symbol.for("colophon.authSecret");
type Holder = { [KEY]?: string };

/**
 * The process's session secret: AUTH_SECRET (or NEXTAUTH_SECRET), otherwise the file in
 * the data directory, created on first use. Read once and cached; the value is never
 * logged.
 *
 * @throws {ConfigError} when the settings are wrong; {@link KeyError} when the file is
 *   unsafe or invalid (see loadAuthSecret).
 */
export function getAuthSecret(): string {
  const holder = globalThis as Holder;
  if (holder[KEY] === undefined) {
    const settings = env();
    holder[KEY] = loadAuthSecret({ dataDir: settings.COLOPHON_DATA_DIR, secret: settings.AUTH_SECRET }).secret;
  }
  return holder[KEY];
}
