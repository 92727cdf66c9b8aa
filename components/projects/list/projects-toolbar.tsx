"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { hasProjectFilters, type ListProjectsQuery } from "@/lib/projects/projects-search";
import { type FilterOption, STAGE_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from "./filter-options";
import { MultiSelectFilter } from "./multi-select-filter";
import { SearchBox } from "./search-box";
import { useProjectsQuery } from "./use-projects-query";

const NO_FILTERS: Partial<ListProjectsQuery> = { q: "", status: [], stage: [], type: [], country: [], page: 1 };

/** Search and filters; every change goes to the URL and starts again from page 1. */
export function ProjectsToolbar({ query, countries }: { query: ListProjectsQuery; countries: FilterOption[] }) {
  const { navigate } = useProjectsQuery(query);
  const filter = (patch: Partial<ListProjectsQuery>) => navigate({ ...patch, page: 1 });

  return (
    <div role="search" aria-label="Filter projects" className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-center">
      <SearchBox value={query.q} onSearch={(q, options) => navigate({ q, page: 1 }, options)} />
      <div className="flex flex-wrap items-center gap-2">
        <MultiSelectFilter
          label="Status"
          options={STATUS_OPTIONS}
          selected={query.status}
          onChange={(values) => filter({ status: values as ListProjectsQuery["status"] })}
        />
        <MultiSelectFilter label="Stage" options={STAGE_OPTIONS} selected={query.stage} onChange={(values) => filter({ stage: values as ListProjectsQuery["stage"] })} />
        <MultiSelectFilter label="Technology" options={TYPE_OPTIONS} selected={query.type} onChange={(values) => filter({ type: values as ListProjectsQuery["type"] })} />
        <MultiSelectFilter label="Country" options={countries} selected={query.country} onChange={(country) => filter({ country })} />
        {hasProjectFilters(query) ? (
          <Button variant="ghost" size="sm" onClick={() => navigate(NO_FILTERS)}>
            <X aria-hidden /> Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
