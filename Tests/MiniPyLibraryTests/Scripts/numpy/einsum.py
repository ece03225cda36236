# einsum with the subscripts people write: matrix products, dot products, transposes, sums,
# traces, diagonals, outer and batched products.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
print(np.einsum('ij,jk->ik', a, b))
# expect: [[20 23 26 29]
# expect:  [56 68 80 92]]
print(repr(np.einsum('i,i->', [1, 2, 3], [4, 5, 6])), repr(np.einsum('i,i', np.array([0.5, 1.5]), np.array([2.0, 4.0]))))  # expect: np.int64(32) np.float64(7.0)
print(np.einsum('ij->ji', a), np.einsum('ij->i', a), np.einsum('ij->j', a), repr(np.einsum('ij->', a)))
# expect: [[0 3]
# expect:  [1 4]
# expect:  [2 5]] [ 3 12] [3 5 7] np.int64(15)
c = np.arange(24).reshape(2, 3, 4)
d = np.arange(16).reshape(2, 4, 2)
print(np.einsum('bij,bjk->bik', c, d))
# expect: [[[  28   34]
# expect:   [  76   98]
# expect:   [ 124  162]]
# expect: 
# expect:  [[ 604  658]
# expect:   [ 780  850]
# expect:   [ 956 1042]]]
print(repr(np.einsum('ii', np.eye(3) * 2)), repr(np.einsum('ii->i', np.arange(9).reshape(3, 3))), repr(np.einsum('i,j->ij', [1, 2], [3, 4, 5])))
# expect: np.float64(6.0) array([0, 4, 8]) array([[ 3,  4,  5],
# expect:        [ 6,  8, 10]])
print(repr(np.einsum('ij,ij->ij', a, a * 1.0)), repr(np.einsum('ij,ij->', a, a)), repr(np.einsum('ij', a)), repr(np.einsum('ji', a)))
# expect: array([[ 0.,  1.,  4.],
# expect:        [ 9., 16., 25.]]) np.int64(55) array([[0, 1, 2],
# expect:        [3, 4, 5]]) array([[0, 3],
# expect:        [1, 4],
# expect:        [2, 5]])
print(repr(np.einsum('ij,jk', a, b)), repr(np.einsum('ij,jk,kl->il', a, b, np.ones((4, 2)))), repr(np.einsum('ij,j->i', a, [1, 0, 2])))
# expect: array([[20, 23, 26, 29],
# expect:        [56, 68, 80, 92]]) array([[ 98.,  98.],
# expect:        [296., 296.]]) array([ 4, 13])
print(repr(np.einsum('i->', np.array([], dtype=np.float32))), repr(np.einsum('ij,kj->ik', a, a)), repr(np.einsum(' i j -> j i ', a)))
# expect: np.float32(0.0) array([[ 5, 14],
# expect:        [14, 50]]) array([[0, 3],
# expect:        [1, 4],
# expect:        [2, 5]])
print(repr(np.einsum('Ab,bC->AC', a, b).shape), repr(np.einsum('bij->bji', c).shape), repr(np.einsum('i', 3.0 * np.ones(2))))  # expect: (2, 4) (2, 4, 3) array([3., 3.])
t = np.array([True, False, True])
print(repr(np.einsum('i,i->i', t, t)), repr(np.einsum('i,i', t, ~t)), repr(np.einsum('i,j->ij', t, [2, 3])))
# expect: array([ True, False,  True]) np.False_ array([[2, 3],
# expect:        [0, 0],
# expect:        [2, 3]])
np.einsum('ij,jk->ik', a, a)  # expect error: operands could not be broadcast together with remapped shapes [original->remapped]: (2,3)->(2,newaxis,3) (2,3)->(3,2)
np.einsum('ij,jk->ik', a)  # expect error: more operands provided to einstein sum function than specified in the subscripts string
np.einsum('ij', a, a)  # expect error: fewer operands provided to einstein sum function than specified in the subscripts string
np.einsum('i->i', a)  # expect error: operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.
np.einsum('ijk', a)  # expect error: einstein sum subscripts string contains too many subscripts for operand 0
np.einsum('ij->k', a)  # expect error: einstein sum subscripts string included output subscript 'k' which never appeared in an input
np.einsum('ij->ii', a)  # expect error: einstein sum subscripts string includes output subscript 'i' multiple times
np.einsum('i1', a)  # expect error: invalid subscript '1' in einstein sum subscripts string, subscripts must be letters
