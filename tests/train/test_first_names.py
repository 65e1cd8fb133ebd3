"""The first-name table builder: one sex must hold 4 in 5 bearers."""
from newsgraph.train.first_names import genders, read_percents


def test_a_name_is_kept_only_when_one_sex_dominates(tmp_path):
    female = tmp_path / "f"
    male = tmp_path / "m"
    female.write_text("MARGARET       0.900  0.900      1\nLESLIE         0.150  1.050      2\n"
                      "JEAN           0.400  1.450      3\n", "ascii")
    male.write_text("ROBERT         3.100  3.100      1\nLESLIE         0.080  3.180      2\n", "ascii")
    table = genders(read_percents(female), read_percents(male))
    assert table == {"Margaret": "F", "Robert": "M"}    # Leslie is shared, Jean is left out
