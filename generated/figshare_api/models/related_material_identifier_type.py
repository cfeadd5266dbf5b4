from typing import Literal

RelatedMaterialIdentifierType = Literal[
    "ARK",
    "DOI",
    "EAN13",
    "EISSN",
    "Handle",
    "IGSN",
    "ISBN",
    "ISSN",
    "ISTC",
    "LISSN",
    "LSID",
    "PMID",
    "PURL",
    "UPC",
    "URL",
    "URN",
    "arXiv",
    "bibcode",
    "w3id",
]
"""The type of the identifier of the related material; defaults to 'URL'. Mandatory if creating a new material."""

RELATED_MATERIAL_IDENTIFIER_TYPE_VALUES: frozenset[RelatedMaterialIdentifierType] = frozenset(
    (
        "ARK",
        "DOI",
        "EAN13",
        "EISSN",
        "Handle",
        "IGSN",
        "ISBN",
        "ISSN",
        "ISTC",
        "LISSN",
        "LSID",
        "PMID",
        "PURL",
        "UPC",
        "URL",
        "URN",
        "arXiv",
        "bibcode",
        "w3id",
    )
)
"""Every value of `RelatedMaterialIdentifierType`."""
