"""DfE code lists, versioned by collection year.

Every coded column in the canonical model names one of these lists. A list can change between
collection years (SEX became M/F/U in 2024-25; PLACE lost H5, P2 and Z1 in 2025-26), so each
code carries the collection years it is valid for and a record is checked against the list of
its own year. A collection year is named by the calendar year in which it ends (2026 means
1 April 2025 to 31 March 2026), as the DfE validators do.

Sources: the SSDA903 and CIN census guides as enforced by data-to-insight's validators
(see ``shared/reference``); meanings paraphrased.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """One value of a code list and the collection years (end years, inclusive) it is valid in."""

    code: str
    meaning: str
    first_year: int | None = None
    last_year: int | None = None

    def valid_in(self, year: int | None) -> bool:
        """Whether the code may be used in the collection year ending in ``year`` (None: any)."""
        if year is None:
            return True
        if self.first_year is not None and year < self.first_year:
            return False
        return not (self.last_year is not None and year > self.last_year)


@dataclass(frozen=True)
class CodeList:
    """A named DfE code list."""

    name: str
    meaning: str
    source: str
    codes: tuple[Code, ...]

    def valid_codes(self, year: int | None = None) -> frozenset[str]:
        """The codes valid in a collection year (all codes ever valid when ``year`` is None)."""
        return frozenset(c.code for c in self.codes if c.valid_in(year))

    def meaning_of(self, code: str) -> str:
        """Plain-English meaning of a code, for reports and the data dictionary."""
        for c in self.codes:
            if c.code == code:
                return c.meaning
        raise KeyError(f"{code!r} is not a code of {self.name}")


def _codes(pairs: str, first_year: int | None = None, last_year: int | None = None) -> list[Code]:
    """Parse ``CODE: meaning`` lines into codes sharing one validity range."""
    out = []
    for line in pairs.strip().splitlines():
        code, meaning = line.split(":", 1)
        out.append(Code(code.strip(), meaning.strip(), first_year, last_year))
    return out


SEX = CodeList(
    "sex",
    "Sex of the child",
    "SSDA903 SEX / CIN census GenderCurrent (to 2023-24) and Sex (from 2024-25)",
    tuple(
        _codes("1: Male\n2: Female", last_year=2024)
        + _codes("M: Male\nF: Female\nU: Unknown or not recorded", first_year=2025)
    ),
)

ETHNICITY = CodeList(
    "ethnicity",
    "Ethnic origin",
    "SSDA903 ETHNIC / CIN census Ethnicity",
    tuple(
        _codes(
            """
WBRI: White British
WIRI: White Irish
WIRT: Traveller of Irish heritage
WOTH: Any other White background
WROM: Gypsy/Roma
MWBC: White and Black Caribbean
MWBA: White and Black African
MWAS: White and Asian
MOTH: Any other mixed background
AIND: Indian
APKN: Pakistani
ABAN: Bangladeshi
AOTH: Any other Asian background
BCRB: Caribbean
BAFR: African
BOTH: Any other Black background
CHNE: Chinese
OOTH: Any other ethnic group
REFU: Refused
NOBT: Information not yet obtained
"""
        )
    ),
)

DISABILITY = CodeList(
    "disability",
    "Disability recorded for a child in need",
    "CIN census Disability",
    tuple(
        _codes(
            """
NONE: No disability
MOB: Mobility
HAND: Hand function
PC: Personal care
INC: Incontinence
COMM: Communication
LD: Learning
HEAR: Hearing
VIS: Vision
BEH: Behaviour
CON: Consciousness
AUT: Autism or Asperger's syndrome
DDA: Other disability under the Disability Discrimination Act
"""
        )
    ),
)

REFERRAL_SOURCE = CodeList(
    "referral_source",
    "Who made the contact or referral",
    "CIN census ReferralSource",
    tuple(
        _codes(
            """
