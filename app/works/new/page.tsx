import type { Metadata } from "next";
import Link from "next/link";
import { ARTWORK_ABI } from "@/lib/provenance/server/artwork-abi";
import { loadMintContext } from "@/lib/provenance/server/load-page-data";
import { MintStudio } from "./mint-studio";

export const metadata: Metadata = { title: "Mint a work" };

// The generation's record state changes as the person signs and mints.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ generation?: string | string[] }> };

/** /works/new?generation=<id>: record, co-sign and mint a kept generation. */
export default async function NewWorkPage({ searchParams }: Props) {
  const { generation } = await searchParams;
  const id = Array.isArray(generation) ? generation[0] : generation;
  if (id === undefined || id === "") {
    return (
      <>
        <h1>Mint a work</h1>
        <p className="lead">
          Pick a result to keep in the <Link href="/create">studio</Link> first; its &ldquo;Mint&rdquo; link brings you back here.
        </p>
      </>
    );
  }
  const context = await loadMintContext(id);
  if (context === null) {
    return (
      <>
        <h1>Mint a work</h1>
        <p className="notice bad" role="alert">
          There is no kept generation <code className="mono">{id}</code>. Keep a result in the <Link href="/create">studio</Link> first.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Mint a work</h1>
      <p className="lead">
        Check what the record says, choose how income is shared, sign the record with your wallet, and mint. The server attests
        the record; your wallet sends the mint, so the server never holds your key.
      </p>
      {/* Only the ABI travels to the browser (as data), never the bytecode. */}
      <MintStudio context={context} abi={JSON.parse(JSON.stringify(ARTWORK_ABI))} />
    </>
  );
}
