"""Stage 11, deliver: the package for the superior committee, its e-mail, the register."""
