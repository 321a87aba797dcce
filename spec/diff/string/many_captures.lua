-- up to 32 captures
local pat = ("(.)"):rep(32)
local s = ("abcdefghijklmnopqrstuvwxyz"):rep(2)
print(s:match(pat))
print(pcall(string.match, s, ("(.)"):rep(33)))
