"""Stage 12, consolidate: the committee's roll-up of many cells' workbooks into one."""
