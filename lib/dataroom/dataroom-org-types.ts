/** Allies keep a data room per project, investors one per portfolio; platform admins have none. */
export const DATAROOM_ORG_TYPES = ["ALLY", "INVESTOR"] as const;

export function hasDataRooms(orgType: string): boolean {
  return (DATAROOM_ORG_TYPES as readonly string[]).includes(orgType);
}
