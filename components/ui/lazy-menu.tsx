"use client";

import { type ComponentType, cloneElement, type KeyboardEvent, type ReactElement, useState } from "react";
import type { LoadedMenuProps } from "./lazy-menu-loaded";

export type { MenuParts } from "./lazy-menu-loaded";

type TriggerProps = { onClick?: () => void; onKeyDown?: (event: KeyboardEvent) => void; onPointerEnter?: () => void; "aria-haspopup"?: "menu" };
type LazyMenuProps = Omit<LoadedMenuProps, "defaultOpen" | "trigger"> & { trigger: ReactElement<TriggerProps> };

const loadMenu = () => import("./lazy-menu-loaded").then((module) => module.LoadedMenu);
const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/**
 * A dropdown menu whose code (Radix menu, popper and floating-ui, ~28 KB gzip) loads when it is
 * first wanted, not with the page: the trigger renders as itself, its code is fetched when the
 * pointer comes near, and the first click or Enter/Space/ArrowDown swaps in the real menu, open.
 * The content is a function of the menu's parts, so no caller imports Radix itself:
 * `content={({ Item, Separator }) => <Item onSelect={…}>Rename</Item>}`.
 */
export function LazyMenu({ trigger, ...props }: LazyMenuProps) {
  const [Menu, setMenu] = useState<{ Component: ComponentType<LoadedMenuProps>; open: boolean } | null>(null);
  if (Menu) return <Menu.Component trigger={trigger} defaultOpen={Menu.open} {...props} />;

  const open = () => void loadMenu().then((Component) => setMenu({ Component, open: true }));
  return cloneElement(trigger, {
    "aria-haspopup": "menu",
    onPointerEnter: () => void loadMenu(),
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (!OPENING_KEYS.has(event.key)) return;
      event.preventDefault();
      open();
    },
  });
}
