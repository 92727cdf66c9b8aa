"use client";

import { Columns3 } from "lucide-react";
import type { ReactTable } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { CheckboxMenuItem } from "./checkbox-menu-item";
import type { ProjectTableRow, projectTableFeatures } from "./project-columns";

export type ProjectsTableInstance = ReactTable<typeof projectTableFeatures, ProjectTableRow>;

export function ColumnVisibilityMenu({ table }: { table: ProjectsTableInstance }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = columns.filter((column) => !column.getIsVisible()).length;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm">
          <Columns3 aria-hidden /> Columns
          {hiddenCount > 0 ? <span className="text-muted-foreground">({hiddenCount} hidden)</span> : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {columns.map((column) => (
          <CheckboxMenuItem key={column.id} checked={column.getIsVisible()} onCheckedChange={(visible) => column.toggleVisibility(visible)}>
            {column.columnDef.meta?.label ?? column.id}
          </CheckboxMenuItem>
        ))}
        {hiddenCount > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => table.toggleAllColumnsVisible(true)}>Show all columns</DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
