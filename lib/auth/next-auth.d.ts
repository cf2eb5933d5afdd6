// What Colophon keeps in next-auth's session and JWT: the signed-in wallet address only.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** Checksummed address that signed in with Ethereum. */
    address: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Checksummed address that signed in with Ethereum (also in `sub`). */
    address?: string;
    /** Id of the recorded session (AuthSession), so sign-out can end every copy of the cookie. */
    sid?: string;
  }
}
