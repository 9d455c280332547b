"""Ofsted Annex A as councils fill it in: list headings and the drop-down strings of coded cells.

The headings are liiatools' ``Annex_A_schema.yml`` wording in its column order, and the coded
cells hold Ofsted's drop-down strings (``b) Female``, ``q) 6: Police``), as in
``shared/reference/formats-cin-annexa.md`` section 2. The synthetic council's writer writes
these strings and the Annex A loader reads them back, so both work from this one definition.
"""

from __future__ import annotations

# -- headings (liiatools Annex_A_schema.yml, column order) ---------------------------------------
COMMON = ("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)")
DISABLED = "Does the Child have a Disability"
ALLOCATED = ("Allocated Team", "Allocated Worker")
EMERGENCY = ("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six"
             " Months (Y/N)")  # fmt: skip
UASC_8 = "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"
UASC_9 = "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"
SECOND_PERIOD = ("Is this a second or subsequent period of being a Looked After Child within"
                 " the last 12 months (Y/N)")  # fmt: skip
MISSING = ("Number of Episodes the Child has been 'Missing' from their Placement in the last 12"
           " months")  # fmt: skip
ABSENT = ("Number of Episodes the Child has been 'Absent' from their Placement in the last 12"
          " months")  # fmt: skip
RETURN_OFFERED = "Was the child offered a Return Interview after their last missing episode (Y/N)?"
RETURN_ACCEPTED = "Did the child accept a Return Interview after their last missing episode (Y/N)?"
DECISION = "Date of Decision that Child Should be Placed for Adoption"
REVERSED = "Date of Decision that Child Should No Longer be Placed for Adoption"
REVERSAL = "Reason Why Child No Longer Placed for Adoption"
FFA = "Date the child was placed for fostering in FFA or concurrent planning placement"

HEADINGS: dict[int, tuple[str, ...]] = {
    1: (*COMMON, "Date of Contact", "Contact Source"),
    2: (*COMMON, "Assessment start date", "Assessment completion date",
        "Organisation completing assessment"),
    3: (*COMMON, "Date of referral", "Referral Source", "Referral NFA?",
        "Number of Referrals in Last 12 Months", *ALLOCATED),
    4: (*COMMON, DISABLED, "Continuous Assessment Start Date",
        "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
        "Was the child assessed as requiring LA children's social care support?", *ALLOCATED),
    5: (*COMMON, DISABLED, "Strategy discussion initiating Section 47 Enquiry Start Date",
        "Was an Initial Child Protection Conference deemed unnecessary?",
        "Date of Initial Child Protection Conference",
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        "Number of Section 47 Enquiries in the last 12 months",
        "Number of ICPCs in the last 12 months", *ALLOCATED),
    6: (*COMMON, DISABLED, "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
        "CIN Closure Date", "Reason for Closure", "Case Status", *ALLOCATED),
    7: (*COMMON, DISABLED, "Child Protection Plan Start Date", "Initial Category of Abuse",
        "Latest Category of Abuse", "Date of the Last Statutory Visit",
        "Was the Child Seen Alone?", "Date of latest review conference",
        "Child Protection Plan End Date", EMERGENCY,
        "Number of Previous Child Protection Plans", *ALLOCATED),
    8: (*COMMON, UASC_8, DISABLED, "Date Started to be Looked After", "Child's Category of Need",
        SECOND_PERIOD, "Start date of current legal status", "Child's Legal Status",
        "Date of Latest Statutory Review", "Date of Last Social Work Visit",
        "What is the permanence plan for this child?",
        "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
        "Date of Last Dental Check", "Number of Placements in the Last 12 months",
        "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
        "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
        "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
        MISSING, ABSENT, RETURN_OFFERED, RETURN_ACCEPTED, *ALLOCATED),
    9: (*COMMON, UASC_9, DISABLED, *ALLOCATED, "Allocated Personal Advisor", "Eligibility Category",
        "Latest Pathway Plan Review Date", "LA in Touch", "Latest Date of Contact",
        "Type of Accommodation", "Suitability of Accommodation", "Activity Status"),
    10: ("Child Unique ID", "Family identifier", "Gender", "Ethnicity", "Date of Birth",
         "Age of Child (Years)", DISABLED, "Date the Child Entered Care", DECISION,
         "Date of Placement Order", "Date of Matching Child and Prospective Adopters",
         "Date Placed for Adoption", "Date of Adoption Order", REVERSED, REVERSAL, FFA),
    11: ("Individual adopter identifier", "Family identifier", "Gender", "Ethnicity",
         "Disability", "Is the (prospective) adopter fostering for adoption?",
         "Date enquiry received", "Date Stage 1 started", "Date Stage 1 ended",
         "Date Stage 2 started", "Date Stage 2 ended", "Date application submitted",
         "Date application approved", "Date adopter matched with child(ren)",
         "Date child/children placed with adopter(s)", "No. of children placed",
         "Date of Adoption Order", "Date of leaving adoption process",
         "Reason for leaving adoption process"),
}  # fmt: skip
"""Each list's headings, exactly as liiatools (and Ofsted's template) spell them."""

