-- invalid % escapes in the replacement string
print(pcall(string.gsub, "abc", "(b)", "%2"))
print(pcall(string.gsub, "abc", "b", "%1"))
print(pcall(string.gsub, "abc", "b", "%x"))
-- a lone % at the end copies the terminating NUL byte in 5.1; show it escaped
local ok, r = pcall(string.gsub, "abc", "b", "%")
print(ok, (r:gsub("%z", "\\0")))
