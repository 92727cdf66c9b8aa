"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteWebhookAction, disableWebhookAction, enableWebhookAction, rotateWebhookSecretAction, sendTestWebhookAction } from "@/lib/webhooks/actions";
import { WebhookSecretReveal } from "./webhook-secret-reveal";

type Props = { subscriptionId: string; host: string; isActive: boolean };

const OUTCOME: Record<string, string> = {
  delivered: "The test event was delivered",
  retrying: "The test event failed; it will be retried",
  failed: "The test event failed",
};

/** Test, rotate, pause or resume, delete: each says what happened, the hard-to-undo ones ask first. */
export function WebhookActions({ subscriptionId, host, isActive }: Props) {
  const router = useRouter();
  const [secret, setSecret] = useState<{ value: string; until: string } | null>(null);
  const test = useAction(sendTestWebhookAction);
  const rotate = useAction(rotateWebhookSecretAction);
  const enable = useAction(enableWebhookAction);
  const disable = useAction(disableWebhookAction);
  const remove = useAction(deleteWebhookAction);
  const input = { subscriptionId };
  const tested = test.result.data;
  const problem = test.result.serverError ?? enable.result.serverError ?? disable.result.serverError;

  return (
    <div className="grid gap-3">
      {secret ? (
        <WebhookSecretReveal
          title="New signing secret"
          secret={secret.value}
          note={`The old secret also signs until ${new Date(secret.until).toUTCString()}, so your receiver can switch over.`}
          onDone={() => setSecret(null)}
        />
      ) : null}
      {tested ? (
        <Alert variant={tested.status === "delivered" ? "success" : "danger"} title={OUTCOME[tested.status] ?? "Test event sent"}>
          {tested.responseStatusCode ? `The endpoint answered ${tested.responseStatusCode}. ` : ""}
          {tested.error ?? "See the delivery log below."}
        </Alert>
      ) : null}
      {problem ? (
        <Alert variant="danger" title="That did not work">
          {problem.message}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" disabled={!isActive || test.isPending} aria-busy={test.isPending} onClick={() => test.execute(input)}>
          {test.isPending ? "Sending…" : "Send test event"}
        </Button>
        <ConfirmDialog
          trigger={<Button variant="outline">Rotate secret</Button>}
          title="Rotate the signing secret?"
          description="A new secret signs every delivery from now on. The current one keeps signing beside it for 24 hours, so deploy the new secret to your receiver within a day."
          confirmLabel="Rotate secret"
          pendingLabel="Rotating…"
          destructive={false}
          error={rotate.result.serverError?.message}
          onConfirm={async () => {
            const outcome = await rotate.executeAsync(input);
            if (outcome?.data) setSecret({ value: outcome.data.secret, until: outcome.data.previousSecretExpiresAt });
            return !outcome?.serverError;
          }}
        />
        {isActive ? (
          <Button variant="outline" disabled={disable.isPending} onClick={() => disable.execute(input)}>
            {disable.isPending ? "Disabling…" : "Disable"}
          </Button>
        ) : (
          <Button disabled={enable.isPending} onClick={() => enable.execute(input)}>
            {enable.isPending ? "Enabling…" : "Enable again"}
          </Button>
        )}
        <ConfirmDialog
          trigger={<Button variant="destructive">Delete</Button>}
          title={`Delete the webhook to ${host}?`}
          description="Nothing more is sent to it, and its delivery log is deleted with it. The audit log keeps that it existed."
          confirmLabel="Delete webhook"
          pendingLabel="Deleting…"
          error={remove.result.serverError?.message}
          onConfirm={async () => {
            const outcome = await remove.executeAsync(input);
            if (outcome?.serverError) return false;
            router.push("/settings/webhooks");
            return true;
          }}
        />
      </div>
    </div>
  );
}
