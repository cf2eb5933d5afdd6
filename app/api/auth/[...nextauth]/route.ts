import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { toErrorResponse } from "@/lib/errors";

// Reads the session secret file and the database (nonces).
export const runtime = "nodejs";
// Sessions, CSRF tokens and sign-ins are per request; nothing here may be cached.
export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

// GET|POST /api/auth/*: next-auth's endpoints: session, csrf, providers, callback/siwe (sign in), signout
async function handler(request: NextRequest, context: Context): Promise<Response> {
  let options;
  try {
    options = getAuthOptions();
  } catch (error) {
    // A wrong setting or an unsafe secret file: say so instead of next-auth's generic page.
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
  return NextAuth(options)(request, context);
}

export { handler as GET, handler as POST };
