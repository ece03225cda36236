"""PyTorch (CPU) versions of the `hocsau bench` measurements. See common.py."""

import torch
import torch.nn.functional as F

import common

torch.manual_seed(42)


def gemm(variant):
    n = int(variant)
    a = torch.rand(n, n)
    b = torch.rand(n, n)
    with torch.no_grad():
        seconds = common.best(lambda: a @ b)
    return common.result("gemm", variant, f"{n}x{n}x{n}", seconds, 2.0 * n**3)


def conv(variant):
    """F.conv2d forward + autograd backward (kernel, bias, and input when the layer needs it)."""
    n, h, w, c, kh, kw, f, needs_dx = common.CONV_LAYERS[variant]
    oh, ow = h - kh + 1, w - kw + 1
    x = torch.randn(n, c, h, w).requires_grad_(needs_dx)
    k = torch.randn(f, c, kh, kw, requires_grad=True)
    bias = torch.randn(f, requires_grad=True)
    dy = torch.randn(n, f, oh, ow)

    def step():
        k.grad = None
        bias.grad = None
        x.grad = None
        y = F.conv2d(x, k, bias)
        y.backward(dy)

    seconds = common.best(step)
    return common.result("conv", variant, common.conv_size(variant), seconds, common.conv_flops(variant))


def elementwise(variant):
    count = common.ELEMENTWISE_COUNT
    a = torch.randn(count)
    b = torch.randn(count)
    fn = {"add": lambda: a + b, "exp": lambda: torch.exp(a), "sum": lambda: a.sum()}[variant]
    with torch.no_grad():
        seconds = common.best(fn)
    return common.result("elementwise", variant, str(count), seconds)


if __name__ == "__main__":
    common.main({
        "gemm": (common.GEMM_SIZES, gemm),
        "conv": (list(common.CONV_LAYERS), conv),
        "elementwise": (common.ELEMENTWISE_OPS, elementwise),
    })
