-- tonumber of values of every type
print(tonumber(nil), tonumber(true), tonumber(false), tonumber({}), tonumber(print))
print(tonumber(5), tonumber(-0.5), tonumber(1/0), tonumber(0/0) ~= tonumber(0/0))
print(tonumber(coroutine.create(print)))
print(select("#", tonumber(nil)), select("#", tonumber("x")))
print(pcall(tonumber))
