"""Audio: voice-overs (espeak-ng, local VITS/MMS, OpenAI TTS), music (MusicGen, Stable Audio,
AudioLDM 2), mixing and loudness. Importing this package loads nothing heavy."""
