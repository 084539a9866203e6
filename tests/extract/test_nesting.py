"""Places the text puts inside others (extract/nesting.py)."""

from dataclasses import dataclass

from factcheck.extract.nesting import containers, outermost


@dataclass
class Found:
    key: str
    start: int
    end: int


def found_in(text: str, *names: str) -> list[Found]:
    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            out.append(Found(name.lower().replace(" ", "_"), at, at + len(name)))
            at = text.find(name, at + 1)
    return sorted(out, key=lambda p: p.start)


def test_in_district_of_and_owner_put_a_place_inside_another():
    text = "Mizoram in India; Champhai district of Mizoram; India's Kerala"
    outer = containers(text, found_in(text, "Mizoram", "India", "Champhai", "Kerala"))
    assert outer == {"mizoram": "india", "champhai": "mizoram", "kerala": "india"}
    assert outermost("champhai", outer) == "india"
    # a country's province of a name: the name is the province
    text = "the northern Angola province of Uige"
    assert containers(text, found_in(text, "Angola", "Uige")) == {"uige": "angola"}


def test_a_comma_puts_nothing_inside_anything():
    text = "Refugees entered Poland, Hungary and Romania; Vidalia, Louisiana"
    assert containers(text, found_in(text, "Poland", "Hungary", "Romania", "Vidalia",
                                     "Louisiana")) == {}


def test_places_side_by_side_or_in_a_loop_stay_apart():
    text = "Poland and Hungary"
    assert containers(text, found_in(text, "Poland", "Hungary")) == {}
    # "A in B" then "B in A": the second is not taken, no endless chain
    text = "Aland in Bland, Bland in Aland"
    outer = containers(text, found_in(text, "Aland", "Bland"))
    assert outer == {"aland": "bland"}
    assert outermost("bland", outer) == "bland"


def test_three_places_in_a_row_are_a_roll_call():
    from factcheck.extract.nesting import listed

    text = "The cases were in Bauchi, Plateau, Taraba and Lagos states; Kogi and Benue too."
    places = found_in(text, "Bauchi", "Plateau", "Taraba", "Lagos", "Kogi", "Benue")
    roll = listed(text, places)
    assert sorted(text[p.start:p.end] for p in places if p.start in roll) == [
        "Bauchi", "Lagos", "Plateau", "Taraba"]
    # near miss: two places joined by "and" are no list
    assert not roll & {p.start for p in places if p.key in ("kogi", "benue")}
