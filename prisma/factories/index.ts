export { createOrg } from "./create-org";
export { createUser } from "./create-user";
export { createProject } from "./create-project";
export { uniqueSuffix, type FactoryDb } from "./types";
