# minipy-only: conv_visualizer and plt.imread (chapter 04); the expected text is what the NumPy stub in chapters/tools/run_with_cpython.py prints.
import numpy as np
import matplotlib.pyplot as plt

X = np.array([[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]])
W = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
conv_visualizer(X, W, stride=2, padding=1)
# expect: Convolution of a 5×5 input with a 3×3 kernel, stride 2, padding 1
# expect: Output size: rows (5 − 3 + 2·1)/2 + 1 = 3, columns (5 − 3 + 2·1)/2 + 1 = 3
# expect: step 1/9, output[0][0]: 0×1 + 0×0 + 0×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 2
# expect: step 2/9, output[0][1]: 0×1 + 0×0 + 0×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 1×1 = 3
# expect: step 3/9, output[0][2]: 0×1 + 0×0 + 0×1 + 0×0 + 0×1 + 0×0 + 1×1 + 0×0 + 0×1 = 1
# expect: step 4/9, output[1][0]: 0×1 + 0×0 + 1×1 + 0×0 + 0×1 + 0×0 + 0×1 + 0×0 + 0×1 = 1
# expect: step 5/9, output[1][1]: 1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 1×0 + 1×1 = 4
# expect: step 6/9, output[1][2]: 1×1 + 0×0 + 0×1 + 1×0 + 1×1 + 0×0 + 1×1 + 0×0 + 0×1 = 3
# expect: … 3 more steps
# expect: Output:
# expect:   2 3 1
# expect:   1 4 3
# expect:   0 2 1

k = classic_kernels()
print(k['sharpen'])  # expect: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
conv_visualizer(np.zeros((4, 4, 3)), W)  # expect error: has 3 dimensions (shape (4, 4, 3)), like a colour image
conv_visualizer(X, W, stride=0)  # expect error: stride must be 1 or more, got 0

cam = plt.imread('images/camera.png')
print(cam.shape, cam.dtype)  # expect: (128, 128) float32
conv_visualizer(cam[:20, :30], k['Sobel x'])
# expect: Convolution of a 20×30 input with a 3×3 kernel, stride 1, padding 0
# expect: Output size: rows (20 − 3 + 2·0)/1 + 1 = 18, columns (30 − 3 + 2·0)/1 + 1 = 28
# expect: step 1/504, output[0][0]: 0.7843×(−1) + 0.7804×0 + 0.7804×1 + 0.7843×(−2) + 0.7804×0 + 0.7804×2 + 0.7843×(−1) + 0.7843×0 + 0.7804×1 = −0.0157
# expect: step 2/504, output[0][1]: 0.7804×(−1) + 0.7804×0 + 0.7765×1 + 0.7804×(−2) + 0.7804×0 + 0.7804×2 + 0.7843×(−1) + 0.7804×0 + 0.7843×1 = −0.0039
# expect: step 3/504, output[0][2]: 0.7804×(−1) + 0.7765×0 + 0.7765×1 + 0.7804×(−2) + 0.7804×0 + 0.7804×2 + 0.7804×(−1) + 0.7843×0 + 0.7804×1 = −0.0039
# expect: step 4/504, output[0][3]: 0.7765×(−1) + 0.7765×0 + 0.7765×1 + 0.7804×(−2) + 0.7804×0 + 0.7804×2 + 0.7843×(−1) + 0.7804×0 + 0.7843×1 = 0
# expect: step 5/504, output[0][4]: 0.7765×(−1) + 0.7765×0 + 0.7765×1 + 0.7804×(−2) + 0.7804×0 + 0.7765×2 + 0.7804×(−1) + 0.7843×0 + 0.7804×1 = −0.0078
# expect: step 6/504, output[0][5]: 0.7765×(−1) + 0.7765×0 + 0.7765×1 + 0.7804×(−2) + 0.7765×0 + 0.7804×2 + 0.7843×(−1) + 0.7804×0 + 0.7804×1 = −0.0039
# expect: … 498 more steps
# expect: Output: 18×28, values from −0.0157 to 0.0235 (too many to print)
