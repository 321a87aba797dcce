-- Strings compare by bytes.
print("a" < "b") -- expect: true
print("abc" < "abd") -- expect: true
print("ab" < "abc") -- expect: true
print("" < "a") -- expect: true
print("Z" < "a") -- expect: true
print("b" >= "abc") -- expect: true
print("10" < "9") -- expect: true
print("a\0b" < "a\0c") -- expect: true
print("a\0" > "a") -- expect: true
local s, t = "hello", "hello"
print(s == t, s <= t, s < t) -- expect: true	true	false
