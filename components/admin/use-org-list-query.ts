"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { toOrgListSearch } from "@/lib/admin/list-search";
import type { OrgListQuery } from "@/lib/admin/schemas";

/** The list's state lives in the URL (shareable, back works); every change is a navigation. */
export function useOrgListQuery(query: OrgListQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const navigate = useCallback(
    (patch: Partial<OrgListQuery>, options: { replace?: boolean } = {}) => {
      const search = toOrgListSearch({ ...query, ...patch });
      const href = search ? `${pathname}?${search}` : pathname;
      startTransition(() => (options.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [pathname, query, router],
  );
  return { navigate, isPending };
}
