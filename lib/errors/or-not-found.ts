import { notFound } from "next/navigation";
import { isAppError } from "./app-error";

/** For pages: a NOT_FOUND AppError renders the 404 page; anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
