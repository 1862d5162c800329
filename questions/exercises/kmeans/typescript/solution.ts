/**
 * Lloyd's k-means from the given initial centroids.
 *
 * Assign by squared Euclidean distance (ties: lower centroid index), move each
 * centroid to the mean of its points (empty clusters stay put), stop when the labels
 * repeat or after maxIter updates. labels assign each point to its nearest final
 * centroid. Do not modify the inputs. Throw an Error for no centroids, mixed
 * dimensions or maxIter < 0.
 */
export function kmeans(
  points: number[][],
  initialCentroids: number[][],
  maxIter: number = 100,
): { centroids: number[][]; labels: number[] } {
  throw new Error("Not implemented");
}
