import type { Metadata } from "next";
import Link from "next/link";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { listRegistryModels, type RegistryModelJson } from "@/lib/models/list-registry-models";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { ModelTable } from "./model-table";

export const metadata: Metadata = { title: "Models" };
// Reads the database, the content store (cards) and the inference registry.
export const runtime = "nodejs";
// Models are registered and retired at any time; works are minted at any time.
export const dynamic = "force-dynamic";

/** /models: the registry of every active model, its signed card, its trainer and how many works it made. */
export default async function ModelsPage() {
  let models: RegistryModelJson[] | null = null;
  let failure: unknown;
  try {
    models = await listRegistryModels(getRuntime());
  } catch (error) {
    failure = error;
  }
  return (
    <>
      <h1>Models</h1>
      <p className="lead">
        Every model here has a card its trainer signed (EIP-712): the file&apos;s sha256, name, version, licence and what it
        was trained on. Each work minted with a model pays its trainer the share shown.
      </p>
      <div className="actions">
        <Link href="/models/new" className="button primary">
          Register a model
        </Link>
      </div>
      {models === null ? (
        <MarketUnavailable error={failure} what="model registry" />
      ) : models.length === 0 ? (
        <p className="muted">No active models.</p>
      ) : (
        <ModelTable models={models} show="registry" />
      )}
    </>
  );
}
