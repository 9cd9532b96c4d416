"""The Japanese recognizers, one per module, registered by name below.

``recognizer_classes`` lists every recognizer the pipeline runs, in the
order it runs them, as Presidio's ``predefined_recognizers`` lists its own:
a recognizer is a module in this folder *and* a line in that tuple. A
recognizer class that is defined here but not listed is caught by
``tests/test_recognizer_registry.py``, which names it. Modules with no
recognizer of their own hold shared mechanism (``_base``, ``_context``,
``_drops``) or the pieces one recognizer gathers (``_person_*``); a base class
that recognizers derive from (``_gov_id_context.LabelledIdRecognizer``) is
simply not listed.

``registry()`` hands the same recognizers to a Presidio user's own
``AnalyzerEngine`` (README, "Python API").
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerRegistry

    from redactor.recognizers._base import JaRecognizer


@lru_cache(maxsize=1)
def recognizer_classes() -> tuple[type[JaRecognizer], ...]:
    """Every recognizer class the pipeline runs, in the order it runs them.

    The order is the modules' alphabetical order, as the folder scan this
    list replaced produced it, and it matters: the document-level
    ``refine`` steps run in it, and findings of the same span and label are
    listed in it. A new recognizer goes in at its module's place.

    Imported here rather than at the top of the package: the word lists in
    ``redactor.recognizers.data`` (read by the risk check and the command
    line) sit inside this package, and loading them must not load Presidio,
    spaCy and every recognizer, which takes seconds.
    """
    from redactor.recognizers.account import AccountRecognizer
    from redactor.recognizers.address import AddressRecognizer
    from redactor.recognizers.address_abroad import AddressAbroadRecognizer
    from redactor.recognizers.affiliation import AffiliationRecognizer
    from redactor.recognizers.age import AgeRecognizer
    from redactor.recognizers.amount import AmountRecognizer
    from redactor.recognizers.birth_date import BirthDateRecognizer
    from redactor.recognizers.case_number import CaseNumberRecognizer
    from redactor.recognizers.corporate_number import CorporateNumberRecognizer
    from redactor.recognizers.credential import CredentialRecognizer
    from redactor.recognizers.data_center import DataCenterRecognizer
    from redactor.recognizers.date import DateRecognizer
    from redactor.recognizers.drivers_license import DriversLicenseRecognizer
    from redactor.recognizers.email import EmailRecognizer
    from redactor.recognizers.family import FamilyRecognizer
    from redactor.recognizers.gender import GenderRecognizer
    from redactor.recognizers.handbook_number import HandbookNumberRecognizer
    from redactor.recognizers.health_card import HealthCardRecognizer
    from redactor.recognizers.insured_number import InsuredNumberRecognizer
    from redactor.recognizers.my_number import MyNumberRecognizer
    from redactor.recognizers.nationality import NationalityRecognizer
    from redactor.recognizers.network import NetworkRecognizer
    from redactor.recognizers.occupation import OccupationRecognizer
    from redactor.recognizers.passport import PassportRecognizer
    from redactor.recognizers.pension_number import PensionNumberRecognizer
    from redactor.recognizers.person import PersonRecognizer
    from redactor.recognizers.person_handle import HandleNameRecognizer
    from redactor.recognizers.phone import PhoneRecognizer
    from redactor.recognizers.place import PlaceRecognizer
    from redactor.recognizers.plate import PlateRecognizer
    from redactor.recognizers.qualification_number import QualificationNumberRecognizer
    from redactor.recognizers.residence_card import ResidenceCardRecognizer
    from redactor.recognizers.resident_code import ResidentCodeRecognizer
    from redactor.recognizers.security_detail import SecurityDetailRecognizer
    from redactor.recognizers.sensitive import SensitiveRecognizer
    from redactor.recognizers.sinitic_name import SiniticNameRecognizer
    from redactor.recognizers.staff_number import StaffNumberRecognizer
    from redactor.recognizers.welfare_case import WelfareCaseRecognizer

    return (
        AccountRecognizer,
        AddressRecognizer,
        AddressAbroadRecognizer,
        AffiliationRecognizer,
        AgeRecognizer,
        AmountRecognizer,
        BirthDateRecognizer,
        CaseNumberRecognizer,
        CorporateNumberRecognizer,
        CredentialRecognizer,
        DataCenterRecognizer,
        DateRecognizer,
        DriversLicenseRecognizer,
        EmailRecognizer,
        FamilyRecognizer,
        GenderRecognizer,
        HandbookNumberRecognizer,
        HealthCardRecognizer,
        InsuredNumberRecognizer,
        MyNumberRecognizer,
        NationalityRecognizer,
        NetworkRecognizer,
        OccupationRecognizer,
        PassportRecognizer,
        PensionNumberRecognizer,
        PersonRecognizer,
        HandleNameRecognizer,
        PhoneRecognizer,
        PlaceRecognizer,
        PlateRecognizer,
        QualificationNumberRecognizer,
        ResidenceCardRecognizer,
        ResidentCodeRecognizer,
        SecurityDetailRecognizer,
        SensitiveRecognizer,
        SiniticNameRecognizer,
        StaffNumberRecognizer,
        WelfareCaseRecognizer,
    )


def default_recognizers() -> list[JaRecognizer]:
    """Fresh instances of every registered recognizer, in order."""
    return [cls() for cls in recognizer_classes()]


def registry(into: RecognizerRegistry | None = None) -> RecognizerRegistry:
    """The Japanese recognizers in a Presidio ``RecognizerRegistry``, for an
    ``AnalyzerEngine`` of your own (one call; README, "Python API")::

        engine = AnalyzerEngine(registry=registry(), nlp_engine=SudachiNlpEngine(),
                                supported_languages=["ja"])

    The engine needs the project's ``SudachiNlpEngine``: the recognizers read
    Sudachi tokens, not a spaCy ``Doc``. With ``into``, the recognizers are
    added to that registry (its languages must include ``"ja"``) and it is
    returned. The document-level ``refine`` steps (one decision per person
    across a document, merged clauses) run only in ``redactor``'s own
    ``Detector``; a bare engine returns each recognizer's findings as found.
    """
    from presidio_analyzer import RecognizerRegistry

    if into is None:
        into = RecognizerRegistry(supported_languages=["ja"])
    for recognizer in default_recognizers():
        into.add_recognizer(recognizer)
    return into
