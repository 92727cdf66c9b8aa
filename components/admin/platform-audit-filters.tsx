"use client";

import { FilterX, LoaderCircle } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { entityTypeLabel } from "@/components/audit/describe-audit";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { hasPlatformAuditFilters, toPlatformAuditSearch } from "@/lib/admin/list-search";
import type { PlatformAuditQuery } from "@/lib/admin/schemas";
import type { PlatformAuditOptions } from "@/lib/admin/unsafe-list-platform-audit";

const DEBOUNCE_MS = 300;

/** The filters live in the URL; each change navigates at once (the action text 300 ms after typing stops), back to page 1. */
export function PlatformAuditFilters({ query, options }: { query: PlatformAuditQuery; options: PlatformAuditOptions }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [text, setText] = useState(query.q);
  const sent = useRef(query.q);
  const queryRef = useRef(query);
  queryRef.current = query;

  const navigate = (patch: Partial<PlatformAuditQuery>) => {
    const search = toPlatformAuditSearch({ ...queryRef.current, ...patch, page: 1 });
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  };
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  useEffect(() => {
    if (query.q !== sent.current) {
      sent.current = query.q;
      setText(query.q);
    }
  }, [query.q]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const term = text.trim().toLowerCase();
      if (term === sent.current) return;
      sent.current = term;
      navigateRef.current({ q: term });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <form
      role="search"
      aria-label="Search the platform audit log"
      onSubmit={(event) => event.preventDefault()}
      className="grid gap-3 rounded-lg border border-border bg-surface p-4 shadow-card sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6 xl:items-end"
    >
      <Field label="Organisation">
        <NativeSelect value={query.org ?? ""} onChange={(event) => navigate({ org: event.target.value || undefined, user: undefined })}>
          <option value="">Every organisation</option>
          {options.orgs.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Action contains" hint="e.g. suspend, feature_flag, document.">
        <Input type="search" value={text} maxLength={100} onChange={(event) => setText(event.target.value)} />
      </Field>
      <Field label="Entity type">
        <NativeSelect value={query.entityType ?? ""} onChange={(event) => navigate({ entityType: event.target.value || undefined })}>
          <option value="">All entities</option>
          {options.entityTypes.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel(type)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="User" hint={query.org ? undefined : "Platform staff; choose an org for its people."}>
        <NativeSelect value={query.user ?? ""} onChange={(event) => navigate({ user: (event.target.value || undefined) as PlatformAuditQuery["user"] })}>
          <option value="">Everyone</option>
          {options.users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.orgName})
            </option>
          ))}
          <option value="system">System</option>
        </NativeSelect>
      </Field>
      <Field label="From">
        <DateField value={query.from ?? ""} max={query.to || undefined} onChange={(value) => navigate({ from: value || undefined })} />
      </Field>
      <Field label="To" hint="Included">
        <DateField value={query.to ?? ""} min={query.from || undefined} onChange={(value) => navigate({ to: value || undefined })} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-3 xl:col-span-6">
        {hasPlatformAuditFilters(query) ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              sent.current = "";
              setText("");
              navigate({ org: undefined, q: "", entityType: undefined, user: undefined, from: undefined, to: undefined });
            }}
          >
            <FilterX aria-hidden /> Clear filters
          </Button>
        ) : null}
        <span role="status" aria-live="polite" className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
          {pending ? (
            <>
              <LoaderCircle aria-hidden className="size-3.5 animate-spin motion-reduce:animate-none" /> Updating…
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}
