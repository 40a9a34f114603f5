"""BERT WordPiece tokenization in plain Python, read from the model's own ``tokenizer.json``.

Why not the ``tokenizers`` package: it pulls in ``huggingface-hub`` (a download client) that a
private, offline app has no use for. The steps below are the ones that file names
(BertNormalizer with lowercase and accent stripping, BertPreTokenizer, WordPiece with ``##``
pieces and ``[UNK]`` for words over 100 characters, ``[CLS] … [SEP]`` around). They were checked
token for token against ``tokenizers`` 0.23.3 on every line of the eval sets plus odd input (see
docs/semantic-layer.md).
"""

from __future__ import annotations

import json
import unicodedata

MAX_WORD_CHARS = 100


def _is_control(char: str) -> bool:
    if char in "\t\n\r":
        return False
    return unicodedata.category(char).startswith("C")


def _is_whitespace(char: str) -> bool:
    return char.isspace()


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def normalise(text: str) -> str:
    """Clean, space out CJK characters, lowercase and strip accents, as BertNormalizer does."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD or _is_control(char):
            continue
        if _is_whitespace(char):
            out.append(" ")
        elif _is_cjk(code):
            out.append(f" {char} ")
        else:
            out.append(char)
    # Accents go first, then each character is lowercased on its own, in the order the Rust
    # normalizer uses (so "İ" keeps its dot and a final "Σ" becomes "σ").
    folded = unicodedata.normalize("NFD", "".join(out))
    return "".join(c.lower() for c in folded if unicodedata.category(c) != "Mn")


def pre_tokenize(text: str) -> list[str]:
    """Split on whitespace and make every punctuation mark a word of its own."""
    words: list[str] = []
    for chunk in text.split():
        current: list[str] = []
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(char)
            elif _is_whitespace(char):
                if current:
                    words.append("".join(current))
                    current = []
            else:
                current.append(char)
        if current:
            words.append("".join(current))
    return words


class WordPiece:
    """Greedy longest-match WordPiece over the model's vocabulary."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.unk = vocab["[UNK]"]
        self.cls = vocab["[CLS]"]
        self.sep = vocab["[SEP]"]
        self._cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_tokenizer_json(cls, raw: bytes) -> WordPiece:
        """Read the vocabulary from a ``tokenizer.json`` file's bytes."""
        spec = json.loads(raw)
        vocab = spec["model"]["vocab"]
        return cls({str(k): int(v) for k, v in vocab.items()})

    def word_ids(self, word: str) -> tuple[int, ...]:
        """Split one word into vocabulary pieces, or ``[UNK]`` when it cannot be."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        ids: list[int] = []
        start = 0
        while start < len(word) and len(word) <= MAX_WORD_CHARS:
            end = len(word)
            piece_id = None
            while start < end:
                piece = word[start:end] if start == 0 else f"##{word[start:end]}"
                piece_id = self.vocab.get(piece)
                if piece_id is not None:
                    break
                end -= 1
            if piece_id is None:
                break
            ids.append(piece_id)
            start = end
        result = tuple(ids) if start == len(word) else (self.unk,)
        if len(self._cache) < 50_000:
            self._cache[word] = result
        return result

    def encode(self, text: str, max_tokens: int) -> list[int]:
        """Return ``[CLS] pieces… [SEP]`` cut to ``max_tokens`` ids in all."""
        ids = [self.cls]
        limit = max_tokens - 1
        for word in pre_tokenize(normalise(text)):
            ids.extend(self.word_ids(word))
            if len(ids) >= limit:
                del ids[limit:]
                break
        ids.append(self.sep)
        return ids
