"""The command layer: every command is one library call, with typed inputs and a typed result.

One module per command (`check`, `report`, `plan`, `pack`, `mail`, `rollup`, `new`, `fix`,
`indicators`); `shared` holds what they share (`Prepared`: the workbook read, checked and
computed once; `Problem`, exit 2, and `HasErrors`, exit 1); `settings` reads xlkit.toml. Each
command decides "today" once and hands it down. The package facade (`xlkit.check(...)`) loads
them lazily.
"""
