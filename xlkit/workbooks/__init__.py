"""Stage 10, workbooks: what xlkit writes as a workbook: blank year, roll-over, repair, figures."""
