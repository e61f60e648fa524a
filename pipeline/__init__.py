"""VSS emulation and commendation pipeline: file -> cleaned text -> spaCy Doc -> records -> outputs."""

__version__ = "0.1.0"
