"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { createWebhookAction } from "@/lib/webhooks/actions";
import type { WebhookEventOption } from "@/lib/webhooks/webhook-events";
import { WebhookFields } from "./webhook-fields";
import { WebhookSecretReveal } from "./webhook-secret-reveal";

/** URL, description and events; on success the secret is shown once above a fresh form. */
export function CreateWebhookForm({ eventOptions }: { eventOptions: WebhookEventOption[] }) {
  const [formKey, setFormKey] = useState(0);
  const { execute, result, isPending, reset } = useAction(createWebhookAction, { onSuccess: () => setFormKey((n) => n + 1) });
  const created = result.data;
  return (
    <Card>
      <form
        key={formKey}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          execute({ url: String(form.get("url") ?? ""), description: String(form.get("description") ?? ""), events: form.getAll("events").map(String) });
        }}
      >
        <CardHeader>
          <CardTitle>Add an endpoint</CardTitle>
          <CardDescription>We POST each chosen event to this HTTPS address, signed with the endpoint's own secret (Standard Webhooks).</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {created ? (
            <WebhookSecretReveal
              title={`Endpoint ${new URL(created.webhook.url).host} added`}
              secret={created.secret}
              note="Your receiver needs it to verify each delivery's signature."
              onDone={reset}
            />
          ) : null}
          {result.serverError ? (
            <Alert variant="danger" title="The endpoint was not added">
              {result.serverError.message}
            </Alert>
          ) : null}
          <WebhookFields eventOptions={eventOptions} errors={result.validationErrors?.fieldErrors ?? {}} />
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" disabled={isPending} aria-busy={isPending}>
            {isPending ? "Adding…" : "Add endpoint"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
