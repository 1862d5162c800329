class BatchNorm:
    """Batch normalisation over the rows of an n x C batch, one statistic per feature (column).

    Training: normalise each feature with the batch mean and the biased batch variance
    (divide by n), y = gamma * (x - mean) / sqrt(var + eps) + beta, then update
    running = (1 - momentum) * running + momentum * batch_stat, using the unbiased
    variance (divide by n - 1) for running_var. Evaluation: normalise with
    running_mean and running_var and change nothing.
    """

    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5) -> None:
        """gamma starts at 1, beta at 0, running_mean at 0 and running_var at 1 (lists of
        num_features). Raise ValueError for num_features < 1, momentum outside [0, 1] or eps <= 0."""
        raise NotImplementedError

    def forward(self, x: list[list[float]], training: bool = True) -> list[list[float]]:
        """Return the normalised batch (new lists). Raise ValueError for rows that are not
        num_features long, or a training batch of fewer than 2 rows."""
        raise NotImplementedError
