"""Morphological analysis: BAMA 1.0 converted for CAMeL Tools' analyzer (or calima-msa-r13)."""
