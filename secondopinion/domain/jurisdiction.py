"""The right of access a request letter rests on, by jurisdiction: the one place for these facts.

Each rule names its source. The letter's sentences that state them are in
``services/letter_words.py`` (one catalogue, so they can be translated); the periods, limits and
fee rules are here, and everything that computes a due date or checks an extension reads them.

- United States: HIPAA Privacy Rule, right of access, 45 CFR § 164.524.
  § 164.524(b)(2)(i): act on a request no later than 30 days after receiving it.
  § 164.524(b)(2)(ii): if it cannot, one extension of no more than 30 days, provided the
  individual is told in writing, within the first 30 days, the reasons for the delay and the date
  by which the covered entity will act; only one such extension is permitted.
  § 164.524(c)(4): a fee may be charged only if reasonable and cost-based (labour for copying,
  supplies, postage, preparing a summary if agreed).
- United Kingdom: UK GDPR Article 15 (right of access) with Article 12(3) (time limits), as the
  Data Protection Act 2018 keeps them; ICO guidance "Right of access" on counting the month.
  Article 12(3): answer without undue delay and at the latest within one month of receipt; may be
  extended by two further months where necessary, taking into account the complexity and number
  of requests, if the person is told of the extension and the reasons within the first month.
  Article 15(3): the first copy is free; a reasonable fee may be charged for further copies.
- European Union (and the EEA, where the GDPR applies too): Regulation (EU) 2016/679 (GDPR),
  Articles 15 and 12(3): the same periods and the same rule on fees as the UK.
- Elsewhere: no law is cited; the letter is a plain request and the person sets the due date
  (the app suggests the same 30 days as before, which the person can change).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Jurisdiction(StrEnum):
    US = "us"
    UK = "uk"
    EU = "eu"
    ELSEWHERE = "elsewhere"


class Fees(StrEnum):
    COST_BASED = "cost_based"  # HIPAA: reasonable, cost-based fees only
    FIRST_COPY_FREE = "first_copy_free"  # GDPR: the first copy free, later copies a reasonable fee
    UNSTATED = "unstated"  # no rule cited


@dataclass(frozen=True)
class AccessRight:
    """What a provider must do with a request for records, under one jurisdiction's law."""

    jurisdiction: Jurisdiction
    cited: bool  # False: the letter is a plain request with no legal citation
    answer_days: int = 0  # the deadline in calendar days …
    answer_months: int = 0  # … or in calendar months (one of the two)
    extension_days: int = 0  # the most an extension may add, in days …
    extension_months: int = 0  # … or in months; both 0: no legal limit
    fees: Fees = Fees.UNSTATED

    def deadline(self, asked_on: date) -> date:
        """The date by which the provider must answer a request made (received) on ``asked_on``."""
        if self.answer_months:
            return add_months(asked_on, self.answer_months)
        return asked_on + timedelta(days=self.answer_days)

    def latest_extension(self, first_deadline: date) -> date | None:
        """The latest date an extension may move ``first_deadline`` to; None: no legal limit."""
        if self.extension_months:
            return add_months(first_deadline, self.extension_months)
        if self.extension_days:
            return first_deadline + timedelta(days=self.extension_days)
        return None


# 45 CFR § 164.524(b)(2): 30 days, one extension of up to 30 days; (c)(4): cost-based fees.
HIPAA = AccessRight(
    Jurisdiction.US, cited=True, answer_days=30, extension_days=30, fees=Fees.COST_BASED
)
# (UK) GDPR Art. 12(3): one month, up to two further months; Art. 15(3): first copy free.
UK_GDPR = AccessRight(
    Jurisdiction.UK, cited=True, answer_months=1, extension_months=2, fees=Fees.FIRST_COPY_FREE
)
EU_GDPR = AccessRight(
    Jurisdiction.EU, cited=True, answer_months=1, extension_months=2, fees=Fees.FIRST_COPY_FREE
)
# No law cited: a 30-day suggestion the person may change, and no limit on extensions.
PLAIN = AccessRight(Jurisdiction.ELSEWHERE, cited=False, answer_days=30)

RIGHTS: dict[Jurisdiction, AccessRight] = {
    r.jurisdiction: r for r in (HIPAA, UK_GDPR, EU_GDPR, PLAIN)
}


def right_of(value: Jurisdiction | str) -> AccessRight:
    """The right for a stored jurisdiction value; an unknown value is treated as 'elsewhere'."""
    try:
        return RIGHTS[Jurisdiction(value)]
    except ValueError:
        return PLAIN


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has none (ICO's counting:
    a request received on 31 January is due on 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# Regions (ISO 3166 codes as locales write them) where each jurisdiction's law applies.
# The GDPR applies in the 27 EU member states and, through the EEA agreement, Iceland,
# Liechtenstein and Norway.
_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_REGIONS = frozenset((_EU + " IS LI NO").split(" "))
UK_REGIONS = frozenset({"GB", "UK", "GG", "JE", "IM"})
US_REGIONS = frozenset({"US", "PR", "GU", "VI", "AS", "MP"})  # HIPAA covers the territories too


def from_locale(locale_name: str) -> Jurisdiction:
    """The jurisdiction of a locale name (``en_GB.UTF-8``, ``es-US``); 'elsewhere' if none."""
    region = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[1:2]
    code = region[0].upper() if region else ""
    if code in US_REGIONS:
        return Jurisdiction.US
    if code in UK_REGIONS:
        return Jurisdiction.UK
    if code in EU_REGIONS:
        return Jurisdiction.EU
    return Jurisdiction.ELSEWHERE
