# A histogram and a bar chart side by side, and errors that name what was wrong.
import matplotlib.pyplot as plt

values = [((i * 37) % 101) / 100 + ((i * 53) % 89) / 89 for i in range(300)]
counts, edges, _ = plt.hist(values, bins=8)
print(int(sum(counts)), len(edges))
plt.show()
plt.bar(['MLP', 'CNN', 'RNN'], [0.91, 0.78, 0.85], color='orange')
plt.ylim(0, 1)
plt.title('accuracy')
plt.show()
try:
    plt.plot([1, 2, 3], [1, 2])
except ValueError as e:
    print(e)
try:
    plt.plot([1, 2], 'q')
except ValueError as e:
    print(e)
try:
    plt.savefig('out.png')
except Exception as e:
    print(type(e).__name__)
