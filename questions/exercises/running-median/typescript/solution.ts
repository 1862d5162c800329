/** Median of a stream of numbers: add in O(log n), median in O(1). */
export class RunningMedian {
  /** Add x to the stream. */
  add(x: number): void {
    throw new Error("Not implemented");
  }

  /**
   * The median of the values added so far: the middle value for an odd count,
   * the mean of the two middle values for an even count. Throw an Error if
   * nothing was added.
   */
  median(): number {
    throw new Error("Not implemented");
  }

  /** The number of values added. */
  size(): number {
    throw new Error("Not implemented");
  }
}
