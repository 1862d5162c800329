Matrix = list[list[float]]


def mlp_loss_and_grads(x: Matrix, y: list[int], params: dict) -> tuple[float, dict]:
    """Mean softmax cross-entropy of a two-layer MLP and its gradients.

    x is n x d, y holds n class indices, params has w1 (d x h), b1 (h),
    w2 (h x k) and b2 (k). Forward: z1 = x w1 + b1, a1 = relu(z1),
    z2 = a1 w2 + b2, loss = mean over the batch of -log softmax(z2)[y].
    Return (loss, grads) where grads has the same keys and shapes as params.
    The ReLU's derivative at exactly 0 is taken as 0. Raise ValueError for an
    empty batch, shapes that do not fit, or a label outside 0..k-1.
    """
    raise NotImplementedError
