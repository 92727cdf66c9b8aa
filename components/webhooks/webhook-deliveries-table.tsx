import { Inbox } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatInstant } from "@/lib/audit/format-audit-value";
import type { WebhookDeliveryRow } from "@/lib/webhooks/list-webhook-deliveries";
import { RedeliverButton } from "./redeliver-button";
import { DeliveryStatusBadge } from "./webhook-status-badges";

type Props = { deliveries: WebhookDeliveryRow[]; canRedeliver: boolean; filtered: boolean };

/** One row per attempt; the body sent and the endpoint's answer open in place. */
export function WebhookDeliveriesTable({ deliveries, canRedeliver, filtered }: Props) {
  if (!deliveries.length) {
    return (
      <EmptyState
        icon={Inbox}
        title={filtered ? "No deliveries match" : "No deliveries yet"}
        description={filtered ? "Clear the filters to see every attempt." : "Send a test event, or wait for one of the chosen events to happen."}
      />
    );
  }
  return (
    <Table scrollLabel="Webhook deliveries">
      <THead>
        <TR>
          <TH>Sent</TH>
          <TH>Event</TH>
          <TH>Attempt</TH>
          <TH>Status</TH>
          <TH>Answer</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {deliveries.map((delivery) => (
          <TR key={delivery.id} className="align-top">
            <TD className="whitespace-nowrap">{formatInstant(delivery.createdAt, true)}</TD>
            <TD>
              <code className="text-xs">{delivery.eventType}</code>
              <span className="block font-mono text-[11px] text-muted-foreground">{delivery.messageId}</span>
            </TD>
            <TD className="tabular-nums">{delivery.attempt}</TD>
            <TD className="whitespace-nowrap">
              <DeliveryStatusBadge status={delivery.status} />
              {delivery.nextRetryAt ? <span className="block text-xs text-muted-foreground">next try {formatInstant(delivery.nextRetryAt, true)}</span> : null}
            </TD>
            <TD className="max-w-md">
              {delivery.responseStatusCode ? <span className="font-medium tabular-nums">HTTP {delivery.responseStatusCode}</span> : null}
              {delivery.errorMessage ? <span className="block text-xs text-danger">{delivery.errorMessage}</span> : null}
              <details className="mt-1 text-xs">
                <summary className="cursor-pointer text-muted-foreground">Request and response</summary>
                <p className="mt-2 font-medium">Body sent</p>
                <pre className="max-h-64 overflow-auto rounded bg-muted p-2">{delivery.payload}</pre>
                <p className="mt-2 font-medium">Response (first 1000 characters)</p>
                <pre className="max-h-40 overflow-auto whitespace-pre-wrap rounded bg-muted p-2">{delivery.responseBody || "(empty)"}</pre>
              </details>
            </TD>
            <TD className="text-right">{canRedeliver && delivery.status !== "pending" ? <RedeliverButton deliveryId={delivery.id} disabled={false} /> : null}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