1A: Individual: family member, relative or carer
1B: Individual: acquaintance
1C: Individual: self
1D: Individual: other
2A: Schools
2B: Education services
3A: Health services: GP
3B: Health services: health visitor
3C: Health services: school nurse
3D: Health services: other primary health services
3E: Health services: A&E
3F: Health services: other
4: Housing
5A: LA services: social care
5B: LA services: other internal
5C: LA services: external
5D: LA services: early help
6: Police
7: Other legal agency
8: Other
9: Anonymous
10: Unknown
"""
        )
    ),
)

CONTACT_OUTCOME = CodeList(
    "contact_outcome",
    "What happened to a contact at the front door",
    "Local recording (no DfE list); mirrors SSD cont_contact_outcome_json",
    tuple(
        _codes(
            """
REF: Referred to children's social care
EH: Passed to early help
NFA: No further action, advice or information given
"""
        )
    ),
)

CATEGORY_OF_NEED = CodeList(
    "category_of_need",
    "Primary reason the child needs services",
    "CIN census PrimaryNeedCode (N0-N9) / SSDA903 CIN (N1-N8)",
    tuple(
        _codes(
            """
N0: Not stated
N1: Abuse or neglect
N2: Child's disability
N3: Parental illness or disability
N4: Family in acute stress
N5: Family dysfunction
N6: Socially unacceptable behaviour
N7: Low income
N8: Absent parenting
N9: Cases other than children in need
"""
        )
    ),
)

CIN_CLOSURE_REASON = CodeList(
    "cin_closure_reason",
    "Why a child in need episode was closed",
    "CIN census ReasonForClosure",
    tuple(
        _codes(
            """
RC1: Adopted
RC2: Died
RC3: Child arrangements order
RC4: Special guardianship order
RC5: Transferred to services of another local authority
RC6: Transferred to adult social care services
RC7: Services ceased for any other reason, including child no longer in need
RC8: Case closed after assessment, no further action
RC9: Case closed after assessment, referred to early help
"""
        )
    ),
)

ASSESSMENT_FACTOR = CodeList(
    "assessment_factor",
    "Factors identified at the end of an assessment",
    "CIN census AssessmentFactors",
    tuple(
        _codes(
            """
1A: Alcohol misuse: child
1B: Alcohol misuse: parent or carer
1C: Alcohol misuse: another person in the household
2A: Drug misuse: child
2B: Drug misuse: parent or carer
2C: Drug misuse: another person in the household
3A: Domestic abuse: child
3B: Domestic abuse: parent or carer
3C: Domestic abuse: another person in the household
4A: Mental health: child
4B: Mental health: parent or carer
4C: Mental health: another person in the household
5A: Learning disability: child
5B: Learning disability: parent or carer
5C: Learning disability: another person in the household
6A: Physical disability or illness: child
6B: Physical disability or illness: parent or carer
6C: Physical disability or illness: another person in the household
7A: Young carer
8B: Privately fostered: overseas child intending to return
8C: Privately fostered: overseas child intending to stay
8D: Privately fostered: UK child in educational placement
8E: Privately fostered: UK child in alternative family arrangement
8F: Privately fostered: other
9A: Unaccompanied asylum-seeking child
10A: Going or being missing
11A: Child sexual exploitation
12A: Trafficking
13A: Gangs
14A: Socially unacceptable behaviour
15A: Self-harm
16A: Neglect
17A: Emotional abuse
18B: Physical abuse: child on child
18C: Physical abuse: adult on child
19B: Sexual abuse: child on child
19C: Sexual abuse: adult on child
20: Other
21: No factors identified
22A: Female genital mutilation
23A: Abuse linked to faith or belief
24A: Child criminal exploitation
"""
        )
    ),
)

CP_CATEGORY = CodeList(
    "cp_category",
    "Category of abuse on a child protection plan",
    "CIN census InitialCategoryOfAbuse / LatestCategoryOfAbuse",
    tuple(
        _codes(
            """
