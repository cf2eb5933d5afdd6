import type { Metadata } from "next";
import Link from "next/link";
import { DEFAULT_MODEL_FILE_LIMITS } from "@/inference/validate-model-file";
import { RegisterModelForm } from "./register-model-form";

export const metadata: Metadata = { title: "Register a model" };
// The file limit comes from the inference module, which loads ONNX Runtime.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** /models/new: a trainer registers an .onnx model with a card signed by their wallet. */
export default function NewModelPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/models">Models</Link> / Register a model
      </p>
      <h1>Register a model</h1>
      <p className="lead">
        Choose your .onnx file and describe it. Your wallet signs the card (EIP-712) over the file&apos;s sha256, so anyone can
        check later that this card is about this file and that you made the claims on it. The server checks the file (it
        must load and run in ONNX Runtime, text to image or image to image) and the signature before the model is offered.
      </p>
      <RegisterModelForm maxFileBytes={DEFAULT_MODEL_FILE_LIMITS.maxBytes} />
    </>
  );
}
