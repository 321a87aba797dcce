-- An iterator made by a closure keeps its own state.
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i, i * i end
  end
end
local out = {}
for i, sq in range(4) do out[#out + 1] = i .. ":" .. sq end
print(table.concat(out, " ")) -- expect: 1:1 2:4 3:9 4:16
local words = {}
for w in ("one two three"):gmatch("%a+") do words[#words + 1] = w end
print(#words, words[3]) -- expect: 3	three
