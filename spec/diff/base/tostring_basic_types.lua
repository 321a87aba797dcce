-- tostring of every non-address type
print(tostring(nil), tostring(true), tostring(false))
print(tostring("abc"), tostring(""), tostring("a\0b") == "a\0b", #tostring("a\0b"))
print(tostring(12), tostring(-12.5), tostring(1e100))
print(type(tostring(print)), tostring(print):match("^function: ") ~= nil)
print(tostring({}):match("^table: ") ~= nil, tostring(coroutine.create(print)):match("^thread: ") ~= nil)
print(pcall(tostring))
print(select("#", tostring(nil, 2, 3)))
