a = [3, 1, 2]
b = a
b.append(4)
print(a, len(a), a is b, a == [3, 1, 2, 4])  # expect: [3, 1, 2, 4] 4 True True
a.extend([5, 6])
a.insert(0, 0)
a.insert(-1, 9)
print(a)  # expect: [0, 3, 1, 2, 4, 5, 9, 6]
print(a.pop(), a.pop(0), a)  # expect: 6 0 [3, 1, 2, 4, 5, 9]
a.remove(9)
print(a, a.index(2), a.count(1))  # expect: [3, 1, 2, 4, 5] 2 1
a.sort()
print(a)  # expect: [1, 2, 3, 4, 5]
a.sort(reverse=True)
print(a)  # expect: [5, 4, 3, 2, 1]
a.reverse()
print(a)  # expect: [1, 2, 3, 4, 5]
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len)
print(words)  # expect: ['date', 'Apple', 'banana', 'cherry']
words.sort(key=str.lower)
print(words)  # expect: ['Apple', 'banana', 'cherry', 'date']
c = a.copy()
c[0] = 100
print(a[0], c[0])  # expect: 1 100
print(a + [7], [0] * 3, [[0] * 2] * 2)  # expect: [1, 2, 3, 4, 5, 7] [0, 0, 0] [[0, 0], [0, 0]]
m = [[1, 2], [3, 4]]
m[0][1] = 20
print(m, m[1][-1])  # expect: [[1, 20], [3, 4]] 4
print([1, 2] < [1, 3], [1, 2] == [1, 2], [] == [], [1] < [1, 0])  # expect: True True True True
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[::3], nums[::-2], nums[8:2:-2])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [7, 8, 9] [0, 3, 6, 9] [9, 7, 5, 3, 1] [8, 6, 4]
print(nums[100:], nums[-100:2], nums[5:2])  # expect: [] [0, 1] []
nums[2:5] = ["a", "b"]
print(nums)  # expect: [0, 1, 'a', 'b', 5, 6, 7, 8, 9]
nums[::2] = [0] * 5
print(nums)  # expect: [0, 1, 0, 'b', 0, 6, 0, 8, 0]
del nums[0]
del nums[-2:]
print(nums)  # expect: [1, 0, 'b', 0, 6, 0]
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested))  # expect: 4 2
x = [1, 2, 3]
x += [4]
x *= 2
print(x)  # expect: [1, 2, 3, 4, 1, 2, 3, 4]
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))  # expect: ['a', 'b', 'c'] [1, 2] [0, 1, 2] ['k']
e = []
e.append(e)
print(e)  # expect: [[...]]
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True))  # expect: [1, 2, 3] ['a', 'b', 'c'] [3, 2, 1]
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []))  # expect: 2 8 6 0.75 [1, 2]
a.clear()
print(a, b)  # expect: [] []
print(3 in [1, 2, 3], 5 not in [1, 2, 3], [1, 2].index(2))  # expect: True True 1
