-- replacement strings can contain pattern magic characters
print(("a-b"):gsub("-", "+"))
print(("x"):gsub("x", "%%d"))
print(("path/to/file"):gsub("/", "\\"))
print(("a b"):gsub(" ", "%%20"))
