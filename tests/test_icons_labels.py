"""Making Data Count icons (shape, letter, colour, words) and the words shown for codes."""

import re

import pytest
from lxml import etree

from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.publish.icons import (
    assurance_icon,
    assurance_words,
    key,
    variation_icon,
    variation_words,
)
from csc_scorecard.publish.labels import BREAKDOWN_NAMES, CODE_LIST_OF, label

SVG = "{http://www.w3.org/2000/svg}"


def _parts(markup: str) -> tuple[str, str, str]:
    """(fill colour of the circle, the letter, the title) of an icon."""
    svg = etree.fromstring(
        str(markup).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )
    assert svg.get("aria-hidden") == "true"  # the words beside it are read instead
    letter = svg.find(f"{SVG}text")
    return svg.find(f"{SVG}circle").get("fill"), "" if letter is None else letter.text, \
        svg.find(f"{SVG}title").text  # fmt: skip


@pytest.mark.parametrize(
    ("variation", "side", "fill", "letter", "words"),
    [
        ("concern", "high", "#fab428", "H", "Concern, high"),  # orange
        ("concern", "low", "#fab428", "L", "Concern, low"),
        ("improvement", "high", "#289de0", "H", "Improvement, high"),  # blue
        ("improvement", "low", "#289de0", "L", "Improvement, low"),
        ("neither", "high", "#361475", "H", "Change, high"),  # purple
        ("common cause", "", "#7b7d7d", "", "Common cause"),  # grey, no letter
    ],
)
def test_variation_icons_by_shape_letter_and_colour(variation, side, fill, letter, words):
    assert _parts(variation_icon(variation, side)) == (fill, letter, words)
    assert variation_words(variation, side) == words


@pytest.mark.parametrize(
    ("assurance", "fill", "letter", "words"),
    [("pass", "#289de0", "P", "Pass"), ("fail", "#fab428", "F", "Fail"),
     ("hit and miss", "#7b7d7d", "?", "Hit and miss")],
)  # fmt: skip
def test_assurance_icons(assurance, fill, letter, words):
    assert _parts(assurance_icon(assurance)) == (fill, letter, words)
    assert assurance_words(assurance) == words


def test_no_icon_without_a_judgement_but_still_words():
    assert str(variation_icon("")) == "" and variation_words("") == "No SPC yet"
    assert str(assurance_icon("")) == "" and assurance_words("") == "No target"


def test_the_key_explains_every_icon_and_no_icon_has_script():
    entries = key()
    assert len(entries) == 7  # concern, improvement, change (H and L), common cause, P, F, ?
    assert [words for _, words, _ in entries][:4] == [
        "Concern, high or low",
        "Improvement, high or low",
        "Change, high or low",
        "Common cause",
    ]
    assert str(entries[0][0]).count("<svg") == 2
    assert all(meaning for _, _, meaning in entries)
    assert not any(re.search(r"<script|on\w+=", str(icon)) for icon, _, _ in entries)


def test_codes_become_words():
    assert (
        label("placement_type", "K2") == "Children's home subject to Children's Homes Regulations"
    )
    assert label("placement_type", "U6").startswith("Foster placement with other foster carer")
    assert label("legal_status", "V2") == "Single period of accommodation under section 20"
    assert label("legal_status", "C1") == "Interim care order"
    assert label("primary_need", "N1") == "Abuse or neglect"
    assert label("reason_ceased", "E11") == "Adopted, application unopposed"
    assert label("category", "NEG") == "Neglect"
    assert label("referral_source", "6") == "Police"
    assert label("age_band", "1-4") == "Aged 1 to 4"
    assert label("age_band", "unknown") == "Not known"
    assert label("breakdown", "age_band") == "Age band"
    assert label("rule", "unknown_child") == "Unknown child"
    assert label("rule", "code_list") == "Code not in the DfE code list"
    assert label("source", "ssd") == "SSD extract"


def test_an_unknown_value_is_shown_as_it_is():
    assert label("placement_type", "Q9") == "Q9"
    assert label("team", "North") == "North"
    assert label("rule", "new_rule") == "New rule"


def test_every_breakdown_of_the_catalogue_has_a_name_and_its_code_list():
    breakdowns = {b for item in CATALOGUE for b in item.breakdowns}
    assert breakdowns <= set(BREAKDOWN_NAMES)
    coded = {"category", "contact_source", "legal_status", "placement_type", "primary_need",
             "reason_ceased", "referral_source", "sex"}  # fmt: skip
    assert set(CODE_LIST_OF) == coded
