"use client";

import { Columns3 } from "lucide-react";
import type { ReactTable } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import type { ProjectTableRow, projectTableFeatures } from "./project-columns";

export type ProjectsTableInstance = ReactTable<typeof projectTableFeatures, ProjectTableRow>;

export function ColumnVisibilityMenu({ table }: { table: ProjectsTableInstance }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = columns.filter((column) => !column.getIsVisible()).length;
  return (
    <LazyMenu
      trigger={
        <Button variant="outline" size="sm">
          <Columns3 aria-hidden /> Columns
          {hiddenCount > 0 ? <span className="text-muted-foreground">({hiddenCount} hidden)</span> : null}
        </Button>
      }
      content={({ Item, Separator, Label, CheckboxItem }) => (
        <>
          <Label>Show columns</Label>
          <Separator />
          {columns.map((column) => (
            <CheckboxItem key={column.id} checked={column.getIsVisible()} onCheckedChange={(visible) => column.toggleVisibility(visible)}>
              {column.columnDef.meta?.label ?? column.id}
            </CheckboxItem>
          ))}
          {hiddenCount > 0 ? (
            <>
              <Separator />
              <Item onSelect={() => table.toggleAllColumnsVisible(true)}>Show all columns</Item>
            </>
          ) : null}
        </>
      )}
    />
  );
}
