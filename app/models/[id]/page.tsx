import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { formatUtc } from "@/lib/market/format-time";
import { describeModelKind } from "@/lib/models/describe-model-kind";
import { getModelView, type ModelViewJson } from "@/lib/models/get-model-view";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { ModelStatusButton } from "./model-status-button";
import { WorkCardList } from "../work-card-list";
import { describeTrainerShare } from "@/lib/models/trainer-share";

// Reads the database, the content store (the card) and the inference registry.
export const runtime = "nodejs";
// The status and the works change at any time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Model ${(await params).id}` };
}

const STATUS_WORDS: Record<string, string> = {
  RETIRED: "Retired by its trainer: it is not offered for new works. It is kept so the works made with it still verify.",
  PENDING: "Pending: its card has not been checked yet, so it is not offered for new works.",
};

/** /models/:id: one model's signed card in words, who signed it, and the latest works made with it. */
export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  let view: ModelViewJson | null;
  try {
    view = await getModelView(getRuntime(), id);
  } catch (error) {
    return (
      <>
        <h1>Model</h1>
        <MarketUnavailable error={error} what="model" />
      </>
    );
  }
  if (view === null) notFound();
  const { model, signedBy, works } = view;
  const { card } = model;
  const signedByTrainer = signedBy !== null && signedBy === card.trainer;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/models">Models</Link> / {model.name} {model.version}
      </p>
      <h1>
        {model.name} {model.version}
        {model.builtIn ? (
          <>
            {" "}
            <span className="badge">Built in</span>
          </>
        ) : null}
        {model.status !== "ACTIVE" ? (
          <>
            {" "}
            <span className="badge bad">{model.status.toLowerCase()}</span>
          </>
        ) : null}
      </h1>
      <p className="lead">
        {describeModelKind(model.kind)} · trained by{" "}
        <Link href={`/trainers/${model.trainer}`} className="mono">
          {model.trainer}
        </Link>{" "}
        · the trainer&apos;s share of each work is {describeTrainerShare(model.trainerShareBps)}
      </p>
      {model.status === "ACTIVE" ? (
        <p>
          <Link className="button primary" href={`/create?model=${encodeURIComponent(model.id)}`}>
            Create with {model.name}
          </Link>
        </p>
      ) : null}
      {STATUS_WORDS[model.status] !== undefined ? (
        <p className="notice" role="status">
          {STATUS_WORDS[model.status]}
        </p>
      ) : null}
      <ModelStatusButton modelId={model.id} modelName={`${model.name} ${model.version}`} trainer={model.trainer} status={model.status} builtIn={model.builtIn} />

      <section aria-labelledby="card">
        <h2 id="card">The signed card</h2>
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{card.name}</dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd>{card.version}</dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{describeModelKind(model.kind)}</dd>
          </div>
          <div>
            <dt>Licence</dt>
            <dd>{card.license}</dd>
          </div>
          <div>
            <dt>Training data</dt>
            <dd>{card.trainingData}</dd>
          </div>
          <div>
            <dt>How the weights were made</dt>
            <dd>{card.weightsOrigin}</dd>
          </div>
          <div>
            <dt>File sha256</dt>
            <dd className="mono">{card.modelSha256}</dd>
          </div>
          <div>
            <dt>Trainer</dt>
            <dd className="mono">{card.trainer}</dd>
          </div>
          <div>
            <dt>Card signature (EIP-712)</dt>
            <dd className="mono">{model.cardSignature}</dd>
          </div>
          <div>
            <dt>Signed by</dt>
            <dd>
              {signedBy === null ? (
                "The signature does not recover an address."
              ) : (
                <>
                  <span className="mono">{signedBy}</span>
                  {signedByTrainer ? ", the trainer" : ", not the trainer: the card does not check out"}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Registered</dt>
            <dd>{formatUtc(model.createdAt)}</dd>
          </div>
          <div>
            <dt>Files</dt>
            <dd>
              <a href={`/ipfs/${model.cardCid}`}>Card</a> · <a href={`/ipfs/${model.fileCid}`}>File</a>
            </dd>
          </div>
        </dl>
        {model.builtIn ? (
          <p className="muted small">
            Built-in models are made by code in this repository; their cards are signed with a published development key,
            which shows the card was not altered after the build, not who is behind it.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="works">
        <h2 id="works">Works made with it ({model.worksCount})</h2>
        <WorkCardList works={works} />
      </section>
    </>
  );
}
