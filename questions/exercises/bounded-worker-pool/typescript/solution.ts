/**
 * Run every task, at most `limit` at a time, starting the next as soon as one finishes.
 * Resolve with the results in the order of `tasks`. On the first failure, reject with it
 * and start no new task. Reject with a RangeError unless limit is a positive integer.
 */
export async function runBounded<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  throw new Error("Not implemented");
}
