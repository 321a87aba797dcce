-- string.match with init, anchors and no captures
local s = "one two three"
print(s:match("%a+", 1), s:match("%a+", 4), s:match("%a+", 5), s:match("%a+", -5))
print(s:match("^%a+", 5), s:match("^two", 5), s:match("three$"))
print(s:match("(o)(n)"), s:match("()two()"))
