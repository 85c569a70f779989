"""Python literal tables for the extraction modules (gazetteer, parties, officials)."""
