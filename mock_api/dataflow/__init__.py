"""What runs through exports and imports where the mock calls no application: the records
an export model stands for, and an import's mapping applied to records."""
