"""What the recipes share: the logistic fit."""
import pytest

pytest.importorskip("sklearn")

from newsgraph.train.recipe import fit_logistic  # noqa: E402


def test_the_logistic_fit_reaches_the_optimum_itself():
    """The weights must not hang on where a solver version stops: at them the gradient of the
    penalised log-loss vanishes, also with near-duplicate features that leave the optimum flat."""
    import numpy as np
    rng = np.random.default_rng(5)
    base = rng.normal(size=(400, 6))
    X = np.hstack([base, base + rng.normal(scale=1e-3, size=base.shape)])   # twelve columns, six pairs
    y = (base @ np.array([1.5, -2.0, 0.5, 0.0, 1.0, -0.5]) + rng.normal(size=400) > 0).astype(int)
    c = 1.0
    model = fit_logistic(X, y, c)
    p = model.predict_proba(X)[:, 1]
    grad_w = model.coef_[0] + c * X.T @ (p - y)       # sklearn's objective: ||w||²/2 + C·Σ log-loss
    grad_b = c * np.sum(p - y)
    assert np.abs(grad_w).max() < 1e-6 and abs(grad_b) < 1e-6