NEG: Neglect
PHY: Physical abuse
SAB: Sexual abuse
EMO: Emotional abuse
MUL: Multiple or not recommended
"""
        )
    ),
)

LEGAL_STATUS = CodeList(
    "legal_status",
    "Legal status of a looked-after child",
    "SSDA903 LS",
    tuple(
        _codes(
            """
C1: Interim care order
C2: Full care order
D1: Freeing order granted
E1: Placement order granted
V2: Single period of accommodation under section 20
V3: Agreed series of short-term breaks, individual episodes recorded
V4: Agreed series of short-term breaks, agreements recorded
L1: Under police protection and in local authority accommodation
L2: Emergency protection order
L3: Child assessment order and in local authority accommodation
J1: Remanded to local authority accommodation or youth detention accommodation
J2: In local authority accommodation under PACE 1984
J3: Sentenced to a youth rehabilitation order with residence or intensive fostering requirement
"""
        )
    ),
)

REASON_NEW_EPISODE = CodeList(
    "reason_new_episode",
    "Why a new looked-after episode started",
    "SSDA903 RNE",
    tuple(
        _codes(
            """
S: Started to be looked after
L: Change of legal status only
P: Change of placement and carer(s) only
T: Change of placement, same carer(s)
B: Change of legal status and of placement and carer(s) on the same day
U: Change of legal status and of placement, same carer(s), on the same day
"""
        )
    ),
)

PLACEMENT_TYPE = CodeList(
    "placement_type",
    "Type of placement of a looked-after child",
    "SSDA903 PLACE",
    tuple(
        _codes(
            """
A3: Placed for adoption with consent, with current foster carer(s)
A4: Placed for adoption with consent, not with current foster carer(s)
A5: Placed for adoption with placement order, with current foster carer(s)
A6: Placed for adoption with placement order, not with current foster carer(s)
K1: Secure children's home
K2: Children's home subject to Children's Homes Regulations
P1: Placed with own parent(s) or other person(s) with parental responsibility
P3: Residential employment
R1: Residential care home
R2: NHS or health trust or other establishment providing medical or nursing care
R3: Family centre or mother and baby unit
R5: Young offender institution
S1: Residential school, except where dual-registered as a school and children's home
T0: Temporary move of any type
T1: Temporary period in hospital
T2: Temporary absence of the child on holiday
T3: Temporary accommodation while normal foster carer(s) on holiday
T4: Temporary accommodation of seven days or less, not covered by T1 to T3
U1: Foster placement with relative(s) or friend(s), long-term fostering
U2: Foster placement with relative(s) or friend(s) who are also approved adopters
U3: Foster placement with relative(s) or friend(s), not long-term or FFA
U4: Foster placement with other foster carer(s), long-term fostering
U5: Foster placement with other foster carer(s) who are also approved adopters
U6: Foster placement with other foster carer(s), not long-term or FFA
"""
        )
        + _codes(
            """
H5: Semi-independent living not subject to children's homes regulations
P2: Independent living (flat, lodgings, bedsit, bed and breakfast, friends)
Z1: Other placements
""",
            last_year=2025,
        )
        + _codes("K3: Supported accommodation", first_year=2025)
        + _codes(
            """
Z11: Other placements (from 2025-26, subdivision 1)
Z12: Other placements (from 2025-26, subdivision 2)
Z13: Other placements (from 2025-26, subdivision 3)
Z14: Other placements (from 2025-26, subdivision 4)
""",
            first_year=2026,
        )
    ),
)

PLACEMENT_PROVIDER = CodeList(
    "placement_provider",
    "Who provides the placement",
    "SSDA903 PLACE_PROVIDER",
    tuple(
        _codes(
            """
PR0: Parent(s) or other person(s) with parental responsibility
PR1: Own local authority provision
PR2: Other local authority provision
PR3: Other public provision
PR4: Private provision
PR5: Voluntary or third sector provision
"""
        )
    ),
)

REASON_EPISODE_CEASED = CodeList(
    "reason_episode_ceased",
    "Why a looked-after episode ended",
    "SSDA903 REC",
    tuple(
        _codes(
            """
