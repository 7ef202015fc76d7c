"""Machine translation: the engine interface, the Argos/CTranslate2 engine and model store.

Heavy libraries (ctranslate2, sentencepiece, argostranslate) are imported lazily, inside the
functions that need them, so importing this package costs nothing at start-up.
"""
