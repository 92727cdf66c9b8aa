"use client";

import type { ReactElement, ReactNode } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "./dropdown-menu";
import { DropdownMenuCheckboxItem } from "./dropdown-menu-checkbox-item";

/** What a LazyMenu's content is built from, handed over once the menu's code has arrived. */
export const menuParts = { Item: DropdownMenuItem, CheckboxItem: DropdownMenuCheckboxItem, Label: DropdownMenuLabel, Separator: DropdownMenuSeparator };
export type MenuParts = typeof menuParts;

export type LoadedMenuProps = {
  trigger: ReactElement;
  content: (parts: MenuParts) => ReactNode;
  defaultOpen: boolean;
  align?: "start" | "center" | "end";
  className?: string;
  onOpenChange?: (open: boolean) => void;
};

export function LoadedMenu({ trigger, content, defaultOpen, align, className, onOpenChange }: LoadedMenuProps) {
  return (
    <DropdownMenu defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align={align} className={className}>
        {content(menuParts)}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
