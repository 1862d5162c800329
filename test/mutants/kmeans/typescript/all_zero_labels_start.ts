// starts from labels of all zeros, so when the first assignment puts every point in cluster 0 it "converges" before any update
function assign(points: number[][], centroids: number[][]): number[] {
  return points.map((p) => {
    let best = 0;
    let bestDist = Infinity;
    centroids.forEach((c, j) => {
      let dist = 0;
      for (let i = 0; i < p.length; i++) dist += (p[i] - c[i]) ** 2;
      if (dist < bestDist) {
        // strict: the first minimum (lowest index) wins ties
        best = j;
        bestDist = dist;
      }
    });
    return best;
  });
}

function update(points: number[][], labels: number[], centroids: number[][]): number[][] {
  const d = centroids[0].length;
  const sums = centroids.map(() => new Array<number>(d).fill(0));
  const counts = new Array<number>(centroids.length).fill(0);
  points.forEach((p, n) => {
    const label = labels[n];
    counts[label] += 1;
    for (let i = 0; i < d; i++) sums[label][i] += p[i];
  });
  return centroids.map((c, j) => (counts[j] > 0 ? sums[j].map((s) => s / counts[j]) : [...c]));
}

const sameLabels = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

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
  if (initialCentroids.length === 0) throw new Error("at least one centroid is required");
  if (maxIter < 0) throw new Error("maxIter must be >= 0");
  const d = initialCentroids[0].length;
  if (initialCentroids.some((v) => v.length !== d) || points.some((v) => v.length !== d)) {
    throw new Error("points and centroids must share one dimension");
  }

  let centroids = initialCentroids.map((c) => [...c]);
  let labels: number[] | null = points.map(() => 0);
  for (let iter = 0; iter < maxIter; iter++) {
    const newLabels = assign(points, centroids);
    if (labels !== null && sameLabels(newLabels, labels)) break; // centroids already match these clusters
    labels = newLabels;
    centroids = update(points, labels, centroids);
  }
  return { centroids, labels: assign(points, centroids) };
}
