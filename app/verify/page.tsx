import type { Metadata } from "next";
import { VerifyPanel } from "./verify-panel";

export const metadata: Metadata = { title: "Verify" };

type Props = { searchParams: Promise<{ token?: string | string[]; hash?: string | string[] }> };

/** /verify: check a work's authorship chain from an image file, a token id or a content hash. */
export default async function VerifyPage({ searchParams }: Props) {
  const { token, hash } = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const initial = first(token) ?? first(hash) ?? "";
  return (
    <>
      <h1>Verify a work</h1>
      <p className="lead">
        Drop an image, or give a token id or a content hash. Each check below reads the chain and content-addressed
        storage and says whether it passed, failed or could not be checked, and why. The same checks run in the command
        line verifier, which needs only a chain RPC URL and an IPFS gateway.
      </p>
      <VerifyPanel initialQuery={initial} />
    </>
  );
}
