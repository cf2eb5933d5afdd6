import type { Metadata } from "next";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import type { AdminSettings } from "@/lib/admin/admin-json";
import { adminClientAbis } from "@/lib/admin/admin-client-abis";
import { readAdminSettings } from "@/lib/admin/read-admin-settings";
import { AdminPanel } from "./admin-panel";

export const metadata: Metadata = { title: "Contract settings" };
// Reads the attestor key (its address) and the chain.
export const runtime = "nodejs";
// Owners, attestors and the fee are read from the chain per request.
export const dynamic = "force-dynamic";

/**
 * The contracts' owner-only settings: who owns them, which keys may attest mints, and the
 * platform fee; their owner changes them from here with their own wallet.
 */
export default async function AdminPage() {
  let settings: AdminSettings | null = null;
  let failure: unknown;
  try {
    settings = await readAdminSettings();
  } catch (error) {
    failure = error;
  }
  return (
    <>
      <h1>Contract settings</h1>
      <p className="lead">
        The Artwork contract mints only works attested by a key it allows; the auction house keeps a platform fee of each
        sale, capped on-chain. Only each contract&apos;s owner can change these, with a transaction from their own wallet:
        this server prepares it and never holds the owner&apos;s key.
      </p>
      {settings === null ? (
        <MarketUnavailable error={failure} what="contract settings" />
      ) : (
        <AdminPanel settings={settings} abis={adminClientAbis()} />
      )}
    </>
  );
}
