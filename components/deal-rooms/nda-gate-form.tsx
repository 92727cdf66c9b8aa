"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { acceptNdaAction } from "@/lib/deal-rooms/actions";
import { acceptGuestNdaAction } from "@/lib/deal-rooms/guests/actions";
import { NdaTextPanel } from "./nda-text-panel";

/**
 * The room's NDA and its acceptance: the member types their full name. The form sends the hash of
 * the text shown, so an NDA changed meanwhile is refused instead of accepted unread. An outside
 * guest (`signer="guest"`) signs for themselves, with their room cookie as the credential.
 */
export function NdaGateForm({ roomId, text, sha256, signer = "member" }: { roomId: string; text: string; sha256: string; signer?: "member" | "guest" }) {
  const router = useRouter();
  const [typedName, setTypedName] = useState("");
  const { execute, result, isPending } = useAction(signer === "guest" ? acceptGuestNdaAction : acceptNdaAction, { onSuccess: () => router.refresh() });
  const nameError = result.validationErrors?.fieldErrors?.typedName?.[0];
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ roomId, typedName, ndaSha256: sha256 });
      }}
    >
      <NdaTextPanel text={text} sha256={sha256} />
      {result.serverError ? (
        <Alert variant="danger" title="Not accepted">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field
        label="Your full name"
        hint={signer === "guest" ? "Typing your name accepts this NDA." : "Typing your name accepts this NDA on behalf of your organisation."}
        error={nameError}
        required
      >
        <Input value={typedName} onChange={(event) => setTypedName(event.target.value)} autoComplete="name" maxLength={255} />
      </Field>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Accepting…" : "Accept the NDA"}
        </Button>
      </div>
    </form>
  );
}
