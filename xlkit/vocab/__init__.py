"""Stage 1, vocab: the workbook's schema as data, word lists, indicator keys, periods, formats."""
