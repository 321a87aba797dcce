-- 5.1 print writes each value with fputs, so a string stops at its first NUL
-- byte; io.write writes every byte
print("a\0b", "c\0", "d")
io.write("a\0b", "|", "c\0", "\n")
print(#"a\0b", ("a\0b"):byte(1, -1))