# -- Ofsted's drop-down strings -------------------------------------------------------------------
YES_NO = {True: "a) Yes", False: "b) No"}
UNKNOWN = "c) Unknown"
GENDER = {"M": "a) Male", "F": "b) Female", "U": "c) Not stated/recorded", "1": "a) Male",
          "2": "b) Female", "0": "c) Not stated/recorded", "9": "d) Neither"}  # fmt: skip
ETHNICITY = {
    code: f"{letter}) {code}"
    for letter, code in zip(
        "abcdefghijklmnopqr",
        ("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
         "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH"),
        strict=True,
    )
} | {"REFU": "s) REFU", "NOBT": "s) NOBT"}  # fmt: skip
SOURCE = {
    "1A": "a) 1A: Individual", "1B": "b) 1B: Individual", "1C": "c) 1C: Individual",
    "1D": "d) 1D: Individual", "2A": "e) 2A: Schools", "2B": "f) 2B: Education services",
    "3A": "g) 3A: Health services", "3B": "h) 3B: Health services",
    "3C": "i) 3C: Health services", "3D": "j) 3D: Health services",
    "3E": "k) 3E: Health services", "3F": "l) 3F: Health services", "4": "m) 4: Housing",
    "5A": "n) 5A: LA services", "5B": "o) 5B: LA services", "5C": "p) 5C: LA services",
    "5D": "p1) 5D: LA services", "6": "q) 6: Police", "7": "r) 7: Other legal agency",
    "8": "s) 8: Other", "9": "t) 9: Anonymous", "10": "u) 10: Unknown",
}  # fmt: skip
PRIMARY_NEED = {
    "N1": "N1 - Abuse or neglect", "N2": "N2 - Child's disability",
    "N3": "N3 - Parental disability or illness", "N4": "N4 - Family in acute stress",
    "N5": "N5 - Family dysfunction", "N6": "N6 - Socially unacceptable behaviour",
    "N7": "N7 - Low income", "N8": "N8 - Absent parenting",
    "N9": "N9 - Cases other than children in need", "N0": "N0 - Not stated",
}  # fmt: skip
CLOSURE_REASON = {
    "RC1": "RC1 - Adopted", "RC2": "RC2 - Died", "RC3": "RC3 - Child arrangements order",
    "RC4": "RC4 - Special guardianship order",
    "RC5": "RC5 - Transferred to services of another local authority",
    "RC6": "RC6 - Transferred to adult social care services",
    "RC7": "RC7 - Services ceased for any other reason, including child no longer in need",
    "RC8": "RC8 - Case closed after assessment, no further action",
    "RC9": "RC9 - Case closed after assessment, referred to early help",
}  # fmt: skip
CASE_STATUS = ("a) Looked after child", "b) Child Protection plan", "c) Child in need plan",
               "d) Open assessment", "e) Closed episode")  # fmt: skip
CP_CATEGORY = {"NEG": "a) Neglect", "PHY": "b) Physical abuse", "SAB": "c) Sexual abuse",
               "EMO": "d) Emotional abuse", "MUL": "e) Multiple/not recommended"}  # fmt: skip
