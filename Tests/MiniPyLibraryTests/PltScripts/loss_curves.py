# Loss curves of a training run, on a log scale, beside the accuracy.
import math
import matplotlib.pyplot as plt

loss = [2.3 * math.exp(-0.08 * e) + 0.1 for e in range(50)]
val_loss = [2.4 * math.exp(-0.06 * e) + 0.2 + 0.003 * e for e in range(50)]
plt.figure(figsize=(10, 4))
plt.subplot(1, 2, 1)
plt.plot(loss, label='loss')
plt.plot(val_loss, '--', label='val_loss')
plt.yscale('log')
plt.xlabel('epoch')
plt.legend()
plt.subplot(1, 2, 2)
plt.plot([1 - l / 2.5 for l in loss], 'g')
plt.title('accuracy')
plt.xlabel('epoch')
plt.show()

# The sigmoid with its threshold at 0.5.
z = [i / 10 - 6 for i in range(121)]
plt.plot(z, [1 / (1 + math.exp(-v)) for v in z], label='sigmoid')
plt.axhline(0.5, color='gray', linestyle='--', label='t = 0.5')
plt.axvline(0)
plt.legend(loc='upper left')
plt.show()
