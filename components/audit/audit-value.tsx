import { formatAuditValue } from "@/lib/audit/format-audit-value";
import type { Json, JsonObject } from "@/lib/audit/types";

type Props = { field: string; value: Json | undefined; side: JsonObject | null; entityType: string };

/** One recorded value, readable: labels for enum values, money with its currency, dates the app's way, objects as JSON. */
export function AuditValue({ field, value, side, entityType }: Props) {
  if (value === null || value === undefined || value === "") return <span className="text-muted-foreground italic">empty</span>;
  if (typeof value === "object" && !(Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null))) {
    return (
      <pre className="max-h-64 overflow-auto rounded bg-muted/70 px-2 py-1.5 font-mono text-xs leading-relaxed whitespace-pre-wrap">{JSON.stringify(value, null, 2)}</pre>
    );
  }
  const text = formatAuditValue(field, value, { entityType, side });
  return <span className={typeof value === "number" ? "tabular-nums" : "break-words whitespace-pre-wrap"}>{text}</span>;
}
