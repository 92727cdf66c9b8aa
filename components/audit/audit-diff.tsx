import type { JsonObject } from "@/lib/audit/types";
import { cn } from "@/lib/utils/cn";
import { AuditValue } from "./audit-value";
import { fieldLabel } from "./describe-audit";

/**
 * The change of one audit entry, field by field. With both sides: before and after side by side,
 * changed fields marked. With one side (a record created or deleted): the values recorded.
 */
export function AuditDiff({ before, after, entityType }: { before: JsonObject | null; after: JsonObject | null; entityType: string }) {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  if (fields.length === 0) return <p className="text-sm text-muted-foreground">No field values were recorded for this entry.</p>;
  const both = before !== null && after !== null;
  const single = after ?? before ?? {};

  return (
    <div className="overflow-x-auto rounded-md border border-border bg-surface">
      <table className="w-full table-fixed text-sm">
        <thead className="bg-muted/60 text-left text-xs font-semibold tracking-wide text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="w-[30%] px-3 py-2 sm:w-1/4">
              Field
            </th>
            {both ? (
              <>
                <th scope="col" className="px-3 py-2">
                  Before
                </th>
                <th scope="col" className="px-3 py-2">
                  After
                </th>
              </>
            ) : (
              <th scope="col" className="px-3 py-2">
                {after ? "Recorded value" : "Value before deletion"}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const changed = both && JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null);
            return (
              <tr key={field} className="border-t border-border align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium break-words">
                  {fieldLabel(field)}
                </th>
                {both ? (
                  <>
                    <td className={cn("px-3 py-2", changed && "bg-danger-soft/60")}>
                      {changed ? <span className="sr-only">Before: </span> : null}
                      <AuditValue field={field} value={before[field]} side={before} entityType={entityType} />
                    </td>
                    <td className={cn("px-3 py-2", changed && "bg-success-soft/70")}>
                      {changed ? <span className="sr-only">After: </span> : null}
                      <AuditValue field={field} value={after[field]} side={after} entityType={entityType} />
                    </td>
                  </>
                ) : (
                  <td className="px-3 py-2">
                    <AuditValue field={field} value={single[field]} side={single} entityType={entityType} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