X1: Episode ceases and a new one begins on the same day
E11: Adopted, application unopposed
E12: Adopted, consent dispensed with by the court
E2: Died
E3: Care taken over by another local authority in the UK
E4A: Returned home to parents or relatives as part of care planning
E4B: Returned home to parents or relatives, not as part of care planning
E13: Left care to live with parents, relatives or others with no parental responsibility
E41: Residence order or child arrangements order granted
E45: Special guardianship order to former foster carers who are relatives or friends
E46: Special guardianship order to former foster carers who are not relatives or friends
E47: Special guardianship order to carers other than former foster carers, relatives or friends
E48: Special guardianship order to carers other than former foster carers, not relatives or friends
E5: Moved to independent living with supportive accommodation
E6: Moved to independent living with no formalised support
E7: Transferred to residential care funded by adult social care
E8: Period of being looked after ceased for any other reason
E9: Sentenced to custody
E14: Accommodation on remand ended
E15: Age assessment determined the child was 18 or over
E16: Child moved abroad
E17: Aged 18 or over and remained with current carers
"""
        )
    ),
)

REASON_PLACE_CHANGE = CodeList(
    "reason_place_change",
    "Why a placement ended (recorded on the episode that ends)",
    "SSDA903 REASON_PLACE_CHANGE",
    tuple(
        _codes(
            """
CARPL: Change to or implementation of the care plan
CLOSE: Resignation or closure of provision
ALLEG: Allegation (section 47)
STAND: Standards of care concern
APPRR: Approval removed
CREQB: Carer requests placement end due to the child's behaviour
CREQO: Carer requests placement end, other reason
CHILD: Child requests placement end
LAREQ: Responsible or area authority requests placement end
PLACE: Change in the status of the placement only
CUSTOD: Custody arrangement
OTHER: Other
"""
        )
    ),
)

REVIEW_PARTICIPATION = CodeList(
    "review_participation",
    "How the child took part in a looked-after review",
    "SSDA903 REVIEW_CODE",
    tuple(
        _codes(
            """
PN0: Child under 4 at the time of the review
PN1: Child attends and speaks for themselves
PN2: Child attends, an advocate or the IRO speaks for them
PN3: Child attends and conveys views symbolically
PN4: Child attends but does not contribute
PN5: Child does not attend but briefs an advocate or the IRO
PN6: Child does not attend but conveys views by a facilitative medium
PN7: Child does not attend and views are not conveyed
"""
        )
    ),
)

MISSING_TYPE = CodeList(
    "missing_type",
    "Kind of episode away from placement",
    "SSDA903 MISSING",
    tuple(
        _codes(
            """
M: Missing from care (whereabouts unknown)
A: Away from placement without authorisation (whereabouts known)
"""
        )
    ),
)

CARE_LEAVER_IN_TOUCH = CodeList(
    "care_leaver_in_touch",
    "Whether the council is in touch with the care leaver",
    "SSDA903 OC3 IN_TOUCH",
    tuple(
        _codes(
            """
YES: In touch
NO: Not in touch
DIED: Died since leaving care
REFU: Young person refuses contact
NREQ: Young person no longer requires services
RHOM: Returned home to parents for six or more months
"""
        )
    ),
)

CARE_LEAVER_ACTIVITY = CodeList(
    "care_leaver_activity",
    "Main activity of the care leaver",
    "SSDA903 OC3 ACTIV",
    tuple(
        _codes(
            """
F1: Full time in higher education
P1: Part time in higher education
F2: Full time in education other than higher education
P2: Part time in education other than higher education
F4: Full time apprenticeship
P4: Part time apprenticeship
F5: Full time training or employment (not apprenticeship)
P5: Part time training or employment (not apprenticeship)
G4: Not in education, employment or training: illness or disability
G5: Not in education, employment or training: other
G6: Not in education, employment or training: pregnancy or parenting
0: Not applicable (died or returned home)
"""
        )
    ),
)

CARE_LEAVER_ACCOMMODATION = CodeList(
    "care_leaver_accommodation",
    "Type of accommodation of the care leaver (the letter of 903 ACCOM)",
    "SSDA903 OC3 ACCOM",
    tuple(
        _codes(
            """
