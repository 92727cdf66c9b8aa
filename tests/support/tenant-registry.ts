/** The orgs this test file made: its job worker runs their jobs and leaves other files' alone. */
export const tenantOrgIds = new Set<string>();
