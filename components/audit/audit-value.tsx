import type { Json } from "@/lib/audit/types";
import { formatUtc } from "./describe-audit";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** One recorded value, readable: empty as a dash, booleans as Yes/No, instants in UTC, objects as JSON. */
export function AuditValue({ value }: { value: Json | undefined }) {
  if (value === null || value === undefined || value === "") return <span className="text-muted-foreground italic">empty</span>;
  if (typeof value === "boolean") return <>{value ? "Yes" : "No"}</>;
  if (typeof value === "number") return <span className="tabular-nums">{value.toLocaleString("en")}</span>;
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) return <time dateTime={value}>{formatUtc(value)}</time>;
    return <span className="break-words whitespace-pre-wrap">{value}</span>;
  }
  return (
    <pre className="max-h-64 overflow-auto rounded bg-muted/70 px-2 py-1.5 font-mono text-xs leading-relaxed whitespace-pre-wrap">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
