import type { Metadata } from "next";
import Link from "next/link";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { describeModelKind } from "@/lib/models/describe-model-kind";
import { listRegistryModels, type RegistryModelJson } from "@/lib/models/list-registry-models";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { describeTrainerShare } from "@/lib/models/trainer-share";

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
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Kind</th>
                <th scope="col">Licence</th>
                <th scope="col">Trainer</th>
                <th scope="col">Trainer&apos;s share</th>
                <th scope="col">Minted works</th>
                <th scope="col">Files</th>
              </tr>
            </thead>
            <tbody>
              {models.map((model) => (
                <tr key={model.id} data-testid={`model-${model.id}`}>
                  <th scope="row">
                    <Link href={`/models/${model.id}`}>
                      {model.name} {model.version}
                    </Link>
                    {model.builtIn ? (
                      <>
                        {" "}
                        <span className="badge">Built in</span>
                      </>
                    ) : null}
                  </th>
                  <td data-label="Kind">{describeModelKind(model.kind)}</td>
                  <td data-label="Licence">{model.card.license}</td>
                  <td data-label="Trainer">
                    <Link href={`/trainers/${model.trainer}`} className="mono">
                      {model.trainer}
                    </Link>
                  </td>
                  <td data-label="Trainer's share">{describeTrainerShare(model.trainerShareBps)}</td>
                  <td data-label="Minted works">{model.worksCount}</td>
                  <td data-label="Files">
                    <a href={`/ipfs/${model.cardCid}`}>Card</a> · <a href={`/ipfs/${model.fileCid}`}>File</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
