# Fashion-MNIST-like images: one 28×28 picture, then a grid of feature maps with titles.
import math
import matplotlib.pyplot as plt

img = [[255 if (r - 14) ** 2 / 120 + (c - 14) ** 2 / 40 < 1 and r > 4 else 0 for c in range(28)] for r in range(28)]
plt.imshow(img, cmap='gray')
plt.title('a 28×28 image')
plt.axis('off')
plt.show()

for k in range(8):
    a = k * math.pi / 8
    m = [[math.sin(0.9 * (math.cos(a) * c + math.sin(a) * r)) for c in range(12)] for r in range(12)]
    plt.subplot(2, 4, k + 1)
    plt.imshow(m, cmap='gray')
    plt.title('map %d' % k)
    plt.axis('off')
plt.show()
