-- upper and lower leave non-letters alone
print(("Hello, World! 123"):upper())
print(("Hello, World! 123"):lower())
print(("\0aB\255"):upper() == "\0AB\255")
print((""):upper() == "")
print(("MiXeD"):lower():upper())
