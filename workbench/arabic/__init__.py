"""Arabic language processing: normalization keys, clitics, morphology (camel-tools)."""
