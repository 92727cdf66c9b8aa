import type { WebhookEventOption } from "@/lib/webhooks/webhook-events";

type Props = { options: WebhookEventOption[]; defaultValue: string[]; error?: string };

/** The catalogue's public events as checkboxes, grouped by what they are about, each with what it means. */
export function WebhookEventPicker({ options, defaultValue, error }: Props) {
  const groups = new Map<string, WebhookEventOption[]>();
  for (const option of options) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  return (
    <fieldset className="grid gap-3" aria-describedby={error ? "webhook-events-error" : undefined} data-invalid={error ? "true" : undefined}>
      <legend className="mb-1 text-sm font-medium">Events</legend>
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        {[...groups].map(([group, items]) => (
          <div key={group} className="grid content-start gap-1.5">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">{group.replace(/_/g, " ")}</p>
            {items.map((option) => (
              <label key={option.value} className="flex cursor-pointer items-start gap-2 text-sm" title={option.description}>
                <input
                  type="checkbox"
                  name="events"
                  value={option.value}
                  defaultChecked={defaultValue.includes(option.value)}
                  className="mt-0.5 size-4 shrink-0 accent-primary"
                />
                <span>
                  <code className="text-xs">{option.value}</code>
                  <span className="block text-xs text-muted-foreground">{option.description}</span>
                </span>
              </label>
            ))}
          </div>
        ))}
      </div>
      {error ? (
        <p id="webhook-events-error" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
