"""The demo journal's invented content: people, places, opinions and answers (all made up).

Kept apart from ``services/demo.py``, which builds the journal's rows from these tables.
"""

from __future__ import annotations

from typing import Any

from secondopinion.domain.enums import Agreement

CONCERNS: list[dict[str, Any]] = [
    {
        "title": "Recommended hysterectomy",
        "original_diagnosis": "Uterine fibroids causing heavy bleeding and anaemia",
        "diagnosed_by": "Dr. Helen Brandt, gynaecology, Riverside Medical Group",
        "proposed_treatment": "Total hysterectomy within the next three months",
        "to_clarify": "Whether a uterus-sparing treatment (embolisation, myomectomy, medication) "
        "would work for fibroids of this size and position.",
        "symptoms": ["Pelvic pain", "Heavy bleeding", "Fatigue"],
    },
    {
        "title": "Chronic lower back pain",
        "original_diagnosis": "Non-specific lower back pain",
        "diagnosed_by": "Dr. Samuel Okafor, family medicine",
        "proposed_treatment": "Physiotherapy and anti-inflammatories",
        "to_clarify": "Why the pain wakes me at night and spreads to the left leg, and whether "
        "imaging is warranted.",
        "symptoms": ["Back pain", "Leg numbness", "Sleep disruption"],
    },
    {
        "title": "Thyroid nodule",
        "original_diagnosis": "Benign-appearing thyroid nodule, watchful waiting",
        "diagnosed_by": "Dr. Ana Lindqvist, endocrinology",
        "proposed_treatment": "Ultrasound again in 12 months",
        "to_clarify": "Whether a biopsy now would be wiser given family history.",
        "symptoms": ["Neck tightness", "Hoarseness"],
    },
    {
        "title": "Migraine with aura",
        "original_diagnosis": "Episodic migraine",
        "diagnosed_by": "Dr. Priya Raman, neurology",
        "proposed_treatment": "Triptans as needed",
        "to_clarify": "Whether the new visual symptoms need further investigation.",
        "symptoms": ["Headache", "Visual aura", "Nausea"],
    },
    {
        "title": "Persistent cough",
        "original_diagnosis": "Post-viral cough",
        "diagnosed_by": "Dr. Marc Dubois, urgent care",
        "proposed_treatment": "Wait it out; inhaler if needed",
        "to_clarify": "Why it has lasted eleven weeks.",
        "symptoms": ["Cough", "Breathlessness"],
    },
]

FIRST_NAMES = [
    "Helen",
    "Samuel",
    "Ana",
    "Priya",
    "Marc",
    "Leila",
    "Tomas",
    "Grace",
    "Yusuf",
    "Mei",
    "Jonas",
    "Ines",
    "Kwame",
    "Sofia",
    "Ravi",
    "Elena",
    "Oliver",
    "Nadia",
    "Hugo",
    "Aiko",
]
LAST_NAMES = [
    "Brandt",
    "Okafor",
    "Lindqvist",
    "Raman",
    "Dubois",
    "Haddad",
    "Novak",
    "Whitfield",
    "Demir",
    "Chen",
    "Berg",
    "Moreau",
    "Mensah",
    "Rossi",
    "Iyer",
    "Petrova",
    "Hart",
    "Kaur",
    "Laurent",
    "Tanaka",
]
SPECIALTIES = [
    "Gynaecology",
    "Interventional radiology",
    "Gynaecologic oncology",
    "Gynaecology",
    "Family medicine",
    "Orthopaedics",
    "Neurology",
    "Endocrinology",
]
INSTITUTIONS = [
    ("Riverside Medical Group", "Riverside Health", False),
    ("St. Anselm University Hospital", "Anselm Health System", True),
    ("Lakeshore Women's Clinic", "Lakeshore Care", False),
    ("Northgate Teaching Hospital", "Northgate University Health", True),
    ("Harbour Spine Centre", "Harbour Health Partners", False),
]

DIAGNOSES = [
    ("Uterine fibroids; hysterectomy is one option among several", Agreement.PARTLY),
    ("Uterine fibroids suitable for embolisation", Agreement.PARTLY),
    ("Adenomyosis with fibroids", Agreement.DISAGREES),
    ("Uterine fibroids causing heavy bleeding and anaemia", Agreement.AGREES),
]

