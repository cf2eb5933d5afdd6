import type { Metadata } from "next";
import { Studio } from "./studio";

export const metadata: Metadata = { title: "Create" };

/** /create: the generation studio (?model=<id> preselects a model). Everything interactive is in the client component. */
export default async function CreatePage({ searchParams }: { searchParams: Promise<{ model?: string | string[] }> }) {
  const raw = (await searchParams).model;
  const model = Array.isArray(raw) ? raw[0] : raw;
  return (
    <>
      <h1>Create</h1>
      <p className="lead">
        Choose a model, write a prompt and generate. Each image comes with what made it: the model&rsquo;s file hash, its signed
        card, the seed and the runtime. Keep the one you want to record and mint.
      </p>
      <Studio initialModelId={model ?? ""} />
    </>
  );
}
