"use client";

import { ChevronDown, FilterX, LoaderCircle, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { AuditFilterOptions } from "@/lib/audit/types";
import { cn } from "@/lib/utils/cn";
import { auditHref, hasAuditFilters, type AuditFilterState } from "./audit-href";
import { actionLabel, entityTypeLabel } from "./describe-audit";

type Props = { basePath: string; query: AuditFilterState; options: AuditFilterOptions };
type Values = { user: string; action: string; entityType: string; from: string; to: string };

const valuesOf = (query: AuditFilterState): Values => ({
  user: query.user ?? "",
  action: query.action ?? "",
  entityType: query.entityType ?? "",
  from: query.from ?? "",
  to: query.to ?? "",
});

/**
 * The filters live in the URL (shareable, the back button works). Each change navigates at once;
 * the inputs follow the URL when it changes elsewhere (Clear filters, back), keeping focus.
 */
export function AuditFilters({ basePath, query, options }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const fromUrl = valuesOf(query);
  const [values, setValues] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  const [expanded, setExpanded] = useState(false);
  if (JSON.stringify(seen) !== JSON.stringify(fromUrl)) {
    setSeen(fromUrl);
    setValues(fromUrl);
  }

  function change(field: keyof Values, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    const state: AuditFilterState = {
      user: (next.user || undefined) as AuditFilterState["user"],
      action: next.action || undefined,
      entityType: next.entityType || undefined,
      from: next.from || undefined,
      to: next.to || undefined,
      pageSize: query.pageSize,
    };
    startTransition(() => router.push(auditHref(basePath, state), { scroll: false }));
  }

  const active = [values.user, values.action, values.entityType, values.from, values.to].filter(Boolean).length;
  return (
    <div className="grid gap-2">
      {/* Small screens: the filters fold away behind a button, so the entries come first. */}
      <Button variant="outline" className="justify-between sm:hidden" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        <span className="inline-flex items-center gap-2">
          <SlidersHorizontal aria-hidden /> Filters{active ? ` (${active})` : ""}
        </span>
        <ChevronDown aria-hidden className={cn("transition-transform", expanded && "rotate-180")} />
      </Button>
      <form
        role="search"
        aria-label="Filter the audit log"
        onSubmit={(event) => event.preventDefault()}
        className={cn(
          "gap-3 rounded-lg border border-border bg-surface p-4 shadow-card sm:grid sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_10.5rem_10.5rem_auto] lg:items-end",
          expanded ? "grid grid-cols-2" : "hidden",
        )}
      >
        <Field label="User" className="col-span-2 sm:col-span-1">
          <NativeSelect value={values.user} onChange={(event) => change("user", event.target.value)}>
            <option value="">Everyone</option>
            {options.users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
            {options.hasSystemRows || values.user === "system" ? <option value="system">System</option> : null}
          </NativeSelect>
        </Field>
        <Field label="Action" className="col-span-2 sm:col-span-1">
          <NativeSelect value={values.action} onChange={(event) => change("action", event.target.value)}>
            <option value="">All actions</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Entity type" className="col-span-2 sm:col-span-1">
          <NativeSelect value={values.entityType} onChange={(event) => change("entityType", event.target.value)}>
            <option value="">All entities</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {entityTypeLabel(type)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="From" hint="e.g. 20 Nov 2026">
          <DateField value={values.from} max={values.to || undefined} onChange={(value) => change("from", value)} />
        </Field>
        <Field label="To" hint="Included">
          <DateField value={values.to} min={values.from || undefined} onChange={(value) => change("to", value)} />
        </Field>
        <div className={cn("col-span-2 items-center gap-3 lg:col-span-1 lg:flex lg:h-9", hasAuditFilters(query) || pending ? "flex" : "hidden")}>
          {hasAuditFilters(query) ? (
            <Link
              href={auditHref(basePath, { pageSize: query.pageSize })}
              scroll={false}
              className="inline-flex items-center gap-1.5 rounded-sm text-sm font-medium whitespace-nowrap text-primary hover:underline"
            >
              <FilterX aria-hidden className="size-4" /> Clear filters
            </Link>
          ) : null}
          <span role="status" aria-live="polite" className="inline-flex items-center gap-1.5 text-xs whitespace-nowrap text-muted-foreground">
            {pending ? (
              <>
                <LoaderCircle aria-hidden className="size-3.5 animate-spin" /> Updating…
              </>
            ) : null}
          </span>
        </div>
      </form>
    </div>
  );
}