LEGAL_STATUS = {
    "C1": "C1: ICO", "C2": "C2: FCO", "D1": "D1: Freeing order", "E1": "E1: Placement order",
    "V2": "V2: Single period under S20", "V3": "V3: Short term breaks, episodes recorded",
    "V4": "V4: Short term breaks, agreements recorded",
    "L1": "L1: Police protection LA accommodation", "L2": "L2: EPO",
    "L3": "L3: Child assessment order LA accommodation",
    "J1": "J1: Remanded to LA or youth detention", "J2": "J2: LA accommodation under PACE",
    "J3": "J3: Youth rehabilitation order",
}  # fmt: skip
REASON_CEASED = {
    "E11": "a) E11: Adopted - application unopposed",
    "E12": "b) E12: Adopted - consent dispensed", "E2": "c) E2: Died",
    "E3": "d) E3: Care taken by another LA",
    "E4A": "e) E4A: Returned home to live with parents or relatives - part of planning",
    "E4B": "f) E4B: Returned home to live with parents or relatives - not part of planning",
    "E13": "g) E13: Parents, relatives or other with no parental responsibility",
    "E41": "h) E41: Residence order granted",
    "E45": "i) E45: Special Guardianship Orders - former carer relative/friend",
    "E46": "j) E46: Special Guardianship Orders - former carer other",
    "E47": "k) E47: Special Guardianship Orders - relative/friend",
    "E48": "l) E48: Special Guardianship Orders - other",
    "E5": "m) E5: Moved into independent living - supported",
    "E6": "n) E6: Moved into independent living - no support",
    "E7": "o) E7: Transferred to residential care funded by adult social services",
    "E9": "p) E9: Sentenced to custody", "E14": "q) E14: Accommodation on remand ended",
    "E15": "r) E15: Age assessment determined child was 18 or over",
    "E16": "s) E16: Child moved abroad", "E8": "t) E8: Care ceased for any other reason",
    "X1": "u) X1: CodeError", "E17": "v) E17: Aged 18+ and remained with current carers",
}  # fmt: skip
PLACEMENT_TYPE = {
    "U1": "a) U1: Foster placement - relatives - long term",
    "U2": "b) U2: Foster placement - relative - FFA",
    "U3": "c) U3: Foster placement - relative - not FFA",
    "U4": "d) U4: Foster placement - long term", "U5": "e) U5: Foster placement - FFA",
    "U6": "f) U6: Foster placement - not FFA",
    "A3": "g) A3: Placed for adoption - consent - current foster",
    "A4": "h) A4: Placed for adoption - consent - not foster",
    "A5": "i) A5: Placed for adoption - order - foster",
    "A6": "j) A6: Placed for adoption - order - not foster",
    "P1": "k) P1: Placed with parents", "P2": "l) P2: Independent living",
    "P3": "m) P3: Residential employment", "H5": "n) H5: Residential accommodation",
    "K1": "o) K1: Secure Children's Homes", "K2": "p) K2: Children's Homes",
    "R1": "q) R1: Residential Care Home", "R2": "r) R2: NHS/Health Trust",
    "R3": "s) R3: Family Centre or Mother and Baby Unit",
    "R5": "t) R5: Young Offender Institution", "S1": "u) S1: Residential school",
    "Z1": "v) Z1: Other placements", "T0": "w) T0: Temporary placement",
    "T1": "x) T1: Temporary placement - hospital", "T2": "y) T2: Temporary placement - holiday",
    "T3": "z) T3: Temporary placement - carer holiday",
    "T4": "zz) T4: Temporary placement - seven days or less",
}  # fmt: skip
PROVIDER = {
    "PR0": "a) PR0: Parents/Parental responsibility", "PR1": "b) PR1: Own provision",
    "PR2": "c) PR2: Other LA provision", "PR3": "d) PR3: Other public provision",
    "PR4": "e) PR4: Private provision", "PR5": "f) PR5: Voluntary/third sector",
}  # fmt: skip
ELIGIBILITY = {"RELEVANT": "a) Relevant child", "FORMER_RELEVANT": "b) Former relevant child",
               "QUALIFYING": "c) Qualifying care leaver",
               "ELIGIBLE": "d) Eligible child"}  # fmt: skip
IN_TOUCH = {"YES": "a) Yes", "NO": "b) No", "DIED": "c) Died", "REFU": "d) Refu",
            "NREQ": "e) NREQ", "RHOM": "f) Rhom"}  # fmt: skip
ACCOMMODATION = {
    "B": "B: Parents/relatives", "C": "C: Community home/residential care",
    "D": "D: Semi-independent, transitional accommodation and self-contained accommodation",
    "E": "E: Supported lodgings", "G": "G: Abroad", "H": "H: Deported",
    "K": "K: Ordinary lodgings, without formal support", "R": "R: Residence not known",
    "S": "S: No fixed adobe/homeless", "T": "T: Foyers and similar supported accommodation",
    "U": "U: Independent living", "V": "V: Emergency accommodation",
    "W": "W: Bed and breakfast", "X": "X: In custody", "Y": "Y: Other accommodation",
    "Z": "Z: With former foster carers",
}  # fmt: skip
"""``S`` keeps liiatools' spelling ("adobe"), the string its loader matches."""
ACTIVITY = {
    "F1": "F1: Full time in higher education", "P1": "P1: Part time in higher education",
    "F2": "F2: Full time in education other than higher",
    "P2": "P2: Part time in education other than higher",
    "F4": "F4: Young person engaged full time in an apprenticeship",
    "P4": "P4: Young person engaged part time in an apprenticeship",
    "F5": "F5: Young person engaged full time in training or employment (not apprenticeship)",
    "P5": "P5: Young person engaged part time in training or employment (not apprenticeship)",
    "G4": "G4: Not in education, employment or training - illness or disability",
    "G5": "G5: Not in education, employment or training - other",
    "G6": "G6: Not in education, employment or training - pregnancy or parenting",
}  # fmt: skip
REVERSAL_REASON = {
    "RD1": "RD1 - The child’s needs changed subsequent to the decision",
    "RD2": "RD2 - The Court did not make a placement order",
    "RD3": "RD3 - Prospective adopters could not be found", "RD4": "RD4 - Any other reason",
}  # fmt: skip
