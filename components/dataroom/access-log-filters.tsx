"use client";

import { Download } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { ACCESS_ACTIONS } from "@/lib/dataroom/access-actions";
import type { AccessLogQuery } from "@/lib/dataroom/access-log-query";

type AccessLogFiltersProps = { basePath: string; csvHref: string; query: AccessLogQuery; users: { id: string; fullName: string }[] };

const label = (action: string) => action.charAt(0) + action.slice(1).toLowerCase();

/**
 * A GET form: filters live in the URL, and the CSV export takes the same ones. Dates are typed and
 * shown the app's way ("20 Nov 2026") and travel as YYYY-MM-DD in hidden fields.
 */
export function AccessLogFilters({ basePath, csvHref, query, users }: AccessLogFiltersProps) {
  const [from, setFrom] = useState(query.from ?? "");
  const [to, setTo] = useState(query.to ?? "");
  return (
    <form action={basePath} className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-3">
      <label className="grid w-full gap-1 text-sm sm:w-auto">
        <span className="text-muted-foreground">Action</span>
        <NativeSelect name="action" defaultValue={query.action ?? ""} className="sm:w-36">
          <option value="">All actions</option>
          {ACCESS_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {label(a)}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="grid w-full gap-1 text-sm sm:w-auto">
        <span className="text-muted-foreground">Person</span>
        <NativeSelect name="userId" defaultValue={query.userId ?? ""} className="sm:w-44">
          <option value="">Everyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName}
            </option>
          ))}
        </NativeSelect>
      </label>
      <Field label="From" className="w-full gap-1 sm:w-44 [&_label]:font-normal [&_label]:text-muted-foreground">
        <DateField value={from} max={to || undefined} onChange={setFrom} />
      </Field>
      <Field label="To" className="w-full gap-1 sm:w-44 [&_label]:font-normal [&_label]:text-muted-foreground">
        <DateField value={to} min={from || undefined} onChange={setTo} />
      </Field>
      {from ? <input type="hidden" name="from" value={from} /> : null}
      {to ? <input type="hidden" name="to" value={to} /> : null}
      {query.documentId ? <input type="hidden" name="documentId" value={query.documentId} /> : null}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        <Button asChild variant="ghost">
          <Link href={basePath}>Reset</Link>
        </Button>
      </div>
      <Button asChild variant="outline" className="sm:ml-auto">
        <a href={csvHref} download>
          <Download aria-hidden /> Export CSV
        </a>
      </Button>
    </form>
  );
}
