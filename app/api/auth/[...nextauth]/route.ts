import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { checkCallbackUrl } from "@/lib/http/check-callback-url";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withCappedBody } from "@/lib/http/with-capped-body";
import { withRoute, type RouteArgs } from "@/lib/http/with-route";

// Reads the session secret file and the database (nonces).
export const runtime = "nodejs";
// Sessions, CSRF tokens and sign-ins are per request; nothing here may be cached.
export const dynamic = "force-dynamic";

/** A sign-in form (message, signature, CSRF token) is a few KiB; next-auth itself reads bodies whole. */
const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

// GET|POST /api/auth/*: next-auth's endpoints: session, csrf, providers, callback/siwe (sign in), signout
async function handler(request: Request, context: RouteArgs<{ nextauth: string[] }>): Promise<Response> {
  // next-auth answers a GET on the credentials callback with a bare 500: only POST signs in.
  if (request.method === "GET" && (await context.params).nextauth?.[0] === "callback") throw methodNotAllowed("GET", ["POST"]);
  // A wrong setting or an unsafe secret file is thrown here and answered in words by withRoute.
  const options = getAuthOptions();
  // The body is read under a cap, and a callbackUrl next-auth would choke on is a 400.
  const capped = await withCappedBody(request as NextRequest, { limitBytes: AUTH_BODY_LIMIT_BYTES, check: (fields) => checkCallbackUrl(request, fields) });
  return NextAuth(options)(capped, context);
}

export const GET = withRoute(handler);
export const POST = withRoute(handler);
