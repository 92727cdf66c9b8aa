import type { ApiOperation } from "./define-api-operation";
import { createProjectOperation, getProjectOperation, listProjectsOperation, updateProjectOperation } from "./projects/operations";

/**
 * Every operation of the public API, in reference order: the OpenAPI document is generated from
 * this list, and a test checks that every route under app/api/v1 serves one of them.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [listProjectsOperation, getProjectOperation, createProjectOperation, updateProjectOperation];