# Opinions for the other concerns: (diagnosis, agreement, treatment, tests, rationale, in my place).
OTHER_OPINIONS: dict[int, list[tuple[str, Agreement, str, str, str, str]]] = {
    1: [
        (
            "Lumbar disc herniation with L5 nerve root irritation",
            Agreement.DISAGREES,
            "Targeted physiotherapy; epidural injection if no better in six weeks",
            "Lumbar MRI",
            "Night pain and pain down the left leg point to a nerve root.",
            "Get the MRI before anything else",
        ),
        (
            "Non-specific lower back pain",
            Agreement.AGREES,
            "Keep up physiotherapy",
            "None",
            "No red flags on examination.",
            "Keep moving and give it time",
        ),
        (
            "Sacroiliac joint dysfunction",
            Agreement.PARTLY,
            "Manual therapy and a pelvic belt",
            "Provocation tests, then an SI joint injection",
            "The pain pattern fits the SI joint.",
            "Try the belt for a month",
        ),
    ],
    2: [
        (
            "Thyroid nodule, indeterminate on ultrasound",
            Agreement.PARTLY,
            "Fine-needle aspiration biopsy",
            "FNA biopsy, calcitonin",
            "Size and family history justify a biopsy now.",
            "Have the biopsy",
        ),
        (
            "Benign-appearing thyroid nodule",
            Agreement.AGREES,
            "Ultrasound in 12 months",
            "None",
            "Low-risk features on ultrasound.",
            "Wait and watch",
        ),
        (
            "Multinodular goitre",
            Agreement.DISAGREES,
            "Ultrasound in 6 months",
            "TSH, antibodies",
            "There are several nodules, not one.",
            "Repeat the scan sooner",
        ),
    ],
    3: [
        (
            "Migraine with aura",
            Agreement.AGREES,
            "Preventive medication",
            "None",
            "Typical aura lasting under an hour.",
            "Start a preventive",
        ),
        (
            "Migraine with aura; rule out other causes",
            Agreement.PARTLY,
            "Triptans and review",
            "Brain MRI",
            "The new visual symptoms changed character.",
            "Get the MRI for peace of mind",
        ),
        (
            "Occipital neuralgia with migraine",
            Agreement.DISAGREES,
            "Nerve block",
            "Diagnostic occipital nerve block",
            "Tenderness over the occipital nerve.",
            "Try the nerve block",
        ),
    ],
    4: [
        (
            "Cough-variant asthma",
            Agreement.DISAGREES,
            "Inhaled steroid trial",
            "Spirometry with bronchodilator",
            "Night cough and cold-air trigger.",
            "Try the inhaler for four weeks",
        ),
        (
            "Post-viral cough",
            Agreement.AGREES,
            "Honey and time",
            "None",
            "Still within the usual recovery window.",
            "Wait a few more weeks",
        ),
        (
            "Reflux-related cough",
            Agreement.PARTLY,
            "Proton pump inhibitor trial",
            "None",
            "Cough after meals and when lying down.",
            "Try the reflux treatment",
        ),
    ],
}

OTHER_ANSWERS = [
    "Partly: I would look at a few more things first.",
    "There are two or three other explanations worth checking.",
    "Yes, one test would settle it.",
    "We went through each option and what it involves.",
    "I would take the time to be sure before committing.",
]

OWN_QUESTION_ANSWERS = [
    "Two weeks off work for embolisation, six for surgery.",
    "Depends on the option; we went through each.",
    "",
]

ANSWERS = {
    "agree_diagnosis": [
        "Yes, the fibroids explain the bleeding.",
        "Partly: I also see signs of adenomyosis on the scan.",
        "I agree with the fibroids, not with surgery as the only way.",
    ],
    "other_possibilities": [
        "Adenomyosis could add to the pain.",
        "A thyroid problem can worsen bleeding; worth a blood test.",
        "Nothing else likely.",
    ],
    "more_tests": [
        "An MRI would map the fibroids exactly.",
        "Iron studies and a thyroid panel.",
        "No further tests needed.",
    ],
    "treatment_options": [
        "Uterine artery embolisation first; surgery if it fails.",
        "A hormonal IUD and iron, then reassess in three months.",
        "Hysterectomy remains the definitive option.",
    ],
    "in_my_place": [
        "I would try embolisation before surgery.",
        "I would take the time for an MRI before deciding.",
        "I would have the surgery.",
    ],
}


RESULT_SERIES: tuple[tuple[str, str, str, float, float, tuple[tuple[int, float], ...]], ...] = (
    (
        "Hemoglobin",
        "718-7",
        "g/dL",
        12.0,
        15.5,
        ((300, 10.9), (220, 10.2), (150, 11.1), (80, 11.8), (20, 12.6)),
    ),
    ("Ferritin", "2276-4", "ng/mL", 15.0, 150.0, ((220, 6.0), (150, 11.0), (20, 24.0))),
    ("TSH", "3016-3", "mIU/L", 0.4, 4.0, ((300, 2.1), (20, 4.6))),
)
