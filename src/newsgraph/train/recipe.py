"""What the recipes that learn a table share: their command line, the scikit-learn check,
and writing the table (weights only, sorted, so a rerun writes the same bytes) beside its
report."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .corpus import DEFAULT_CACHE


def recipe_parser(description: str | None, output_help: str) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", help="PolNeAR-format folder with text/ and attributions/")
    ap.add_argument("-o", "--output", required=True, help=output_help)
    ap.add_argument("--model")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="parse cache folder ('' for none)")
    return ap


def fit_logistic(X, y, c: float):
    """An L2 logistic regression fit to its optimum itself. Newton's method to a tight tolerance
    gets there in a few steps, so the weights do not hang on where a library version's lbfgs
    happens to stop (on the quote scorer's rows it had stopped up to 1.3 away in one weight)."""
    from sklearn.linear_model import LogisticRegression
    return LogisticRegression(C=c, max_iter=200, solver="newton-cholesky", tol=1e-10).fit(X, y)


def cache_of(args: argparse.Namespace) -> Path | None:
    return Path(args.cache) if args.cache else None


def has_sklearn() -> bool:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("training needs scikit-learn: pip install -e '.[train]'", file=sys.stderr)
        return False
    return True


def write_table(output: str, name: str, table: dict, report_name: str, report: dict) -> Path:
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", "utf-8")
    (out / report_name).write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    return out / name
