import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { WEBHOOK_DELIVERY_STATUSES } from "@/lib/webhooks/schemas";

const STATUS_LABELS: Record<string, string> = { pending: "Sending", delivered: "Delivered", retrying: "Retry scheduled", failed: "Failed" };

type Props = { eventTypes: string[]; status?: string; eventType?: string };

/** A plain GET form: the filters live in the URL, so a filtered log can be shared and paged. */
export function WebhookDeliveriesFilter({ eventTypes, status, eventType }: Props) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter deliveries">
      <Field label="Status" className="w-44">
        <NativeSelect name="status" defaultValue={status ?? ""}>
          <option value="">Any status</option>
          {WEBHOOK_DELIVERY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Event" className="w-64">
        <NativeSelect name="eventType" defaultValue={eventType ?? ""}>
          <option value="">Any event</option>
          {eventTypes.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Button type="submit" variant="outline">
        Filter
      </Button>
    </form>
  );
}
