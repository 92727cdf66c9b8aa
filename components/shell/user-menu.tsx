"use client";

import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import { ACCOUNT_MENU_TRIGGER, AccountMenuFace, type UserMenuProps } from "./account-menu-face";

export type { UserMenuProps };

const Face = createContext<UserMenuProps | null>(null);

/** Until the menu's code arrives: its button as it will look, disabled (a click would do nothing). */
function LoadingAccountMenu() {
  const props = useContext(Face);
  if (!props) return null;
  return (
    <button type="button" disabled className={ACCOUNT_MENU_TRIGGER} aria-label={`Account menu for ${props.fullName}`}>
      <AccountMenuFace fullName={props.fullName} avatarUrl={props.avatarUrl} />
    </button>
  );
}

// The dropdown's code (Radix menu, popper and floating-ui, ~20 KB gzip) is on every page of the
// app but needed only once the menu opens: it loads after the page instead of with it.
const AccountMenu = dynamic(() => import("./account-menu").then((menu) => menu.AccountMenu), { ssr: false, loading: LoadingAccountMenu });

export function UserMenu(props: UserMenuProps) {
  return (
    <Face.Provider value={props}>
      <AccountMenu {...props} />
    </Face.Provider>
  );
}
