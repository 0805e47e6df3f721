"""Stage 5, read: a workbook file vetted, opened and typed into records; finding her workbook."""
