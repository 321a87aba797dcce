-- gsub with string replacements and % escapes
print(("hello world"):gsub("o", "0"))
print(("hello world"):gsub("(o)", "[%1]"))
print(("hello world"):gsub("%w+", "%0 %0"))
print(("hello"):gsub("", "-"))
print(("abc"):gsub("b", "%%"))
print(("a.b"):gsub("%.", "%%."))
print(("abc"):gsub("(a)(b)(c)", "%3%2%1"))
