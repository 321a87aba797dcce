-- generating permutations recursively
local function permute(a, n, out)
  if n == 0 then out[#out + 1] = table.concat(a); return end
  for i = 1, n do
    a[i], a[n] = a[n], a[i]
    permute(a, n - 1, out)
    a[i], a[n] = a[n], a[i]
  end
end
local out = {}
permute({ "a", "b", "c", "d" }, 4, out)
table.sort(out)
print(#out, out[1], out[2], out[24])
