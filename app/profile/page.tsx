import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { accountSchema } from "@/lib/market/get-auction";
import { ConnectedProfile } from "./connected-profile";

export const metadata: Metadata = { title: "Profile" };
export const dynamic = "force-dynamic";

/** Your profile (once the wallet is known), or any address's. */
export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ address?: string | string[] }> }) {
  const raw = (await searchParams).address;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  let problem: string | undefined;
  if (typed !== undefined && typed !== "") {
    const parsed = accountSchema.safeParse(typed);
    if (parsed.success) redirect(`/profile/${parsed.data}`);
    problem = `"${typed}" is not an Ethereum address (0x followed by 40 hex digits)`;
  }
  return (
    <>
      <h1>Profile</h1>
      <ConnectedProfile />
      <form method="get" action="/profile" className="filters" aria-label="Look up an address">
        <div className="field grow">
          <label htmlFor="profile-address">Address</label>
          <input
            id="profile-address"
            name="address"
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="0x…"
            defaultValue={typed ?? ""}
            aria-invalid={problem !== undefined}
            aria-describedby="profile-address-error"
            className="mono"
          />
          <p id="profile-address-error" className="field-error" role={problem ? "alert" : undefined}>
            {problem ?? ""}
          </p>
        </div>
        <button type="submit" className="button">
          Show profile
        </button>
      </form>
    </>
  );
}
