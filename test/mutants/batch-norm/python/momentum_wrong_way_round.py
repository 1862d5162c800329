# weights the old running value by momentum and the new batch by 1 - momentum (the Keras convention)
import math


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
        if num_features < 1:
            raise ValueError("num_features must be at least 1")
        if not 0.0 <= momentum <= 1.0:
            raise ValueError("momentum must be in [0, 1]")
        if not eps > 0:
            raise ValueError("eps must be > 0")
        self.num_features = num_features
        self.momentum = momentum
        self.eps = eps
        self.gamma = [1.0] * num_features
        self.beta = [0.0] * num_features
        self.running_mean = [0.0] * num_features
        self.running_var = [1.0] * num_features

    def forward(self, x: list[list[float]], training: bool = True) -> list[list[float]]:
        """Return the normalised batch (new lists). Raise ValueError for rows that are not
        num_features long, or a training batch of fewer than 2 rows."""
        c = self.num_features
        if any(len(row) != c for row in x):
            raise ValueError(f"every row must have {c} features")
        n = len(x)
        if not training:
            mean, var = self.running_mean, self.running_var
        else:
            if n < 2:
                raise ValueError("training needs at least 2 rows per batch")
            mean = [sum(row[j] for row in x) / n for j in range(c)]
            # Two passes: squared deviations from the mean, not E[x^2] - mean^2, which cancels.
            sq = [sum((row[j] - mean[j]) ** 2 for row in x) for j in range(c)]
            var = [s / n for s in sq]  # biased: what the batch is normalised with
            m = self.momentum
            self.running_mean = [m * r + (1 - m) * b for r, b in zip(self.running_mean, mean)]
            self.running_var = [m * r + (1 - m) * s / (n - 1) for r, s in zip(self.running_var, sq)]
        inv = [1.0 / math.sqrt(v + self.eps) for v in var]
        return [[self.gamma[j] * (row[j] - mean[j]) * inv[j] + self.beta[j] for j in range(c)] for row in x]
