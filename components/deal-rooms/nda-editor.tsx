"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { updateRoomNdaAction } from "@/lib/deal-rooms/actions";

/** Changing the text makes a new NDA version: every member user accepts again before the room opens for them. */
export function NdaEditor({ roomId, ndaRequired, ndaText }: { roomId: string; ndaRequired: boolean; ndaText: string }) {
  const router = useRouter();
  const [required, setRequired] = useState(ndaRequired);
  const [text, setText] = useState(ndaText);
  const { execute, result, isPending } = useAction(updateRoomNdaAction, { onSuccess: () => router.refresh() });
  const dirty = required !== ndaRequired || text !== ndaText;
  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ roomId, ndaRequired: required, ndaText: text });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="NDA not saved">
          {result.serverError.message}
        </Alert>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />
        Members accept an NDA before anything opens
      </label>
      <Field label="NDA text" error={result.validationErrors?.fieldErrors?.ndaText?.[0]} hint="A changed text needs a new acceptance from every member user.">
        <Textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <div>
        <Button type="submit" size="sm" disabled={isPending || !dirty}>
          {isPending ? "Saving…" : "Save NDA"}
        </Button>
      </div>
    </form>
  );
}
