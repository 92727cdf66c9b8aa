import type { PrismaClient } from "../../lib/db/generated/client";

/** Factories take the client explicitly: the seed, the tests and benchmarks each bring their own. */
export type FactoryDb = PrismaClient;

let counter = 0;
/** Unique per process run, so parallel test files never collide on unique columns. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
