"""Int8 on CPU for the transformers backend: is there a non-deprecated path worth taking?

Times a Marian-sized feed-forward block (512 -> 2048 -> 512, batch 64, one
thread) in fp32, with torch's deprecated dynamic quantisation
(torch.ao.quantization.quantize_dynamic) and with torchao's int8 configs
when torchao is installed. Prints seconds for 50 passes and the largest
difference from fp32.

    python benchmarks/int8_linear.py
"""
from __future__ import annotations

import time
import warnings

import torch


def block() -> torch.nn.Module:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(512, 2048), torch.nn.ReLU(), torch.nn.Linear(2048, 512)).eval()


def timed(model, x, reps: int = 50):
    with torch.inference_mode():
        model(x)
        t = time.perf_counter()
        for _ in range(reps):
            y = model(x)
    return time.perf_counter() - t, y


def main() -> None:
    torch.set_num_threads(1)
    x = torch.randn(64, 512)
    t, ref = timed(block(), x)
    print(f"{'fp32':<34} {t:6.3f} s")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = torch.ao.quantization.quantize_dynamic(block(), {torch.nn.Linear}, dtype=torch.qint8)
    t, y = timed(q, x)
    print(f"{'torch.ao quantize_dynamic (deprecated)':<34} {t:6.3f} s  max diff {float((y - ref).abs().max()):.4f}")
    try:
        from torchao.quantization import Int8DynamicActivationInt8WeightConfig, Int8WeightOnlyConfig, quantize_
    except ImportError:
        print("torchao not installed (pip install torchao) to compare its int8 configs")
        return
    for name, cfg in (("torchao int8 dynamic", Int8DynamicActivationInt8WeightConfig()),
                      ("torchao int8 weight-only", Int8WeightOnlyConfig())):
        m = block()
        quantize_(m, cfg)
        t, y = timed(m, x)
        print(f"{name:<34} {t:6.3f} s  max diff {float((y - ref).abs().max()):.4f}")


if __name__ == "__main__":
    main()
