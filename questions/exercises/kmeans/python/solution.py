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
    raise NotImplementedError
