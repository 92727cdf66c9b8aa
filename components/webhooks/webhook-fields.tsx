import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { WebhookEventOption } from "@/lib/webhooks/webhook-events";
import { WebhookEventPicker } from "./webhook-event-picker";

type Props = {
  eventOptions: WebhookEventOption[];
  errors: Partial<Record<"url" | "description" | "events", string[]>>;
  defaults?: { url: string; description: string | null; events: string[] };
};

/** The fields adding and editing share. */
export function WebhookFields({ eventOptions, errors, defaults }: Props) {
  return (
    <>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Endpoint URL" hint="HTTPS. Private and internal addresses are refused." error={errors.url} required>
          <Input name="url" type="url" inputMode="url" maxLength={2048} placeholder="https://example.com/hooks/scr" defaultValue={defaults?.url} autoComplete="off" />
        </Field>
        <Field label="Description" hint="Optional: which system receives it." error={errors.description}>
          <Input name="description" maxLength={500} defaultValue={defaults?.description ?? ""} autoComplete="off" />
        </Field>
      </div>
      <WebhookEventPicker options={eventOptions} defaultValue={defaults?.events ?? []} error={errors.events?.[0]} />
    </>
  );
}
