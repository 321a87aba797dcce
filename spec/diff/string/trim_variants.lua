-- several ways to trim whitespace
local strs = { "  a b  ", "x", "   ", "", "\t\nmixed\r\n " }
for i = 1, #strs do
  local s = strs[i]
  local a = s:match("^%s*(.-)%s*$")
  local b = s:gsub("^%s+", ""):gsub("%s+$", "")
  print(string.format("%q %q %q", s, a, b))
end
