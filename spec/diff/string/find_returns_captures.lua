-- find returns start, end and then all captures
print(("key = value"):find("(%w+)%s*=%s*(%w+)"))
print(("xyz"):find("()y()"))
print(("aaa"):find("(a)(a)(a)"))
print(("abc"):find("b()"))
