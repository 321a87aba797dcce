-- len and reverse, including embedded zeros
print(string.len(""), string.len("abc"), string.len("a\0b\0"))
print(("abc"):reverse(), (""):reverse() == "", ("a"):reverse())
print(("a\0b"):reverse() == "b\0a")
print(("racecar"):reverse() == "racecar")
