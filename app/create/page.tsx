import type { Metadata } from "next";
import { Studio } from "./studio";

export const metadata: Metadata = { title: "Create" };

/** /create: the generation studio. Everything interactive is in the client component. */
export default function CreatePage() {
  return (
    <>
      <h1>Create</h1>
      <p className="lead">
        Choose a model, write a prompt and generate. Each image comes with what made it: the model&rsquo;s file hash, its signed
        card, the seed and the runtime. Keep the one you want to record and mint.
      </p>
      <Studio />
    </>
  );
}
