"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { redeemGuestInviteAction } from "@/lib/deal-rooms/guests/actions";
import { NdaTextPanel } from "./nda-text-panel";

/**
 * The guest's one step into the room: their name, and the NDA accepted by typing it where the room
 * requires one. The form sends the hash of the text shown, so an NDA changed meanwhile is refused.
 */
export function GuestRedeemForm({ token, nda }: { token: string; nda: { text: string; sha256: string } | null }) {
  const [typedName, setTypedName] = useState("");
  const { execute, result, isPending } = useAction(redeemGuestInviteAction);
  const nameError = result.validationErrors?.fieldErrors?.typedName?.[0];
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token, typedName, ndaSha256: nda?.sha256 });
      }}
    >
      {nda ? <NdaTextPanel text={nda.text} sha256={nda.sha256} /> : null}
      {result.serverError ? (
        <Alert variant="danger" title="The room did not open">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field
        label="Your full name"
        hint={nda ? "Typing your name accepts this NDA. The time, your IP address and the NDA's version are recorded." : "The developer sees who opens their documents."}
        error={nameError}
        required
      >
        <Input value={typedName} onChange={(event) => setTypedName(event.target.value)} autoComplete="name" maxLength={255} />
      </Field>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Opening…" : nda ? "Accept the NDA and enter" : "Enter the room"}
        </Button>
      </div>
    </form>
  );
}
