import Testing
import TensorCore
@testable import Autograd

@Suite struct EngineTests {
  @Test func sharedNodeAccumulates() throws {
    // y = x*x + x at x = 3: dy/dx = 2x + 1 = 7 (x used three times)
    let x = Variable(Tensor(scalar: 3.0))
    let y = x * x + x
    y.backward()
    #expect(x.grad?.doubleValue == 7)
    // a second backward accumulates into the leaf until zeroGrad
    (x * 2.0).backward()
    #expect(x.grad?.doubleValue == 9)
    x.zeroGrad()
    #expect(x.grad == nil)
  }

  @Test func broadcastGradientReducesToOperandShape() throws {
    // b (1, 3) added to a (2, 3): db = column sums of the seed = 2 each
    let a = Variable(Tensor.zeros([2, 3])), b = Variable(Tensor.zeros([1, 3])), c = Variable(Tensor(scalar: 0.0))
    let y = try add(try add(a, b), c)
    y.backward()
    #expect(b.grad == Tensor([2.0, 2, 2], shape: [1, 3]))
    #expect(c.grad == Tensor(scalar: 6.0))
    #expect(a.grad == Tensor.ones([2, 3]))
  }

  @Test func noGradScopeRecordsNothing() throws {
    let x = Variable(Tensor([1.0, 2]))
    let y = withNoGrad { x * 3.0 }
    #expect(!y.requiresGrad && y.isLeaf)
    #expect(GradientMode.isEnabled)
    let z = x * 3.0
    #expect(z.requiresGrad && !z.isLeaf)
  }

  @Test func constantsAndIntegersTakeNoGradient() throws {
    let c = Variable(constant: Tensor([1.0, 2]))
    let i = Variable(Tensor([1, 2]))
    #expect(!c.requiresGrad && !i.requiresGrad)
    let x = Variable(Tensor([0.5, 0.25]))
    let y = try multiply(x, c)
    y.backward()
    #expect(x.grad == Tensor([1.0, 2]))
    #expect(c.grad == nil)
  }

  @Test func float32StaysFloat32() throws {
    let x = Variable(Tensor([Float(1), 2, 3]))
    let y = try (sigmoid(x) * 2.0).mean()
    y.backward()
    #expect(y.value.dtype == .float32)
    #expect(x.grad?.dtype == .float32)
  }

  @Test func retainedIntermediateGradient() throws {
    // h = 2x, y = h²: dy/dh = 2h = 4x = 8 at x = 2
    let x = Variable(Tensor(scalar: 2.0))
    let h = x * 2.0
    h.retainsGrad = true
    square(h).backward()
    #expect(h.grad?.doubleValue == 8)
    #expect(x.grad?.doubleValue == 16)
  }

  @Test func deepChainDoesNotOverflowTheStack() throws {
    let x = Variable(Tensor(scalar: 1.0))
    var y = x
    for _ in 0..<20_000 { y = y * 1.0 }
    y.backward()
    #expect(x.grad?.doubleValue == 1)
  }

  @Test func shapeErrorsAreThrown() {
    let a = Variable(Tensor.zeros([2, 3])), b = Variable(Tensor.zeros([4]))
    #expect(throws: TensorError.self) { try add(a, b) }
    #expect(throws: TensorError.self) { try matmul(a, a) }
    #expect(throws: TensorError.self) { try a.sum(axis: 2) }
  }
}
