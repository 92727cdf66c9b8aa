"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";
import { type ListProjectsQuery, parseListProjectsQuery, toProjectsSearch } from "@/lib/projects/list-projects-query";

/**
 * The list's state lives in the URL: shareable, and back/forward walks through it. Every change
 * is a navigation; the server renders the new page of rows.
 */
export function useProjectsQuery() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const query = useMemo(() => parseListProjectsQuery(new URLSearchParams(searchParams.toString())), [searchParams]);

  const navigate = useCallback(
    (patch: Partial<ListProjectsQuery>, options: { replace?: boolean } = {}) => {
      const params = toProjectsSearch({ ...query, ...patch });
      const href = params ? `${pathname}?${params}` : pathname;
      startTransition(() => {
        if (options.replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [pathname, query, router],
  );

  return { query, navigate, isPending };
}
