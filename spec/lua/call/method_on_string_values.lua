-- Strings have the string table as __index, so s:method() works.
local s = "Hello"
print(s:upper()) -- expect: HELLO
print(s:len()) -- expect: 5
print(("abc"):rep(2)) -- expect: abcabc
print(("x=%d"):format(42)) -- expect: x=42
print(s:sub(2, 3):upper()) -- expect: EL
print(#s:lower()) -- expect: 5
