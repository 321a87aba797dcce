-- find returns positions and captures; match returns captures.
print(("hello world"):find("wor")) -- expect: 7	9
print(("hello"):find("l")) -- expect: 3	3
print(("hello"):find("xyz")) -- expect: nil
print(("a.b"):find(".", 1, true)) -- expect: 2	2
print(("key=value"):match("(%w+)=(%w+)")) -- expect: key	value
print(("  trim  "):match("^%s*(.-)%s*$")) -- expect: trim
print(("2024-01-15"):match("(%d+)-(%d+)-(%d+)")) -- expect: 2024	01	15
print(("abc"):find("b", 1, true)) -- expect: 2	2
