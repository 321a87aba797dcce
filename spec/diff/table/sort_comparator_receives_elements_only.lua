-- the comparator only ever receives elements of the array
local t = { "d", "a", "c", "b", "e" }
local seen = {}
table.sort(t, function(a, b) seen[a] = true; seen[b] = true; return a < b end)
local ks = {}
for k in pairs(seen) do ks[#ks + 1] = k end
table.sort(ks)
print(table.concat(ks, ""), table.concat(t, ""))
