-- a long if/elseif chain evaluated in a loop
local function classify(n)
  if n < 10 then return "a" elseif n < 20 then return "b" elseif n < 30 then return "c"
  elseif n < 40 then return "d" elseif n < 50 then return "e" elseif n < 60 then return "f"
  else return "g" end
end
local counts = {}
for i = 0, 99 do local k = classify(i); counts[k] = (counts[k] or 0) + 1 end
print(counts.a, counts.b, counts.c, counts.d, counts.e, counts.f, counts.g)