B: With parents or relatives
C: Community home or other residential care
D: Semi-independent, transitional accommodation
E: Supported lodgings
G: Gone abroad
H: Deported
K: Ordinary lodgings without formal support
R: Residence not known
S: No fixed abode or homeless
T: Foyers and similar supported accommodation
U: Independent living
V: Emergency accommodation
W: Bed and breakfast
X: In custody
Y: Other accommodation
Z: With former foster carer(s)
0: Not applicable (died or returned home)
"""
        )
    ),
)

CARE_LEAVER_ELIGIBILITY = CodeList(
    "care_leaver_eligibility",
    "Leaving care eligibility category",
    "Ofsted Annex A list 9 / SSD clea_care_leaver_eligibility",
    tuple(
        _codes(
            """
RELEVANT: Relevant child (aged 16-17, left care)
FORMER_RELEVANT: Former relevant child (aged 18-21, or up to 25 in education)
QUALIFYING: Qualifying care leaver
ELIGIBLE: Eligible child (aged 16-17, still looked after)
"""
        )
    ),
)

ADOPTION_REVERSAL_REASON = CodeList(
    "adoption_reversal_reason",
    "Why a child should no longer be placed for adoption",
    "SSDA903 REASON_PLACED_CEASED",
    tuple(
        _codes(
            """
RD1: The child's needs changed after the decision
RD2: The court did not make a placement order
RD3: Prospective adopters could not be found
RD4: Any other reason
"""
        )
    ),
)

HEALTH_CHECK_TYPE = CodeList(
    "health_check_type",
    "Kind of health check of a looked-after child",
    "SSD clah_health_check_type",
    tuple(
        _codes(
            """
HEALTH: Health assessment
DENTAL: Dental check
"""
        )
    ),
)

VISIT_TYPE = CodeList(
    "visit_type",
    "Which plan a statutory visit was made under",
    "SSD ssd_cin_visits / ssd_cp_visits / ssd_cla_visits",
    tuple(
        _codes(
            """
CIN: Child in need visit
CP: Child protection visit
CLA: Looked-after child visit
"""
        )
    ),
)

PREVIOUS_PERMANENCE = CodeList(
    "previous_permanence",
    "Permanence option before this period of care",
    "SSDA903 PREV_PERM",
    tuple(
        _codes(
            """
P1: Adoption
P2: Special guardianship order
P3: Residence order or child arrangements order
P4: Unknown
Z1: No previous permanence option
"""
        )
    ),
)

CODE_LISTS: dict[str, CodeList] = {
    cl.name: cl
    for cl in (
        SEX,
        ETHNICITY,
        DISABILITY,
        REFERRAL_SOURCE,
        CONTACT_OUTCOME,
        CATEGORY_OF_NEED,
        CIN_CLOSURE_REASON,
        ASSESSMENT_FACTOR,
        CP_CATEGORY,
        LEGAL_STATUS,
        REASON_NEW_EPISODE,
        PLACEMENT_TYPE,
        PLACEMENT_PROVIDER,
        REASON_EPISODE_CEASED,
        REASON_PLACE_CHANGE,
        REVIEW_PARTICIPATION,
        MISSING_TYPE,
        CARE_LEAVER_IN_TOUCH,
        CARE_LEAVER_ACTIVITY,
        CARE_LEAVER_ACCOMMODATION,
        CARE_LEAVER_ELIGIBILITY,
        ADOPTION_REVERSAL_REASON,
        HEALTH_CHECK_TYPE,
        VISIT_TYPE,
        PREVIOUS_PERMANENCE,
    )
}
"""Every code list by name; a column's ``codes`` attribute is a key of this mapping."""
