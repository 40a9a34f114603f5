"""Every sentence of "Listen": the player, its transcript, and how to turn speech on."""

from __future__ import annotations

from typing import Final

HEADING: Final = "Listen"
PLAYER_LABEL: Final = "Listen to {title}"
SPEED_LABEL: Final = "Speed"
SPEEDS: Final = (("0.75", "Slower"), ("1", "Normal"), ("1.25", "A bit faster"), ("1.5", "Faster"))
FIRST_PLAY: Final = (
    "The first time, the audio is made on this computer, so it can take a little while to start."
)
TRANSCRIPT: Final = "Transcript (the same words as the audio)"
PRACTICE_TRANSCRIPT: Final = "The steps on this page are the same words as the audio."
NO_ENGINE: Final = (
    "Listening needs a speech voice on this computer, and none is installed yet. To turn it "
    "on, you could install espeak-ng (for example: sudo apt install espeak-ng), or install "
    "selftrust with its voice extra (pip install 'selftrust[voice]'). The words on this page "
    "are the same as the audio."
)
NOT_READY: Final = (
    "The audio could not be made right now. Nothing is lost: the words are all here on the "
    "page, and you could try again later."
)
CLI_NO_PLAYER: Final = (
    "No audio player was found on this computer (aplay, paplay or ffplay). The audio is "
    "saved here, and any player can open it: {path}"
)
CLI_NO_ENGINE: Final = (
    "Speech isn't available on this computer yet, so here are the words instead. To turn it "
    "on: sudo apt install espeak-ng, or pip install 'selftrust[voice]'."
)
