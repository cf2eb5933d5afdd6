import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { shortAddress } from "@/lib/market/format-amount";
import { accountSchema } from "@/lib/market/get-auction";
import { getTrainerView, type TrainerViewJson } from "@/lib/models/get-trainer-view";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { ModelTable } from "@/app/models/model-table";
import { WorkCardList } from "@/app/models/work-card-list";

// Reads the database, the content store (cards) and the inference registry.
export const runtime = "nodejs";
// Models and works change at any time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ address: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Trainer ${shortAddress((await params).address)}` };
}

/** /trainers/:address: the models a trainer registered (active and retired) and the works made with them. */
export default async function TrainerPage({ params }: Props) {
  const parsed = accountSchema.safeParse((await params).address);
  if (!parsed.success) notFound();
  let view: TrainerViewJson;
  try {
    view = await getTrainerView(getRuntime(), parsed.data);
  } catch (error) {
    return (
      <>
        <h1>Trainer</h1>
        <MarketUnavailable error={error} what="trainer" />
      </>
    );
  }
  const { address, models, works } = view;
  const worksCount = models.reduce((sum, model) => sum + model.worksCount, 0);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/models">Models</Link> / Trainer
      </p>
      <h1>Trainer</h1>
      <p className="lead mono">{address}</p>
      <p className="notice">
        A trainer&apos;s share of each sale is paid into the work&apos;s royalty split and withdrawn from the profile page:{" "}
        <Link href={`/profile/${address}#withdraw`}>withdraw from {shortAddress(address)}&apos;s profile</Link>.
      </p>

      <section aria-labelledby="models">
        <h2 id="models">Models ({models.length})</h2>
        {models.length === 0 ? (
          <p className="muted">No models registered by this address.</p>
        ) : (
          <ModelTable models={models} show="trainer" />
        )}
      </section>

      <section aria-labelledby="works">
        <h2 id="works">Works made with these models ({worksCount})</h2>
        <WorkCardList works={works} />
      </section>
    </>
  );
}
