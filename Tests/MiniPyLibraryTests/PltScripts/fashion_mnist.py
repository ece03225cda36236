# The book's look at Fashion-MNIST: the first ten training images with their class names.
# (The test binds x_train, y_train and class_names from the bundled subset.)
import matplotlib.pyplot as plt

for i in range(10):
    plt.subplot(2, 5, i + 1)
    plt.imshow(x_train[i], cmap='gray')
    plt.title(class_names[y_train[i]])
    plt.axis('off')
plt.show()
