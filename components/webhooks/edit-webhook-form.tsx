"use client";

import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateWebhookAction } from "@/lib/webhooks/actions";
import type { WebhookEventOption } from "@/lib/webhooks/webhook-events";
import { WebhookFields } from "./webhook-fields";

type Props = { subscriptionId: string; eventOptions: WebhookEventOption[]; defaults: { url: string; description: string | null; events: string[] } };

export function EditWebhookForm({ subscriptionId, eventOptions, defaults }: Props) {
  const { execute, result, isPending, hasSucceeded } = useAction(updateWebhookAction);
  return (
    <form
      noValidate
      className="grid gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        execute({ subscriptionId, url: String(form.get("url") ?? ""), description: String(form.get("description") ?? ""), events: form.getAll("events").map(String) });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="The changes were not saved">
          {result.serverError.message}
        </Alert>
      ) : null}
      {hasSucceeded ? <Alert variant="success" title="Saved" /> : null}
      <WebhookFields eventOptions={eventOptions} errors={result.validationErrors?.fieldErrors ?? {}} defaults={defaults} />
      <div className="flex justify-end">
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
