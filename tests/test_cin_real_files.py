"""CIN census files as councils' systems write them (issue 12, finding 5).

Hand-made census files: a default and a prefixed XML namespace, a DD/MM/YYYY ReferenceDate,
``<Sex>1`` beside ``<GenderCurrent>1`` and the 2026 pre-proceedings block. Expected values are
worked out by hand from the XML written.
"""

from __future__ import annotations

from cin_fixtures import census, child, details, header, write
from csc_scorecard.ingest.cin_census import read_cin

LA = "318"
CHILDREN = child("A", details("2023-05-01")) + child("B", details("2023-06-01"))


def _loaded(path):
    (load,) = read_cin([path], LA)
    return load


def test_a_census_with_a_default_namespace_loads(tmp_path):
    text = census(2024, CHILDREN).replace(
        "<Message>", "<Message xmlns='http://www.dfe.gov.uk/CIN'>"
    )
    load = _loaded(write(tmp_path, "ns.xml", text))
    assert sorted(load.tables["person"]["child_id"]) == ["A", "B"]
    # Each child is a person, a disability (NONE) and a referral: 6 records.
    assert load.rows_in == 6 and load.rows_accepted == 6


def test_a_census_with_a_prefixed_namespace_loads(tmp_path):
    plain = census(2024, CHILDREN)
    body = plain.split("<Message>", 1)[1].rsplit("</Message>", 1)[0]
    prefixed = body.replace("</", "\x00").replace("<", "<cin:").replace("\x00", "</cin:")
    text = ("<?xml version='1.0' encoding='UTF-8'?><cin:Message xmlns:cin='urn:dfe:cin'>"
            + prefixed + "</cin:Message>")  # fmt: skip
    load = _loaded(write(tmp_path, "prefixed.xml", text))
    assert sorted(load.tables["cin_episode"]["referral_date"].astype(str)) == [
        "2023-05-01", "2023-06-01"
    ]  # fmt: skip


def test_a_uk_style_reference_date_is_read(tmp_path):
    text = census(2024, CHILDREN).replace(header(2024), header(2024).replace(
        "<Year>2024</Year><ReferenceDate>2024-03-31", "<ReferenceDate>31/03/2024"))  # fmt: skip
    assert "<Year>" not in text
    (load,) = read_cin([write(tmp_path, "uk.xml", text)], LA)
    assert load.rows_accepted == 6  # the census year 2024 came from 31/03/2024


def test_sex_1_is_coded_as_gender_current_1(tmp_path):
    text = census(2024, child("A", details("2023-05-01"), sex="<Sex>1</Sex>"),
                  child("B", details("2023-06-01"), sex="<GenderCurrent>1</GenderCurrent>"),
                  child("C", details("2023-07-01"), sex="<Sex>F</Sex>"))  # fmt: skip
    person = _loaded(write(tmp_path, "sex.xml", text)).tables["person"].sort_values("child_id")
    assert person["sex"].tolist() == ["M", "M", "F"]


PRE_PROCEEDINGS = (
    "<PreProceedingsandFGDM><PPStartDate>2025-06-01</PPStartDate>"
    "<LBPSentDate>2025-06-10</LBPSentDate><PPOutcome>1</PPOutcome></PreProceedingsandFGDM>"
)


def test_the_pre_proceedings_block_is_reported_as_not_loaded(tmp_path):
    episode = details("2025-05-01").replace("</CINdetails>", PRE_PROCEEDINGS + "</CINdetails>")
    text = census(2026, child("A", episode, born="2015-06-01"))
    load = _loaded(write(tmp_path, "pp.xml", text))
    assert load.rows_in == 3 and load.rows_accepted == 3  # person, disability, referral
    (note,) = [n for n in load.notes if "PreProceedingsandFGDM" in n]
    assert "1 element" in note and "not loaded" in note and "pre-proceedings" in note


def test_every_element_the_loader_does_not_read_is_listed_once(tmp_path):
    extra = "<NewField>1</NewField>"
    text = census(2024, child("A", details("2023-05-01"), extra=extra),
                  child("B", details("2023-06-01"), extra=extra))  # fmt: skip
    load = _loaded(write(tmp_path, "new.xml", text))
    listed = [n for n in load.notes if "NewField" in n]
    assert len(listed) == 1 and "2 elements" in listed[0]


def test_a_date_out_of_range_says_which_limit_and_names_the_reference_date(tmp_path):
    text = census(2024, child("A", details("2010-05-01"), born="2015-06-01"),
                  child("B", details("2024-04-02"), born="2015-06-01"))  # fmt: skip
    quarantine = _loaded(write(tmp_path, "range.xml", text)).quarantine
    assert quarantine is not None
    messages = dict(zip(quarantine["child_id"], quarantine["message"], strict=True))
    assert messages == {
        "A": "referral_date 2010-05-01 is more than 40 weeks before the child's date of birth"
        " 2015-06-01; check the date",
        "B": "referral_date 2024-04-02 is after the census reference date 2024-03-31; check the"
        " date",
    }


def test_an_unknown_child_message_says_what_to_load_first(tmp_path):
    from csc_scorecard.ingest.rules import RULES

    message = RULES["unknown_child"].render(child_id="Z9")
    assert "Z9" in message and "load the child's record first (903: header.csv" in message


def test_an_element_the_model_has_no_column_for_is_listed_with_the_reason(tmp_path):
    extra = "<FormerUPN>A12345678901B</FormerUPN>"
    text = census(2024, child("A", details("2023-05-01"), extra=extra))
    (note,) = _loaded(write(tmp_path, "former.xml", text)).notes
    assert note == (
        "ChildIdentifiers/FormerUPN: 1 element not loaded: A previous UPN; the model keeps the"
        " current one only."
    )
