s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])  # expect: 12 H d World Hello Hlo ol dlroW ,olleH
print(s.upper(), s.lower(), s.swapcase())  # expect: HELLO, WORLD hello, world hELLO, wORLD
print(s.split(", "), "a b  c ".split(), "a,b,,c".split(","), "1 2 3".split(maxsplit=1))  # expect: ['Hello', 'World'] ['a', 'b', 'c'] ['a', 'b', '', 'c'] ['1', '2 3']
print("a-b-c".rsplit("-", 1), "x".split("x"))  # expect: ['a-b', 'c'] ['', '']
print("-".join(["a", "b", "c"]), "".join(["x", "y"]))  # expect: a-b-c xy
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  a ".lstrip() + "|", " a  ".rstrip() + "|")  # expect: pad| hi a |  a|
print("banana".replace("a", "o"), "banana".replace("a", "o", 2))  # expect: bonono bonona
print("banana".find("na"), "banana".rfind("na"), "banana".find("x"), "banana".index("n"))  # expect: 2 4 -1 2
print("banana".count("a"), "banana".count("na"), "aaaa".count("aa"))  # expect: 3 2 2
print(s.startswith("Hell"), s.endswith("World"), s.startswith(("x", "H")))  # expect: True True True
print("42".zfill(5), "-42".zfill(5), "ab".ljust(5, "*"), "ab".rjust(5), "ab".center(6, "-"), "abc".center(6, "-"))  # expect: 00042 -0042 ab***    ab --ab-- -abc--
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower())  # expect: True True True True True True
print("hello world".title(), "hello world".capitalize())  # expect: Hello World Hello world
print("a=1".partition("="), "no".partition("="))  # expect: ('a', '=', '1') ('no', '', '')
print("line1\nline2\n".splitlines())  # expect: ['line1', 'line2']
print("ab" * 3, "-" * 10, "a" + "b")  # expect: ababab ---------- ab
print("x" in "xyz", "w" not in "xyz", "" in "abc")  # expect: True True True
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("new\nline"), repr('both \' and "'))  # expect: "it's" 'say "hi"' 'tab\there' 'new\nline' 'both \' and "'
print(str(42), str(1.5), str(None), str(True), str([1, 'a']))  # expect: 42 1.5 None True [1, 'a']
print("abc" < "abd", "B" < "a", "apple" > "app", max("hello"))  # expect: True True True o
print(ord("A"), chr(97), ord("€"), chr(0x1F600) == "\U0001F600")  # expect: 65 a 8364 True
print("Tiếng Việt", len("Tiếng Việt"), "học sâu".upper())  # expect: Tiếng Việt 10 HỌC SÂU
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))  # expect: cart has 3 items costing 9.50
print("%5d|%-5d|%05d|%x|%X|%o|%e|%g|%r|%%" % (42, 42, 42, 255, 255, 8, 12345.678, 0.0001, "s"))  # expect:    42|42   |00042|ff|FF|10|1.234568e+04|0.0001|'s'|%
print("%(name)s is %(age)d" % {"name": "An", "age": 20})  # expect: An is 20
print("%.3s|%10.4f|%-10s|%+d" % ("abcdef", 3.14159265, "left", 5))  # expect: abc|    3.1416|left      |+5
print("{} and {}".format("a", "b"), "{1} {0}".format("x", "y"), "{name}!".format(name="hi"))  # expect: a and b y x hi!
print("{:>8}|{:<8}|{:^8}|{:08.3f}".format("r", "l", "c", 3.14159))  # expect:        r|l       |   c    |0003.142
print("{:>{}}|{:{}.{}f}|{n:^{w}}|".format("x", 5, 3.14159, 8, 2, w=4, n="ab"), "{0:>{1}}|".format("y", 3), f"{3.14159:{8}.{2}f}|")  # expect:     x|    3.14| ab |   y|     3.14|
print("{0[1]} {1.real}".format([5, 6], 7), "{{literal}}".format())  # expect: 6 7 {literal}
print("a\tb".expandtabs(4), "x".removeprefix("a"), "prefix_body".removeprefix("prefix_"))  # expect: a   b x body
