"use client";

import { FilterX, LoaderCircle, Search } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { TIERS } from "@/lib/access/tiers";
import { hasOrgListFilters, ORG_TYPES, SUBSCRIPTION_STATUSES, SUBSCRIPTION_TIERS } from "@/lib/admin/list-search";
import type { OrgListQuery } from "@/lib/admin/schemas";
import { ORG_TYPE_NAME, STATUS_LABEL } from "@/lib/admin/status-labels";

const DEBOUNCE_MS = 300;

type Props = { query: OrgListQuery; navigate(patch: Partial<OrgListQuery>, options?: { replace?: boolean }): void; pending: boolean };

/** Search (sent 300 ms after typing stops) and the type, plan and status filters; each change goes back to page 1. */
export function OrgListFilters({ query, navigate, pending }: Props) {
  const [text, setText] = useState(query.q);
  const sent = useRef(query.q);
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  // The URL changed under us (Back, Clear filters): show what it says.
  useEffect(() => {
    if (query.q !== sent.current) {
      sent.current = query.q;
      setText(query.q);
    }
  }, [query.q]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const term = text.trim();
      if (term === sent.current) return;
      const replace = sent.current !== "" && term !== "";
      sent.current = term;
      navigateRef.current({ q: term, page: 1 }, { replace });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <form role="search" aria-label="Filter organisations" onSubmit={(event) => event.preventDefault()} className="flex flex-wrap items-end gap-3">
      <Field label="Search" className="w-full sm:w-64">
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input type="search" placeholder="Name or slug" className="pl-9" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
        </div>
      </Field>
      <Field label="Type" className="w-36">
        <NativeSelect value={query.type ?? ""} onChange={(event) => navigate({ type: (event.target.value || undefined) as OrgListQuery["type"], page: 1 })}>
          <option value="">All types</option>
          {ORG_TYPES.map((type) => (
            <option key={type} value={type}>
              {ORG_TYPE_NAME[type]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Plan" className="w-40">
        <NativeSelect value={query.tier ?? ""} onChange={(event) => navigate({ tier: (event.target.value || undefined) as OrgListQuery["tier"], page: 1 })}>
          <option value="">All plans</option>
          {SUBSCRIPTION_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {TIERS[tier].label}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Status" className="w-40">
        <NativeSelect value={query.status ?? ""} onChange={(event) => navigate({ status: (event.target.value || undefined) as OrgListQuery["status"], page: 1 })}>
          <option value="">All statuses</option>
          {SUBSCRIPTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {hasOrgListFilters(query) ? (
        <Button
          variant="ghost"
          size="sm"
          className="h-9"
          onClick={() => {
            sent.current = "";
            setText("");
            navigate({ q: "", type: undefined, tier: undefined, status: undefined, page: 1 });
          }}
        >
          <FilterX aria-hidden /> Clear filters
        </Button>
      ) : null}
      <span role="status" aria-live="polite" className="inline-flex h-9 items-center gap-1.5 text-xs text-muted-foreground">
        {pending ? (
          <>
            <LoaderCircle aria-hidden className="size-3.5 animate-spin motion-reduce:animate-none" /> Updating…
          </>
        ) : null}
      </span>
    </form>
  );
}
