-- messages may contain newlines
print(pcall(error, "line1\nline2"))
error("first\nsecond\n", 0)
