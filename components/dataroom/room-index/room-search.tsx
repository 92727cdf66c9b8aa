"use client";

import Form from "next/form";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { DataRoomSort } from "@/lib/dataroom/rooms/list-data-rooms-query";

const SORT_LABELS: Record<DataRoomSort, string> = { name: "Name (A–Z)", updated: "Recently updated" };

/**
 * Search by name and sort, as a GET form: the state lives in the URL, a new search starts again
 * from page 1 (the page is not a field), and it works before the page's JavaScript has loaded.
 */
export function RoomSearch({ q, sort, noun }: { q: string; sort: DataRoomSort; noun: string }) {
  return (
    <Form action="/dataroom" role="search" aria-label="Search data rooms" className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-center">
      <div className="relative w-full sm:max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input key={q} type="search" name="q" aria-label="Search data rooms" placeholder={`Search ${noun} by name`} className="pl-9" defaultValue={q} maxLength={200} />
      </div>
      <Button type="submit" variant="outline">
        Search
      </Button>
      <label className="flex items-center gap-2 text-sm text-muted-foreground">
        <span>Sort</span>
        <NativeSelect name="sort" defaultValue={sort} key={sort} className="w-44" onChange={(event) => event.currentTarget.form?.requestSubmit()}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </label>
    </Form>
  );
}
